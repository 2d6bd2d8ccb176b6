"""The upstream side of a proxy session: one Web-STOMP WebSocket to RabbitMQ.

`QUERYCAST_WEB_STOMP_URL` may list several nodes (comma-separated): each new session starts at the
next node (round robin, so sessions spread over the cluster) and moves on to the following one when
a node does not accept, all within the session's CONNECT timeout.
"""
from __future__ import annotations

import asyncio
import itertools
import logging

import aiohttp

from broker.nodes import node_label

log = logging.getLogger(__name__)

STOMP_SUBPROTOCOLS = ("v12.stomp", "v11.stomp", "v10.stomp")


class BrokerUnavailable(Exception):
    """The broker cannot be reached or went away. Safe message, no URL or credentials."""


def web_stomp_urls(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


_next_start = itertools.count()


def connect_order(urls: list[str]) -> list[str]:
    """The nodes in the order this session tries them."""
    start = next(_next_start) % len(urls)
    return urls[start:] + urls[:start]


class Upstream:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse, url: str = ""):
        self._ws = ws
        self.url = url
        self.close_code: int | None = None
        self.close_reason: str | None = None

    @classmethod
    async def for_session(cls, http: aiohttp.ClientSession, nodes: str, *, max_frame_bytes: int,
                          connect_timeout: float) -> Upstream:
        """A session's upstream: the next node in turn that accepts, within the CONNECT timeout."""
        urls = connect_order(web_stomp_urls(nodes))
        return await cls.connect_any(http, urls, max_msg_size=max_frame_bytes * 2 + 65536,
                                     attempt_timeout=connect_timeout / (len(urls) + 1))

    @classmethod
    async def connect_any(cls, http: aiohttp.ClientSession, urls: list[str], *, max_msg_size: int,
                          attempt_timeout: float) -> Upstream:
        """The first node of `urls` that accepts the WebSocket; each try gets `attempt_timeout`
        seconds so one hung node cannot use up the session's whole CONNECT timeout."""
        for url in urls[:-1]:
            try:
                async with asyncio.timeout(attempt_timeout):
                    return await cls.connect(http, url, max_msg_size=max_msg_size)
            except (BrokerUnavailable, TimeoutError):
                log.info("Web-STOMP node %s not available; trying the next", node_label(url))
        return await cls.connect(http, urls[-1], max_msg_size=max_msg_size)

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
        return cls(ws, url)

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
