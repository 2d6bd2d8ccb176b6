"""Recorder throughput: how fast a backlog of status events (the recorder was down) is written to
PostgreSQL, per batch size. Starts the project-local RabbitMQ node "bench" and a throw-away
control database.

    python -m bench recorder          # or: python -m bench.recorder_bench --events 20000
"""
import argparse
import asyncio
import json
import os
import time
import uuid

import aiopg
from pika.spec import BasicProperties

from bench.support import bench_node
from broker import Broker
from broker.local_node import LocalNode
from broker.topology import STATUS_EXCHANGE, STATUS_HISTORY_QUEUE, declare_topology
from controldb.migrate import apply_migrations
from controldb.pgadmin import admin_execute
from services.recorder.app import running_recorder

ADMIN_DSN = os.environ.get("QUERYCAST_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
BATCH_SIZES = (1, 50, 200, 1000)


def _admin(sql: str) -> None:
    admin_execute(ADMIN_DSN, sql)

def _dsn(name: str) -> str:
    return f"{ADMIN_DSN.rpartition('/')[0]}/{name}"


def _event(request_id: str, sequence: int) -> bytes:
    return json.dumps({
        "feature": "QUERY_EXECUTION", "requestId": request_id, "stage": "EXECUTING",
        "status": "IN_PROGRESS", "message": "Running the query", "data": {"timeoutSeconds": 30},
        "timestamp": "2026-11-25T21:36:45.123Z", "sequence": sequence, "progress": 60,
    }).encode()


async def _publish_backlog(broker: Broker, prefix: str, events: int) -> float:
    channel = broker.channel(confirms=True)
    started = time.perf_counter()

    async def one(i: int) -> None:
        props = BasicProperties(message_id=uuid.uuid4().hex, content_type="application/json",
                                delivery_mode=2, headers={"x-user-id": f"user{i % 10}"})
        await channel.publish(STATUS_EXCHANGE, f"query-execution.user.user{i % 10}",
                              _event(f"{prefix}-{i // 6}", i % 6 + 1), props)

    for start in range(0, events, 500):
        await asyncio.gather(*(one(i) for i in range(start, min(events, start + 500))))
    await channel.close()
    return events / (time.perf_counter() - started)


async def _count(dsn: str, prefix: str) -> int:
    async with aiopg.connect(dsn) as conn, conn.cursor() as cur:
        await cur.execute("SELECT count(*) FROM status_events WHERE request_id LIKE %s", (prefix + "%",))
        return (await cur.fetchone())[0]


async def bench(events: int) -> None:
    node = LocalNode(os.environ.get("QUERYCAST_BENCH_NODE", "bench"),
                     int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", "90")))
    await asyncio.to_thread(node.start)
    name = f"qc_bench_recorder_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE DATABASE "{name}"')
    dsn = _dsn(name)
    broker = await Broker(node.amqp_url, "querycast-bench").start()
    try:
        await apply_migrations(dsn)
        setup = broker.channel(confirms=False)
        await setup.wait_open(10)
        await declare_topology(setup)
        await setup.queue_purge(STATUS_HISTORY_QUEUE)
        print(f"recorder bench: {events} events per run, {os.cpu_count()} CPUs")
        print(f"{'batch size':>10} {'publish ev/s':>13} {'drain ev/s':>11} {'drain s':>8}")
        for batch_size in BATCH_SIZES:
            prefix = f"b{batch_size}-{uuid.uuid4().hex[:6]}"
            publish_rate = await _publish_backlog(broker, prefix, events)
            started = time.perf_counter()
            async with running_recorder(amqp_url=node.amqp_url, database_url=dsn, migrate=False,
                                        batch_size=batch_size, retention_days=0):
                while await _count(dsn, prefix) < events:
                    await asyncio.sleep(0.05)
            took = time.perf_counter() - started
            print(f"{batch_size:>10} {publish_rate:>13.0f} {events / took:>11.0f} {took:>8.2f}")
    finally:
        await broker.close()
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    with bench_node():
        asyncio.run(bench(parser.parse_args().events))


if __name__ == "__main__":
    main()
