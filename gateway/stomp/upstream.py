"""The upstream side of a proxy session: one Web-STOMP WebSocket to RabbitMQ."""
from __future__ import annotations

import aiohttp

STOMP_SUBPROTOCOLS = ("v12.stomp", "v11.stomp", "v10.stomp")


class BrokerUnavailable(Exception):
    """The broker cannot be reached or went away. Safe message, no URL or credentials."""


class Upstream:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse):
        self._ws = ws
        self.close_code: int | None = None
        self.close_reason: str | None = None

    @classmethod
    async def connect(cls, http: aiohttp.ClientSession, url: str, *, max_msg_size: int) -> Upstream:
        # The caller bounds the whole CONNECT phase (asyncio.timeout); no second timer here.
        try:
            ws = await http.ws_connect(
                url, protocols=STOMP_SUBPROTOCOLS, autoping=True, heartbeat=None,
                max_msg_size=max_msg_size, timeout=aiohttp.ClientWSTimeout(ws_close=2.0),
                compress=0, autoclose=True,
            )
        except (TimeoutError, aiohttp.ClientError, OSError):
            raise BrokerUnavailable("Broker not available.") from None
        return cls(ws)

    @property
    def local_address(self) -> str:
        """`ip:port` of the gateway's end: the connection name RabbitMQ's console shows."""
        sockname = self._ws.get_extra_info("sockname")
        return f"{sockname[0]}:{sockname[1]}" if sockname else "unknown"

    async def receive(self) -> bytes | None:
        """The next message's bytes, or None once the connection ended (`close_code` is set
        when the broker closed it deliberately, None when the connection was lost)."""
        msg = await self._ws.receive()
        if msg.type is aiohttp.WSMsgType.BINARY:
            return msg.data
        if msg.type is aiohttp.WSMsgType.TEXT:
            return msg.data.encode()
        if msg.type is aiohttp.WSMsgType.CLOSE:
            self.close_code, self.close_reason = msg.data, msg.extra
        return None

    async def send(self, data: bytes) -> None:
        try:
            await self._ws.send_bytes(data)
        except (ConnectionError, RuntimeError, aiohttp.ClientError):
            raise BrokerUnavailable("Broker not available.") from None

    async def close(self) -> None:
        if not self._ws.closed:
            try:
                await self._ws.close()
            except Exception:  # closing a dead socket: nothing left to do
                pass
