"""End-to-end `POST /api/query/execute` of `SELECT 1` through the gateway (HTTP + JWT + RPC over
RabbitMQ + executor + PostgreSQL), beside the same query run directly with aiopg and a bare pika
RPC echo through the same broker (the messaging hop alone), in one run, at each concurrency.

    python -m bench.rest_bench [--requests 2000] [--concurrency 1,16]

Starts what it needs: a project-local RabbitMQ node (QUERYCAST_BENCH_NODE, default "bench", port
offset QUERYCAST_BENCH_PORT_OFFSET, default 90; stopped again if this started it), throw-away
PostgreSQL databases with a read-only role, an in-process executor and a gateway listening on a
real TCP port. Client, gateway and executor share one process and event loop, so the figures are
a lower bound of what separate processes give.
"""
from __future__ import annotations

import argparse
import asyncio
import time
import uuid

import aiohttp
import aiopg
import psycopg2
from aiohttp import web

from bench.pika_echo import echo_rpc
from bench.support import ADMIN_DSN, bench_node, create_database, drop_database, dsn, figures, load_average
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings
from services.executor.app import running_executor
from services.executor.privileges import reader_role_sql

SECRET = "bench-secret-0123456789abcdef-0123456789abcdef"
READER = f"qc_bench_rest_reader_{uuid.uuid4().hex[:8]}"
READER_PASSWORD = "bench-reader-password"


def _sql(database: str, *statements: str) -> None:
    conn = psycopg2.connect(dsn(database) if database else ADMIN_DSN)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for statement in statements:
                cur.execute(statement)
    finally:
        conn.close()


async def _load(requests: int, concurrency: int, one) -> tuple[list[float], float]:
    """Run `one()` `requests` times with `concurrency` workers; latencies (ms) and wall time."""
    latencies: list[float] = []
    remaining = iter(range(requests))

    async def worker() -> None:
        for _ in remaining:
            started = time.perf_counter()
            await one()
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - started


def _rpc_seconds() -> tuple[float, float]:
    """(sum, count) of the gateway's RPC latency histogram for query.execute."""
    from prometheus_client import REGISTRY
    total = REGISTRY.get_sample_value("querycast_rpc_duration_seconds_sum",
                                      {"operation": "query.execute", "outcome": "ok"}) or 0.0
    count = REGISTRY.get_sample_value("querycast_rpc_duration_seconds_count",
                                      {"operation": "query.execute", "outcome": "ok"}) or 0.0
    return total, count


def _report(r: dict) -> None:
    print(f"  {r['label']:<26} p50 {r['p50']:7.2f} ms   p99 {r['p99']:7.2f} ms   {r['rps']:8.1f} req/s")


def _ratio(ours: dict, base: dict) -> None:
    print(f"  {'ratio vs ' + base['label']:<26} p50 x{ours['p50'] / base['p50']:<6.1f}    "
          f"p99 x{ours['p99'] / base['p99']:<6.1f}    throughput x{base['rps'] / ours['rps']:.1f} lower")


async def bench(node, requests: int, concurrencies: list[int]) -> None:
    control, target = create_database("qc_bench_control"), create_database("qc_bench_target")
    _sql(target, *reader_role_sql(target, READER, password=READER_PASSWORD))
    try:
        async with running_executor(amqp_url=node.amqp_url, database_url=dsn(control),
                                    secret_key="bench-executor-secret-0123456789abcdef"):  # default concurrency
            settings = GatewaySettings(auth=AuthSettings(secret=SECRET), amqp_url=node.amqp_url,
                                       database_url=dsn(control))
            runner = web.AppRunner(create_app(settings), access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]
            verifier = TokenVerifier(AuthSettings(secret=SECRET))
            admin = {"Authorization": f"Bearer {verifier.issue('bench-admin', ['admin'])[0]}"}
            user = {"Authorization": f"Bearer {verifier.issue('bench-user', [])[0]}"}
            async with aiohttp.ClientSession(f"http://127.0.0.1:{port}",
                                             connector=aiohttp.TCPConnector(limit=max(concurrencies))) as http, \
                    aiopg.create_pool(dsn(target), minsize=1, maxsize=max(concurrencies)) as pool:
                for _ in range(100):
                    if (await http.get("/readyz")).status == 200:
                        break
                    await asyncio.sleep(0.1)
                registered = await http.post("/api/databases", headers=admin, json={
                    "id": "bench", "name": "bench", "host": "127.0.0.1", "database": target,
                    "user": READER, "password": READER_PASSWORD})
                assert registered.status == 201, await registered.text()

                async def via_gateway() -> None:
                    async with http.post("/api/query/execute", headers=user,
                                         json={"sql": "SELECT 1", "databaseId": "bench"}) as response:
                        if response.status != 200:
                            raise RuntimeError(f"HTTP {response.status}: {await response.text()}")
                        await response.read()

                async def direct() -> None:
                    async with pool.acquire() as conn, conn.cursor() as cur:
                        await cur.execute("SELECT 1")
                        await cur.fetchall()

                for concurrency in concurrencies:
                    await _load(min(200, requests), concurrency, via_gateway)  # warm-up: pools, caches
                    await _load(min(200, requests), concurrency, direct)
                    print(f"{requests} requests, concurrency {concurrency}, {load_average()}")
                    before = _rpc_seconds()
                    ours = figures("REST -> RPC -> executor", *await _load(requests, concurrency, via_gateway))
                    total, count = (a - b for a, b in zip(_rpc_seconds(), before))
                    _report(ours)
                    print(f"  {'  of which RPC round trip':<26} mean {total / max(count, 1) * 1000:7.2f} ms")
                    echoes = await asyncio.to_thread(echo_rpc, node.amqp_url, requests, concurrency)
                    echo = figures("pika echo", *echoes)
                    base = figures("aiopg", *await _load(requests, concurrency, direct))
                    for baseline in (echo, base):
                        _report(baseline)
                    for baseline in (echo, base):
                        _ratio(ours, baseline)
            await runner.cleanup()
    finally:
        for name in (control, target):
            drop_database(name)
        _sql("", f'DROP ROLE IF EXISTS "{READER}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", default="1,16", help="comma-separated concurrencies")
    args = parser.parse_args()
    with bench_node() as node:
        asyncio.run(bench(node, args.requests, [int(c) for c in args.concurrency.split(",")]))


if __name__ == "__main__":
    main()
