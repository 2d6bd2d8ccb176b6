"""Wire the executor together: control database, registry, pools, RabbitMQ worker and cancel
listener. `running_executor` runs one in-process (tests of other areas use it too)."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiopg
import psycopg2

from broker import Broker, RpcWorker, StatusPublisher, declare_topology
from broker.service import connect_broker
from broker.settings import broadcast_enabled
from broker.topology import QUERY_EXECUTION_KEY, command_queue
from contracts.rpc import Operation
from controldb.history import StatusHistory
from controldb.migrate import apply_migrations
from controldb.registry import Registry
from controldb.secrets import PasswordCipher
from services.executor import metrics  # noqa: F401  (registers the pool-usage gauges)
from services.executor.control import CancelListener
from services.executor.execution import QueryExecutor
from services.executor.handlers import RegistryHandlers
from services.executor.pools import DatabasePools
from services.executor.settings import ExecutorSettings

log = logging.getLogger(__name__)

SERVICE = "executor"
APP_ID = "querycast-executor"
CONTROL_DB_PATIENCE_SECONDS = 60


@dataclass
class RunningExecutor:
    settings: ExecutorSettings
    broker: Broker
    registry: Registry
    pools: DatabasePools
    executor: QueryExecutor


@contextlib.asynccontextmanager
async def running_executor(*, amqp_url: str | None = None, database_url: str | None = None,
                           **overrides) -> AsyncIterator[RunningExecutor]:
    """Run an executor until the block exits. Keyword overrides are ExecutorSettings fields
    (e.g. concurrency=2, secret_key=..., max_timeout_seconds=30); the rest comes from the env."""
    settings = ExecutorSettings.from_env(database_url=database_url, **overrides)
    await _migrate_when_reachable(settings.database_url)
    async with contextlib.AsyncExitStack() as stack:
        control = await aiopg.create_pool(settings.database_url, minsize=1, maxsize=4)
        stack.push_async_callback(_close_pool, control)
        registry = Registry(control, PasswordCipher(settings.secret_key))
        pools = DatabasePools(settings)
        pools.start()
        stack.push_async_callback(pools.close)

        broker = await connect_broker(SERVICE, amqp_url)
        stack.push_async_callback(broker.close)
        setup = broker.channel(confirms=False)
        await setup.wait_open(30)
        await declare_topology(setup)  # before consuming, whatever the broker's definitions say
        await setup.close()

        publisher = StatusPublisher(broker, APP_ID, broadcast=broadcast_enabled())
        stack.push_async_callback(publisher.close)
        executor = QueryExecutor(registry, pools, publisher, settings, history=StatusHistory(control))
        worker = RpcWorker(broker, command_queue(QUERY_EXECUTION_KEY),
                           prefetch=settings.concurrency, app_id=APP_ID)
        worker.handle(Operation.EXECUTE, executor.handle)
        RegistryHandlers(registry, pools).install(worker)
        cancels = await CancelListener(broker, executor, app_id=APP_ID).start()
        stack.push_async_callback(cancels.close)
        await worker.start()
        stack.push_async_callback(worker.close)
        log.info("executor ready", extra={"concurrency": settings.concurrency})
        yield RunningExecutor(settings, broker, registry, pools, executor)


async def _migrate_when_reachable(dsn: str, patience: float = CONTROL_DB_PATIENCE_SECONDS) -> None:
    """Apply the control database's migrations, waiting a while for the database to come up
    (services may start before PostgreSQL, e.g. under compose)."""
    deadline = time.monotonic() + patience
    while True:
        try:
            await apply_migrations(dsn)
            return
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            log.warning("still waiting for the control database")
            await asyncio.sleep(2)


async def _close_pool(pool: aiopg.Pool) -> None:
    pool.close()
    await pool.wait_closed()
