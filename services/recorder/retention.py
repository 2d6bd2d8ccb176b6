"""Delete history older than QUERYCAST_HISTORY_RETENTION_DAYS, on start and then periodically."""
from __future__ import annotations

import asyncio
import logging

from controldb.event_store import EventStore

log = logging.getLogger(__name__)


async def purge_periodically(store: EventStore, days: int, interval: float) -> None:
    while True:
        try:
            deleted = await store.purge_older_than(days)
            if deleted:
                log.info("purged %d status events older than %d days", deleted, days)
        except Exception as exc:
            log.warning("status history purge failed (%s)", type(exc).__name__)
        await asyncio.sleep(interval)
