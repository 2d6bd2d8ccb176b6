"""What the benchmarks share: their RabbitMQ node (stopped again by whoever started it), throw-away
PostgreSQL databases, a load loop and latency figures."""
from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import time
import uuid
from collections.abc import Iterator

import pika
import pika.exceptions
import psycopg2

from broker.local_node import LocalNode
from broker.topology import STATUS_HISTORY_QUEUE
from controldb.pgadmin import admin_execute, sibling_dsn

ADMIN_DSN = os.environ.get("QUERYCAST_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")


def node_from_env() -> LocalNode:
    return LocalNode(os.environ.get("QUERYCAST_BENCH_NODE", "bench"),
                     int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", "90")))


@contextlib.contextmanager
def bench_node(node: LocalNode | None = None) -> Iterator[LocalNode]:
    """The bench node, started if it is not running and then stopped again at the end; a node
    that was already running (e.g. started by `python -m bench` for all benches) is left alone."""
    node = node or node_from_env()
    started_here = not node.is_running()
    node.start()
    _purge_history(node.amqp_url)
    try:
        yield node
    finally:
        if started_here:
            node.stop()


def _purge_history(amqp_url: str) -> None:
    """Empty the status-history queue: no recorder consumes it during a bench, and a quorum
    queue that earlier runs left hundreds of thousands of events in is not what a deployed
    broker (with its recorder) works with."""
    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    try:
        channel = conn.channel()
        with contextlib.suppress(pika.exceptions.ChannelClosedByBroker):  # not declared yet
            channel.queue_purge(STATUS_HISTORY_QUEUE)
    finally:
        conn.close()


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} CPUs"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def admin(sql: str) -> None:
    admin_execute(ADMIN_DSN, sql)


def dsn(name: str) -> str:
    return sibling_dsn(ADMIN_DSN, name)


def create_database(prefix: str, seed: str | None = None) -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin(f'CREATE DATABASE "{name}"')
    if seed:
        conn = psycopg2.connect(dsn(name))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(seed)
        conn.close()
    return name


def drop_database(name: str) -> None:
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def measure(call, count: int, concurrency: int) -> tuple[list[float], float]:
    """Run `call()` `count` times with `concurrency` in flight; latencies (ms) and elapsed s."""
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


def figures(label: str, latencies: list[float], elapsed: float) -> dict:
    ordered = sorted(latencies)
    return {"label": label, "p50": statistics.median(ordered),
            "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
            "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
            "rps": len(latencies) / elapsed}


def print_table(rows: list[tuple[str, dict, list[dict]]]) -> None:
    """Each row: (workload, our path's figures, baselines); every baseline gets its ratio line."""
    print(f"{'workload':<40} {'path':<14} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>9}")
    for label, ours, baselines in rows:
        for r in (ours, *baselines):
            print(f"{label:<40} {r['label']:<14} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['rps']:>9.1f}")
        for base in baselines:
            print(f"{'':<40} {'vs ' + base['label']:<14} {ours['p50'] / base['p50']:>7.1f}x "
                  f"{ours['p95'] / base['p95']:>7.1f}x {base['rps'] / ours['rps']:>8.1f}x"
                  "  (latency ours/base; req/s base/ours)")
