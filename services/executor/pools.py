"""Per-database aiopg pools: created on first use, bounded, closed when idle, replaced when the
registration changes. Waiting for a free slot is bounded by the request's deadline; connecting
also has a limit of its own. Each new connection learns its role (a privileged one is refused
unless the registration accepts it); each connection is reset before it goes back to the pool,
and closed if that fails."""
from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import time
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import ClassVar

import aiopg
import psycopg2
import psycopg2.extensions

from contracts.errors import ServiceError
from controldb.registry import StoredDatabase
from services.executor.deadlines import Deadline, waited_too_long
from services.executor.errors import connection_failed
from services.executor.free_connections import give_back, take_free
from services.executor.privileges import check_role, inspect_role
from services.executor.session import (
    RESET_SQL,
    SESSION_DEFAULTS_SQL,
    SessionInfo,
    idle_in_transaction,
    learn_session,
)
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
    try:
        # SETs rather than a startup `options` parameter, which poolers such as PgBouncer refuse.
        async with conn.cursor() as cur:
            await cur.execute(SESSION_DEFAULTS_SQL)
        conn.querycast = await learn_session(conn)  # type: ignore[attr-defined]
    except BaseException:
        conn.close()  # aiopg would otherwise keep a connection its on_connect failed on
        raise


# Registry.get hands out the same StoredDatabase for a second (its cache): its fingerprint (a
# SHA-256 of the connection settings) is worked out once per object, not twice per request.
_FINGERPRINTS: dict[int, tuple[StoredDatabase, str]] = {}
_FINGERPRINTS_KEPT = 256


def fingerprint_of(db: StoredDatabase) -> str:
    cached = _FINGERPRINTS.get(id(db))
    if cached is not None and cached[0] is db:
        return cached[1]
    if len(_FINGERPRINTS) >= _FINGERPRINTS_KEPT:
        _FINGERPRINTS.clear()
    fingerprint = db.fingerprint
    _FINGERPRINTS[id(db)] = (db, fingerprint)
    return fingerprint


async def cursor_of(conn: aiopg.Connection) -> aiopg.Cursor:
    """The connection's cursor for the statements of requests and the reset after them: one,
    kept with the connection (making and closing one per statement cost more than its use)."""
    cur = getattr(conn, "querycast_cursor", None)
    if cur is None or cur.closed:
        cur = conn.querycast_cursor = await conn.cursor()  # type: ignore[attr-defined]
    return cur


def session_of(conn: aiopg.Connection) -> SessionInfo:
    return getattr(conn, "querycast", None) or SessionInfo()


@dataclass
class _Entry:
    fingerprint: str
    pool: aiopg.Pool
    slots: asyncio.Semaphore
    in_use: int = 0
    last_used: float = field(default_factory=time.monotonic)


