"""What the NL->SQL eval (and the tests reaching the gateway over HTTP) start around themselves:
a project-local RabbitMQ node from async code, and the gateway on a real TCP port with a client
session and tokens for it. Throw-away databases: bench/support.py."""
from __future__ import annotations

import asyncio
import contextlib
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
from aiohttp import web

from bench.support import ADMIN_DSN, admin, dsn
from broker import Broker
from broker.local_node import LocalNode
from broker.presence import ConsumerPresence
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings

__all__ = ["ADMIN_DSN", "Gateway", "admin", "consumed", "dsn", "local_node", "serving_gateway"]
SECRET = "bench-secret-0123456789abcdef-0123456789abcdef"


@contextlib.asynccontextmanager
async def local_node(name: str, offset: int) -> AsyncIterator[LocalNode]:
    """A project-local RabbitMQ node; stopped afterwards only if this block started it (a node
    that was already running, e.g. the test node of a shell, is left as it was)."""
    node = LocalNode(name, offset)
    was_running = await asyncio.to_thread(node.is_running)
    if not was_running:
        # A node this block starts starts empty: commands an interrupted run left in its durable
        # queues would be worked off first and push this run's calls (value sampling) past their deadlines.
        await asyncio.to_thread(shutil.rmtree, node.base_dir / "mnesia", True)
    await asyncio.to_thread(node.start)
    try:
        yield node
    finally:
        if not was_running:
            await asyncio.to_thread(node.stop)


@dataclass
class Gateway:
    http: aiohttp.ClientSession      # bound to the gateway's base URL
    verifier: TokenVerifier

    def headers(self, user_id: str, roles: tuple[str, ...] = ()) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.verifier.issue(user_id, roles)[0]}"}


@contextlib.asynccontextmanager
async def serving_gateway(amqp_url: str, control_dsn: str, *,
                          connector: aiohttp.BaseConnector | None = None) -> AsyncIterator[Gateway]:
    """The gateway on a free TCP port, ready (`/readyz` answered 200) when the block starts."""
    auth = AuthSettings(secret=SECRET)
    runner = web.AppRunner(create_app(GatewaySettings(auth=auth, amqp_url=amqp_url, database_url=control_dsn)),
                           access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}", connector=connector) as http:
            for _ in range(100):
                async with http.get("/readyz") as response:
                    if response.status == 200:
                        break
                await asyncio.sleep(0.1)
            yield Gateway(http, TokenVerifier(auth))
    finally:
        await runner.cleanup()


async def consumed(broker: Broker, queue: str, timeout: float = 15.0) -> None:
    """Wait until `queue` has a consumer. A worker's `start()` may return while its channel is still
    opening, and until it consumes, the gateway answers 503 "no worker is running"."""
    presence = ConsumerPresence(broker, cache_seconds=0.0)
    try:
        async with asyncio.timeout(timeout):
            while not await presence.consumers(queue):
                await asyncio.sleep(0.05)
    finally:
        await presence.close()
