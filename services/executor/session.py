"""What a pooled connection carries between requests, and what each execution sets around the
user's statement: the limits (SET LOCAL, gone with the transaction), the check that no function
of the database stands in for a built-in, and the reset that makes a connection clean again.

Everything here runs as our own SQL on the customer's connection, so every function is
schema-qualified (pg_catalog): an unqualified name could resolve to a function of the database.
"""
from __future__ import annotations

import enum
import re
import time
from dataclasses import dataclass, field

import psycopg2.extensions

from services.executor.privileges import inspect_role
from services.executor.shadows import CASTS_SQL, FUNCTIONS_SQL, OPERATORS_SQL

# How long a transaction may sit idle between our statements beyond the query's own limit
# (the executor stalled or lost track of it): the server then ends the session.
IDLE_GRACE_MS = 5000

# pg_catalog first in the search path, for the session: a role whose path puts a schema of the
# database before pg_catalog would otherwise have the database's operators and functions of
# the built-ins' exact signatures (`bigint / integer`, `format_type(oid, integer)`) run in place
# of the built-ins, in our own SQL as in the statement. Function calls only, all qualified: no
# operator is resolved before the path is right.
CATALOG_FIRST_SQL = ("SELECT pg_catalog.set_config('search_path', pg_catalog.concat('pg_catalog, ',"
                     " pg_catalog.current_setting('search_path')), false)")

# Session state a query could leave behind (advisory locks, cursors, LISTEN, settings) is
# dropped before the connection goes back to the pool; read-only stays the default, and
# pg_catalog first in the search path.
SESSION_DEFAULTS_SQL = f"SET default_transaction_read_only = on; {CATALOG_FIRST_SQL}"
RESET_SQL = ("SELECT pg_catalog.pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; DEALLOCATE ALL;"
             f" RESET ALL; {SESSION_DEFAULTS_SQL}")


@dataclass
class SessionInfo:
    """Learnt once per physical connection (see `on_connect`)."""

    role: str = "?"
    privilege_problems: list[str] = field(default_factory=list)
    may_set_temp_file_limit: bool = False
    # The database's own operators (shadows.py), as last asked, and when (time.monotonic()).
    operators: list[str] = field(default_factory=list)
    # The database's own casts (shadows.CASTS_SQL), asked with the operators.
    casts: list[str] = field(default_factory=list)
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


class Ask(enum.Enum):
    """What the preamble asks the database, and so how it runs."""

    # Its own round trip, its row read: which of the names are functions of the database, and
    # the database's operators and casts (parameters: application name, names).
    ROW = "row"
    # In one round trip with the statement: a name that is a function of the database makes the
    # preamble fail, which skips the statement (parameters: application name, refusal mark, names).
    REFUSE = "refuse"
    # In one round trip with the statement, nothing asked: the statement names nothing
    # (parameter: application name).
    NOTHING = "nothing"


# The refusal's error carries this, a per-execution nonce and the names (see `shadowed_names`).
REFUSAL_MARK = "querycast-refused-"
_UNQUOTED = re.compile(r"""[^"'\s\u00bb\u201d\u2019]*""")


def preamble(limits: Limits, ask: Ask = Ask.ROW) -> str:
    """The round trip before the statement, or the start of the statement's own: a read-only
    transaction and its limits, then the application name, work_mem capped at what the server
    allows anyway and, per `ask`, the question about the database's functions (shadows.py).

    With Ask.REFUSE the refusal is a failed cast whose text is the mark and the names: PostgreSQL
    stops a multi-statement query at its first error, so the statement after it never runs. The
    functions' question costs the server more than the rest of the preamble (its planning), so
    Ask.NOTHING leaves it out."""
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
    settings = ("SELECT pg_catalog.set_config('application_name', %s, true),"
                " pg_catalog.set_config('work_mem', (LEAST(pg_catalog.pg_size_bytes("
                f"pg_catalog.current_setting('work_mem')) / 1024, {work_mem_kb}))::text || 'kB', true)")
    if ask is Ask.ROW:
        parts.append(f"{settings}, {FUNCTIONS_SQL}, {OPERATORS_SQL}, {CASTS_SQL}")
    elif ask is Ask.REFUSE:
        parts.append(f"{settings}, CASE WHEN pg_catalog.cardinality(f.names) OPERATOR(pg_catalog.>) 0 THEN"
                     " pg_catalog.concat(%s, pg_catalog.array_to_string(f.names, ','))::pg_catalog.int4 END"
                     f" FROM (SELECT {FUNCTIONS_SQL} AS names) f")
    else:
        parts.append(settings)
    return "; ".join(parts)


def marked_value(error: psycopg2.Error, mark: str) -> str | None:
    """What follows `mark` in the text of a failed cast the executor's own SQL made (a refusal, a
    size limit), or None for any other error. The server quotes the value as its language does
    ("...", «...», “...”)."""
    message = (error.diag.message_primary if error.diag is not None else None) or ""
    at = message.find(mark)
    if not mark or at < 0:
        return None
    value = _UNQUOTED.match(message, at + len(mark))
    return value.group() if value else ""


def shadowed_names(error: psycopg2.Error, mark: str) -> list[str]:
    """The functions an Ask.REFUSE preamble refused with `mark`, or [] for any other error."""
    return [n for n in (marked_value(error, mark) or "").split(",") if n]


def idle_in_transaction(conn) -> bool:
    return conn.raw.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_IDLE
