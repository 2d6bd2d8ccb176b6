"""How large a result may grow: the executor fetches a statement's rows in chunks and stops with
a clear error once they would make an answer larger than QUERYCAST_EXECUTOR_MAX_RESULT_BYTES,
rather than holding them all in memory and sending an answer the broker refuses (RabbitMQ's
own limit on a message is 128 MiB; a caller would wait for it until its deadline)."""
from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from contracts.errors import ErrorCode, ServiceError

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
