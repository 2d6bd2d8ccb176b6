"""What each execution runs under and what a pooled connection carries afterwards: the SET LOCAL
limits (statement, lock and idle timeouts, a work_mem cap, temp_file_limit where the role may set
it), and the reset that leaves no lock, setting or LISTEN behind (a connection whose reset fails
is closed)."""
from __future__ import annotations

import asyncio
import threading
import uuid

import psycopg2
import pytest

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import DatabaseOptions
from controldb.registry import StoredDatabase
from services.executor.pools import DatabasePools
from services.executor.settings import ExecutorSettings
from services.executor.shadows import NOTHING
from tests.conftest import _admin_exec
from tests.executor.roles import READER_PASSWORD, create_reader, drop_reader

LIMITS_SQL = ("SELECT current_setting('statement_timeout'), current_setting('lock_timeout'),"
              " current_setting('idle_in_transaction_session_timeout'), current_setting('work_mem'),"
              " current_setting('temp_file_limit'), current_setting('transaction_read_only')")


def _server_work_mem(dsn: str) -> str:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW work_mem")
            return cur.fetchone()[0]
    finally:
        conn.close()


def _ms(value: str) -> float:
    for unit, factor in (("ms", 1), ("s", 1000), ("min", 60000)):
        if value.endswith(unit) and value[:-len(unit)].isdigit():
            return int(value[:-len(unit)]) * factor
    raise AssertionError(f"not a duration: {value}")


async def test_each_execution_runs_under_its_limits(calls, shop, shop_db):
    (statement, lock, idle, work_mem, temp, read_only), = (
        await calls.execute(LIMITS_SQL, shop, timeoutSeconds=7))["rows"]
    assert 6000 < _ms(statement) <= 7000      # what is left of the 7 s when the statement starts
    assert _ms(lock) == 5000                  # QUERYCAST_EXECUTOR_LOCK_TIMEOUT_SECONDS
    assert _ms(idle) == _ms(statement) + 5000
    assert work_mem == _server_work_mem(shop_db[1])  # the server's own, below the 64MB cap
    assert temp == "-1"                       # a reader role may not set temp_file_limit
    assert read_only == "on"


@pytest.fixture
def greedy_reader(shop_db):
    """A reader role whose own settings ask for more memory than the executor allows."""
    role = create_reader(shop_db[0], "qc_greedy")
    _admin_exec(f"ALTER ROLE {role} SET work_mem = '1GB'")
    yield role
    drop_reader(role, [shop_db[0]])


async def test_work_mem_is_capped_and_temp_file_limit_set_where_permitted(calls, shop_db, greedy_reader):
    greedy, privileged = (f"limits-{uuid.uuid4().hex[:6]}" for _ in range(2))
    base = {"name": "Limits", "host": "127.0.0.1", "database": shop_db[0]}
    await calls.register({"id": greedy, **base, "user": greedy_reader, "password": READER_PASSWORD})
    await calls.register({"id": privileged, **base, "user": "postgres",
                          "options": {"allowPrivilegedRole": True}})
    row = (await calls.execute(LIMITS_SQL, greedy))["rows"][0]
    assert row[3] == "64MB"                   # QUERYCAST_EXECUTOR_WORK_MEM_CAP_KB, not the role's 1GB
    row = (await calls.execute(LIMITS_SQL, privileged))["rows"][0]
    assert row[4] == "1GB"                    # QUERYCAST_EXECUTOR_TEMP_FILE_LIMIT_KB


async def test_a_locked_table_fails_after_the_lock_timeout_not_the_statement_timeout(calls, shop, shop_db):
    conn = psycopg2.connect(shop_db[1])
    try:
        with conn.cursor() as cur:
            cur.execute("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(ServiceError) as caught:
                await calls.execute("SELECT count(*) FROM customers", shop, timeoutSeconds=25)
    finally:
        conn.rollback()
        conn.close()
    body = caught.value.body
    assert (body.code, body.sql_state, body.retryable) == (ErrorCode.QUERY_FAILED, "55P03", True)
    assert "lock" in body.suggestion


def _advisory_locks(dsn: str) -> int:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database ="
                        " (SELECT oid FROM pg_database WHERE datname = current_database())")
            return cur.fetchone()[0]
    finally:
        conn.close()


async def test_a_lock_the_guard_missed_is_released_when_the_request_ends(calls, shop, shop_db, monkeypatch):
    """The issue's pg_advisory_lock case with the guard switched off: the reset drops the lock."""
    monkeypatch.setattr("services.executor.execution._validate", lambda *a, **k: NOTHING)
    await calls.execute("SELECT pg_advisory_lock(4242), pg_advisory_lock_shared(4243)", shop)
    assert _advisory_locks(shop_db[1]) == 0


