"""Read a request's stored timeline from the recorder's `status_events` table."""
from __future__ import annotations

from typing import Any

import aiopg
import psycopg2.errors

from contracts.status import RealTimeStatusMessage, Status

_COLUMNS = "feature, request_id, stage, status, message, data, ts, sequence, progress"


def _event(row: tuple[Any, ...]) -> RealTimeStatusMessage | None:
    feature, request_id, stage, status, message, data, ts, sequence, progress = row
    if progress is None:  # recorded from a publisher without progress
        progress = 100 if status == Status.SUCCESS.value else 0
    try:
        return RealTimeStatusMessage(
            feature=feature, request_id=request_id, stage=stage, status=status,
            message=message or "", data=data or {}, timestamp=ts, sequence=sequence,
            progress=progress)
    except ValueError:  # a malformed row from some other publisher: leave it out
        return None


class StatusHistory:
    def __init__(self, pool: aiopg.Pool):
        self._pool = pool

    async def events(self, request_id: str, user_id: str | None = None) -> list[RealTimeStatusMessage]:
        """The request's events in order; with `user_id`, only those published for that user
        (an owner never sees events of someone else's request that came under the same id)."""
        where, params = "request_id = %s", [request_id]
        if user_id is not None:
            where += " AND user_id = %s"
            params.append(user_id)
        try:
            async with self._pool.acquire() as conn, conn.cursor() as cur:
                await cur.execute(f"SELECT {_COLUMNS} FROM status_events WHERE {where}"
                                  " ORDER BY sequence, ts", params)
                rows = await cur.fetchall()
        except psycopg2.errors.UndefinedTable:  # the recorder has not migrated this database yet
            return []
        return [event for event in map(_event, rows) if event is not None]

    async def stored_end(self, request_id: str) -> tuple[int, bool]:
        """The last stored sequence of the request, and whether a terminal event is stored."""
        try:
            async with self._pool.acquire() as conn, conn.cursor() as cur:
                await cur.execute("SELECT max(sequence), coalesce(bool_or(status <> %s), false)"
                                  " FROM status_events WHERE request_id = %s",
                                  (Status.IN_PROGRESS.value, request_id))
                row = await cur.fetchone()
        except psycopg2.errors.UndefinedTable:
            return 0, False
        return ((row[0] or 0), bool(row[1])) if row else (0, False)
