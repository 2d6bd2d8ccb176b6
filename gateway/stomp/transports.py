"""The client side of a proxy session: a raw WebSocket or a SockJS session, one interface.

`receive()` returns the next message's bytes or None when the client is gone; `send()` delivers
one message (text when it is valid UTF-8, so text-only clients work; binary otherwise);
`close()` ends the connection; `remote` is the client's address (for the per-address budget).
"""
from __future__ import annotations

import asyncio
import logging

from aiohttp import WSMsgType, web
from sockjs import Session as SockJSSession

from gateway.stomp.endings import SlowClient
from gateway.stomp.frames import error_frame, serialize

log = logging.getLogger(__name__)

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
    def __init__(self, ws: web.WebSocketResponse, request: web.Request, transport: str = "websocket"):
        self._ws = ws
        self._request = request
        self.transport = transport
        self.remote = request.remote

    async def receive(self) -> bytes | None:
        while True:
            msg = await self._ws.receive()
            if msg.type is WSMsgType.BINARY:
                return msg.data
            if msg.type is WSMsgType.TEXT:
                return msg.data.encode()
            if msg.type in (WSMsgType.PING, WSMsgType.PONG):
                continue
            return None

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
        if not self._ws.closed:
            try:
                # Cut short, aiohttp closes the transport: nothing more is read from the client.
                async with asyncio.timeout(grace):
                    await self._ws.close(code=code, message=reason.encode()[:120])
            except Exception:  # the peer vanished while closing, or did not answer in time
                pass


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
    """Adapts a sockjs session: the sockjs handler pushes client messages into `inbox`."""

    def __init__(self, session: StompAwareSockJSSession, transport: str, *, max_pending_bytes: int):
        self.session = session
        self.transport = transport
        self.remote = session.request.remote if session.request is not None else None
        self.max_pending_bytes = max_pending_bytes
        self.inbox: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=256)
        self.closed = False

    async def deliver(self, text: object) -> None:
        if not isinstance(text, str):
            # SockJS carries strings only (`["a", 1]` posted to xhr_send is a client bug)
            log.info("SockJS client sent a %s instead of a string; closing the session", type(text).__name__)
            self.gone()
            return
        if not self.closed:  # input after the session ended has no reader
            await self.inbox.put(text.encode())

    def gone(self) -> None:
        # The client's unread input is moot once it is gone; make room for the end marker.
        self.closed = True
        while True:
            try:
                self.inbox.put_nowait(None)
                return
            except asyncio.QueueFull:
                self.inbox.get_nowait()

    async def receive(self) -> bytes | None:
        return await self.inbox.get()

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
