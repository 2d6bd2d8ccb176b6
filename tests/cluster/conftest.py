"""Fixtures for the failover, drain and supervision tests: executor processes against the test
node, without the executor package's in-process executor competing for the commands."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from tests.executor.conftest import (  # noqa: F401  (fixtures re-used here)
    ADMIN,
    READER_PASSWORD,
    Executor,
    ExecutorProcess,
    rpc,
    shop_db,
    shop_reader,
    tap,
    wait_for_consumers,
)


@pytest.fixture
def executor_processes(amqp_url, control_db):
    """start(**env) -> a running `python -m services.executor`; all stopped at the end."""
    started: list[ExecutorProcess] = []

    async def start(url: str | None = None, **env) -> ExecutorProcess:
        proc = await ExecutorProcess(url or amqp_url, control_db, **env).start()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.kill()


async def register_shop(rpc, shop_db, shop_reader) -> str:  # noqa: F811
    calls = Executor(rpc)
    database_id = f"shop-{uuid.uuid4().hex[:6]}"
    await calls.register({"id": database_id, "name": "Test shop", "host": "127.0.0.1", "port": 5432,
                          "database": shop_db[0], "user": shop_reader, "password": READER_PASSWORD,
                          "options": {"defaultTimeoutSeconds": 20, "maxTimeoutSeconds": 30}})
    return database_id


async def consumers(amqp_url: str, count: int) -> None:
    await asyncio.to_thread(wait_for_consumers, amqp_url, count)
