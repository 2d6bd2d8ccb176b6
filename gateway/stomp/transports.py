"""The client side of a proxy session: a raw WebSocket or a SockJS session, one interface.

`receive()` returns the next message's bytes or None when the client is gone; `send()` delivers
one message (text when it is valid UTF-8, so text-only clients work; binary otherwise);
`close()` ends the connection.
"""
from __future__ import annotations

import asyncio
import logging
from collections import deque

from aiohttp import WSMsgType, web
from sockjs import Session as SockJSSession

log = logging.getLogger(__name__)


class SlowClient(Exception):
    """The client does not take frames fast enough: the session is cut off."""


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

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if not self._ws.closed:
            try:
                await self._ws.close(code=code, message=reason.encode()[:120])
            except Exception:  # the peer vanished while closing
                pass


class StompAwareSockJSSession(SockJSSession):
    """SockJS session whose own heartbeat frames stop while STOMP heart-beats flow."""

    stomp_heartbeats = False

    def heartbeat(self):
        if not self.stomp_heartbeats:
            super().heartbeat()


class SockJSClient:
    """Adapts a sockjs session: the sockjs handler pushes client messages into `inbox`."""

    def __init__(self, session: StompAwareSockJSSession, transport: str, *, max_pending_frames: int):
        self.session = session
        self.transport = transport
        self.max_pending_frames = max_pending_frames
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

    def _pending(self) -> int:
        # sockjs packs queued messages into list entries of its (unbounded) queue.
        queue: deque = self.session._queue
        return sum(len(p) if isinstance(p, list) else 1 for _, p in queue)

    def may_block(self, size: int) -> bool:
        return False  # send() never waits; the pending-frame bound applies instead

    async def send(self, data: bytes) -> None:
        if self._pending() >= self.max_pending_frames:
            raise SlowClient()
        # SockJS carries text only; a binary body needs the raw WebSocket endpoint.
        self.session.send(data.decode("utf-8", "replace"))

    def stomp_heartbeats(self, active: bool) -> None:
        self.session.stomp_heartbeats = active

    async def abort(self) -> None:
        self.session.close(3000, "client too slow")

    async def close(self, code: int = 1000, reason: str = "") -> None:
        # SockJS reserves 1000-2999 for itself; applications use 3000-4999.
        self.session.close(3000 if code < 3000 else code, reason or "Go away!")
        self.gone()  # our side is done reading too
