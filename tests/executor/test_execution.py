"""query.execute through RabbitMQ against a real, seeded PostgreSQL database: the stages users
watch, the rows and types they get back, and the limits that protect their database."""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import queue
import uuid

import psycopg2
import pytest
import stomp

from broker.topology import EXECUTOR_CONTROL_EXCHANGE
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import QueryExecuteResponse
from contracts.rpc import Operation
from contracts.status import Stage, Status
from services.executor.shadows import NOTHING
from tests.executor.conftest import ADMIN, ALICE, BOB, new_request_id, wait_for_backends
from tests.executor.corpus import ALLOWED, REFUSED

HAPPY_STAGES = [Stage.REQUEST_RECEIVED, Stage.VALIDATION, Stage.DATABASE_LOOKUP, Stage.CONNECTING,
                Stage.EXECUTING, Stage.COMPLETED]


class _Frames(stomp.ConnectionListener):
    def __init__(self):
        self.frames: queue.Queue = queue.Queue()

    def on_message(self, frame):
        self.frames.put(frame)


def _stomp_subscriber(port: int) -> tuple[stomp.Connection, _Frames]:
    conn = stomp.Connection([("127.0.0.1", port)], heartbeats=(0, 0))
    frames = _Frames()
    conn.set_listener("frames", frames)
    conn.connect("guest", "guest", wait=True)
    receipt = uuid.uuid4().hex
    conn.subscribe("/topic/query-execution", id="qe", ack="auto", headers={"receipt": receipt})
    return conn, frames


def _stomp_events(frames: _Frames, request_id: str, timeout: float = 30) -> list[dict]:
    events = []
    while True:
        frame = frames.frames.get(timeout=timeout)
        event = json.loads(frame.body)
        if event["requestId"] != request_id:
            continue
        assert frame.headers["destination"] == "/topic/query-execution"
        events.append(event)
        if event["status"] != "IN_PROGRESS":
            return events


async def test_happy_path_stages_on_stomp_and_every_type_in_the_reply(calls, shop, rabbit_node):
    conn, frames = await asyncio.to_thread(_stomp_subscriber, rabbit_node.ports["stomp"])
    try:
        await asyncio.sleep(0.2)  # the subscription is bound once the broker has processed it
        request_id = new_request_id()
        result = await calls.execute("SELECT * FROM all_types", shop, request_id=request_id)
        events = await asyncio.to_thread(_stomp_events, frames, request_id)
    finally:
        await asyncio.to_thread(conn.disconnect)

    assert [e["stage"] for e in events] == [s.value for s in HAPPY_STAGES]
    assert [e["sequence"] for e in events] == list(range(1, len(events) + 1))
    assert [e["status"] for e in events] == ["IN_PROGRESS"] * 5 + ["SUCCESS"]
    progress = [e["progress"] for e in events]
    assert progress == sorted(progress) and progress[-1] == 100
    assert events[0]["data"]["sqlPreview"] == "SELECT * FROM all_types"
    assert events[0]["data"]["databaseId"] == shop
    done = events[-1]["data"]
    assert done["rowCount"] == 1 and done["columnCount"] == 19 and done["truncated"] is False
    assert isinstance(done["executionTimeMs"], int) and isinstance(done["durationMs"], int)

    assert QueryExecuteResponse.model_validate(result).request_id == request_id
    assert result["rowCount"] == 1 and result["truncated"] is False
    assert isinstance(result["executionTimeMs"], int)
    types = {c["name"]: c["type"] for c in result["columns"]}
    assert types == {
        "id": "integer", "big": "bigint", "huge": "numeric", "ratio": "double precision",
        "flag": "boolean", "label": "text", "born": "date", "at_tz": "timestamp with time zone",
        "at_local": "timestamp without time zone", "clock": "time without time zone", "uid": "uuid",
        "blob": "bytea", "tags": "text[]", "nums": "integer[]", "doc": "jsonb", "raw": "json",
        "span": "interval", "nothing": "text", "nan": "double precision"}
    row = dict(zip(types, result["rows"][0]))
    assert row["id"] == 1
    assert row["big"] == "9007199254740993"           # beyond 2^53: exact, as a string
    assert row["huge"] == "12345678901234567890.1234567890"
    assert row["ratio"] == 0.5 and row["flag"] is True
    assert row["label"] == 'héllo "quoted"'
    assert row["born"] == "2024-02-29"
    assert dt.datetime.fromisoformat(row["at_tz"]) == dt.datetime(2026, 11, 25, 21, 36, 45, 123000,
                                                                  tzinfo=dt.UTC)
    assert row["at_local"] == "2026-01-02T03:04:05"
    assert row["clock"] == "12:34:56"
    assert row["uid"] == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
    assert base64.b64decode(row["blob"]) == b"\x00\xff\x10"
    assert row["tags"] == ["a", "b c"] and row["nums"] == [1, 2, 3]
    assert row["doc"] == {"k": [1, 2.5, None]} and row["raw"] == {"x": "y"}
    assert row["span"] == "P1Y2M3DT4H5M6S"
    assert row["nothing"] is None and row["nan"] == "NaN"


