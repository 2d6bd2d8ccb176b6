"""Several executor processes share the work (competing consumers on the quorum queue), and a
request whose executor dies mid-query is redelivered to another and still answered."""
from __future__ import annotations

import asyncio

from contracts.status import Stage
from tests.executor.conftest import new_request_id, wait_for_backends


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
