"""Executor throughput and latency through RabbitMQ against the same queries run directly with
aiopg, in the same run, on the same database.

    python -m bench.executor_bench            (or: python -m bench executor)

Starts what it needs: the project-local RabbitMQ node QUERYCAST_BENCH_NODE ("bench", port offset
QUERYCAST_BENCH_PORT_OFFSET, 90), throw-away control and data databases on the PostgreSQL server
of QUERYCAST_TEST_PG_DSN, and one executor process (`python -m services.executor`). Scale with
QUERYCAST_BENCH_REQUESTS (default 400) and QUERYCAST_BENCH_CONCURRENCY (default 8).

Each request through the executor does everything a user's does: the read-only check, the
registry lookup, a pooled connection, a read-only transaction with statement_timeout, six status
events published with confirms, and the reply.
"""
from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import aiopg
import psycopg2

from broker import Broker, RpcClient, StatusPublisher
from broker.local_node import LocalNode
from broker.topology import COMMANDS_EXCHANGE, EXECUTOR_CONTROL_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from contracts.status import Feature, Stage

ROOT = Path(__file__).resolve().parent.parent
ADMIN_DSN = os.environ.get("QUERYCAST_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
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


def _admin(sql: str) -> None:
    conn = psycopg2.connect(ADMIN_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def _dsn(name: str) -> str:
    return ADMIN_DSN.rpartition("/")[0] + "/" + name


def _create_database(prefix: str, seed: str | None = None) -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE DATABASE "{name}"')
    if seed:
        conn = psycopg2.connect(_dsn(name))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(seed)
        conn.close()
    return name


async def _measure(call, count: int, concurrency: int) -> tuple[list[float], float]:
    """Run `call` `count` times with `concurrency` in flight; return latencies (ms) and elapsed s."""
    latencies: list[float] = []
    remaining = iter(range(count))

    async def lane() -> None:
        for _ in remaining:
            began = time.perf_counter()
            await call()
            latencies.append((time.perf_counter() - began) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(lane() for _ in range(concurrency)))
    return latencies, time.perf_counter() - began


def _row(label: str, latencies: list[float], elapsed: float) -> dict:
    ordered = sorted(latencies)
    return {"label": label, "p50": statistics.median(ordered),
            "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
            "rps": len(latencies) / elapsed}


async def bench(amqp_url: str, data_db: str) -> list[tuple[str, dict, dict]]:
    pool = await aiopg.create_pool(_dsn(data_db), minsize=1, maxsize=CONCURRENCY)
    broker = await Broker(amqp_url, "querycast-bench-client").start()
    rpc = await RpcClient(broker, app_id="querycast-bench").start()
    database_id = f"bench-{uuid.uuid4().hex[:6]}"
    await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                   {"id": database_id, "name": "Bench", "host": "127.0.0.1", "port": 5432,
                    "database": data_db, "user": "postgres",
                    # a throw-away database: the superuser is accepted explicitly
                    "options": {"defaultMaxRows": 10000, "allowPrivilegedRole": True}},
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

    async def events_only() -> None:
        """What one request's six confirmed status events cost on their own."""
        events = publisher.for_request(Feature.QUERY_EXECUTION, f"bench-{uuid.uuid4().hex[:16]}", "bench")
        for stage in (Stage.REQUEST_RECEIVED, Stage.VALIDATION, Stage.DATABASE_LOOKUP,
                      Stage.CONNECTING, Stage.EXECUTING):
            await events.step(stage, "bench", {"databaseId": database_id}, 10)
        await events.succeed("bench", {"rowCount": 1})

    rows = []
    try:
        events_row = _row("6 events", *await _measure(events_only, min(REQUESTS, 100), 1))
        for name, (sql, count) in QUERIES.items():
            for concurrency in (1, CONCURRENCY):
                await _measure(lambda sql=sql: through_executor(sql), min(20, count), concurrency)  # warm up
                await _measure(lambda sql=sql: direct(sql), min(20, count), concurrency)
                via = _row("executor", *await _measure(lambda sql=sql: through_executor(sql), count, concurrency))
                base = _row("aiopg", *await _measure(lambda sql=sql: direct(sql), count, concurrency))
                rows.append((f"{name}, {concurrency} in flight, {count} requests", via, base))
        rows.append(("status events alone, 1 in flight", events_row, None))
        rows.append(("5 s of pg_sleep, timeoutSeconds 1", await _until_stopped(rpc, database_id, cancel=False), None))
        rows.append(("pg_sleep(10), cancelled", await _until_stopped(rpc, database_id, cancel=True), None))
    finally:
        await publisher.close()
        await rpc.close()
        await broker.close()
        pool.close()
        await pool.wait_closed()
    return rows


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
    return _row("stopped", latencies, sum(latencies) / 1000)


def _print(rows: list[tuple[str, dict, dict]]) -> None:
    print(f"{'workload':<40} {'path':<9} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8}")
    for label, via, base in rows:
        for r in (via, base) if base else (via,):
            print(f"{label:<40} {r['label']:<9} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['rps']:>8.1f}")
        if base:
            print(f"{'':<40} {'ratio':<9} {via['p50'] / base['p50']:>7.1f}x {via['p95'] / base['p95']:>7.1f}x "
                  f"{base['rps'] / via['rps']:>7.1f}x  (executor / aiopg; req/s: aiopg / executor)")


def main() -> None:
    node = LocalNode(os.environ.get("QUERYCAST_BENCH_NODE", "bench"),
                     int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", "90")))
    node.start()
    control_db = _create_database("qc_bench_control")
    data_db = _create_database("qc_bench_data", SEED)
    env = {**os.environ, "QUERYCAST_AMQP_URL": node.amqp_url, "QUERYCAST_DATABASE_URL": _dsn(control_db),
           "QUERYCAST_SECRET_KEY": "bench-only", "QUERYCAST_EXECUTOR_CONCURRENCY": str(CONCURRENCY),
           "QUERYCAST_EXECUTOR_POOL_MAX_SIZE": str(CONCURRENCY), "QUERYCAST_LOG_LEVEL": "WARNING"}
    executor = subprocess.Popen([sys.executable, "-m", "services.executor"], cwd=ROOT, env=env)
    try:
        print(f"executor bench: PostgreSQL {ADMIN_DSN.rpartition('@')[2].rpartition('/')[0]}, "
              f"RabbitMQ node '{node.name}', {os.cpu_count()} CPUs")
        _print(asyncio.run(bench(node.amqp_url, data_db)))
    finally:
        executor.terminate()
        executor.wait(15)
        for name in (control_db, data_db):
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
