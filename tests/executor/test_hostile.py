"""Issue 11, acceptance 1: hostile statements through `POST /api/query/execute` against a real
PostgreSQL database that has user-defined functions of its own. Every one is refused with
SQL_REJECTED (422) naming the function, before it reaches the database, and the database is the
same afterwards: tables, row counts, sequences, roles, advisory locks, large objects."""
from __future__ import annotations

import asyncio
import uuid

import psycopg2
import pytest

from contracts.errors import ErrorCode, ServiceError
from services.sqlguard import check_read_only
from tests.conftest import _admin_exec
from tests.executor.conftest import SEED_SQL, _create_database
from tests.executor.hostile_corpus import HOSTILE, SHADOWING, UDF_SETUP_SQL
from tests.executor.roles import READER_PASSWORD, create_reader, drop_reader


def test_the_corpus_is_large_and_covers_the_families():
    assert len(HOSTILE) >= 60
    text = " ".join(sql for sql, _ in HOSTILE)
    for family in ("ts_stat", "ts_rewrite", "query_to_xml", "table_to_xml", "cursor_to_xml",
                   "schema_to_xml", "database_to_xml", "dblink", "pg_terminate_backend",
                   "pg_read_file", "lo_import", "pg_advisory_lock", "set_config", "nextval",
                   "pg_notify", "current_setting", "rel_kill", "pg_catalog.", "U&", "$$", "/*", "\x00"):
        assert family in text, family


@pytest.mark.parametrize("sql, name", HOSTILE)
def test_the_guard_alone_refuses_and_names_the_function(sql, name):
    with pytest.raises(ServiceError) as caught:
        check_read_only(sql, timeout_seconds=30)
    assert caught.value.code is ErrorCode.SQL_REJECTED
    assert name.lower() in caught.value.body.message.lower(), caught.value.body.message


def fingerprint(dsn: str, role: str) -> dict:
    """What an attack would change: the database's relations and their row counts, sequences,
    the registered role's powers, advisory locks held in it, its large objects."""
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
                        " ORDER BY 1")
            relations = cur.fetchall()
            counts = {}
            for name, kind in relations:
                if kind == "r":
                    cur.execute(f'SELECT count(*), md5(coalesce(string_agg(t::text, \',\' ORDER BY t::text), \'\'))'
                                f' FROM "{name}" t')
                    counts[name] = cur.fetchone()
            cur.execute("SELECT relname FROM pg_class WHERE relkind = 'S' ORDER BY 1")
            sequences = {}
            for (name,) in cur.fetchall():
                cur.execute(f'SELECT last_value, is_called FROM "{name}"')
                sequences[name] = cur.fetchone()
            cur.execute("SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication,"
                        " ARRAY(SELECT b.rolname::text FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid"
                        "       WHERE m.member = r.oid ORDER BY 1)"
                        " FROM pg_roles r WHERE rolname = %s", (role,))
            powers = cur.fetchone()
            cur.execute("SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1")
            functions = cur.fetchall()
            cur.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
            advisory = cur.fetchone()
            cur.execute("SELECT count(*) FROM pg_largeobject_metadata")
            large_objects = cur.fetchone()
        return {"relations": relations, "rows": counts, "sequences": sequences, "role": powers,
                "functions": functions, "advisoryLocks": advisory, "largeObjects": large_objects}
    finally:
        conn.close()


def executor_backends(dsn: str) -> int:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND application_name LIKE 'querycast-executor/%%'")
            return cur.fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def target_db():
    """The shop tables plus functions the database's owner created beforehand."""
    name, dsn = _create_database("qc_exec_hostile", SEED_SQL + UDF_SETUP_SQL)
    role = create_reader(name, "qc_hostile")
    yield name, dsn, role
    _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    drop_reader(role, [])


@pytest.fixture(scope="module")
async def target(rest, target_db) -> str:
    name, _, role = target_db
    database_id = f"hostile-{uuid.uuid4().hex[:6]}"
    status, body = await rest.register({"id": database_id, "name": "Hostile target", "host": "127.0.0.1",
                                        "database": name, "user": role, "password": READER_PASSWORD})
    assert status == 201, body
    return database_id


async def test_every_hostile_statement_is_refused_through_rest_before_reaching_the_database(
        rest, target, target_db, tap):
    _, dsn, role = target_db
    before = fingerprint(dsn, role)
    ids = [f"hostile-{uuid.uuid4().hex[:12]}" for _ in HOSTILE]
    answers = await asyncio.gather(*(rest.execute(sql, target, timeoutSeconds=5, clientRequestId=rid)
                                     for (sql, _), rid in zip(HOSTILE, ids)))
    for (sql, name), (status, problem), request_id in zip(HOSTILE, answers, ids):
        if "\x00" in sql:  # the API refuses a NUL in any text field before any service sees it
            assert (status, problem["code"]) == (400, "VALIDATION_ERROR"), (sql, problem)
            assert "sql" in str(problem), problem
            continue
        assert (status, problem["code"]) == (422, "SQL_REJECTED"), (sql, problem)
        assert name.lower() in problem["detail"].lower(), (sql, problem["detail"])
        assert problem.get("suggestion"), sql
        # its timeline ends at validation: no lookup, no connection, no execution
        events = await tap.terminal(request_id)
        assert [e.stage.value for e in events] == ["REQUEST_RECEIVED", "ERROR"], (sql, events)
        assert events[-1].data["validationStatus"] == "INVALID"
    # Not one statement reached the database: the executor never even opened a connection to it
    # (its pool keeps connections for minutes, so one opened would still be there).
    assert executor_backends(dsn) == 0
    assert fingerprint(dsn, role) == before


async def test_functions_of_the_database_that_shadow_names_are_refused_before_the_statement_runs(
        rest, target, target_db):
    _, dsn, role = target_db
    before = fingerprint(dsn, role)
    for sql, name in SHADOWING:
        status, problem = await rest.execute(sql, target)
        assert (status, problem["code"]) == (422, "SQL_REJECTED"), (sql, problem)
        assert name in problem["detail"] and "function" in problem["detail"], problem["detail"]
    assert fingerprint(dsn, role) == before
