"""Administrative statements (CREATE/DROP DATABASE) that must run outside a transaction."""
from __future__ import annotations

import psycopg2


def admin_execute(admin_dsn: str, sql: str) -> None:
    conn = psycopg2.connect(admin_dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


def sibling_dsn(admin_dsn: str, database: str) -> str:
    """The same server and user as `admin_dsn`, another database."""
    return f"{admin_dsn.rpartition('/')[0]}/{database}"
