"""Who owns a requestId (table request_owners): claimed before a command is sent, checked by
history and cancel. A requestId owned by another user is refused, so nobody can read or cancel
someone else's request by guessing or re-using its id."""
from __future__ import annotations

import aiopg

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller
from contracts.status import Feature


class RequestOwners:
    def __init__(self, pool: aiopg.Pool):
        self._pool = pool

    async def claim(self, request_id: str, user_id: str, feature: Feature, *,
                    database_id: str | None = None, subject: str | None = None) -> None:
        """Record `user_id` as the owner, with what was asked (the question or the SQL, for the
        history); re-using one's own id is allowed (a retry)."""
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(
                "INSERT INTO request_owners (request_id, user_id, feature, database_id, subject)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (request_id) DO NOTHING",
                (request_id, user_id, feature.value, database_id, subject))
            if cur.rowcount:
                return
            await cur.execute("SELECT user_id FROM request_owners WHERE request_id = %s", (request_id,))
            row = await cur.fetchone()
        if row is None or row[0] != user_id:
            raise ServiceError(ErrorCode.CONFLICT, "This clientRequestId is already in use.",
                               suggestion="Use a fresh, unique clientRequestId (a UUID), or omit it.")

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
