"""The function allow-list (services/sql_functions.py): one test per family that legitimate
analytics SQL passes the guard and really runs on PostgreSQL (no false rejects), the NL->SQL
eval's gold SQL all passes, and what the registration's `allowedFunctions` opens up."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from bench.nl_to_sql.questions import load
from contracts.errors import ErrorCode, ServiceError
from services.sql_functions import FAMILIES, SAFE_FUNCTIONS, refusal_reason
from services.sqlguard import check_read_only
from tests.conftest import _admin_exec
from tests.executor.conftest import SEED_SQL, _create_database
from tests.executor.functions_corpus import ANALYTICS, FAMILY_SAMPLES
from tests.executor.hostile_corpus import UDF_SETUP_SQL
from tests.executor.roles import READER_PASSWORD, create_reader, drop_reader

GOLD = [q for q in load() if q.gold]


def test_every_family_has_samples():
    assert set(FAMILY_SAMPLES) == set(FAMILIES)


@pytest.mark.parametrize("family", sorted(FAMILY_SAMPLES))
def test_the_guard_accepts_each_family(family):
    for sql in FAMILY_SAMPLES[family]:
        check_read_only(sql, timeout_seconds=30)


@pytest.mark.parametrize("family", sorted(FAMILY_SAMPLES))
async def test_each_family_runs_on_postgresql(calls, shop, family):
    results = await asyncio.gather(*(calls.execute(sql, shop) for sql in FAMILY_SAMPLES[family]))
    for sql, result in zip(FAMILY_SAMPLES[family], results):
        assert result["columns"], sql


async def test_report_queries_run(calls, shop):
    results = await asyncio.gather(*(calls.execute(sql, shop) for sql in ANALYTICS))
    assert all(r["columns"] for r in results)


def test_no_false_reject_of_the_nl_to_sql_gold_queries():
    assert len(GOLD) >= 100
    refused = []
    for question in GOLD:
        try:
            check_read_only(question.gold, timeout_seconds=30)
        except ServiceError as err:
            refused.append((question.schema, question.text, err.body.message))
    assert refused == []


@pytest.mark.parametrize("name", ["pg_read_file", "lo_import", "table_to_xml", "nextval",
                                  "pg_advisory_lock", "set_config", "dblink", "pg_terminate_backend",
                                  "current_setting", "pg_sleep", "txid_current", "pg_notify"])
def test_dangerous_functions_are_not_on_the_list(name):
    assert name not in SAFE_FUNCTIONS
    assert refusal_reason(name) != refusal_reason("some_udf")  # a reason of its own, in words


@pytest.fixture(scope="module")
def udf_db():
    name, dsn = _create_database("qc_exec_udf", SEED_SQL + UDF_SETUP_SQL)
    role = create_reader(name, "qc_udf")
    yield name, role
    _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    drop_reader(role, [])


async def test_allowed_functions_open_up_named_functions_of_the_database_only(calls, udf_db):
    name, role = udf_db
    spec = {"name": "UDF test", "host": "127.0.0.1", "database": name, "user": role,
            "password": READER_PASSWORD}
    plain, opened = f"udf-{uuid.uuid4().hex[:6]}", f"udf-{uuid.uuid4().hex[:6]}"
    await calls.register({"id": plain, **spec})
    await calls.register({"id": opened, **spec, "options": {"allowedFunctions": ["rel_kill", "public.leak"]}})

    for sql in ("SELECT rel_kill()", "SELECT public.leak('x')"):
        with pytest.raises(ServiceError) as caught:
            await calls.execute(sql, plain)
        assert caught.value.code is ErrorCode.SQL_REJECTED
        assert "allowedFunctions" in caught.value.body.suggestion
    assert (await calls.execute("SELECT rel_kill()", opened))["rows"] == [[1]]
    assert (await calls.execute("SELECT public.leak('x')", opened))["rows"] == [["x"]]
    # naming public.leak allows exactly that call, not the unqualified name nor other functions
    for sql in ("SELECT leak('x')", "SELECT pg_read_file('/etc/hostname')"):
        with pytest.raises(ServiceError) as caught:
            await calls.execute(sql, opened)
        assert caught.value.code is ErrorCode.SQL_REJECTED, sql


async def test_a_sleep_longer_than_the_request_may_run_is_refused(calls, shop):
    """pg_sleep(n) is checked against the request's own limit: timeoutSeconds, else the
    database's defaultTimeoutSeconds (10 s for the shop), within its maximum."""
    for sql, options, words in (("SELECT pg_sleep(3)", {"timeoutSeconds": 2}, "2 s limit"),
                                ("SELECT pg_sleep(12)", {}, "10 s limit")):
        with pytest.raises(ServiceError) as caught:
            await calls.execute(sql, shop, **options)
        assert caught.value.code is ErrorCode.SQL_REJECTED and words in caught.value.body.message
    assert (await calls.execute("SELECT pg_sleep(0.2), 1", shop, timeoutSeconds=1))["rows"][0][1] == 1
