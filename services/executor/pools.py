"""Per-database aiopg pools: created on first use, bounded, closed when idle, replaced when the
registration changes. Connecting has its own deadline, separate from waiting for a free slot."""
from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiopg
import psycopg2
import psycopg2.extensions

from controldb.registry import StoredDatabase
from services.executor.errors import connection_failed
from services.executor.settings import ExecutorSettings

log = logging.getLogger(__name__)

# Intervals come back as PostgreSQL's ISO-8601 text (P1Y2M3DT4H): a timedelta would lose months.
_INTERVAL_TEXT = psycopg2.extensions.new_type((1186,), "QC_INTERVAL", lambda value, _cur: value)
_INTERVAL_ARRAY_TEXT = psycopg2.extensions.new_array_type((1187,), "QC_INTERVAL[]", _INTERVAL_TEXT)
# Names this process in pg_stat_activity (per query: "<this>/<requestId>").
APPLICATION_NAME = f"querycast-executor/{os.getpid()}"


async def _on_connect(conn: aiopg.Connection) -> None:
    psycopg2.extensions.register_type(_INTERVAL_TEXT, conn.raw)
    psycopg2.extensions.register_type(_INTERVAL_ARRAY_TEXT, conn.raw)
    # A SET rather than a startup `options` parameter, which poolers such as PgBouncer refuse.
    async with conn.cursor() as cur:
        await cur.execute("SET default_transaction_read_only = on")


@dataclass
class _Entry:
    fingerprint: str
    pool: aiopg.Pool
    slots: asyncio.Semaphore
    in_use: int = 0
    last_used: float = field(default_factory=time.monotonic)


class DatabasePools:
    def __init__(self, settings: ExecutorSettings):
        self._settings = settings
        self._entries: dict[str, _Entry] = {}
        self._creating: dict[str, asyncio.Lock] = {}
        self._janitor: asyncio.Task | None = None
        self._closing: set[asyncio.Task] = set()

    def start(self) -> None:
        self._janitor = asyncio.get_running_loop().create_task(self._close_idle_forever())

    @contextlib.asynccontextmanager
    async def connection(self, db: StoredDatabase) -> AsyncIterator[aiopg.Connection]:
        """A connection to `db`; failing to connect raises ServiceError(CONNECTION_FAILED)."""
        entry = await self._entry(db)
        entry.in_use += 1
        try:
            async with entry.slots:
                conn = await self._connect(entry.pool, db)
                try:
                    yield conn
                finally:
                    await entry.pool.release(conn)
        finally:
            entry.in_use -= 1
            entry.last_used = time.monotonic()

    async def _connect(self, pool: aiopg.Pool, db: StoredDatabase) -> aiopg.Connection:
        timeout = self._settings.connect_timeout_seconds

        async def acquire() -> aiopg.Connection:
            return await pool.acquire()

        try:
            return await asyncio.wait_for(acquire(), timeout)
        except (TimeoutError, psycopg2.Error, OSError) as exc:
            raise connection_failed(exc, host=db.host, port=db.port, database=db.database,
                                    timeout=timeout) from None

    async def _entry(self, db: StoredDatabase) -> _Entry:
        entry = self._entries.get(db.id)
        if entry is not None and entry.fingerprint == db.fingerprint:
            return entry
        lock = self._creating.setdefault(db.id, asyncio.Lock())
        async with lock:
            entry = self._entries.get(db.id)
            if entry is not None and entry.fingerprint == db.fingerprint:
                return entry
            if entry is not None:
                self.discard(db.id)
            entry = _Entry(db.fingerprint, await self._create_pool(db),
                           asyncio.Semaphore(self._settings.pool_max_size))
            self._entries[db.id] = entry
            return entry

    async def _create_pool(self, db: StoredDatabase) -> aiopg.Pool:
        return await aiopg.create_pool(
            minsize=0, maxsize=self._settings.pool_max_size, on_connect=_on_connect,
            pool_recycle=600, **await self._connect_kwargs(db))

    async def _connect_kwargs(self, db: StoredDatabase) -> dict:
        kwargs = dict(host=db.host, port=db.port, dbname=db.database, user=db.user,
                      password=db.password, sslmode=db.options.ssl_mode,
                      application_name=APPLICATION_NAME,
                      # aiopg's per-operation timeout is only a backstop behind statement_timeout.
                      timeout=self._settings.max_timeout_seconds + 15)
        hostaddr = await _resolve(db.host)
        if hostaddr:
            kwargs["hostaddr"] = hostaddr
        return kwargs

    async def probe(self, db: StoredDatabase) -> dict:
        """Open a fresh connection (not pooled) and report the server: the connection test."""
        kwargs = await self._connect_kwargs(db)

        async def connect() -> aiopg.Connection:
            return await aiopg.connect(**kwargs)

        began = time.monotonic()
        timeout = self._settings.connect_timeout_seconds
        try:
            conn = await asyncio.wait_for(connect(), timeout)
        except (TimeoutError, psycopg2.Error, OSError) as exc:
            raise connection_failed(exc, host=db.host, port=db.port, database=db.database,
                                    timeout=timeout) from None
        try:
            async with conn.cursor() as cur:
                await cur.execute("SHOW server_version")
                (version,) = await cur.fetchone()
        finally:
            await conn.close()
        return {"ok": True, "serverVersion": version, "latencyMs": int((time.monotonic() - began) * 1000)}

    def discard(self, database_id: str) -> None:
        """Close the pool of a database that was deleted or changed (in-use connections finish first)."""
        entry = self._entries.pop(database_id, None)
        if entry is not None:
            entry.pool.close()
            task = asyncio.get_running_loop().create_task(entry.pool.wait_closed())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def _close_idle_forever(self) -> None:
        idle = self._settings.pool_idle_seconds
        while True:
            await asyncio.sleep(max(0.5, min(30.0, idle / 2)))
            now = time.monotonic()
            for database_id, entry in list(self._entries.items()):
                if entry.in_use == 0 and now - entry.last_used > idle:
                    log.info("closing idle pool", extra={"databaseId": database_id})
                    self.discard(database_id)

    def pool_count(self) -> int:
        return len(self._entries)

    async def close(self) -> None:
        if self._janitor:
            self._janitor.cancel()
        for database_id in list(self._entries):
            self.discard(database_id)
        if self._closing:
            await asyncio.wait(list(self._closing), timeout=5)


async def _resolve(host: str) -> str | None:
    """Resolve a host name without blocking the loop (libpq would resolve it synchronously)."""
    if host.startswith("/"):
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=0)
    except OSError:
        return None  # let libpq report "could not translate host name"
    return infos[0][4][0] if infos else None
