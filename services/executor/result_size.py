"""How large a result may grow: the executor fetches a statement's rows in chunks and stops with
a clear error once they would make an answer larger than QUERYCAST_EXECUTOR_MAX_RESULT_BYTES,
rather than holding them all in memory and sending an answer the broker refuses (RabbitMQ's
own limit on a message is 128 MiB; a caller would wait for it until its deadline).

A chunk arrives whole before it can be measured, so PostgreSQL measures too (size_guarded): 1,000
rows of `repeat('x', 10000000)` would otherwise be 10 GB in the executor's memory at once."""
from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

import psycopg2

from contracts.errors import ErrorCode, ServiceError
from services.executor.session import marked_value

# The first chunk travels with the statement (one round trip for small results); each next one
# is eight times larger, up to the last.
FIRST_CHUNK_ROWS = 1000
LARGEST_CHUNK_ROWS = 8000
GROWTH = 8

# Types of a bounded width (boolean, integers, floats, oid, money, date, time, timestamps,
# interval, uuid, "char"): counted as FIXED_BYTES a value, without looking at the values.
_FIXED_WIDTH_OIDS = frozenset({16, 18, 20, 21, 23, 26, 700, 701, 790, 1082, 1083, 1114, 1184, 1186, 1266, 2950})
_TEXT_OIDS = frozenset({19, 25, 1042, 1043})  # name, text, char(n), varchar: str or None
_BYTEA_OID = 17
FIXED_BYTES = 24


def estimated_bytes(rows: Sequence[tuple], type_codes: Sequence[int]) -> int:
    """About what `rows` take in the answer's JSON: text and bytes by their length (base64 makes
    bytes a third larger), values of bounded width by FIXED_BYTES, anything else (numeric, json,
    arrays, other types) by its text form. Column by column, in C-level loops (a Python loop
    over every value cost about as much as converting them)."""
    if not rows:
        return 0
    total = FIXED_BYTES * len(rows) * sum(1 for code in type_codes if code in _FIXED_WIDTH_OIDS)
    for index, code in enumerate(type_codes):
        if code in _FIXED_WIDTH_OIDS:
            continue
        values = map(itemgetter(index), rows)
        if code in _TEXT_OIDS:
            total += sum(map(len, filter(None, values)))
        elif code == _BYTEA_OID:
            total += sum(map(len, filter(None, values))) * 4 // 3
        else:
            total += sum(map(len, map(str, values)))
    return total + 3 * len(rows) * len(type_codes)


# The guard's failure names the row that passed the limit: SIZE_MARK and the row's number.
SIZE_MARK = "querycast-result-size-"
_MEASURE = "pg_catalog.sum(pg_catalog.pg_column_size(q.*)) OVER w"


def size_guarded(statement: str, limit_bytes: int) -> str:
    """The statement as its cursor runs it: its rows in its order, each with one more column,
    NULL while the rows so far take at most `limit_bytes` in PostgreSQL's own measure (a row's
    stored size, about its size in the answer; `pg_catalog` spelled out, so nothing of the
    database's runs in its place). The row that passes the limit fails instead of being sent,
    a single value PostgreSQL built included. The statement must have no trailing semicolon
    (sqlguard.statement_text); the newline ends a trailing `--` comment."""
    return (f"SELECT q.*, CASE WHEN {_MEASURE} OPERATOR(pg_catalog.>) {int(limit_bytes)} THEN"
            f" pg_catalog.concat('{SIZE_MARK}', pg_catalog.count(*) OVER w)::pg_catalog.int4 END"
            f" FROM (\n{statement}\n) AS q WINDOW w AS (ROWS UNBOUNDED PRECEDING)")


def rows_before_size_limit(error: psycopg2.Error) -> int | None:
    """How many rows came before the one size_guarded stopped at, or None for any other error."""
    number = marked_value(error, SIZE_MARK)
    if number is None:
        return None
    return int(number) - 1 if number.isdigit() else 0


async def rest_of_rows(cur, cursor: str, rows: list[tuple], chunk: int, wanted: int, limit: int) -> list[tuple]:
    """Up to `wanted` rows of `cursor` in chunks after the first (`rows`, `chunk` asked), stopping
    with an error once they would make the answer larger than `limit` bytes. The last column of
    each row is size_guarded's."""
    types = [column.type_code for column in (cur.description or ())[:-1]]
    size = estimated_bytes(rows, types)
    full = len(rows) == chunk  # a full chunk: there may be more
    while full and size <= limit and len(rows) < wanted:
        chunk = next_chunk(len(rows), chunk, wanted)
        await cur.execute(f"FETCH FORWARD {chunk} FROM {cursor}")
        more = await cur.fetchall()
        rows += more
        size += estimated_bytes(more, types)
        full = len(more) == chunk
    if size > limit:
        raise result_too_large(limit, len(rows))
    return rows


def next_chunk(fetched: int, last_chunk: int, wanted: int) -> int:
    return min(last_chunk * GROWTH, LARGEST_CHUNK_ROWS, wanted - fetched)


def result_too_large(limit_bytes: int, rows: int) -> ServiceError:
    return ServiceError(
        ErrorCode.QUERY_FAILED,
        f"The result is larger than the {_size(limit_bytes)} an answer may carry "
        f"(stopped after {rows} row{'s' if rows != 1 else ''}).",
        suggestion="Select fewer columns or rows (maxRows), or aggregate in the query.")


def _size(limit: int) -> str:
    return f"{limit / 1024 / 1024:g} MiB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