class DatabasePools:
    # Every instance of this process, for the pool-usage metrics (services/executor/metrics.py).
    live: ClassVar[weakref.WeakSet[DatabasePools]] = weakref.WeakSet()

    def __init__(self, settings: ExecutorSettings):
        DatabasePools.live.add(self)
        self._settings = settings
        self._entries: dict[str, _Entry] = {}
        self._creating: dict[str, asyncio.Lock] = {}
        self._janitor: asyncio.Task | None = None
        self._closing: set[asyncio.Task] = set()

    def start(self) -> None:
        self._janitor = asyncio.get_running_loop().create_task(self._close_idle_forever())

    @contextlib.asynccontextmanager
    async def connection(self, db: StoredDatabase,
                         deadline: Deadline | None = None) -> AsyncIterator[aiopg.Connection]:
        """A connection to `db`. Failing to connect raises CONNECTION_FAILED, no free slot before
        `deadline` QUERY_TIMEOUT, a role the registration does not accept PRIVILEGED_ROLE."""
        entry = await self._entry(db)
        entry.in_use += 1
        try:
            await self._wait_for_slot(entry, deadline)
            try:
                conn = await self._connect(entry.pool, db, deadline)
                try:
                    session = session_of(conn)
                    check_role(session.role, session.privilege_problems, database_id=db.id,
                               database=db.database, allow_privileged=db.options.allow_privileged_role)
                    yield conn
                finally:
                    await self._reset(conn)
                    if not give_back(entry.pool, conn):
                        await entry.pool.release(conn)
            finally:
                entry.slots.release()
        finally:
            entry.in_use -= 1
            entry.last_used = time.monotonic()

    @staticmethod
    async def _wait_for_slot(entry: _Entry, deadline: Deadline | None) -> None:
        # asyncio.timeout rather than wait_for, here and below: no task per wait on the hot path.
        if deadline is None or not entry.slots.locked():
            await entry.slots.acquire()
            return
        try:
            async with asyncio.timeout(max(0.0, deadline.remaining())):
                await entry.slots.acquire()
        except TimeoutError:
            raise waited_too_long(deadline.seconds) from None

    async def _reset(self, conn: aiopg.Connection) -> None:
        """Leave nothing of this request on the connection; close it when that fails."""
        if conn.closed:
            return

        async def reset() -> None:
            cur = await cursor_of(conn)
            # The request's transaction (read-only) ends in the same round trip as the reset.
            await cur.execute(f"ROLLBACK; {RESET_SQL}" if idle_in_transaction(conn) else RESET_SQL)

        try:
            async with asyncio.timeout(self._settings.connect_timeout_seconds):
                await reset()
        except BaseException as exc:
            conn.close()
            if not isinstance(exc, (psycopg2.Error, OSError, TimeoutError)):
                raise
            log.info("closed a connection whose reset failed (%s)", type(exc).__name__)

    async def _connect(self, pool: aiopg.Pool, db: StoredDatabase,
                       deadline: Deadline | None) -> aiopg.Connection:
        free = take_free(pool)
        if free is not None:
            return free
        timeout = self._settings.connect_timeout_seconds
        if deadline is not None and deadline.remaining() < timeout:
            timeout = max(0.0, deadline.remaining())

        try:
            async with asyncio.timeout(timeout):
                return await pool.acquire()
        except TimeoutError:
            if deadline is not None and deadline.remaining() <= 0:
                raise waited_too_long(deadline.seconds) from None
            raise connection_failed(TimeoutError(), host=db.host, port=db.port, database=db.database,
                                    timeout=timeout) from None
        except (psycopg2.Error, OSError) as exc:
            raise connection_failed(exc, host=db.host, port=db.port, database=db.database,
                                    timeout=timeout) from None

    async def _entry(self, db: StoredDatabase) -> _Entry:
        entry = self._entries.get(db.id)
        if entry is not None and entry.fingerprint == fingerprint_of(db):
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
        found = await self._probe(db)
        return {"ok": True, "serverVersion": found["version"], "latencyMs": found["latencyMs"],
                "role": found["role"], "privileged": bool(found["problems"])}

    async def check_registration(self, db: StoredDatabase) -> None:
        """Refuse (PRIVILEGED_ROLE) to register a role that could do more than read, unless the
        registration accepts it. A database that cannot be reached now is checked on its first
        connection instead (every new connection is)."""
        try:
            found = await self._probe(db)
        except ServiceError as err:
            log.info("registering a database that cannot be reached now (%s); its role is checked "
                     "on first use", err.code.value, extra={"databaseId": db.id})
            return
        check_role(found["role"], found["problems"], database_id=db.id, database=db.database,
                   allow_privileged=db.options.allow_privileged_role)

    async def _probe(self, db: StoredDatabase) -> dict:
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
                role, problems = await inspect_role(cur)
        except psycopg2.Error as exc:
            raise connection_failed(exc, host=db.host, port=db.port, database=db.database) from None
        finally:
            await conn.close()
        return {"version": version, "role": role, "problems": problems,
                "latencyMs": int((time.monotonic() - began) * 1000)}

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

    def usage(self) -> dict[str, tuple[int, int, int]]:
        """Per database id: (connections handed to queries, connections open, pool limit)."""
        return {database_id: (entry.pool.size - entry.pool.freesize, entry.pool.size, entry.pool.maxsize or 0)
                for database_id, entry in self._entries.items()}

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
    except (OSError, UnicodeError, ValueError):  # e.g. a label longer than 63 characters
        return None  # let libpq report "could not translate host name"
    return str(infos[0][4][0]) if infos else None
