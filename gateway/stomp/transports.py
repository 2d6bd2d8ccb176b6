"""The client side of a proxy session: a raw WebSocket or a SockJS session, one interface.

`start(on_data, on_end)` hands the client's bytes to `on_data` as they arrive and calls `on_end`
when it is gone; `pause()`/`resume()` stop and restart reading from it; `send()` delivers one
message (text when it is valid UTF-8, so text-only clients work; binary otherwise); `close()`
ends the connection; `remote` is the client's address (for the per-address budget).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiohttp import WSMsgType, web
from sockjs import Session as SockJSSession

from gateway.stomp.endings import SlowClient
from gateway.stomp.frames import error_frame, serialize
from gateway.stomp.wsreader import ClientConnection, MessageMeter

log = logging.getLogger(__name__)

# How long a routine close waits for the client's close frame before dropping the connection.
CLOSE_WAIT_SECONDS = 5.0

__all__ = ["SlowClient", "WebSocketClient", "StompAwareSockJSSession", "SockJSClient"]


def _is_utf8(data: bytes) -> bool:
    if data.isascii():
        return True
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True


class WebSocketClient:
    """A raw WebSocket client: aiohttp did the handshake and writes; its input is read by
    wsreader.ClientConnection, which hands the bytes to the session's intake as they arrive."""

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, transport: str = "websocket"):
        self._ws = ws
        self._request = request
        self.transport = transport
        self.remote = request.remote
        assert request.transport is not None  # just upgraded (routes.py checks)
        self._conn = ClientConnection(ws, request.transport)

    def start(self, on_data: Callable[[bytes | bytearray], None], on_end: Callable[[], None],
              on_transit: Callable[[int], None]) -> None:
        self._conn.start(on_data, on_end)  # nothing is held on the way: the bytes come as they arrive

    def pause(self) -> None:
        self._conn.pause()

    def resume(self) -> None:
        self._conn.resume()

    def stop_input(self) -> None:
        self._conn.stop_delivery()

    def may_block(self, size: int) -> bool:
        """Whether sending `size` more bytes could wait for the socket to drain: only when the
        transport's buffer could pass its high-water mark (it pauses the writer there)."""
        transport = self._request.transport
        if transport is None:
            return True
        return transport.get_write_buffer_size() + size >= transport.get_write_buffer_limits()[1]

    async def send(self, data: bytes) -> None:
        await self._ws.send_frame(data, WSMsgType.TEXT if _is_utf8(data) else WSMsgType.BINARY)

    def stomp_heartbeats(self, active: bool) -> None:
        pass

    async def abort(self) -> None:
        # A client that stopped reading would never take a close frame either.
        if self._request.transport is not None:
            self._request.transport.abort()

    async def close(self, code: int = 1000, reason: str = "", *, grace: float | None = None) -> None:
        """Send a close frame, wait up to `grace` (default CLOSE_WAIT_SECONDS) for the client's,
        then drop the connection. Nothing the client still sends is delivered any more."""
        conn = self._conn
        conn.stop_delivery()
        if conn.transport.is_closing():
            return
        await conn.send_close(code, reason.encode()[:120])
        conn.resume()  # to see its close frame
        try:
            async with asyncio.timeout(CLOSE_WAIT_SECONDS if grace is None else grace):
                await conn.peer_closed.wait()
        except TimeoutError:
            pass
        conn.transport.close()


class StompAwareSockJSSession(SockJSSession):
    """SockJS session whose own heartbeat frames stop while STOMP heart-beats flow, and which
    counts the characters queued for its client (through the public `send` / `get_frame`).

    sockjs packs queued messages into one JSON array per transport write; the count goes down
    by the length of each packed frame a transport takes, so JSON escaping makes it an
    under-estimate of what is still queued, never more than one packed frame off."""

    stomp_heartbeats = False
    pending_chars = 0

    def heartbeat(self):
        if not self.stomp_heartbeats:
            super().heartbeat()

    def send(self, msg: str) -> bool:
        sent = super().send(msg)
        if sent:
            self.pending_chars += len(msg)
        return sent

    async def get_frame(self, pack=True):
        frame, payload = await super().get_frame(pack)
        taken = sum(map(len, payload)) if isinstance(payload, list) else len(payload)
        self.pending_chars = max(0, self.pending_chars - taken)
        return frame, payload