async def test_max_rows_and_truncated(calls, shop):
    cut = await calls.execute("SELECT g FROM generate_series(1, 50) g", shop, maxRows=10)
    assert cut["rows"] == [[n] for n in range(1, 11)] and cut["rowCount"] == 10 and cut["truncated"]
    exact = await calls.execute("SELECT g FROM generate_series(1, 10) g", shop, maxRows=10)
    assert exact["rowCount"] == 10 and exact["truncated"] is False
    empty = await calls.execute("SELECT id FROM items WHERE false", shop)
    assert empty == {**empty, "rows": [], "rowCount": 0, "truncated": False}
    assert empty["columns"] == [{"name": "id", "type": "integer"}]


async def test_statements_without_names_run_in_the_preambles_round_trip(calls, shop):
    """No names to ask the database about: the preamble and the statement go in one round trip,
    with `%` in the statement kept as written."""
    result = await calls.execute("SELECT '100%', 7 % 3, '%s %(x)s %%' -- 50%", shop)
    assert result["rows"] == [["100%", 1, "%s %(x)s %%"]]


def _snapshot(dsn: str) -> tuple:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT json_agg(i ORDER BY id)::text FROM items i")
            items = cur.fetchone()
            cur.execute("SELECT json_agg(c ORDER BY id)::text FROM customers c")
            customers = cur.fetchone()
            cur.execute("SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) FROM pg_class "
                        "WHERE relnamespace = 'public'::regnamespace")
            relations = cur.fetchone()
            cur.execute("SELECT last_value, is_called FROM items_id_seq")
            sequence = cur.fetchone()
            cur.execute("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute "
                        "WHERE attrelid = 'items'::regclass AND attnum > 0")
            columns = cur.fetchone()
        return items, customers, relations, sequence, columns
    finally:
        conn.close()


async def test_write_and_dangerous_statements_are_refused_and_change_nothing(calls, shop, shop_db, tap):
    before = _snapshot(shop_db[1])
    request_ids = [new_request_id() for _ in REFUSED]

    async def attempt(sql: str, request_id: str) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await calls.execute(sql or " ", shop, request_id=request_id, timeoutSeconds=1)
        return caught.value

    errors = await asyncio.gather(*(attempt(sql, rid) for sql, rid in zip(REFUSED, request_ids)))
    for sql, error in zip(REFUSED, errors):
        assert error.code is ErrorCode.SQL_REJECTED, (sql, error.body)
        assert error.body.suggestion
    assert _snapshot(shop_db[1]) == before

    events = await tap.terminal(request_ids[REFUSED.index("WITH x AS (DELETE FROM items RETURNING *) SELECT * FROM x")])
    assert [e.stage for e in events] == [Stage.REQUEST_RECEIVED, Stage.ERROR]
    assert events[-1].data["errorCode"] == "SQL_REJECTED"
    assert events[-1].data["validationStatus"] == "INVALID"
    assert "DELETE" in events[-1].data["validationErrors"][0]


async def test_the_database_refuses_writes_even_if_the_guard_missed_one(calls, shop, shop_db, monkeypatch):
    before = _snapshot(shop_db[1])
    monkeypatch.setattr("services.executor.execution._validate", lambda *a, **k: NOTHING)
    for sql in ("WITH x AS (DELETE FROM items RETURNING *) SELECT * FROM x",
                "SELECT nextval('items_id_seq')",
                "SELECT 1; DELETE FROM items",
                "DELETE FROM items"):
        with pytest.raises(ServiceError) as caught:
            await calls.execute(sql, shop)
        assert caught.value.code is ErrorCode.QUERY_FAILED, (sql, caught.value.body)
        # read-only transaction (25006), no privilege (42501), not a single SELECT (42601, 0A000)
        assert caught.value.body.sql_state in ("25006", "42501", "42601", "0A000"), (sql, caught.value.body)
    assert _snapshot(shop_db[1]) == before


async def test_database_errors_keep_their_sqlstate(calls, shop, tap):
    request_id = new_request_id()
    with pytest.raises(ServiceError) as caught:
        await calls.execute("SELECT nope FROM items", shop, request_id=request_id)
    body = caught.value.body
    assert (body.code, body.sql_state) == (ErrorCode.QUERY_FAILED, "42703")
    assert "nope" in body.message and body.suggestion
    events = await tap.terminal(request_id)
    assert events[-1].stage is Stage.ERROR and events[-1].data["sqlState"] == "42703"
    with pytest.raises(ServiceError) as caught:
        await calls.execute("SELECT 1/0", shop)
    assert caught.value.body.sql_state == "22012"


async def test_timeout_ends_in_timeout_stage_with_57014(calls, shop, tap):
    request_id = new_request_id()
    with pytest.raises(ServiceError) as caught:
        await calls.execute("SELECT pg_sleep(0.5) FROM generate_series(1, 10)", shop,
                            request_id=request_id, timeoutSeconds=1)
    body = caught.value.body
    assert (body.code, body.sql_state, body.retryable) == (ErrorCode.QUERY_TIMEOUT, "57014", True)
    assert body.suggestion
    events = await tap.terminal(request_id)
    assert [e.stage for e in events] == HAPPY_STAGES[:-1] + [Stage.TIMEOUT]
    last = events[-1]
    assert last.status is Status.ERROR
    assert last.data["sqlState"] == "57014" and last.data["retryable"] is True
    assert last.data["timeoutSeconds"] == 1 and last.data["suggestion"]
    # the connection went back to the pool in a usable state
    assert (await calls.execute("SELECT 2", shop))["rows"] == [[2]]


