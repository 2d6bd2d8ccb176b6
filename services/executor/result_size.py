"""How large a result may grow: the executor fetches a statement's rows in chunks and stops with
a clear error once they would make an answer larger than QUERYCAST_EXECUTOR_MAX_RESULT_BYTES,
rather than holding them all in memory and sending an answer the broker refuses (RabbitMQ's
own limit on a message is 128 MiB; a caller would wait for it until its deadline)."""
from __future__ import annotations

from contracts.errors import ErrorCode, ServiceError

# The first chunk travels with the statement (one round trip for small results); each next one
# is four times larger, up to the last.
FIRST_CHUNK_ROWS = 100
LARGEST_CHUNK_ROWS = 6400
_FIXED = (int, float, bool, type(None))


def estimated_bytes(rows: list[tuple]) -> int:
    """About what `rows` take in the answer's JSON: text and bytes by their length (base64 makes
    bytes a third larger), anything else by its text form, small scalars as 8."""
    total = 0
    for row in rows:
        for value in row:
            if isinstance(value, str):
                total += len(value) + 3
            elif isinstance(value, _FIXED):
                total += 8
            elif isinstance(value, (bytes, bytearray, memoryview)):
                total += len(value) * 4 // 3 + 3
            else:
                total += len(str(value)) + 3
    return total


def next_chunk(fetched: int, last_chunk: int, wanted: int) -> int:
    return min(last_chunk * 4, LARGEST_CHUNK_ROWS, wanted - fetched)


def result_too_large(limit_bytes: int, rows: int) -> ServiceError:
    return ServiceError(
        ErrorCode.QUERY_FAILED,
        f"The result is larger than the {_size(limit_bytes)} an answer may carry "
        f"(stopped after {rows} row{'s' if rows != 1 else ''}).",
        suggestion="Select fewer columns or rows (maxRows), or aggregate in the query.")


def _size(limit: int) -> str:
    return f"{limit / 1024 / 1024:g} MiB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