class SockJSClient:
    """Adapts a sockjs session: the sockjs handler passes each client message to `deliver`,
    which waits while the session has paused its input (so the client's request waits too)."""

    def __init__(self, session: StompAwareSockJSSession, transport: str, *, max_pending_bytes: int):
        self.session = session
        self.transport = transport
        self.remote = session.request.remote if session.request is not None else None
        self.max_pending_bytes = max_pending_bytes
        self.closed = False
        self._meter: MessageMeter | None = None
        request = session.request
        if transport == "sockjs-websocket" and request is not None and request.transport is not None:
            # aiohttp (under the sockjs package) assembles each message: count what it holds.
            self._meter = MessageMeter(request.transport, lambda held: None)
        self._on_data: Callable[[bytes | bytearray], None] | None = None
        self._on_end: Callable[[], None] | None = None
        self._reading = asyncio.Event()  # set once started and while not paused

    def start(self, on_data: Callable[[bytes | bytearray], None], on_end: Callable[[], None],
              on_transit: Callable[[int], None]) -> None:
        self._on_data, self._on_end = on_data, on_end
        if self._meter is not None:
            self._meter.on_progress = on_transit
        self._reading.set()
        if self.closed:
            on_end()

    def pause(self) -> None:
        self._reading.clear()

    def resume(self) -> None:
        self._reading.set()

    def stop_input(self) -> None:
        self._on_data = None
        self._reading.set()  # what the client still sends is dropped, not held up

    async def deliver(self, text: object) -> None:
        if not isinstance(text, str):
            # SockJS carries strings only (`["a", 1]` posted to xhr_send is a client bug)
            log.info("SockJS client sent a %s instead of a string; closing the session", type(text).__name__)
            self.gone()
            return
        await self._reading.wait()
        if not self.closed and self._on_data is not None:  # input after the session ended has no reader
            self._on_data(text.encode())

    def gone(self) -> None:
        self.closed = True
        self._reading.set()  # nothing waits for a session that is over
        on_end, self._on_end, self._on_data = self._on_end, None, None
        if on_end is not None:
            on_end()

    def may_block(self, size: int) -> bool:
        return False  # send() never waits; the pending-bytes budget applies instead

    async def send(self, data: bytes) -> None:
        pending = self.session.pending_chars
        if pending and pending + len(data) > self.max_pending_bytes:
            raise SlowClient()
        # SockJS carries text only; a binary body needs the raw WebSocket endpoint.
        self.session.send(data.decode("utf-8", "replace"))

    def stomp_heartbeats(self, active: bool) -> None:
        self.session.stomp_heartbeats = active

    async def abort(self) -> None:
        # Queued behind what the client has not read yet: it sees why, if it ever reads on.
        error = error_frame(f"Limit exceeded: more than {self.max_pending_bytes} bytes queued for this "
                            "client (pending-bytes).")
        error.headers.append(("limit", "pending-bytes"))
        self.session.send(serialize(error).decode())
        self.session.close(3008, "client too slow")
        self.gone()

    async def close(self, code: int = 1000, reason: str = "", *, grace: float | None = None) -> None:
        # SockJS reserves 1000-2999 for itself; applications use 3000-4999: 1000 -> 3000,
        # 1001 -> 3001, 1008 -> 3008, 1011 -> 3011.
        self.session.close(code + 2000 if 1000 <= code < 2000 else code, reason or "Go away!")
        self.gone()  # our side is done reading too
