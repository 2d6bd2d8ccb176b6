"""Consume the history queue in batches: write a batch, then ack it (so nothing is lost while the
recorder or the database is down, and a redelivered event is skipped by its message_id)."""
from __future__ import annotations

import asyncio
import contextlib
import logging

from broker import Broker, Delivery
from broker.topology import STATUS_HISTORY_QUEUE
from controldb.event_rows import BadEvent, event_row
from controldb.event_store import EventStore

log = logging.getLogger(__name__)


class HistoryConsumer:
    def __init__(self, broker: Broker, store: EventStore, *, batch_size: int, prefetch: int,
                 flush_interval: float, queue: str = STATUS_HISTORY_QUEUE, close_grace: float = 5.0):
        self._broker = broker
        self._store = store
        self._batch_size = batch_size
        self._prefetch = prefetch
        self._flush_interval = flush_interval
        self._queue_name = queue
        self._close_grace = close_grace
        self._incoming: asyncio.Queue[Delivery] = asyncio.Queue()
        self._channel = None
        self._task: asyncio.Task | None = None
        self._flush_task: asyncio.Task | None = None
        self.recorded = 0

    async def start(self) -> None:
        self._channel = self._broker.channel(confirms=False, prefetch=self._prefetch)
        await self._channel.consume(self._queue_name, self._on_delivery)
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def close(self) -> None:
        """Finish the batch being written (and ack it); unwritten deliveries go back to the queue."""
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._flush_task:
            # A write stuck retrying against a dead database must not hold up shutdown; its
            # deliveries stay unacked and come back to the next recorder.
            with contextlib.suppress(asyncio.CancelledError, asyncio.TimeoutError):
                await asyncio.wait_for(self._flush_task, self._close_grace)
        if self._channel:
            await self._channel.close()

    async def _on_delivery(self, delivery: Delivery) -> None:
        self._incoming.put_nowait(delivery)

    async def _next_batch(self) -> list[Delivery]:
        batch = [await self._incoming.get()]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._flush_interval
        while len(batch) < self._batch_size:
            remaining = deadline - loop.time()
            if remaining <= 0 and self._incoming.empty():
                break
            try:
                batch.append(await asyncio.wait_for(self._incoming.get(), max(remaining, 0)))
            except TimeoutError:
                break
        return batch

    async def _run(self) -> None:
        while True:
            batch = await self._next_batch()
            self._flush_task = asyncio.get_running_loop().create_task(self._write(batch))
            await asyncio.shield(self._flush_task)

    async def _write(self, batch: list[Delivery]) -> None:
        rows, good = [], []
        for delivery in batch:
            try:
                rows.append(event_row(delivery.body, delivery.properties.message_id, delivery.headers))
                good.append(delivery)
            except BadEvent as exc:
                log.warning("dropping a message that is not a status event: %s", exc,
                            extra={"messageId": delivery.properties.message_id})
                delivery.reject(requeue=False)
        if rows:
            await self._insert_until_stored(rows)
        for delivery in good:
            delivery.ack()

    async def _insert_until_stored(self, rows) -> None:
        delay = 0.5
        while True:
            try:
                self.recorded += await self._store.insert(rows)
                return
            except Exception as exc:  # database down or failing over: keep the batch, retry
                log.warning("status history write failed (%s); retrying in %.1fs",
                            type(exc).__name__, delay,
                            extra={"sqlState": getattr(exc, "pgcode", None) or ""})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
