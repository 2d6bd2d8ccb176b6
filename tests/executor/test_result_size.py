"""A result larger than QUERYCAST_EXECUTOR_MAX_RESULT_BYTES (16 MiB here, the default) stops
with a clear error and an ERROR event, instead of being held whole and sent as an answer the
broker refuses (the caller then waited its whole deadline). Rows come in chunks: all of them,
in order, whatever the chunk boundaries."""
from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from contracts.errors import ErrorCode, ServiceError
from services.executor.result_size import (
    FIRST_CHUNK_ROWS,
    FIXED_BYTES,
    GROWTH,
    LARGEST_CHUNK_ROWS,
    estimated_bytes,
    next_chunk,
)


@pytest.mark.parametrize("sql", [
    "SELECT repeat('x', 20000000)",                                  # one value
    "SELECT g, repeat('x', 5000) FROM generate_series(1, 10000) g",  # many rows, 50 MB together
])
async def test_a_result_too_large_for_an_answer_stops_with_a_clear_error(calls, shop, tap, sql):
    request_id = f"t-{uuid.uuid4().hex[:12]}"
    with pytest.raises(ServiceError) as failed:
        await calls.execute(sql, shop, request_id=request_id, maxRows=10000)
    assert failed.value.code is ErrorCode.QUERY_FAILED
    assert "larger than the 16 MiB" in failed.value.body.message
    assert failed.value.body.suggestion
    events = await tap.terminal(request_id)
    assert events[-1].stage.value == "ERROR"


@pytest.mark.parametrize("sql, stopped_after", [
    ("SELECT repeat('x', 20000000)", "0 rows"),                                  # one value, 20 MB
    ("SELECT g, repeat('x', 1000000) FROM generate_series(1, 1000) g", "16 rows"),  # 1 GB in one chunk
])
async def test_postgresql_stops_a_result_before_the_executor_holds_it(calls, shop, sql, stopped_after):
    # Without PostgreSQL's own measure, the first chunk (here all 1,000 rows, or the one value)
    # reached the executor's memory whole before it could be measured.
    with pytest.raises(ServiceError) as failed:
        await calls.execute(sql, shop, maxRows=10000)
    assert failed.value.code is ErrorCode.QUERY_FAILED
    assert f"(stopped after {stopped_after})" in failed.value.body.message


@pytest.mark.parametrize("sql, columns, rows", [
    ("SELECT 1 AS a, 'two' AS a; -- the end", [("a", "integer"), ("a", "text")], [[1, "two"]]),
    ("SELECT 1 AS q, 2 AS w ;;", [("q", "integer"), ("w", "integer")], [[1, 2]]),
    ("VALUES (2), (1) ORDER BY 1", [("column1", "integer")], [[1], [2]]),
    ("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3)"
     " SELECT n, ';' AS semi FROM t ORDER BY n DESC", [("n", "integer"), ("semi", "text")],
     [[3, ";"], [2, ";"], [1, ";"]]),
])
async def test_the_measured_statement_keeps_its_columns_order_and_trailing_semicolons(
        calls, shop, sql, columns, rows):
    result = await calls.execute(sql, shop)
    assert [(c["name"], c["type"]) for c in result["columns"]] == columns
    assert result["rows"] == rows


async def test_every_row_arrives_in_order_across_chunks(calls, shop):
    result = await calls.execute("SELECT g, repeat('y', 1000) FROM generate_series(1, 10000) g ORDER BY g",
                                 shop, maxRows=10000)
    assert (result["rowCount"], result["truncated"]) == (10000, False)
    assert [row[0] for row in result["rows"]] == list(range(1, 10001))


@pytest.mark.parametrize("count, max_rows", [(FIRST_CHUNK_ROWS, 500), (FIRST_CHUNK_ROWS + 1, 500),
                                             (1250, 1120), (9200, 9100)])
async def test_max_rows_still_cuts_and_says_so_at_chunk_boundaries(calls, shop, count, max_rows):
    result = await calls.execute(f"SELECT g FROM generate_series(1, {count}) g", shop, maxRows=max_rows)
    assert result["rowCount"] == min(count, max_rows)
    assert result["truncated"] is (count > max_rows)
    assert [row[0] for row in result["rows"]] == list(range(1, min(count, max_rows) + 1))


def test_the_estimate_counts_text_and_bytes_by_length_other_values_by_their_text():
    # int4, text, bytea, numeric, date, int[]
    row = (7, "abc", b"\x00" * 30, Decimal("1.50"), dt.date(2026, 1, 2), [1, 2, 3])
    types = [23, 25, 17, 1700, 1082, 1007]
    assert estimated_bytes([row], types) == FIXED_BYTES * 2 + 3 + 40 + 4 + 9 + 3 * 6
    assert estimated_bytes([(None, None, None, None, None, None)], types) == FIXED_BYTES * 2 + 4 + 4 + 3 * 6
    assert estimated_bytes([], types) == 0


def test_chunks_grow_up_to_the_largest_and_never_past_what_is_wanted():
    assert next_chunk(FIRST_CHUNK_ROWS, FIRST_CHUNK_ROWS, 100_001) == min(FIRST_CHUNK_ROWS * GROWTH, LARGEST_CHUNK_ROWS)
    assert next_chunk(100, LARGEST_CHUNK_ROWS, 100_001) == LARGEST_CHUNK_ROWS
    assert next_chunk(100, 100, 150) == 50
