"""End-to-end `POST /api/query/execute` of `SELECT 1` through the gateway (HTTP + JWT + RPC over
RabbitMQ + executor + PostgreSQL), against the same query run directly with aiopg, in one run.

    python -m bench.rest_bench [--requests 2000] [--concurrency 16]

Starts what it needs: a project-local RabbitMQ node (QUERYCAST_BENCH_NODE, default "bench", port
offset QUERYCAST_BENCH_PORT_OFFSET, default 90), throw-away PostgreSQL databases, an in-process
executor and a gateway listening on a real TCP port. Client, gateway and executor share one
process and event loop, so the figures are a lower bound of what separate processes give.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid

import aiohttp
import aiopg

from bench.serving import admin as _admin
from bench.serving import dsn as _dsn
from bench.serving import serving_gateway
from broker.local_node import LocalNode
from services.executor.app import running_executor


async def _load(requests: int, concurrency: int, one) -> tuple[list[float], float]:
    """Run `one()` `requests` times with `concurrency` workers; latencies (s) and wall time."""
    latencies: list[float] = []
    remaining = iter(range(requests))

    async def worker() -> None:
        for _ in remaining:
            started = time.perf_counter()
            await one()
            latencies.append(time.perf_counter() - started)

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


def _report(label: str, latencies: list[float], wall: float) -> dict[str, float]:
    ordered = sorted(latencies)
    figures = {"p50": statistics.median(ordered) * 1000,
               "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
               "rps": len(ordered) / wall}
    print(f"{label:<28} p50 {figures['p50']:7.2f} ms   p99 {figures['p99']:7.2f} ms   "
          f"{figures['rps']:8.1f} req/s")
    return figures


async def bench(requests: int, concurrency: int) -> None:
    node = LocalNode(os.environ.get("QUERYCAST_BENCH_NODE", "bench"),
                     int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", "90")))
    await asyncio.to_thread(node.start)
    suffix = uuid.uuid4().hex[:8]
    control, target = f"qc_bench_control_{suffix}", f"qc_bench_target_{suffix}"
    for name in (control, target):
        _admin(f'CREATE DATABASE "{name}"')
    try:
        async with running_executor(amqp_url=node.amqp_url, database_url=_dsn(control),
                                    secret_key="bench-executor-secret-0123456789abcdef"):
            connector = aiohttp.TCPConnector(limit=concurrency)
            async with serving_gateway(node.amqp_url, _dsn(control), connector=connector) as gateway:
                http = gateway.http
                admin = gateway.headers("bench-admin", ("admin",))
                user = gateway.headers("bench-user")
                registered = await http.post("/api/databases", headers=admin, json={
                    "id": "bench", "name": "bench", "host": "127.0.0.1", "database": target, "user": "postgres",
                    "options": {"allowPrivilegedRole": True}})  # a throw-away database
                assert registered.status == 201, await registered.text()

                async def via_gateway() -> None:
                    async with http.post("/api/query/execute", headers=user,
                                         json={"sql": "SELECT 1", "databaseId": "bench"}) as response:
                        if response.status != 200:
                            raise RuntimeError(f"HTTP {response.status}: {await response.text()}")
                        await response.read()

                await _load(min(200, requests), concurrency, via_gateway)  # warm-up: pools, JIT-free paths
                print(f"{requests} requests, concurrency {concurrency}")
                before = _rpc_seconds()
                gateway_figures = _report("REST -> RPC -> executor", *await _load(requests, concurrency, via_gateway))
                total, count = (a - b for a, b in zip(_rpc_seconds(), before))
                print(f"{'  of which RPC round trip':<28} mean {total / max(count, 1) * 1000:7.2f} ms")

            async with aiopg.create_pool(_dsn(target), minsize=concurrency, maxsize=concurrency) as pool:
                async def direct() -> None:
                    async with pool.acquire() as conn, conn.cursor() as cur:
                        await cur.execute("SELECT 1")
                        await cur.fetchall()

                await _load(min(200, requests), concurrency, direct)
                direct_figures = _report("aiopg direct", *await _load(requests, concurrency, direct))
        print(f"ratio (gateway / direct): p50 x{gateway_figures['p50'] / direct_figures['p50']:.1f}, "
              f"p99 x{gateway_figures['p99'] / direct_figures['p99']:.1f}, "
              f"throughput x{direct_figures['rps'] / gateway_figures['rps']:.1f} lower")
    finally:
        for name in (control, target):
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    asyncio.run(bench(args.requests, args.concurrency))


if __name__ == "__main__":
    main()
