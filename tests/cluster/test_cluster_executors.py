"""Two executor processes on a three-node cluster: commands spread over both, and SIGKILL of one
mid-request loses no command (the quorum queue redelivers it to the other)."""
from __future__ import annotations

import asyncio

import pytest

from contracts.status import Stage
from tests.cluster.conftest import register_shop
from tests.executor.conftest import Executor, new_request_id, wait_for_backends, wait_for_consumers

pytestmark = pytest.mark.cluster


async def test_two_executors_share_the_work_and_a_killed_one_loses_no_command(
        cluster, executor_processes, cluster_rpc, cluster_tap, shop_db, shop_reader):
    first = await executor_processes(cluster.amqp_url, QUERYCAST_EXECUTOR_CONCURRENCY="4")
    second = await executor_processes(cluster.amqp_url, QUERYCAST_EXECUTOR_CONCURRENCY="4")
    await asyncio.to_thread(wait_for_consumers, cluster.first.amqp_url, 2)
    shop = await register_shop(cluster_rpc, shop_db, shop_reader)
    calls = Executor(cluster_rpc)

    request_ids = [new_request_id() for _ in range(6)]
    running = [asyncio.create_task(calls.execute(f"SELECT pg_sleep(1.5), '{rid}' AS marker", shop,
                                                 request_id=rid, timeout=60))
               for rid in request_ids]
    owners = await asyncio.to_thread(wait_for_backends, shop_db[1], request_ids)
    pids = {app.split("/")[1] for app in owners}
    assert pids == {str(first.pid), str(second.pid)}, owners  # spread across both
    on_victim = [rid for rid, app in zip(request_ids, owners) if app.split("/")[1] == str(first.pid)]

    first.kill()
    results = await asyncio.gather(*running)
    assert [r["rows"][0][1] for r in results] == request_ids
    for rid in request_ids:
        events = await cluster_tap.terminal(rid)
        assert sum(e.is_terminal for e in events) == 1 and events[-1].stage is Stage.COMPLETED
    for rid in on_victim:
        received = [e for e in (await cluster_tap.terminal(rid)) if e.stage is Stage.REQUEST_RECEIVED]
        assert received[-1].data["attempt"] == 2  # served again by the survivor
