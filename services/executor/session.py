"""What a pooled connection carries between requests, and what each execution sets around the
user's statement: the limits (SET LOCAL, gone with the transaction), the check that no function
of the database stands in for a built-in, and the reset that makes a connection clean again.

Everything here runs as our own SQL on the customer's connection, so every function is
schema-qualified (pg_catalog): an unqualified name could resolve to a function of the database.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import psycopg2.extensions

from services.executor.privileges import inspect_role
from services.executor.shadows import FUNCTIONS_SQL, OPERATORS_SQL

# How long a transaction may sit idle between our statements beyond the query's own limit
# (the executor stalled or lost track of it): the server then ends the session.
IDLE_GRACE_MS = 5000

# Session state a query could leave behind (advisory locks, cursors, LISTEN, settings) is
# dropped before the connection goes back to the pool; read-only stays the default.
RESET_SQL = ("SELECT pg_catalog.pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; DEALLOCATE ALL;"
             " RESET ALL; SET default_transaction_read_only = on")


@dataclass
class SessionInfo:
    """Learnt once per physical connection (see `on_connect`)."""

    role: str = "?"
    privilege_problems: list[str] = field(default_factory=list)
    may_set_temp_file_limit: bool = False
    # The database's own operators (shadows.py), as last asked, and when (time.monotonic()).
    operators: list[str] = field(default_factory=list)
    operators_at: float = float("-inf")


async def learn_session(conn) -> SessionInfo:
    async with conn.cursor() as cur:
        role, problems = await inspect_role(cur)
        may_set = False
        if conn.raw.server_version >= 150000:
            await cur.execute("SELECT pg_catalog.has_parameter_privilege('temp_file_limit', 'SET')")
            may_set = bool((await cur.fetchone())[0])
        may_set = may_set or any("superuser" in p for p in problems)
    return SessionInfo(role, problems, may_set_temp_file_limit=may_set)


@dataclass(frozen=True)
class Limits:
    statement_ms: int
    lock_ms: int
    work_mem_kb: int
    temp_file_limit_kb: int | None  # None: the role may not set it
    idle_grace_ms: int = IDLE_GRACE_MS


# Operators change rarely (their owner creates them by hand), and listing them costs about as
# much as the rest of the preamble: asked again at most this often per connection.
OPERATORS_TTL_SECONDS = 30.0


def operators_stale(session: SessionInfo) -> bool:
    return time.monotonic() - session.operators_at > OPERATORS_TTL_SECONDS


def preamble(limits: Limits, *, with_operators: bool = True) -> str:
    """One round trip before the statement: a read-only transaction and its limits, then a row
    with the application name, work_mem capped at what the server allows anyway, and the names
    of database functions (and, `with_operators`, the database's operators) that could stand in
    for the statement's (parameters: application name, names; see shadows.py)."""
    statement_ms = max(1, limits.statement_ms)
    parts = [
        "BEGIN TRANSACTION READ ONLY",
        f"SET LOCAL statement_timeout = {statement_ms}",
        f"SET LOCAL lock_timeout = {max(1, min(limits.lock_ms, statement_ms))}",
        f"SET LOCAL idle_in_transaction_session_timeout = {statement_ms + max(1, int(limits.idle_grace_ms))}",
        "SET LOCAL intervalstyle = iso_8601",
        # The guard reads strings the standard way; the server must too.
        "SET LOCAL standard_conforming_strings = on",
    ]
    if limits.temp_file_limit_kb is not None:
        parts.append(f"SET LOCAL temp_file_limit = {int(limits.temp_file_limit_kb)}")
    work_mem_kb = int(limits.work_mem_kb)
    parts.append(
        "SELECT pg_catalog.set_config('application_name', %s, true),"
        " pg_catalog.set_config('work_mem', (LEAST(pg_catalog.pg_size_bytes("
        f"pg_catalog.current_setting('work_mem')) / 1024, {work_mem_kb}))::text || 'kB', true), "
        + FUNCTIONS_SQL + (", " + OPERATORS_SQL if with_operators else ""))
    return "; ".join(parts)


def idle_in_transaction(conn) -> bool:
    return conn.raw.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_IDLE
