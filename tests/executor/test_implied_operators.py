"""Operators no statement writes: `v IN ('a')`, a simple CASE, IS DISTINCT FROM, NULLIF and
JOIN USING compare with `=`, BETWEEN with `>=`/`<=`, LIKE is `~~`; PostgreSQL looks each up by
name, so a database's own `=` for varchar (a better match than the built-in text one) runs in
them. They count as the operators they imply: refused like a written one. Each operator here
raises if it runs, so a refusal that came too late would show as a query failure instead."""
from __future__ import annotations

import pytest

from contracts.errors import ErrorCode, ServiceError
from services.executor.shadows import operator_symbols
from tests.executor.conftest import registered_database

SEED = """
CREATE TABLE codes (id int PRIMARY KEY, code varchar(10) NOT NULL);
CREATE TABLE labels (id int PRIMARY KEY, code varchar(10) NOT NULL);
INSERT INTO codes VALUES (1, 'a'), (2, 'b');
INSERT INTO labels VALUES (1, 'a');
""" + "".join(f"""
CREATE FUNCTION trap_{name}(a varchar, b varchar) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: varchar {symbol} varchar'; END $$;
CREATE OPERATOR public.{symbol} (LEFTARG = varchar, RIGHTARG = varchar, FUNCTION = trap_{name});
""" for name, symbol in (("eq", "="), ("ne", "<>"), ("ge", ">="), ("le", "<="), ("like", "~~")))

HIDDEN = [
    "SELECT id FROM codes WHERE code IN ('a')",
    "SELECT id FROM codes WHERE code NOT IN ('a')",
    "SELECT CASE code WHEN 'a' THEN 1 END FROM codes",
    "SELECT id FROM codes WHERE code IS DISTINCT FROM 'b'",
    "SELECT NULLIF(code, 'a') FROM codes",
    "SELECT id FROM codes JOIN labels USING (id, code)",
    "SELECT id FROM codes NATURAL JOIN labels",
    "SELECT id FROM codes WHERE code BETWEEN 'a' AND 'b'",
    "SELECT id FROM codes WHERE code LIKE 'a%'",
]


@pytest.fixture(scope="module")
async def trapped(calls):
    async with registered_database(calls, "qc_exec_implied", SEED) as database_id:
        yield database_id


@pytest.mark.parametrize("sql", HIDDEN)
async def test_an_operator_a_construct_implies_is_refused_before_it_runs(calls, trapped, sql):
    with pytest.raises(ServiceError) as refused:
        await calls.execute(sql, trapped)
    assert refused.value.code is ErrorCode.SQL_REJECTED, refused.value.body.message
    assert "operator" in refused.value.body.message


async def test_a_statement_without_them_still_runs(calls, trapped):
    result = await calls.execute("SELECT DISTINCT id, upper(code), CASE WHEN id IS NULL THEN 'x' ELSE 'y' END"
                                 " FROM codes GROUP BY id, code ORDER BY id DESC", trapped)
    assert result["rows"] == [[2, "B", "y"], [1, "A", "y"]]


@pytest.mark.parametrize("sql, implied", [
    ("SELECT 1 FROM t WHERE v IN ('a')", {"="}),
    ("SELECT v FROM t WHERE v NOT ILIKE 'a%'", {"!~~*"}),
    ("SELECT v FROM t WHERE v BETWEEN 1 AND 2", {">=", "<="}),
    ("SELECT 'in', \"case\" FROM t", set()),
    ("SELECT DISTINCT v, CASE WHEN v > 1 THEN 'big' END FROM t GROUP BY v ORDER BY v", {">"}),
    ("SELECT count(DISTINCT v) FROM t WHERE v IS NOT DISTINCT FROM 1", {"="}),
])
def test_constructs_count_as_the_operators_they_imply(sql, implied):
    if "GROUP BY" in sql or not implied:  # nothing implied: only what is written
        assert operator_symbols(sql) == implied
    else:
        assert implied <= operator_symbols(sql)
