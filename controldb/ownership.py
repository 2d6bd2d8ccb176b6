"""Who owns a requestId (table request_owners): claimed when a command is sent, checked by
history and cancel. A requestId owned by another user is refused, so nobody can read or cancel
someone else's request by guessing or re-using its id. An id that has history events of another
user but no owner row (its claim never committed, or it was submitted around the gateway) is
refused too: it is never free for the taking (docs/security.md, "Request ownership")."""
from __future__ import annotations

import asyncio

import aiopg

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller
from contracts.status import Feature

# Claims waiting while one INSERT is on its way go together in the next one, up to this many.
MAX_CLAIMS_PER_INSERT = 256

_Claim = tuple[str, str, str, "str | None", "str | None"]  # request, user, feature, database, subject


class RequestOwners:
    def __init__(self, pool: aiopg.Pool):
        self._pool = pool
        self._waiting: list[tuple[_Claim, asyncio.Future[str]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def claim(self, request_id: str, user_id: str, feature: Feature, *,
                    database_id: str | None = None, subject: str | None = None) -> None:
        """Record `user_id` as the owner, with what was asked (the question or the SQL, for the
        history); re-using one's own id is allowed (a retry). Returns once the row is committed
        (a synchronous commit); concurrent claims share one INSERT (one round trip and one
        commit for all of them)."""
        await self.start_claim(request_id, user_id, feature, database_id=database_id, subject=subject)

    def start_claim(self, request_id: str, user_id: str, feature: Feature, *,
                    database_id: str | None = None, subject: str | None = None) -> asyncio.Future[None]:
        """`claim`, queued now: the future is done once the row is committed (or the claim was
        refused: CONFLICT, or the database's error)."""
        loop = asyncio.get_running_loop()
        owner: asyncio.Future[str] = loop.create_future()
        self._waiting.append(((request_id, user_id, feature.value, database_id, subject), owner))
        if self._writer is None:
            self._writer = loop.create_task(self._write_all())
        claimed: asyncio.Future[None] = loop.create_future()
        owner.add_done_callback(lambda done: _settle_claim(done, claimed, user_id))
        return claimed

    async def _write_all(self) -> None:
        """Write the waiting claims, a batch at a time, on one connection held while there are
        claims to write: one acquire and release per writer task, not per batch (the pool's
        bookkeeping was a large part of a claim's CPU in the gateway profile)."""
        batch: list[tuple[_Claim, asyncio.Future[str]]] = []
        conn: aiopg.Connection | None = None
        try:
            while self._waiting:
                batch = self._waiting[:MAX_CLAIMS_PER_INSERT]
                del self._waiting[:MAX_CLAIMS_PER_INSERT]
                try:
                    if conn is None:
                        conn = await self._pool.acquire()
                    owners = await self._insert(conn, [claim for claim, _ in batch])
                except Exception as exc:
                    if conn is not None:  # not reused after an error: the next batch takes another
                        self._pool.release(conn)
                        conn = None
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for claim, future in batch:
                    if not future.done():
                        future.set_result(owners.get(claim[0], ""))
        finally:
            self._writer = None
            if conn is not None:
                self._pool.release(conn)
            for _, future in batch + self._waiting:  # only when this task itself was cancelled
                future.cancel()
            self._waiting.clear()

    async def _insert(self, conn: aiopg.Connection, claims: list[_Claim]) -> dict[str, str]:
        """Owner by request id after inserting the claims whose id is free (the first of a
        repeated id in the batch)."""
        first: dict[str, _Claim] = {}
        for claim in claims:
            first.setdefault(claim[0], claim)
        columns = list(zip(*first.values()))
        async with conn.cursor() as cur:
            # clock_timestamp(): each row its own time, as when they were inserted one by one.
            # An id with another user's (or an anonymous publisher's) events is not inserted:
            # its owner row is missing, not free (docs/security.md, "Request ownership").
            await cur.execute(
                "INSERT INTO request_owners (request_id, user_id, feature, database_id, subject, created_at)"
                " SELECT r, u, f, d, s, pg_catalog.clock_timestamp()"
                " FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[]) AS c(r, u, f, d, s)"
                " WHERE NOT EXISTS (SELECT 1 FROM status_events e"
                "                    WHERE e.request_id = c.r AND e.user_id IS DISTINCT FROM c.u)"
                " ON CONFLICT (request_id) DO NOTHING RETURNING request_id, user_id",
                tuple(list(column) for column in columns))
            owners = dict(await cur.fetchall())
            taken = [request_id for request_id in first if request_id not in owners]
            if taken:
                await cur.execute("SELECT request_id, user_id FROM request_owners WHERE request_id = ANY(%s)",
                                  (taken,))
                owners.update(dict(await cur.fetchall()))
        return owners

    async def purge(self, older_than_days: int) -> int:
        """Forget owners of requests older than the status history keeps (same retention)."""
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("DELETE FROM request_owners WHERE created_at < now() - make_interval(days => %s)",
                              (older_than_days,))
            return cur.rowcount

    async def owner(self, request_id: str) -> str | None:
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("SELECT user_id FROM request_owners WHERE request_id = %s", (request_id,))
            row = await cur.fetchone()
        return row[0] if row else None

    async def check_access(self, request_id: str, caller: Caller) -> Feature:
        """Owner or admin (anything else looks exactly like an unknown id: 404); the request's feature."""
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("SELECT user_id, feature FROM request_owners WHERE request_id = %s", (request_id,))
            row = await cur.fetchone()
        if row is None or (row[0] != caller.user_id and not caller.is_admin):
            raise ServiceError(ErrorCode.NOT_FOUND, "No such request.")
        return Feature(row[1])


def _settle_claim(owner: asyncio.Future[str], claimed: asyncio.Future[None], user_id: str) -> None:
    if claimed.done():
        return
    if owner.cancelled():
        claimed.cancel()
    elif owner.exception() is not None:
        claimed.set_exception(owner.exception())  # type: ignore[arg-type]
    elif owner.result() != user_id:
        claimed.set_exception(ServiceError(
            ErrorCode.CONFLICT, "This clientRequestId is already in use.",
            suggestion="Use a fresh, unique clientRequestId (a UUID), or omit it."))
    else:
        claimed.set_result(None)
