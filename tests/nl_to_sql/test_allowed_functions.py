"""NL->SQL validates generated SQL against the database registration's `allowedFunctions`, like the
executor: a function the operator allowed is not refused by NL->SQL, one they did not allow is
refused by both with the same SQL_REJECTED message naming it (real executor, real PostgreSQL)."""
from __future__ import annotations

import uuid

import psycopg2
import pytest

from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from services.demo.seed import ensure_reader_role, seed_demo
from services.nl_to_sql.app import running_nl_to_sql
from tests.executor.roles import READER_PASSWORD
from tests.nl_to_sql.conftest import ADMIN, DEMO_READER
from tests.nl_to_sql.test_service import ask, settings_for

UDFS = """
CREATE FUNCTION net_price(price numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT price * 0.8';
CREATE FUNCTION rel_kill() RETURNS integer LANGUAGE sql AS 'SELECT 1';
"""
ALLOWED_SQL = "SELECT p.name, net_price(p.unit_price) AS net FROM products p ORDER BY p.id LIMIT 3"
REFUSED_SQL = "SELECT rel_kill() AS killed FROM products p LIMIT 1"


@pytest.fixture
async def udf_database(executor, rpc, make_database) -> str:
    name, dsn = make_database("qc_nl_udf")
    await seed_demo(dsn)
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(UDFS)
    conn.close()
    await ensure_reader_role(dsn, DEMO_READER, READER_PASSWORD)
    database_id = f"udf-{uuid.uuid4().hex[:6]}"
    await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                   {"id": database_id, "name": "UDFs", "host": "127.0.0.1", "port": 5432, "database": name,
                    "user": DEMO_READER, "password": READER_PASSWORD,
                    "options": {"sslMode": "disable", "allowedFunctions": ["net_price"]}},
                   request_id=f"reg-{uuid.uuid4().hex[:8]}", caller=ADMIN, timeout=20)
    return database_id


async def _execute(rpc, user: str, database_id: str, sql: str) -> dict:
    return await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                          {"databaseId": database_id, "sql": sql}, request_id=f"x-{uuid.uuid4().hex[:8]}",
                          caller=Caller(user_id=user, roles=[]), timeout=20)


async def test_an_allowed_function_passes_both_a_refused_one_fails_both_alike(
        amqp_url, executor, rpc, tap, data_dir, fake_anthropic, udf_database):
    fake_anthropic.script = [f"```sql\n{ALLOWED_SQL}\n```", *[f"```sql\n{REFUSED_SQL}\n```"] * 3]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        result, error, _ = await ask(rpc, tap, "Net prices of the first products", database_id=udf_database)
        assert error is None, error
        assert result["sql"] == ALLOWED_SQL and result["validation"]["valid"] is True
        assert result["attempts"] == 1
        rows = (await _execute(rpc, tap.user_id, udf_database, result["sql"]))["rows"]
        assert len(rows) == 3 and all(len(row) == 2 for row in rows)

        _, nl_error, _ = await ask(rpc, tap, "Kill something", database_id=udf_database)
    with pytest.raises(ServiceError) as executor_error:
        await _execute(rpc, tap.user_id, udf_database, REFUSED_SQL)
    assert nl_error is not None and nl_error.code is ErrorCode.SQL_REJECTED
    assert executor_error.value.code is ErrorCode.SQL_REJECTED
    executor_message = executor_error.value.body.message
    assert "rel_kill" in executor_message
    assert executor_message in nl_error.body.message
