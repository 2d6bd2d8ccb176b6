"""Apply the control database's SQL migrations (`controldb/migrations/NNN_name.sql`) in
order, once each, under an advisory lock so several processes can start at the same time."""
from __future__ import annotations

import logging
from pathlib import Path

import aiopg

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_LOCK_ID = 0x71C0_0001


async def apply_migrations(dsn: str) -> list[str]:
    applied: list[str] = []
    async with aiopg.connect(dsn) as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
            try:
                await cur.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
                )
                await cur.execute("SELECT name FROM schema_migrations")
                done = {row[0] for row in await cur.fetchall()}
                for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
                    if path.name in done:
                        continue
                    # aiopg runs in autocommit; wrap each file in its own transaction.
                    await cur.execute("BEGIN")
                    try:
                        await cur.execute(path.read_text())
                        await cur.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (path.name,))
                        await cur.execute("COMMIT")
                    except Exception:
                        await cur.execute("ROLLBACK")
                        raise
                    applied.append(path.name)
                    log.info("applied migration %s", path.name)
            finally:
                await cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))
    return applied