def _db(shop_db, role: str) -> StoredDatabase:
    return StoredDatabase(id=f"reset-{uuid.uuid4().hex[:6]}", name="Reset", host="127.0.0.1", port=5432,
                          database=shop_db[0], user=role, password=READER_PASSWORD, options=DatabaseOptions())


async def _one(conn, sql: str):
    async with conn.cursor() as cur:
        await cur.execute(sql)
        return (await cur.fetchone()) if cur.description else None


async def test_a_pooled_connection_comes_back_clean(shop_db, shop_reader):
    pools = DatabasePools(ExecutorSettings(pool_max_size=1))
    db = _db(shop_db, shop_reader)
    try:
        async with pools.connection(db) as conn:
            (pid,) = await _one(conn, "SELECT pg_backend_pid()")
            await _one(conn, "SELECT pg_advisory_lock(99)")
            await _one(conn, "SET work_mem = '77MB'")
            await _one(conn, "LISTEN querycast_test")
            await _one(conn, "BEGIN")
            await _one(conn, "DECLARE left_open CURSOR WITH HOLD FOR SELECT 1")
            await _one(conn, "COMMIT")
            await _one(conn, "PREPARE leftover AS SELECT 1")
        async with pools.connection(db) as conn:
            assert await _one(conn, "SELECT pg_backend_pid()") == (pid,)  # the same connection
            assert await _one(conn, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                    " AND pid = pg_backend_pid()") == (0,)
            assert await _one(conn, "SHOW work_mem") == (_server_work_mem(shop_db[1]),)
            assert await _one(conn, "SELECT count(*) FROM pg_listening_channels()") == (0,)
            assert await _one(conn, "SELECT count(*) FROM pg_cursors") == (0,)
            assert await _one(conn, "SELECT count(*) FROM pg_prepared_statements") == (0,)
            assert await _one(conn, "SHOW default_transaction_read_only") == ("on",)
    finally:
        await pools.close()


async def test_a_connection_whose_reset_fails_is_closed_not_reused(shop_db, shop_reader):
    pools = DatabasePools(ExecutorSettings(pool_max_size=1, connect_timeout_seconds=2))
    db = _db(shop_db, shop_reader)
    try:
        async with pools.connection(db) as conn:
            (pid,) = await _one(conn, "SELECT pg_backend_pid()")
            # the server ends the session while the request holds it: the reset cannot succeed
            await asyncio.to_thread(_admin_exec, f"SELECT pg_terminate_backend({pid})")
            await asyncio.sleep(0.2)
        assert conn.closed
        async with pools.connection(db) as conn:
            (again,) = await _one(conn, "SELECT pg_backend_pid()")
        assert again != pid
    finally:
        await pools.close()


async def test_a_stalled_executor_cannot_keep_a_transaction_open(shop_db, shop_reader):
    """idle_in_transaction_session_timeout: statement limit + 5 s, then the server ends it."""
    from services.executor.session import Limits, preamble

    pools = DatabasePools(ExecutorSettings())
    db = _db(shop_db, shop_reader)
    try:
        async with pools.connection(db) as conn:
            async with conn.cursor() as cur:
                await cur.execute(preamble(Limits(statement_ms=200, lock_ms=100, work_mem_kb=1024,
                                                  temp_file_limit_kb=None)), ("test", []))
            (pid,) = await _one(conn, "SELECT pg_backend_pid()")
            gone = threading.Event()

            def watch() -> None:
                probe = psycopg2.connect(shop_db[1])
                probe.autocommit = True
                with probe.cursor() as cur:
                    for _ in range(100):
                        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,))
                        if cur.fetchone() == (0,):
                            gone.set()
                            break
                        threading.Event().wait(0.1)
                probe.close()

            await asyncio.to_thread(watch)
            assert gone.is_set()
    finally:
        await pools.close()


@pytest.mark.parametrize("message, names", [
    ('invalid input syntax for type integer: "querycast-refused-n0nce:upper,lower"', ["upper", "lower"]),
    ("la sintaxis de entrada no es válida para tipo integer: «querycast-refused-n0nce:upper»", ["upper"]),
    ('invalid input syntax for type integer: "querycast-refused-0ther:upper"', []),  # another execution's mark
    ("division by zero", []),
])
def test_a_refusal_is_read_off_its_marked_error_in_any_language(message, names):
    from services.executor.session import shadowed_names

    error = psycopg2.DataError()
    diag = type("Diag", (), {"message_primary": message})()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(psycopg2.DataError, "diag", diag, raising=False)
        assert shadowed_names(error, "querycast-refused-n0nce:") == names
