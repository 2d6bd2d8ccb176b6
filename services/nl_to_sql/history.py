"""Where a redelivered question resumes: the highest sequence and progress the earlier attempt
stored in the status history (the control database), so the question's progress never goes
backwards after its worker died (the executor does the same, services/executor/execution.py).

The service needs the control database for nothing else, so the connection is made on the first
redelivered question only (QUERYCAST_DATABASE_URL, as every process reads it); when the database
cannot be reached the question runs anyway: numbering stays unique (the sequence block), only
progress may start over.
"""
from __future__ import annotations

import asyncio
import logging

import aiopg

from broker.status import RequestEvents
from controldb.history import StatusHistory

log = logging.getLogger(__name__)

READ_TIMEOUT_SECONDS = 5.0


class EarlierAttempts:
    def __init__(self, database_url: str | None):
        self._url = database_url
        self._pool: aiopg.Pool | None = None
        self._lock = asyncio.Lock()

    async def _history(self) -> StatusHistory:
        async with self._lock:
            if self._pool is None:
                self._pool = await aiopg.create_pool(self._url, minsize=0, maxsize=2, timeout=READ_TIMEOUT_SECONDS)
        return StatusHistory(self._pool)

    async def resume(self, events: RequestEvents) -> None:
        """Continue `events` after what earlier attempts of the request stored."""
        if not self._url:
            return
        try:
            history = await asyncio.wait_for(self._history(), READ_TIMEOUT_SECONDS)
            earlier = await asyncio.wait_for(history.events(events.request_id), READ_TIMEOUT_SECONDS)
        except Exception as exc:  # noqa: BLE001 - numbering stays unique anyway
            log.warning("could not read the earlier attempt's events: %s", type(exc).__name__)
            return
        if earlier:
            events.resume_from(max(e.sequence for e in earlier), max(e.progress for e in earlier))

    async def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            await self._pool.wait_closed()
