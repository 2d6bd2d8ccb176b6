"""Read-only roles for test databases, created the way docs/executor.md tells operators to (the
SQL the PRIVILEGED_ROLE refusal suggests), and dropped again. Other test areas use them too."""
from __future__ import annotations

import uuid

import psycopg2

from services.executor.privileges import reader_role_sql
from tests.conftest import ADMIN_DSN, dsn_for

READER_PASSWORD = "reader-password"


def create_reader(database: str, prefix: str = "qc_reader") -> str:
    """A new LOGIN role with CONNECT on `database`, USAGE on public and SELECT on its tables."""
    role = f"{prefix}_{uuid.uuid4().hex[:8]}"
    conn = psycopg2.connect(dsn_for(database))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for statement in reader_role_sql(database, role, password=READER_PASSWORD):
                cur.execute(statement)
    finally:
        conn.close()
    return role


def drop_reader(role: str, databases: list[str]) -> None:
    """Drop the role, first its grants in each database that still exists."""
    for database in databases:
        try:
            conn = psycopg2.connect(dsn_for(database))
        except psycopg2.OperationalError:
            continue  # dropped already, and its grants with it
        conn.autocommit = True
        try:
            with conn.cursor() as cur:
                cur.execute(f'DROP OWNED BY "{role}"')
        finally:
            conn.close()
    conn = psycopg2.connect(ADMIN_DSN)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(f'DROP ROLE IF EXISTS "{role}"')
    finally:
        conn.close()
