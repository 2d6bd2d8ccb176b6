"""Casts are function calls in disguise: `CREATE CAST (text AS mood) WITH FUNCTION f(text)`
makes `'ok'::text::mood` call the database's `f`. A statement casting to the type of such a
cast is refused before it runs; a database with such a cast that PostgreSQL applies by itself
(implicit or on assignment) has every statement refused. Each cast function here raises if it
runs, so a refusal that came too late would show as a query failure instead."""
from __future__ import annotations

import pytest

from contracts.errors import ErrorCode, ServiceError
from services.executor.shadows import BUILT_IN_TYPE, cast_targets
from services.sqlguard import check_read_only
from tests.executor.conftest import registered_database

SEED = """
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE moods (id int PRIMARY KEY, m mood NOT NULL, note text);
INSERT INTO moods VALUES (1, 'ok', 'ok'), (2, 'sad', 'sad');
CREATE FUNCTION trap_mood(t text) RETURNS mood LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: text to mood'; END $$;
CREATE CAST (text AS mood) WITH FUNCTION trap_mood(text) AS {context};
"""


@pytest.fixture(scope="module", params=["EXPLICIT", "IMPLICIT"])
async def with_cast(request, calls):
    context = request.param
    # an explicit cast is one without AS IMPLICIT / AS ASSIGNMENT
    seed = SEED.replace(" AS {context};", ";" if context == "EXPLICIT" else f" AS {context};")
    async with registered_database(calls, "qc_exec_casts", seed) as database_id:
        yield context, database_id


async def _refused(calls, sql: str, database_id: str) -> str:
    with pytest.raises(ServiceError) as refused:
        await calls.execute(sql, database_id)
    assert refused.value.code is ErrorCode.SQL_REJECTED, refused.value.body.message
    return refused.value.body.message


async def test_a_cast_of_the_database_never_runs(calls, with_cast):
    context, database_id = with_cast
    for _ in range(3):  # a fresh connection, then pooled ones
        message = await _refused(calls, "SELECT note::mood FROM moods", database_id)
        assert "cast to mood" in message
    # written as a call (a function-style cast): the guard knows no function mood()
    assert "mood()" in await _refused(calls, "SELECT mood(note) FROM moods", database_id)
    if context == "EXPLICIT":  # statements that do not cast to mood still run
        result = await calls.execute("SELECT m, note::varchar FROM moods ORDER BY id", database_id)
        assert result["rows"] == [["ok", "ok"], ["sad", "sad"]]
    else:  # PostgreSQL may apply it anywhere: nothing runs
        assert "by itself" in await _refused(calls, "SELECT id FROM moods", database_id)


@pytest.mark.parametrize("sql, targets", [
    ("SELECT 1", set()),
    ("SELECT x::mood, y::public.Mood FROM t", {"mood"}),
    ('SELECT CAST(x AS "Mood"[]) FROM t', {"Mood"}),
    ("SELECT x::int, y::varchar(3) FROM t", {BUILT_IN_TYPE}),
])
def test_the_types_a_statement_casts_to(sql, targets):
    assert cast_targets(check_read_only(sql, timeout_seconds=30)) == targets
