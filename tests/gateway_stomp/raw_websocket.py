"""A WebSocket client written by hand (RFC 6455), for what libraries will not send: one frame
whose declared length never arrives, frames cut at any byte."""
from __future__ import annotations

import asyncio
import base64
import os
import struct
from urllib.parse import urlsplit

from gateway.stomp.frames import Frame, FrameParser


def frame_header(length: int, opcode: int = 1, fin: bool = True) -> bytes:
    first = (0x80 if fin else 0) | opcode
    if length < 126:
        return bytes([first, 0x80 | length])
    if length < 65536:
        return bytes([first, 0x80 | 126]) + struct.pack("!H", length)
    return bytes([first, 0x80 | 127]) + struct.pack("!Q", length)


class HandWrittenWebSocket:
    MASK = b"\x00\x00\x00\x00"  # a zero mask: the payload goes out as it is

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer
        self._buf = b""

    @classmethod
    async def open(cls, url: str, protocol: str | None = "v12.stomp") -> HandWrittenWebSocket:
        parts = urlsplit(url)
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        key = base64.b64encode(os.urandom(16)).decode()
        offer = f"Sec-WebSocket-Protocol: {protocol}\r\n" if protocol else ""
        writer.write((f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                      f"{offer}\r\n").encode())
        head = await reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101"), head
        return cls(reader, writer)

    async def send_raw(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def send_message(self, payload: bytes, opcode: int = 1) -> None:
        await self.send_raw(frame_header(len(payload), opcode) + self.MASK + payload)

    async def next_message(self, timeout: float = 10) -> tuple[int, bytes]:
        """(opcode, payload) of the next frame from the server (unmasked, unfragmented)."""
        async with asyncio.timeout(timeout):
            first, second = await self.reader.readexactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", await self.reader.readexactly(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", await self.reader.readexactly(8))[0]
            return first & 0x0F, await self.reader.readexactly(length)

    async def stomp_frame(self, timeout: float = 10) -> Frame:
        opcode, payload = await self.next_message(timeout)
        assert opcode in (1, 2), (opcode, payload)
        frames = [f for f in FrameParser(max_frame_bytes=1 << 20, max_headers=100).feed(payload)
                  if isinstance(f, Frame)]  # without heart-beats
        assert len(frames) == 1, frames
        return frames[0]

    async def close_code(self, timeout: float = 10) -> int:
        """The code of the server's close frame (skipping frames before it)."""
        while True:
            opcode, payload = await self.next_message(timeout)
            if opcode == 8:
                return struct.unpack("!H", payload[:2])[0]

    def close(self) -> None:
        self.writer.close()
