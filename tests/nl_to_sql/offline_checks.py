"""The two checks every offline-engine reading test makes: a question answered as hand-written SQL
answers it (compared by result on real PostgreSQL), or refused with a message naming why."""
from __future__ import annotations

import psycopg2
import pytest

from bench.nl_to_sql.compare import normalise, same_result
from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.joins import infer_join_edges
from services.nl_to_sql.offline.engine import generate
from services.nl_to_sql.schema import Schema
from services.nl_to_sql.validator import validate_sql


def result_rows(dsn: str, sql: str) -> list[tuple]:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        conn.close()


Seeded = tuple[str, Schema, dict]   # (dsn, introspected schema, value hints)


def assert_answered_as(seeded: Seeded, question: str, expected_sql: str) -> None:
    dsn, schema, hints = seeded
    generated = generate(question, schema, value_hints=hints)
    assert validate_sql(generated.sql, schema).valid, generated.sql
    want = result_rows(dsn, expected_sql)
    assert want, "the hand-written query should return rows"
    assert same_result(want, result_rows(dsn, generated.sql)), generated.sql


def assert_ordered_as(seeded: Seeded, question: str, expected_sql: str) -> None:
    """Like assert_answered_as, and the rows come in the order of `expected_sql`'s one column (some
    column of the answer holds its values in that order)."""
    dsn, schema, hints = seeded
    generated = generate(question, schema, value_hints=hints)
    assert validate_sql(generated.sql, schema).valid, generated.sql
    want = [normalise(row[0]) for row in result_rows(dsn, expected_sql)]
    assert len(want) > 1 and len(set(want)) > 1, "the hand-written query should order several rows"
    got = result_rows(dsn, generated.sql)
    assert any([normalise(row[i]) for row in got] == want for i in range(len(got[0]) if got else 0)), generated.sql


def assert_refused_saying(seeded: Seeded, question: str, says: str) -> None:
    _, schema, hints = seeded
    with pytest.raises(ServiceError) as err:
        generate(question, schema, value_hints=hints)
    body = err.value.body
    assert err.value.code is ErrorCode.CANNOT_ANSWER and says in body.message, body.message
    assert body.suggestion and not any(r in body.message + body.suggestion for r in ("None", "['", "('"))


def inferred_edges(schema: Schema) -> set[tuple[str, tuple[str, ...], str, tuple[str, ...]]]:
    """The join edges inferred for `schema`, as (left table, its columns, right table, its columns)."""
    return {(e.left_table, e.left_columns, e.right_table, e.right_columns) for e in infer_join_edges(schema)}
