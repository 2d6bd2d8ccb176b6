"""A database whose owner put `public` before `pg_catalog` in the reader role's search path and
defined operators and functions with the exact signatures of built-ins: PostgreSQL would then
run theirs wherever a statement says `/`, `||`, `=` or `format_type(...)`, including in the
executor's own SQL around the user's statement (the preamble's limits, the shadow check, the
column types, introspection). The executor puts `pg_catalog` first on every connection it
uses, so none of them runs: every trap raises, and every call below must still succeed."""
from __future__ import annotations

import pytest

from contracts.errors import ErrorCode, ServiceError
from tests.executor.conftest import SEED_SQL, registered_database

TRAPS_SQL = """
CREATE FUNCTION trap_int8div(a bigint, b integer) RETURNS bigint LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: bigint / integer'; END $$;
CREATE OPERATOR public./ (LEFTARG = bigint, RIGHTARG = integer, FUNCTION = trap_int8div);
CREATE FUNCTION trap_textcat(a text, b text) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: text || text'; END $$;
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = trap_textcat);
CREATE FUNCTION trap_oideq(a oid, b oid) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: oid = oid'; END $$;
CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = oid, FUNCTION = trap_oideq);
CREATE FUNCTION public.format_type(t oid, m integer) RETURNS text LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: format_type'; END $$;
CREATE FUNCTION public.lower(x int) RETURNS int LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: lower(int)'; END $$;
CREATE FUNCTION public.has_table_privilege(t oid, p text) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'trap ran: has_table_privilege'; END $$;
"""


@pytest.fixture(scope="module")
async def trapped(calls):
    async with registered_database(calls, "qc_exec_path", SEED_SQL + TRAPS_SQL, role_sql=(
            'ALTER ROLE "{role}" IN DATABASE "{database}" SET search_path = public, pg_catalog')) as database_id:
        yield database_id


@pytest.mark.parametrize("sql", [
    "SELECT 1",                                  # preamble and statement in one round trip
    "SELECT id, name FROM items ORDER BY id",    # names: the shadow check runs first
    "SELECT count(*), max(upper(name)) FROM items WHERE id > 0",
])
async def test_the_executors_own_sql_and_the_statement_use_the_built_ins(calls, trapped, sql):
    for _ in range(3):  # a fresh connection, then pooled ones (reset, operators already known)
        result = await calls.execute(sql, trapped)
        assert result["rowCount"] >= 1, result


async def test_a_statement_using_an_operator_of_the_database_is_still_refused(calls, trapped):
    with pytest.raises(ServiceError) as refused:
        await calls.execute("SELECT 7::bigint / 2", trapped)
    assert refused.value.code is ErrorCode.SQL_REJECTED
    assert "operator /" in refused.value.body.message


async def test_introspection_uses_the_built_ins(calls, trapped):
    schema = await calls.call("schema.introspect", {"databaseId": trapped})
    assert {t["name"] for t in schema["tables"]} >= {"customers", "items"}
    assert all(c["type"] for t in schema["tables"] for c in t["columns"])


async def test_a_function_of_the_database_standing_in_for_a_built_in_never_runs(calls, trapped):
    """Checked in the statement's own round trip once the connection knows the database's
    operators (the first execution on a connection asks them in a round trip of its own)."""
    await calls.execute("SELECT 1", trapped)
    for _ in range(3):
        with pytest.raises(ServiceError) as refused:
            await calls.execute("SELECT lower(id) FROM items", trapped)
        assert refused.value.code is ErrorCode.SQL_REJECTED, refused.value.body.message
        assert "function lower()" in refused.value.body.message
    assert (await calls.execute("SELECT name FROM items ORDER BY id LIMIT 1", trapped))["rowCount"] == 1
