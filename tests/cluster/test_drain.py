"""SIGTERM drains an executor: it stops taking commands, finishes those in hand within
QUERYCAST_SHUTDOWN_GRACE_SECONDS (events, reply, ack), and requeues what it could not finish."""
from __future__ import annotations

import asyncio
import signal

from contracts.status import Stage
from tests.cluster.conftest import consumers, register_shop
from tests.executor.conftest import Executor, new_request_id, wait_for_backends


async def _five_slow_on(victim, calls, shop, shop_db, seconds: float):
    request_ids = [new_request_id() for _ in range(5)]
    running = [asyncio.create_task(calls.execute(f"SELECT pg_sleep({seconds}), '{rid}' AS marker", shop,
                                                 request_id=rid, timeout=60))
               for rid in request_ids]
    owners = await asyncio.to_thread(wait_for_backends, shop_db[1], request_ids)
    assert all(app.startswith(f"querycast-executor/{victim.pid}/") for app in owners), owners
    return request_ids, running


async def test_sigterm_finishes_the_commands_in_hand_within_the_grace(
        amqp_url, executor_processes, rpc, shop_db, shop_reader, tap):
    victim = await executor_processes(QUERYCAST_EXECUTOR_CONCURRENCY="8",
                                      QUERYCAST_SHUTDOWN_GRACE_SECONDS="20")
    await consumers(amqp_url, 1)
    shop = await register_shop(rpc, shop_db, shop_reader)
    calls = Executor(rpc)
    request_ids, running = await _five_slow_on(victim, calls, shop, shop_db, 2)

    victim.proc.send_signal(signal.SIGTERM)
    results = await asyncio.gather(*running)
    assert [r["rows"][0][1] for r in results] == request_ids
    assert await asyncio.to_thread(victim.proc.wait, 30) == 0
    for rid in request_ids:
        events = await tap.terminal(rid)
        assert sum(e.is_terminal for e in events) == 1 and events[-1].stage is Stage.COMPLETED
        assert [e.stage for e in events].count(Stage.REQUEST_RECEIVED) == 1  # ran once, by the victim


async def test_what_the_grace_cannot_finish_is_requeued_and_answered_once_by_another_worker(
        amqp_url, executor_processes, rpc, shop_db, shop_reader, tap):
    victim = await executor_processes(QUERYCAST_EXECUTOR_CONCURRENCY="8",
                                      QUERYCAST_SHUTDOWN_GRACE_SECONDS="1")
    await consumers(amqp_url, 1)
    shop = await register_shop(rpc, shop_db, shop_reader)
    calls = Executor(rpc)
    # 10 s leaves the rescuer's start (a few seconds on a loaded machine) well inside the queries
    request_ids, running = await _five_slow_on(victim, calls, shop, shop_db, 10)
    await executor_processes(QUERYCAST_EXECUTOR_CONCURRENCY="8")  # the rescuer, idle until now
    await consumers(amqp_url, 2)

    victim.proc.send_signal(signal.SIGTERM)
    assert await asyncio.to_thread(victim.proc.wait, 30) == 0
    results = await asyncio.gather(*running)
    assert [r["rows"][0][1] for r in results] == request_ids
    for rid in request_ids:
        events = await tap.terminal(rid)
        assert sum(e.is_terminal for e in events) == 1 and events[-1].stage is Stage.COMPLETED
        retried = [e for e in events if e.stage is Stage.REQUEST_RECEIVED]
        assert len(retried) == 2 and retried[-1].data["attempt"] == 2
