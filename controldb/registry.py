"""The registry of customer databases in the control database. Passwords are encrypted before
they are stored and only decrypted into `StoredDatabase`, which never leaves the executor."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

import aiopg
import psycopg2
from pydantic import ConfigDict, Field

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import DatabaseCreate, DatabaseInfo, DatabaseOptions
from controldb.secrets import PasswordCipher, SecretKeyError

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)


def database_not_found(database_id: str) -> ServiceError:
    return ServiceError(ErrorCode.NOT_FOUND, f"No database is registered with id '{database_id}'.",
                        suggestion="Check the database id; list the databases to see which exist.")


def control_db_unavailable() -> ServiceError:
    return ServiceError(ErrorCode.UNAVAILABLE, "The executor cannot reach its registry database.",
                        retryable=True, suggestion="Try again in a few seconds.")

_COLUMNS = "id, name, host, port, database, db_user, password_encrypted, options, created_at"


class StoredDatabase(DatabaseInfo):
    """A registered database with its decrypted password (kept out of repr, dumps and logs)."""

    model_config = ConfigDict(frozen=True)

    password: str = Field(default="", repr=False, exclude=True)

    def info(self) -> DatabaseInfo:
        return DatabaseInfo.model_validate(self.model_dump())

    @property
    def fingerprint(self) -> str:
        """Changes whenever anything that shapes a connection changes (pools are keyed by it)."""
        parts = (self.host, str(self.port), self.database, self.user, self.password,
                 self.options.ssl_mode)
        return hashlib.sha256("\x00".join(parts).encode()).hexdigest()

    @classmethod
    def from_create(cls, spec: DatabaseCreate) -> StoredDatabase:
        return cls(id=spec.id, name=spec.name, host=spec.host, port=spec.port,
                   database=spec.database, user=spec.user, options=spec.options,
                   password=spec.password)


def _control_db(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """Control-database outages become UNAVAILABLE (retryable), not an internal error."""
    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await method(*args, **kwargs)
        except psycopg2.Error:
            log.warning("registry database error in %s", method.__name__, exc_info=True)
            raise control_db_unavailable() from None
    return wrapper


# How long `get` answers from memory (a control-database query and a password decryption per
# request otherwise). This process's own register/delete clear the entry at once; a change made
# through another executor process is seen here after at most this long (docs/performance.md).
CACHE_SECONDS = 1.0


class Registry:
    def __init__(self, pool: aiopg.Pool, cipher: PasswordCipher, *, cache_seconds: float = CACHE_SECONDS):
        self._pool = pool
        self._cipher = cipher
        self._cache_seconds = cache_seconds
        # database id -> (time.monotonic() it was read, the entry); only found entries are kept.
        self._cache: dict[str, tuple[float, StoredDatabase]] = {}
        # Bumped by every change, so a read that raced with one is not cached.
        self._generation = 0

    def forget(self, database_id: str) -> None:
        self._generation += 1
        self._cache.pop(database_id, None)

    @_control_db
    async def list(self) -> list[DatabaseInfo]:
        async with self._cursor() as cur:
            await cur.execute(f"SELECT {_COLUMNS} FROM databases ORDER BY id")
            return [self._row(row, decrypt=False).info() for row in await cur.fetchall()]

    async def get(self, database_id: str) -> StoredDatabase:
        cached = self._cache.get(database_id)
        if cached is not None and time.monotonic() - cached[0] < self._cache_seconds:
            return cached[1]
        generation, read_at = self._generation, time.monotonic()
        db = await self._read(database_id)
        if generation == self._generation and self._cache_seconds > 0:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[database_id] = (read_at, db)
        return db

    @_control_db
    async def _read(self, database_id: str) -> StoredDatabase:
        async with self._cursor() as cur:
            await cur.execute(f"SELECT {_COLUMNS} FROM databases WHERE id = %s", (database_id,))
            row = await cur.fetchone()
        if row is None:
            raise database_not_found(database_id)
        return self._row(row, decrypt=True)

    @_control_db
    async def register(self, spec: DatabaseCreate, *, replace: bool = False) -> DatabaseInfo:
        values = (spec.id, spec.name, spec.host, spec.port, spec.database, spec.user,
                  self._cipher.encrypt(spec.password), json.dumps(spec.options.to_dict()))
        conflict = (" ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, host = EXCLUDED.host,"
                    " port = EXCLUDED.port, database = EXCLUDED.database, db_user = EXCLUDED.db_user,"
                    " password_encrypted = EXCLUDED.password_encrypted, options = EXCLUDED.options,"
                    " updated_at = now()") if replace else " ON CONFLICT (id) DO NOTHING"
        self.forget(spec.id)
        try:
            async with self._cursor() as cur:
                await cur.execute(
                    "INSERT INTO databases (id, name, host, port, database, db_user, password_encrypted,"
                    f" options) VALUES (%s, %s, %s, %s, %s, %s, %s, %s){conflict} RETURNING {_COLUMNS}",
                    values)
                row = await cur.fetchone()
        finally:
            self.forget(spec.id)  # a read between the first forget and the commit saw the old row
        if row is None:
            raise ServiceError(ErrorCode.CONFLICT, f"A database with id '{spec.id}' is already registered.",
                               suggestion="Choose another id, or delete the existing one first.")
        return self._row(row, decrypt=False).info()

    @_control_db
    async def delete(self, database_id: str) -> None:
        self.forget(database_id)
        try:
            async with self._cursor() as cur:
                await cur.execute("DELETE FROM databases WHERE id = %s", (database_id,))
                deleted = cur.rowcount
        finally:
            self.forget(database_id)
        if deleted == 0:
            raise database_not_found(database_id)

    @contextlib.asynccontextmanager
    async def _cursor(self) -> AsyncIterator[Any]:
        async with self._pool.acquire() as conn:
            async with conn.cursor() as cur:
                yield cur

    def _row(self, row: tuple[Any, ...], *, decrypt: bool) -> StoredDatabase:
        id_, name, host, port, database, user, secret, options, created_at = row
        password = ""
        if decrypt:
            try:
                password = self._cipher.decrypt(secret)
            except SecretKeyError:
                raise ServiceError(
                    ErrorCode.CONNECTION_FAILED,
                    f"The stored password of '{id_}' cannot be decrypted with the executor's key.",
                    suggestion="Register the database again, or restore the previous QUERYCAST_SECRET_KEY.",
                ) from None
        return StoredDatabase(id=id_, name=name, host=host, port=port, database=database, user=user,
                              options=DatabaseOptions.model_validate(options), password=password,
                              created_at=created_at)
