"""How a proxy session ends: the exceptions that carry the reason, and what a closed upstream
means for the client (docs/stomp.md "How sessions end").

A routine close (the broker shut down, or ended the session cleanly) reaches the client as a
close 1000/1001 with a reason and no ERROR frame, so STOMP.js does not fire `onStompError` and
simply reconnects. Faults (connection lost while the broker is up, missed broker heart-beats, a
frame the broker refused) get an ERROR frame naming the cause.
"""
from __future__ import annotations

from dataclasses import dataclass

# Web-STOMP (3.10) closes with 1000 "STOMP died" when it refuses a frame, without an ERROR: a
# close this soon after a client frame is taken to be that refusal.
REFUSAL_WINDOW_SECONDS = 1.0


class SessionEnd(Exception):
    """Ends the session: an ERROR frame (unless `send_error` is false; `message` header, `detail`
    body, extra `headers`) and a close with `close_code` (the message is the close reason).
    `close_grace`: seconds to wait for the client's close reply (None: the WebSocket default);
    an abusive client gets a short one, so the gateway stops reading what it still sends."""

    def __init__(self, kind: str, message: str, close_code: int = 1008, *, send_error: bool = True,
                 headers: tuple[tuple[str, str], ...] = (), detail: str = "", close_grace: float | None = None):
        super().__init__(message)
        self.close_grace = close_grace
        self.detail = detail
        self.kind = kind
        self.close_code = close_code
        self.send_error = send_error
        self.headers = headers


class ClientGone(Exception):
    """The client closed its side: end quietly."""


class SlowClient(Exception):
    """The client does not take frames fast enough: the session is cut off."""


def broker_unavailable() -> SessionEnd:
    return SessionEnd("broker-unavailable", "Broker not available.", 1011)


@dataclass(frozen=True)
class UpstreamClose:
    """What the gateway knows when the upstream connection ended."""
    close_code: int | None          # None: no close frame (TCP lost or reset)
    close_reason: str
    broker_reachable: bool          # the Web-STOMP port still accepts connections
    seconds_since_client_frame: float
    error_relayed: bool             # the broker sent an ERROR (already relayed) before closing


def upstream_ended(event: UpstreamClose) -> SessionEnd:
    code = event.close_code
    if code is None:
        if not event.broker_reachable:
            return SessionEnd("broker-shutdown", "The broker shut down or is restarting; reconnect.", 1001,
                              send_error=False)
        return SessionEnd("broker-connection-lost", "Connection to the broker lost; reconnect.", 1011)
    if event.error_relayed:
        return SessionEnd("broker-closed", "The broker closed the session after its ERROR frame.", 1000,
                          send_error=False)
    if code == 1001:
        return SessionEnd("broker-shutdown", "The broker is going away; reconnect.", 1001, send_error=False)
    if code == 1000 and not event.close_reason:
        return SessionEnd("broker-idle-timeout", "The broker closed the idle connection.", 1000, send_error=False)
    if code == 1000:
        if event.seconds_since_client_frame < REFUSAL_WINDOW_SECONDS:
            return SessionEnd("broker-refused-frame", "The broker ended the session: it refused the last "
                                                      "frame (unknown queue or exchange?).", 1008)
        return SessionEnd("broker-closed", "The broker ended the session (heart-beat timeout or closed by an "
                                           "operator).", 1000, send_error=False)
    return SessionEnd("broker-closed", f"The broker closed the connection (code {code}).", 1011)
