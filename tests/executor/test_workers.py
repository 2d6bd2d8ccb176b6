"""Several executor processes share the work (competing consumers on the quorum queue), a
request whose executor dies mid-query is redelivered to another and still answered, and an
executor serves (and cancels) again after RabbitMQ restarts."""
from __future__ import annotations

import asyncio

import pytest

from broker.topology import EXECUTOR_CONTROL_EXCHANGE
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Operation
from contracts.status import Stage
from tests.executor.conftest import ALICE, new_request_id, wait_for_backends, wait_for_consumers


async def test_twenty_concurrent_requests_across_two_processes(calls, shop, executor, executor_process, tap):
    await executor_process(QUERYCAST_EXECUTOR_CONCURRENCY="8")
    served_here_before = executor.executor.completed
    request_ids = [new_request_id() for _ in range(20)]
    results = await asyncio.gather(*(
        calls.execute(f"SELECT pg_sleep(0.3), {n} AS n", shop, request_id=rid, timeout=60)
        for n, rid in enumerate(request_ids)))
    assert [r["rows"][0][1] for r in results] == list(range(20))
    served_here = executor.executor.completed - served_here_before
    assert 0 < served_here < 20, "both executor processes should have taken part"
    for rid in request_ids:
        events = await tap.terminal(rid)
        assert events[-1].stage is Stage.COMPLETED


async def test_killed_executor_request_is_redelivered_and_answered(calls, shop, shop_db, executor_process, tap):
    victim = await executor_process(QUERYCAST_EXECUTOR_CONCURRENCY="4")
    # Several slow requests so the victim surely holds at least one (deliveries alternate).
    request_ids = [new_request_id() for _ in range(4)]
    running = [asyncio.create_task(calls.execute(f"SELECT pg_sleep(1.5), '{rid}' AS marker", shop,
                                                 request_id=rid, timeout=60))
               for rid in request_ids]
    owners = await asyncio.to_thread(wait_for_backends, shop_db[1], request_ids)
    on_victim = [rid for rid, app in zip(request_ids, owners)
                 if app.startswith(f"querycast-executor/{victim.pid}/")]
    assert on_victim, owners

    victim.kill()
    results = await asyncio.gather(*running)
    assert [r["rows"][0][1] for r in results] == request_ids
    for rid in on_victim:
        events = await tap.terminal(rid)
        retried = [e for e in events if e.sequence > 10]
        # the second attempt numbers its events after the first, and says it is a retry
        assert retried[0].stage is Stage.REQUEST_RECEIVED and retried[0].data["attempt"] == 2
        assert retried[-1].stage is Stage.COMPLETED
        assert sum(e.is_terminal for e in events) == 1


async def test_executor_serves_and_cancels_after_a_broker_restart(calls, shop, shop_db, rabbit_node,
                                                                   amqp_url, executor, tap):
    await asyncio.to_thread(rabbit_node.stop_app)
    await asyncio.to_thread(rabbit_node.start_app)
    await executor.broker.wait_connected(30)
    await asyncio.to_thread(wait_for_consumers, amqp_url, 1)

    for _ in range(100):  # the test's own client may still be reconnecting
        try:
            result = await calls.execute("SELECT 5", shop)
            break
        except ServiceError as err:
            assert err.code is ErrorCode.UNAVAILABLE, err.body
            await asyncio.sleep(0.2)
    assert result["rows"] == [[5]]
    # the per-process cancel queue was declared and bound again
    request_id = new_request_id()
    running = asyncio.create_task(calls.execute("SELECT pg_sleep(10)", shop, request_id=request_id))
    await asyncio.to_thread(wait_for_backends, shop_db[1], [request_id])
    cancelled = await calls.rpc.call(EXECUTOR_CONTROL_EXCHANGE, "", Operation.CANCEL, {"requestId": request_id},
                                     request_id=new_request_id(), caller=ALICE, timeout=10)
    assert cancelled["cancelled"] is True
    with pytest.raises(ServiceError) as caught:
        await running
    assert caught.value.code is ErrorCode.CANCELLED
    assert (await tap.terminal(request_id))[-1].stage is Stage.CANCELLED
