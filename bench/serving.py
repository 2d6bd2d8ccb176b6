"""What the end-to-end benchmarks and the NL->SQL eval start around themselves: throw-away
PostgreSQL databases, a project-local RabbitMQ node, and the gateway on a real TCP port with a
client session and tokens for it."""
from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
from aiohttp import web

from broker.local_node import LocalNode
from controldb.pgadmin import admin_execute, sibling_dsn
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings

ADMIN_DSN = os.environ.get("QUERYCAST_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
SECRET = "bench-secret-0123456789abcdef-0123456789abcdef"


def admin(sql: str) -> None:
    """CREATE/DROP DATABASE and the like, as the PostgreSQL administrator."""
    admin_execute(ADMIN_DSN, sql)


def dsn(database: str) -> str:
    return sibling_dsn(ADMIN_DSN, database)


@contextlib.asynccontextmanager
async def local_node(name: str, offset: int) -> AsyncIterator[LocalNode]:
    """A project-local RabbitMQ node; stopped afterwards only if this block started it (a node
    that was already running, e.g. the test node of a shell, is left as it was)."""
    node = LocalNode(name, offset)
    was_running = await asyncio.to_thread(node.is_running)
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
