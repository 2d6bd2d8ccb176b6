"""Per-session and per-gateway budgets (docs/stomp.md "Limits").

Every breach raises `LimitExceeded`: the client gets an ERROR frame whose `message` names the
limit (and a `limit` header with its name) and the session closes with 1008.

Per gateway: sessions per client address, anonymous sessions, and the bytes of incomplete frames
held for all sessions together. Per session: the bytes of one incomplete frame, the time it may
take to complete, subscriptions, and bytes queued for the client (transports.py).
"""
from __future__ import annotations

from collections import Counter

from gateway.stomp.endings import SessionEnd
from gateway.stomp.settings import StompSettings

# A client past a budget may keep sending: wait this long for its close reply, then drop it.
LIMIT_CLOSE_GRACE_SECONDS = 0.2


class LimitExceeded(SessionEnd):
    def __init__(self, limit: str, message: str):
        super().__init__(f"limit-{limit}", f"Limit exceeded: {message}", 1008, headers=(("limit", limit),),
                         close_grace=LIMIT_CLOSE_GRACE_SECONDS)
        self.limit = limit


class GatewayLimits:
    """The counters every session of one gateway shares."""

    def __init__(self, settings: StompSettings):
        self.settings = settings
        self.sessions_by_address: Counter[str] = Counter()
        self.anonymous = 0
        self.incomplete_bytes = 0

    def admit(self, address: str) -> None:
        limit = self.settings.max_sessions_per_address
        if self.sessions_by_address[address] >= limit:
            raise LimitExceeded("sessions-per-address", f"more than {limit} sessions from one address.")
        self.sessions_by_address[address] += 1

    def leave(self, address: str) -> None:
        self.sessions_by_address[address] -= 1
        if self.sessions_by_address[address] <= 0:
            del self.sessions_by_address[address]

    def admit_anonymous(self) -> None:
        limit = self.settings.max_anonymous_sessions
        if self.anonymous >= limit:
            raise LimitExceeded("anonymous-sessions", f"more than {limit} anonymous sessions on this gateway; "
                                                      "log in (send a JWT on CONNECT) or retry later.")
        self.anonymous += 1

    def leave_anonymous(self) -> None:
        self.anonymous -= 1


class IncompleteFrame:
    """One session's share of incomplete-frame memory and its deadline to complete."""

    def __init__(self, limits: GatewayLimits):
        self.limits = limits
        self.settings = limits.settings
        self.held = 0
        self.deadline: float | None = None

    def update(self, buffered: int, now: float) -> None:
        """Account for `buffered` bytes of an incomplete frame after a client message."""
        if buffered == 0:
            self.release()
            return
        if self.deadline is None:
            self.deadline = now + self.settings.incomplete_frame_seconds
        per_session = self.settings.max_incomplete_frame_bytes
        if buffered > per_session:
            raise LimitExceeded("incomplete-frame-bytes", f"more than {per_session} bytes of a frame without "
                                                          "its end.")
        total = self.settings.max_incomplete_bytes_total
        if self.limits.incomplete_bytes - self.held + buffered > total:
            raise LimitExceeded("incomplete-bytes-total", "the gateway holds too many incomplete frames; send "
                                                          "whole frames or retry later.")
        self.limits.incomplete_bytes += buffered - self.held
        self.held = buffered

    def remaining(self, now: float) -> float | None:
        """Seconds left to complete the frame; None when no frame is incomplete."""
        return None if self.deadline is None else self.deadline - now

    def expired(self) -> LimitExceeded:
        return LimitExceeded("incomplete-frame-seconds", f"a frame was not completed within "
                                                         f"{self.settings.incomplete_frame_seconds:g} s.")

    def release(self) -> None:
        self.limits.incomplete_bytes -= self.held
        self.held = 0
        self.deadline = None


def check_subscriptions(count: int, settings: StompSettings) -> None:
    if count > settings.max_subscriptions:
        raise LimitExceeded("subscriptions-per-session",
                            f"more than {settings.max_subscriptions} subscriptions in one session.")
