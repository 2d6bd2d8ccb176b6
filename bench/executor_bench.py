"""Executor throughput and latency through RabbitMQ against the same queries run directly with
aiopg, and the messaging hop alone (a bare pika RPC echo through the same broker; and the same
echo with the path's durability: quorum queues, persistence, one confirmed event before the reply),
in the same run, on the same database; plus status events published with confirms.

    python -m bench.executor_bench            (or: python -m bench executor)

Starts what it needs: the project-local RabbitMQ node QUERYCAST_BENCH_NODE ("bench", port offset
QUERYCAST_BENCH_PORT_OFFSET, 90; stopped again at the end if this started it), throw-away control
and data databases on the PostgreSQL server of QUERYCAST_TEST_PG_DSN with a read-only role (as
docs/executor.md tells operators), and one executor process (`python -m services.executor`).
Scale with QUERYCAST_BENCH_REQUESTS (default 400) and QUERYCAST_BENCH_CONCURRENCY (default 8).

Each request through the executor does everything a user's does: the read-only check, the
registry lookup, a pooled connection, a read-only transaction with statement_timeout, six status
events published with confirms, and the reply.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import aiopg
import psycopg2

from bench.pika_echo import EVENTS_PER_REQUEST, echo_rpc
from bench.support import (
    ADMIN_DSN,
    bench_node,
    create_database,
    drop_database,
    dsn,
    figures,
    load_average,
    measure,
    print_table,
)
from broker import Broker, RpcClient, StatusPublisher
from broker.topology import COMMANDS_EXCHANGE, EXECUTOR_CONTROL_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from contracts.status import Feature, Stage
from services.executor.privileges import reader_role_sql

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = int(os.environ.get("QUERYCAST_BENCH_REQUESTS", "400"))
CONCURRENCY = int(os.environ.get("QUERYCAST_BENCH_CONCURRENCY", "8"))
BIG_REQUESTS = max(10, REQUESTS // 20)
ADMIN = Caller(user_id="bench", roles=["admin"])
SEED = """
CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, amount numeric(10, 2) NOT NULL,
                     placed_at timestamptz NOT NULL, note text);
INSERT INTO orders
SELECT g, 'customer ' || (g % 97), (g % 1000) / 7.0, timestamptz '2026-01-01' + g * interval '1 minute',
       CASE WHEN g % 3 = 0 THEN NULL ELSE md5(g::text) END
