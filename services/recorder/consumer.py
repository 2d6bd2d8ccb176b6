"""Consume the history queue in batches: write a batch, then ack it (so nothing is lost while the
recorder or the database is down, and a redelivered event is skipped by its message_id). A batch
the database refuses for its data is written row by row; a row that can never be written goes
to the dead-letter queue, so one poison event never stops the history."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import psycopg2
from pika import BasicProperties
from prometheus_client import Counter, Gauge

from broker import Broker, Delivery, ManagedChannel
from broker.topology import DEAD_LETTER_EXCHANGE, DEAD_LETTER_QUEUE, STATUS_HISTORY_QUEUE
from controldb.event_rows import BadEvent, EventRow, event_row
from controldb.event_store import EventStore

log = logging.getLogger(__name__)

EVENTS_DEAD_LETTERED = Counter(
    "querycast_recorder_events_dead_lettered_total",
    "Status events the history table refused (moved to the dead-letter queue)")
EVENTS_RECORDED = Counter(
    "querycast_recorder_events_recorded_total",
    "Status events written to the history table (a redelivered copy counts once)")
LAG_SECONDS = Gauge(
    "querycast_recorder_lag_seconds",
    "Age of the oldest event of the last batch written: how far the history is behind the events")


def _written(rows: list[EventRow], inserted: int) -> int:
    EVENTS_RECORDED.inc(inserted)
    stamps = [row.ts for row in rows if row.ts is not None]
    if stamps:
        LAG_SECONDS.set(max(0.0, (datetime.now(UTC) - min(stamps)).total_seconds()))
    return inserted


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
        self._channel: ManagedChannel | None = None
        self._task: asyncio.Task | None = None
        self._flush_task: asyncio.Task | None = None
        self._dead_letters = broker.channel(confirms=True)
        self.recorded = 0
        self.dead_lettered = 0

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
        await self._dead_letters.close()

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
            await self._store_batch(rows, good)

    async def _store_batch(self, rows: list[EventRow], deliveries: list[Delivery]) -> None:
        """The whole batch in one statement; when a row's data makes that fail, row by row, so
        one event that can never be written costs only itself."""
        try:
            self.recorded += _written(rows, await self._retry_while_unreachable(lambda: self._store.insert(rows)))
        except _ROW_ERRORS:
            for row, delivery in zip(rows, deliveries):
                await self._store_one(row, delivery)
            return
        for delivery in deliveries:
            delivery.ack()

    async def _store_one(self, row: EventRow, delivery: Delivery) -> None:
        try:
            self.recorded += _written([row], await self._retry_while_unreachable(lambda: self._store.insert([row])))
        except _ROW_ERRORS as exc:
            await self._dead_letter(delivery, exc)
            return
        delivery.ack()

    async def _dead_letter(self, delivery: Delivery, exc: Exception) -> None:
        self.dead_lettered += 1
        EVENTS_DEAD_LETTERED.inc()
        reason = f"SQLSTATE {exc.pgcode}" if isinstance(exc, psycopg2.Error) else type(exc).__name__
        log.error("status event can never be stored (%s); moved to %s", reason, DEAD_LETTER_QUEUE,
                  extra={"messageId": delivery.properties.message_id})
        headers = {**delivery.headers, "x-querycast-reason": f"history write refused: {reason}",
                   "x-querycast-source-queue": self._queue_name}
        props = BasicProperties(message_id=delivery.properties.message_id, headers=headers,
                                content_type=delivery.properties.content_type, delivery_mode=2)
        await self._dead_letters.publish(DEAD_LETTER_EXCHANGE, "", delivery.body, props)
        delivery.ack()

    async def _retry_while_unreachable(self, write: Callable[[], Awaitable[int]]) -> int:
        """Retry `write` while the database is down or failing over; an error about the data
        itself (psycopg2.Error other than a lost connection) is raised to the caller."""
        delay = 0.5
        while True:
            try:
                return await write()
            except Exception as exc:
                if isinstance(exc, _ROW_ERRORS) and not _affects_every_row(exc):
                    raise
                log.warning("status history write failed (%s); retrying in %.1fs",
                            type(exc).__name__, delay,
                            extra={"sqlState": getattr(exc, "pgcode", None) or ""})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)


# Errors about the rows themselves (the database refused a value, or the driver could not adapt
# one); anything else (lost connection, timeouts) is about the database and is waited out.
_ROW_ERRORS = (psycopg2.Error, ValueError, TypeError)


def _affects_every_row(exc: Exception) -> bool:
    """Connection lost, server shutting down, out of resources, or the table missing: no row
    would be written right now, so the batch waits instead of being split."""
    if not isinstance(exc, psycopg2.Error):
        return False
    if isinstance(exc, (psycopg2.OperationalError, psycopg2.InterfaceError)):
        return True
    return (exc.pgcode or "")[:2] in _WHOLE_BATCH_CLASSES


# 08 connection, 53 insufficient resources, 57 operator intervention, 58 system error,
# 42 (e.g. undefined table during a migration), 25/40 transaction state/rollback
_WHOLE_BATCH_CLASSES = frozenset({"08", "53", "57", "58", "42", "25", "40", "XX"})
