"""The `status_events` table: idempotent batch inserts and retention."""
from __future__ import annotations

from typing import Any

import aiopg
from psycopg2.extras import Json

from controldb.event_rows import EventRow

_COLUMNS = ("message_id", "request_id", "feature", "stage", "status", "message", "data", "ts",
            "sequence", "progress", "user_id")
_ROW_PLACEHOLDER = "(" + ", ".join(["%s"] * len(_COLUMNS)) + ")"
_PURGE_CHUNK = 5000


class EventStore:
    def __init__(self, pool: aiopg.Pool):
        self._pool = pool

    @classmethod
    async def connect(cls, dsn: str) -> EventStore:
        return cls(await aiopg.create_pool(dsn, minsize=1, maxsize=2))

    async def close(self) -> None:
        self._pool.close()
        await self._pool.wait_closed()

    async def insert(self, rows: list[EventRow]) -> int:
        """Write rows in one statement (atomic on its own: aiopg runs in autocommit); rows whose
        message_id is already stored are skipped. Returns how many were new."""
        if not rows:
            return 0
        sql = (f"INSERT INTO status_events ({', '.join(_COLUMNS)}) VALUES "
               + ", ".join([_ROW_PLACEHOLDER] * len(rows))
               + " ON CONFLICT (message_id) DO NOTHING")
        params: list[Any] = []
        for r in rows:
            params.extend((r.message_id, r.request_id, r.feature, r.stage, r.status, r.message,
                           Json(r.data), r.ts, r.sequence, r.progress, r.user_id))
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(sql, params)
            return cur.rowcount

    async def purge_older_than(self, days: int) -> int:
        """Delete events older than `days`, in chunks so no long lock blocks the inserts."""
        deleted = 0
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            while True:
                await cur.execute(
                    "DELETE FROM status_events WHERE message_id IN ("
                    " SELECT message_id FROM status_events"
                    " WHERE ts < now() - make_interval(days => %s) LIMIT %s)",
                    (days, _PURGE_CHUNK))
                deleted += cur.rowcount
                if cur.rowcount < _PURGE_CHUNK:
                    return deleted
