"""A user's past requests, newest first (GET /api/requests): `request_owners` (who asked what,
when) joined with each request's terminal event in `status_events` (how it ended, when).

Pages are keyset-paginated on (created_at, request_id), both descending, so a page never skips or
repeats a row while new requests arrive; the caller turns the last row's key into a cursor.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

import aiopg

from contracts.rest import HISTORY_PREVIEW_CHARS, RequestDetail, RequestSummary

# Key of a row in the newest-first order: (created_at, request_id).
PageKey = tuple[datetime, str]

_SELECT = """
SELECT o.request_id, o.user_id, o.feature, o.database_id, o.subject, o.created_at,
       t.stage, t.status, t.ts, t.data
  FROM request_owners o
  LEFT JOIN LATERAL (
        SELECT e.stage, e.status, e.ts, e.data FROM status_events e
         WHERE e.request_id = o.request_id AND e.feature = o.feature AND e.user_id = o.user_id
           AND e.status IN ('SUCCESS', 'ERROR')
         ORDER BY e.sequence DESC NULLS LAST, e.ts DESC LIMIT 1) t ON true
"""
_TERMINAL_STAGES = frozenset({"COMPLETED", "ERROR", "TIMEOUT", "CANCELLED"})


def preview(subject: str | None) -> str:
    """The question or SQL on one line, cut to HISTORY_PREVIEW_CHARS (with an ellipsis)."""
    text = " ".join((subject or "").split())
    if len(text) <= HISTORY_PREVIEW_CHARS:
        return text
    return text[:HISTORY_PREVIEW_CHARS - 1] + "…"


def _outcome(stage: str | None, status: str | None) -> str:
    if status is None:
        return "RUNNING"
    if stage in _TERMINAL_STAGES:
        return stage
    return "COMPLETED" if status == "SUCCESS" else "ERROR"


def _duration_ms(created_at: datetime, finished_at: datetime | None, data: Any) -> int | None:
    """The worker's own figure when the terminal event has one, else the wall time since the
    gateway accepted the request."""
    measured = data.get("durationMs") if isinstance(data, dict) else None
    if isinstance(measured, int) and not isinstance(measured, bool) and measured >= 0:
        return measured
    if finished_at is None:
        return None
    return max(0, round((finished_at - created_at).total_seconds() * 1000))


def _fields(row: tuple[Any, ...]) -> dict[str, Any]:
    request_id, user_id, feature, database_id, subject, created_at, stage, status, ts, data = row
    finished_at = ts if status is not None else None
    return {"request_id": request_id, "user_id": user_id, "feature": feature,
            "database_id": database_id, "preview": preview(subject),
            "status": _outcome(stage, status), "created_at": created_at, "finished_at": finished_at,
            "duration_ms": _duration_ms(created_at, finished_at, data), "subject": subject}


class RequestHistory:
    def __init__(self, pool: aiopg.Pool):
        self._pool = pool

    async def page(self, user_id: str, limit: int,
                   before: PageKey | None = None) -> tuple[list[RequestSummary], PageKey | None]:
        """Up to `limit` of the user's requests older than `before`, newest first, and the key
        to continue from (None on the last page)."""
        sql = _SELECT + " WHERE o.user_id = %s"
        params: list[Any] = [user_id]
        if before is not None:
            sql += " AND (o.created_at, o.request_id) < (%s, %s)"
            params.extend(before)
        sql += " ORDER BY o.created_at DESC, o.request_id DESC LIMIT %s"
        params.append(limit + 1)
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(sql, params)
            rows = await cur.fetchall()
        fields = [_fields(row) for row in rows[:limit]]
        items = [RequestSummary(**{k: v for k, v in f.items() if k != "subject"}) for f in fields]
        more = len(rows) > limit
        return items, ((fields[-1]["created_at"], fields[-1]["request_id"]) if more else None)

    async def get(self, request_id: str) -> RequestDetail | None:
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(_SELECT + " WHERE o.request_id = %s", (request_id,))
            row = await cur.fetchone()
        if row is None:
            return None
        fields = _fields(row)
        return RequestDetail(text=fields.pop("subject"), **fields)