FROM generate_series(1, 10000) g;
"""
QUERIES = {"SELECT 1": ("SELECT 1", REQUESTS), "10,000 rows": ("SELECT * FROM orders ORDER BY id", BIG_REQUESTS)}


READER = f"qc_bench_reader_{uuid.uuid4().hex[:8]}"
READER_PASSWORD = "bench-reader-password"
EVENT_REQUESTS = int(os.environ.get("QUERYCAST_BENCH_EVENT_REQUESTS", "2000"))
EVENT_STAGES = (Stage.REQUEST_RECEIVED, Stage.VALIDATION, Stage.DATABASE_LOOKUP, Stage.CONNECTING, Stage.EXECUTING)


def _create_reader(data_db: str) -> None:
    conn = psycopg2.connect(dsn(data_db))
    conn.autocommit = True
    with conn.cursor() as cur:
        for statement in reader_role_sql(data_db, READER, password=READER_PASSWORD):
            cur.execute(statement)
    conn.close()


def _drop_reader(data_db: str) -> None:
    conn = psycopg2.connect(dsn(data_db))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP OWNED BY "{READER}"')
    conn.close()
    conn = psycopg2.connect(ADMIN_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP ROLE IF EXISTS "{READER}"')
    conn.close()


async def _one_request_events(publisher: StatusPublisher, database_id: str) -> None:
    """The six events of one request, as the executor emits them (the last one awaits the
    confirms of all six)."""
    events = publisher.for_request(Feature.QUERY_EXECUTION, f"bench-{uuid.uuid4().hex[:16]}", "bench")
    for stage in EVENT_STAGES:
        await events.step(stage, "bench", {"databaseId": database_id}, 10)
    await events.succeed("bench", {"rowCount": 1})


async def _events_per_second(publisher: StatusPublisher, database_id: str, requests: int,
                             concurrency: int) -> dict:
    """Status events published and confirmed per second, `concurrency` requests at once."""
    latencies, elapsed = await measure(lambda: _one_request_events(publisher, database_id), requests, concurrency)
    result = figures(f"{concurrency} requests", latencies, elapsed)
    result["events_per_second"] = requests * (len(EVENT_STAGES) + 1) / elapsed
    return result


async def bench(amqp_url: str, data_db: str) -> tuple[list, list]:
    pool = await aiopg.create_pool(dsn(data_db), minsize=1, maxsize=CONCURRENCY)
    broker = await Broker(amqp_url, "querycast-bench-client").start()
    rpc = await RpcClient(broker, app_id="querycast-bench").start()
    database_id = f"bench-{uuid.uuid4().hex[:6]}"
    await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                   {"id": database_id, "name": "Bench", "host": "127.0.0.1", "port": 5432,
                    "database": data_db, "user": READER, "password": READER_PASSWORD,
                    "options": {"defaultMaxRows": 10000}},
                   # waits in the queue until the executor process has started
                   request_id=f"bench-{uuid.uuid4().hex}", caller=ADMIN, timeout=60)

    async def direct(sql: str) -> None:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute(sql)
                await cur.fetchall()

    async def through_executor(sql: str) -> None:
        result = await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                                {"sql": sql, "databaseId": database_id, "maxRows": 10000},
                                request_id=f"bench-{uuid.uuid4().hex[:16]}", caller=ADMIN, timeout=60)
        assert result["rowCount"] in (1, 10000)

    publisher = StatusPublisher(broker, "querycast-bench")
    rows, events = [], []
    try:
        for name, (sql, count) in QUERIES.items():
            for concurrency in (1, CONCURRENCY):
                await measure(lambda sql=sql: through_executor(sql), min(20, count), concurrency)  # warm up
                await measure(lambda sql=sql: direct(sql), min(20, count), concurrency)
                via = figures("executor", *await measure(lambda sql=sql: through_executor(sql), count, concurrency))
                base = figures("aiopg", *await measure(lambda sql=sql: direct(sql), count, concurrency))
                baselines = [base]
                if name == "SELECT 1":
                    baselines.append(figures("pika echo", *await asyncio.to_thread(
                        echo_rpc, amqp_url, count, concurrency)))
                    baselines.append(figures("quorum echo", *await asyncio.to_thread(
                        echo_rpc, amqp_url, count, concurrency, durable=True)))
                    baselines.append(figures("quorum echo x6", *await asyncio.to_thread(
                        echo_rpc, amqp_url, count, concurrency, durable=True, events=EVENTS_PER_REQUEST)))
                rows.append((f"{name}, {concurrency} in flight, {count} requests", via, baselines))
        events.append(await _events_per_second(publisher, database_id, min(EVENT_REQUESTS, 200), 1))
        for concurrency in (8, 64):
            await _events_per_second(publisher, database_id, 50, concurrency)  # warm up
            events.append(await _events_per_second(publisher, database_id, EVENT_REQUESTS, concurrency))
        rows.append(("5 s of pg_sleep, timeoutSeconds 1", await _until_stopped(rpc, database_id, cancel=False), []))
        rows.append(("pg_sleep(10), cancelled", await _until_stopped(rpc, database_id, cancel=True), []))
    finally:
        await publisher.close()
        await rpc.close()
        await broker.close()
        pool.close()
        await pool.wait_closed()
    return rows, events


async def _until_stopped(rpc: RpcClient, database_id: str, *, cancel: bool, times: int = 5) -> dict:
    """How long a timed-out query takes to answer (from the request), or a cancelled one (from
    the cancel command)."""
    latencies = []
    for _ in range(times):
        request_id = f"bench-{uuid.uuid4().hex[:16]}"
        payload = {"sql": "SELECT pg_sleep(10)" if cancel else "SELECT pg_sleep(0.5) FROM generate_series(1, 10)",
                   "databaseId": database_id, "timeoutSeconds": 30 if cancel else 1}
        began = time.perf_counter()
        running = asyncio.create_task(rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                                               payload, request_id=request_id, caller=ADMIN, timeout=60))
        if cancel:
            await asyncio.sleep(0.5)
            began = time.perf_counter()
            await rpc.call(EXECUTOR_CONTROL_EXCHANGE, "", Operation.CANCEL, {"requestId": request_id},
                           request_id=f"cancel-{uuid.uuid4().hex[:16]}", caller=ADMIN, timeout=10)
        try:
            await running
        except ServiceError as err:
            assert err.code in (ErrorCode.QUERY_TIMEOUT, ErrorCode.CANCELLED), err
        latencies.append((time.perf_counter() - began) * 1000)
    return figures("stopped", latencies, sum(latencies) / 1000)


def _print_events(rows: list[dict]) -> None:
    print(f"\nstatus events with publisher confirms (6 per request, one StatusPublisher, {EVENT_REQUESTS} requests):")
    print(f"{'in flight':<14} {'request p50 ms':>15} {'request p95 ms':>15} {'events/s':>10}")
    for r in rows:
        print(f"{r['label']:<14} {r['p50']:>15.2f} {r['p95']:>15.2f} {r['events_per_second']:>10.0f}")


def main() -> None:
    with bench_node() as node:
        control_db = create_database("qc_bench_control")
        data_db = create_database("qc_bench_data", SEED)
        _create_reader(data_db)
        env = {**os.environ, "QUERYCAST_AMQP_URL": node.amqp_url, "QUERYCAST_DATABASE_URL": dsn(control_db),
               "QUERYCAST_SECRET_KEY": "bench-only", "QUERYCAST_EXECUTOR_CONCURRENCY": str(CONCURRENCY),
               "QUERYCAST_EXECUTOR_POOL_MAX_SIZE": str(CONCURRENCY), "QUERYCAST_LOG_LEVEL": "WARNING"}
        executor = subprocess.Popen([sys.executable, "-m", "services.executor"], cwd=ROOT, env=env)
        try:
            print(f"executor bench: PostgreSQL {ADMIN_DSN.rpartition('@')[2].rpartition('/')[0]}, "
                  f"RabbitMQ node '{node.name}', {load_average()}")
            rows, events = asyncio.run(bench(node.amqp_url, data_db))
            print_table(rows)
            _print_events(events)
            print(f"finished at {load_average()}")
        finally:
            executor.terminate()
            executor.wait(15)
            _drop_reader(data_db)
            for name in (control_db, data_db):
                drop_database(name)


if __name__ == "__main__":
    main()
