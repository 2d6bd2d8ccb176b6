"""A minimal STOMP 1.2 client over the gateway's raw WebSocket (/ws), enough to watch events."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import aiohttp


@dataclass
class Frame:
    command: str
    headers: dict[str, str]
    body: str

    def json(self) -> dict:
        return json.loads(self.body)


def encode(command: str, headers: dict[str, str], body: str = "") -> str:
    lines = [command, *(f"{k}:{v}" for k, v in headers.items())]
    return "\n".join(lines) + "\n\n" + body + "\0"


def decode(raw: str) -> Frame:
    head, _, body = raw.partition("\n\n")
    command, *lines = head.split("\n")
    headers: dict[str, str] = {}
    for line in lines:
        key, _, value = line.partition(":")
        headers.setdefault(key, value)
    return Frame(command.strip(), headers, body)


@dataclass
class StompClient:
    ws: aiohttp.ClientWebSocketResponse
    session: aiohttp.ClientSession
    messages: list[Frame] = field(default_factory=list)
    pending: list[Frame] = field(default_factory=list)

    @classmethod
    async def connect(cls, url: str, token: str | None) -> StompClient:
        session = aiohttp.ClientSession()
        ws = await session.ws_connect(url, protocols=("v12.stomp",))
        client = cls(ws, session)
        headers = {"accept-version": "1.2", "host": "/", "heart-beat": "0,0"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        await ws.send_str(encode("CONNECT", headers))
        connected = await client._next()
        assert connected.command == "CONNECTED", connected
        return client

    async def subscribe(self, destination: str) -> None:
        receipt = f"sub-{destination}"
        await self.ws.send_str(encode("SUBSCRIBE", {"id": receipt, "destination": destination,
                                                    "receipt": receipt}))
        while True:
            frame = await self._next()
            if frame.command == "RECEIPT" and frame.headers.get("receipt-id") == receipt:
                return
            self.messages.append(frame)

    async def _next(self) -> Frame:
        while not self.pending:
            msg = await self.ws.receive()
            if msg.type not in (aiohttp.WSMsgType.TEXT, aiohttp.WSMsgType.BINARY):
                raise ConnectionError(f"websocket closed: {msg.type}")
            data = msg.data if isinstance(msg.data, str) else msg.data.decode()
            # A message may hold several frames, each NUL-terminated, with EOLs (heart-beats) between.
            for chunk in data.split("\0"):
                chunk = chunk.lstrip("\r\n")
                if chunk:
                    self.pending.append(decode(chunk))
        return self.pending.pop(0)

    async def collect(self) -> None:
        """Read MESSAGE frames until cancelled (run as a task)."""
        while True:
            self.messages.append(await self._next())

    def events(self, request_id: str) -> list[dict]:
        return [f.json() for f in self.messages
                if f.command == "MESSAGE" and f.json().get("requestId") == request_id]

    async def close(self) -> None:
        await self.ws.close()
        await self.session.close()
