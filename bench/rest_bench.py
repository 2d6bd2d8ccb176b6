"""End-to-end `POST /api/query/execute` of `SELECT 1` through the gateway (HTTP + JWT + RPC over
RabbitMQ + executor + PostgreSQL), beside the same query run directly with aiopg and a bare pika
RPC echo through the same broker (the messaging hop alone; and with the path's durability, the quorum echo
of bench/pika_echo.py), in one run, at each concurrency.

    python -m bench.rest_bench [--requests 2000] [--concurrency 1,16] [--shape processes|one-process]

Starts what it needs: a project-local RabbitMQ node (QUERYCAST_BENCH_NODE, default "bench", port
offset QUERYCAST_BENCH_PORT_OFFSET, default 90; stopped again if this started it), throw-away
PostgreSQL databases with a read-only role, an executor and a gateway listening on a real TCP
port. `--shape processes` (the default) is the deployed shape: the gateway (`python -m gateway`)
and the executor (`python -m services.executor`) each in a process of its own, the HTTP client in
this one; the CPU each process spent per request is printed too. `--shape one-process` runs
client, gateway and executor on one event loop, as this bench did before (docs/performance.md).
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import aiopg
import psycopg2
from aiohttp import web

from bench.pika_echo import EVENTS_PER_REQUEST, echo_rpc
from bench.support import (
    ADMIN_DSN,
    bench_node,
    cpu_seconds,
    create_database,
    drop_database,
    dsn,
    figures,
    load_average,
    measure,
)
from gateway.auth import AuthSettings, TokenVerifier
from services.executor.privileges import reader_role_sql

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-secret-0123456789abcdef-0123456789abcdef"
EXECUTOR_SECRET = "bench-executor-secret-0123456789abcdef"
READER = f"qc_bench_rest_reader_{uuid.uuid4().hex[:8]}"
READER_PASSWORD = "bench-reader-password"
_RPC_SAMPLE = re.compile(r'^querycast_rpc_duration_seconds_(sum|count)\{(?=[^}]*operation="query\.execute")'
                         r'(?=[^}]*outcome="ok")[^}]*\} (\S+)$', re.M)


def _sql(database: str, *statements: str) -> None:
    conn = psycopg2.connect(dsn(database) if database else ADMIN_DSN)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for statement in statements:
                cur.execute(statement)
    finally:
        conn.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.asynccontextmanager
async def separate_processes(amqp_url: str, control_dsn: str) -> AsyncIterator[tuple[str, dict[str, int]]]:
    """The executor and the gateway, each in its own process: (base URL, pids by name)."""
    port = _free_port()
    env = {**os.environ, "QUERYCAST_AMQP_URL": amqp_url, "QUERYCAST_DATABASE_URL": control_dsn,
           "QUERYCAST_LOG_LEVEL": "WARNING", "QUERYCAST_SECRET_KEY": EXECUTOR_SECRET,
           "QUERYCAST_JWT_SECRET": SECRET, "QUERYCAST_HTTP_PORT": str(port)}
    executor = subprocess.Popen([sys.executable, "-m", "services.executor"], cwd=ROOT, env=env)
    gateway = subprocess.Popen([sys.executable, "-m", "gateway"], cwd=ROOT, env=env)
    try:
        yield f"http://127.0.0.1:{port}", {"gateway": gateway.pid, "executor": executor.pid}
    finally:
        for proc in (gateway, executor):
            proc.terminate()
        for proc in (gateway, executor):
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextlib.asynccontextmanager
async def one_process(amqp_url: str, control_dsn: str) -> AsyncIterator[tuple[str, dict[str, int]]]:
    """Executor and gateway on this process's event loop, beside the client."""
    from gateway.app import create_app
    from gateway.settings import GatewaySettings
    from services.executor.app import running_executor

    async with running_executor(amqp_url=amqp_url, database_url=control_dsn, secret_key=EXECUTOR_SECRET):
        settings = GatewaySettings(auth=AuthSettings(secret=SECRET), amqp_url=amqp_url, database_url=control_dsn)
        runner = web.AppRunner(create_app(settings), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        try:
            yield f"http://127.0.0.1:{port}", {"client, gateway and executor": os.getpid()}
        finally:
            await runner.cleanup()


async def _rpc_seconds(http: aiohttp.ClientSession) -> tuple[float, float]:
    """(sum, count) of the gateway's RPC latency histogram for query.execute (GET /metrics)."""
    async with http.get("/metrics") as response:
        text = await response.text()
    found = {kind: float(value) for kind, value in _RPC_SAMPLE.findall(text)}
    return found.get("sum", 0.0), found.get("count", 0.0)


def _report(r: dict) -> None:
    print(f"  {r['label']:<26} p50 {r['p50']:7.2f} ms   p99 {r['p99']:7.2f} ms   {r['rps']:8.1f} req/s")


def _ratio(ours: dict, base: dict) -> None:
    print(f"  {'ratio vs ' + base['label']:<26} p50 x{ours['p50'] / base['p50']:<6.1f}    "
          f"p99 x{ours['p99'] / base['p99']:<6.1f}    throughput x{base['rps'] / ours['rps']:.1f} lower")


async def _wait_ready(http: aiohttp.ClientSession, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(aiohttp.ClientError):
            async with http.get("/readyz") as response:
                if response.status == 200:
                    return
        if time.monotonic() > deadline:
            raise RuntimeError("the gateway did not get ready")
        await asyncio.sleep(0.2)


async def bench(node, requests: int, concurrencies: list[int], shape: str) -> None:
    control, target = create_database("qc_bench_control"), create_database("qc_bench_target")
    _sql(target, *reader_role_sql(target, READER, password=READER_PASSWORD))
    start = separate_processes if shape == "processes" else one_process
    try:
        async with start(node.amqp_url, dsn(control)) as (base_url, pids), \
                aiohttp.ClientSession(base_url, connector=aiohttp.TCPConnector(limit=max(concurrencies))) as http, \
                aiopg.create_pool(dsn(target), minsize=1, maxsize=max(concurrencies)) as pool:
            print(f"shape: {shape} ({', '.join(f'{name} pid {pid}' for name, pid in pids.items())})")
            verifier = TokenVerifier(AuthSettings(secret=SECRET))
            admin = {"Authorization": f"Bearer {verifier.issue('bench-admin', ['admin'])[0]}"}
            user = {"Authorization": f"Bearer {verifier.issue('bench-user', [])[0]}"}
            await _wait_ready(http)
            for _ in range(300):  # the executor's consumer may still be starting
                registered = await http.post("/api/databases", headers=admin, json={
                    "id": "bench", "name": "bench", "host": "127.0.0.1", "database": target,
                    "user": READER, "password": READER_PASSWORD})
                if registered.status != 503:
                    break
                await asyncio.sleep(0.2)
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
                await measure(via_gateway, min(200, requests), concurrency)  # warm-up: pools, caches
                await measure(direct, min(200, requests), concurrency)
                print(f"{requests} requests, concurrency {concurrency}, {load_average()}")
                before = await _rpc_seconds(http)
                cpu_before = {name: cpu_seconds(pid) for name, pid in {**pids, "client": os.getpid()}.items()}
                ours = figures("REST -> RPC -> executor", *await measure(via_gateway, requests, concurrency))
                cpu = {name: (cpu_seconds(pid) - cpu_before[name]) / requests * 1e6 for name, pid in
                       {**pids, "client": os.getpid()}.items()}
                total, count = (a - b for a, b in zip(await _rpc_seconds(http), before, strict=True))
                _report(ours)
                print(f"  {'  of which RPC round trip':<26} mean {total / max(count, 1) * 1000:7.2f} ms")
                print("  CPU per request: " + ", ".join(f"{name} {us:.0f} µs" for name, us in cpu.items()))
                echo = figures("pika echo", *await asyncio.to_thread(echo_rpc, node.amqp_url, requests, concurrency))
                floor = figures("quorum echo", *await asyncio.to_thread(
                    echo_rpc, node.amqp_url, requests, concurrency, durable=True))
                floor6 = figures("quorum echo x6", *await asyncio.to_thread(
                    echo_rpc, node.amqp_url, requests, concurrency, durable=True, events=EVENTS_PER_REQUEST))
                base = figures("aiopg", *await measure(direct, requests, concurrency))
                for baseline in (echo, floor, floor6, base):
                    _report(baseline)
                for baseline in (echo, floor, floor6, base):
                    _ratio(ours, baseline)
            print(f"finished at {load_average()}")
    finally:
        for name in (control, target):
            drop_database(name)
        _sql("", f'DROP ROLE IF EXISTS "{READER}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", default="1,16", help="comma-separated concurrencies")
    parser.add_argument("--shape", choices=("processes", "one-process"), default="processes")
    args = parser.parse_args()
    with bench_node() as node:
        asyncio.run(bench(node, args.requests, [int(c) for c in args.concurrency.split(",")], args.shape))


if __name__ == "__main__":
    main()
