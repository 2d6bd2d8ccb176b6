import asyncio
from collections.abc import Awaitable, Callable

import aiopg
import pytest

from broker.topology import STATUS_HISTORY_QUEUE, declare_topology
from controldb.migrate import apply_migrations


@pytest.fixture
async def history_db(control_db: str) -> str:
    """A migrated control database for one test."""
    await apply_migrations(control_db)
    return control_db


@pytest.fixture
async def empty_history_queue(broker) -> None:
    """Events other tests left in the shared history queue must not leak into this one."""
    ch = broker.channel(confirms=False)
    await ch.wait_open(10)
    await declare_topology(ch)
    await ch.queue_purge(STATUS_HISTORY_QUEUE)
    await ch.close()


async def fetch(dsn: str, sql: str, *params) -> list[tuple]:
    async with aiopg.connect(dsn) as conn, conn.cursor() as cur:
        await cur.execute(sql, params)
        return await cur.fetchall()


async def wait_until(check: Callable[[], Awaitable[bool]], timeout: float = 30, what: str = "") -> None:
    """Poll `check` until it holds; fail with `what` if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        await asyncio.sleep(0.1)
