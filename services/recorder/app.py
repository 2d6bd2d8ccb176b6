"""The recorder process, as an async context manager (the entry point and tests both use it)."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from broker.service import connect_broker
from controldb.event_store import EventStore
from controldb.migrate import apply_migrations
from services.recorder.consumer import HistoryConsumer
from services.recorder.retention import purge_periodically
from services.recorder.settings import RecorderSettings


@contextlib.asynccontextmanager
async def running_recorder(*, amqp_url: str | None = None, database_url: str | None = None,
                           migrate: bool = True, **overrides) -> AsyncIterator[HistoryConsumer]:
    """Run a recorder until the block exits. Keyword overrides: batch_size, flush_interval,
    retention_days, purge_interval (else QUERYCAST_* environment variables)."""
    settings = RecorderSettings.from_env(amqp_url=amqp_url, database_url=database_url, **overrides)
    if migrate:
        await apply_migrations(settings.database_url)
    store = await EventStore.connect(settings.database_url)
    broker = await connect_broker("recorder", settings.amqp_url)
    consumer = HistoryConsumer(broker, store, batch_size=settings.batch_size,
                               prefetch=settings.prefetch, flush_interval=settings.flush_interval)
    purge = None
    try:
        await consumer.start()
        if settings.retention_days > 0:
            purge = asyncio.get_running_loop().create_task(
                purge_periodically(store, settings.retention_days, settings.purge_interval))
        yield consumer
    finally:
        if purge:
            purge.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purge
        await consumer.close()
        await broker.close()
        await store.close()
