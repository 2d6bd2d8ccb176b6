"""Each worker serves Prometheus metrics on its own port: after one request, GET /metrics shows
commands by outcome, handling latency, events published, confirm latency, pool usage and the
recorder's lag. nl-to-sql logs one JSON line per question, like the executor per query."""
from __future__ import annotations

import asyncio
import time
import urllib.request
import uuid

import psycopg2
import pytest
from prometheus_client.parser import text_string_to_metric_families

from broker import RpcClient
from broker.topology import COMMANDS_EXCHANGE, NL_TO_SQL_KEY, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from tests.executor.roles import READER_PASSWORD, create_reader, drop_reader
from tests.floor.workers import Worker, free_port

ADMIN = Caller(user_id="floor-admin", roles=["admin"])
USER = Caller(user_id="floor-user", roles=["user"])


def scrape(port: int) -> dict[str, list[tuple[dict[str, str], float]]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        text = response.read().decode()
    samples: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples.setdefault(sample.name, []).append((sample.labels, sample.value))
    return samples


def value(samples, name: str, **labels: str) -> float:
    return sum(v for found, v in samples.get(name, []) if all(found.get(k) == w for k, w in labels.items()))


@pytest.fixture
def data_db(make_database):
    name, dsn = make_database("qc_floor_data")
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE things (id int PRIMARY KEY, label text); INSERT INTO things VALUES (1, 'a')")
    conn.close()
    role = create_reader(name)
    yield name, role
    drop_reader(role, [name])


@pytest.fixture
def workers(amqp_url, control_db, tmp_path):
    ports = {"executor": free_port(), "nl-to-sql": free_port(), "recorder": free_port()}
    env = {"QUERYCAST_AMQP_URL": amqp_url, "QUERYCAST_DATABASE_URL": control_db,
           "QUERYCAST_SECRET_KEY": "floor-metrics-tests", "QUERYCAST_DATA_DIR": str(tmp_path),
           "QUERYCAST_LLM_PROVIDER": "offline", "QUERYCAST_RECORDER_FLUSH_SECONDS": "0.01",
           "QUERYCAST_EXECUTOR_METRICS_PORT": str(ports["executor"]),
           "QUERYCAST_NL_TO_SQL_METRICS_PORT": str(ports["nl-to-sql"]),
           "QUERYCAST_RECORDER_METRICS_PORT": str(ports["recorder"])}
    started = {name: Worker(f"querycast-{name}", env) for name in ports}
    try:
        for worker in started.values():
            worker.wait_started()
        yield started, ports
    finally:
        for worker in started.values():
            worker.stop()


async def test_metrics_after_one_request(workers, broker, data_db):
    started, ports = workers
    database, role = data_db
    rpc = await RpcClient(broker, app_id="querycast-floor-metrics").start()
    database_id = f"floor-{uuid.uuid4().hex[:6]}"
    try:
        await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                       {"id": database_id, "name": "floor", "host": "127.0.0.1", "port": 5432, "database": database,
                        "user": role, "password": READER_PASSWORD}, request_id=f"reg-{uuid.uuid4().hex[:8]}",
                       caller=ADMIN, timeout=30)
        result = await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                                {"sql": "SELECT id, label FROM things", "databaseId": database_id},
                                request_id=f"run-{uuid.uuid4().hex[:8]}", caller=USER, timeout=30)
        assert result["rowCount"] == 1
        question = f"nl-{uuid.uuid4().hex[:8]}"
        with pytest.raises(ServiceError) as refused:
            await rpc.call(COMMANDS_EXCHANGE, NL_TO_SQL_KEY, Operation.NL_TO_SQL,
                           {"question": "how many things are there?", "databaseId": "no-such-database"},
                           request_id=question, caller=USER, timeout=30)
    finally:
        await rpc.close()

    executor = scrape(ports["executor"])
    assert value(executor, "querycast_commands_total", service="querycast-executor",
                 operation=Operation.EXECUTE, outcome="OK") == 1
    assert value(executor, "querycast_command_duration_seconds_count", service="querycast-executor",
                 operation=Operation.EXECUTE) == 1
    assert value(executor, "querycast_events_published_total", service="querycast-executor",
                 feature="QUERY_EXECUTION") >= 6
    assert value(executor, "querycast_publish_confirm_seconds_count", service="querycast-executor") >= 6
    assert value(executor, "querycast_executor_pool_connections_open", database=database_id) >= 1
    assert value(executor, "querycast_executor_pool_connections_in_use", database=database_id) == 0
    assert value(executor, "querycast_executor_pool_connections_max", database=database_id) == 5

    nl = scrape(ports["nl-to-sql"])
    code = refused.value.code.value
    assert value(nl, "querycast_commands_total", service="querycast-nl-to-sql",
                 operation=Operation.NL_TO_SQL, outcome=code) == 1
    assert value(nl, "querycast_events_published_total", service="querycast-nl-to-sql", feature="NL_TO_SQL") >= 2
    lines = [e for e in started["nl-to-sql"].logged() if e.get("requestId") == question and "outcome" in e]
    assert len(lines) == 1 and lines[0]["outcome"] == code and isinstance(lines[0]["durationMs"], int)
    assert code in {ErrorCode.NOT_FOUND.value, ErrorCode.VALIDATION_ERROR.value}

    deadline = time.monotonic() + 15
    while value(recorder := scrape(ports["recorder"]), "querycast_recorder_events_recorded_total") < 8:
        assert time.monotonic() < deadline, "the recorder wrote nothing"
        await asyncio.sleep(0.2)
    assert 0 <= value(recorder, "querycast_recorder_lag_seconds") < 60
