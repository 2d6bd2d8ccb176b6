"""A raw STOMP-over-WebSocket client for frame-level tests (uses the gateway's own codec only to
read frames; what it sends is written by hand)."""
from __future__ import annotations

import asyncio

import aiohttp

from gateway.stomp.frames import HEARTBEAT, Frame, FrameParser


class RawStompClient:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse):
        self.ws = ws
        self.parser = FrameParser(max_frame_bytes=16 * 1024 * 1024, max_headers=1000)
        self.frames: asyncio.Queue[Frame] = asyncio.Queue()
        self.heartbeats = 0
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, http: aiohttp.ClientSession, url: str, *, protocols=("v12.stomp",),
                   headers: dict | None = None) -> RawStompClient:
        ws = await http.ws_connect(url, protocols=protocols, headers=headers, max_msg_size=0)
        return cls(ws)

    async def _read(self) -> None:
        try:
            async for msg in self.ws:
                data = msg.data if isinstance(msg.data, bytes) else msg.data.encode()
                for item in self.parser.feed(data):
                    if item is HEARTBEAT:
                        self.heartbeats += 1
                    else:
                        await self.frames.put(item)
        finally:
            self.close_code = self.ws.close_code
            self.closed.set()

    async def send(self, data: str | bytes) -> None:
        if isinstance(data, str):
            await self.ws.send_str(data)
        else:
            await self.ws.send_bytes(data)

    async def frame(self, timeout: float = 10) -> Frame:
        return await asyncio.wait_for(self.frames.get(), timeout)

    async def connect(self, *extra_headers: str, version: str = "1.2") -> Frame:
        head = "\n".join(("CONNECT", f"accept-version:{version}", "host:/", *extra_headers))
        await self.send(head + "\n\n\x00")
        return await self.frame()

    async def subscribe(self, destination: str, sub_id: str = "s1", *extra: str) -> Frame:
        lines = ["SUBSCRIBE", f"id:{sub_id}", f"destination:{destination}", f"receipt:sub-{sub_id}", *extra]
        await self.send("\n".join(lines) + "\n\n\x00")
        return await self.frame()

    async def wait_closed(self, timeout: float = 10) -> None:
        await asyncio.wait_for(self.closed.wait(), timeout)

    async def close(self) -> None:
        await self.ws.close()
        self._reader.cancel()