async def test_the_query_stops_when_the_caller_stops_waiting(calls, shop, tap):
    request_id = new_request_id()
    with pytest.raises(ServiceError) as caught:  # the caller waits 2 s, the query asks for 25 ...
        await calls.execute("SELECT pg_sleep(20)", shop, request_id=request_id, timeoutSeconds=25, timeout=2)
    assert caught.value.code in (ErrorCode.QUERY_TIMEOUT, ErrorCode.DEADLINE_EXCEEDED)
    events = await tap.terminal(request_id)  # ... so the executor stops the query by the deadline
    assert events[-1].stage is Stage.TIMEOUT and events[-1].data["timeoutSeconds"] <= 2


async def _cancel(calls, target: str, caller, timeout: float = 10):
    return await calls.rpc.call(EXECUTOR_CONTROL_EXCHANGE, "", Operation.CANCEL, {"requestId": target},
                                request_id=new_request_id(), caller=caller, timeout=timeout)


async def test_cancel_stops_the_backend_query(calls, shop, shop_db, tap):
    request_id = new_request_id()
    running = asyncio.create_task(calls.execute("SELECT pg_sleep(25)", shop,
                                                request_id=request_id, timeoutSeconds=30))
    await asyncio.to_thread(wait_for_backends, shop_db[1], [request_id])

    with pytest.raises(ServiceError) as forbidden:
        await _cancel(calls, request_id, BOB)
    assert forbidden.value.code is ErrorCode.FORBIDDEN

    assert await _cancel(calls, request_id, ALICE) == {"requestId": request_id, "cancelled": True}
    with pytest.raises(ServiceError) as caught:
        await running
    assert caught.value.code is ErrorCode.CANCELLED
    events = await tap.terminal(request_id)
    assert events[-1].stage is Stage.CANCELLED and events[-1].status is Status.ERROR
    assert sum(e.is_terminal for e in events) == 1
    # the backend query is gone, not just abandoned
    conn = psycopg2.connect(shop_db[1])
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE %s "
                    "AND state = 'active'", (f"%/{request_id}",))
        assert cur.fetchone() == (0,)
    conn.close()


async def test_admin_may_cancel_and_unknown_requests_get_no_answer(calls, shop, tap):
    request_id = new_request_id()
    running = asyncio.create_task(calls.execute("SELECT pg_sleep(10)", shop, request_id=request_id))
    await tap.until(request_id, lambda evs: any(e.stage is Stage.EXECUTING for e in evs))
    assert (await _cancel(calls, request_id, ADMIN))["cancelled"] is True
    with pytest.raises(ServiceError):
        await running
    with pytest.raises(ServiceError) as caught:
        await _cancel(calls, "not-running-anywhere", ALICE, timeout=1)
    assert caught.value.code is ErrorCode.DEADLINE_EXCEEDED


async def test_same_command_twice_runs_once(calls, shop, amqp_url, tap, shop_db):
    """A copy of a running command (as RabbitMQ redelivers after a lost channel) gets the first
    run's answer; the same id from another user is a conflict, never someone else's rows."""
    from broker import Broker, RpcClient
    from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY

    broker = await Broker(amqp_url, "querycast-test-second-client").start()
    second = await RpcClient(broker, app_id="querycast-test").start()
    try:
        request_id = new_request_id()
        first = asyncio.create_task(calls.execute("SELECT pg_sleep(1), 7 AS n", shop, request_id=request_id))
        await asyncio.to_thread(wait_for_backends, shop_db[1], [request_id])

        async def again(caller):
            return await second.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                                     {"sql": "SELECT pg_sleep(1), 7 AS n", "databaseId": shop},
                                     request_id=request_id, caller=caller, timeout=30)

        with pytest.raises(ServiceError) as caught:
            await again(BOB)
        assert caught.value.code is ErrorCode.CONFLICT
        copy = await again(ALICE)
        assert copy == await first and copy["rows"][0][1] == 7
        events = await tap.terminal(request_id)
        assert sum(e.is_terminal for e in events) == 1
        assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    finally:
        await second.close()
        await broker.close()


async def test_every_shape_of_read_query_runs(calls, shop):
    """The forms the guard lets through also run (as a cursor, in a read-only transaction)."""
    allowed = [sql for sql in ALLOWED if "pg_sleep" not in sql] + ["SELECT 1 -- trailing comment"]
    results = await asyncio.gather(*(calls.execute(sql, shop) for sql in allowed))
    for sql, result in zip(allowed, results):
        assert result["rowCount"] >= 0 and result["columns"], sql
    assert dict(zip(allowed, results))["TABLE items"]["rowCount"] == 5
