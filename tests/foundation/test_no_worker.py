"""No executor consuming the command queue: POST /api/query/execute answers 503 UNAVAILABLE with
retryAfterSeconds at once, not after its deadline (issue 13, item 4); a command that a worker
holds longer than its deadline is still answered 504."""
from __future__ import annotations

import asyncio
import time

import pytest

from broker import RpcWorker
from broker.connection import Broker
from broker.topology import QUERY_EXECUTION_KEY, command_queue
from contracts.rpc import Operation
from tests.foundation.stack import DATABASE_ID, running_stack, wait_ready

DEADLINE_SECONDS = 30  # timeoutSeconds of the request; the gateway waits that plus its grace


@pytest.fixture
async def stack(rabbit_node, control_db, make_database):
    name, _dsn = make_database("qc_noworker")
    async with running_stack(rabbit_node, control_db, name, "nobody", with_executor=False,
                             rpc_grace_seconds=1.0) as running:
        await wait_ready(running.gateway)
        yield running


async def test_no_executor_is_503_at_once_with_retry_after(stack):
    started = time.monotonic()
    response = await stack.gateway.post(
        "/api/query/execute", headers=stack.auth("alice"),
        json={"sql": "SELECT 1", "databaseId": DATABASE_ID, "timeoutSeconds": DEADLINE_SECONDS,
              "clientRequestId": "no-worker-1"})
    elapsed = time.monotonic() - started
    assert response.status == 503, await response.text()
    problem = await response.json()
    assert problem["code"] == "UNAVAILABLE" and problem["retryable"] is True
    assert problem["requestId"] == "no-worker-1"
    assert problem["retryAfterSeconds"] > 0
    assert int(response.headers["Retry-After"]) == problem["retryAfterSeconds"]
    assert "executor" in problem["detail"]
    assert elapsed < DEADLINE_SECONDS / 3, f"answered after {elapsed:.1f} s, as if it waited for the deadline"

    # The history says the same: one terminal ERROR event (the gateway's own).
    events = await _events(stack, "no-worker-1")
    assert [(e["stage"], e["status"]) for e in events] == [("ERROR", "ERROR")]
    assert events[0]["data"]["errorCode"] == "UNAVAILABLE"


async def test_a_worker_that_holds_the_command_past_its_deadline_is_504(stack):
    broker = await Broker(stack.amqp_url, "querycast-test-sleepy-worker", max_backoff=1.0).start()
    worker = RpcWorker(broker, command_queue(QUERY_EXECUTION_KEY), app_id="sleepy-worker")
    held = asyncio.Event()

    async def sleepy(command, _delivery):
        held.set()
        await asyncio.sleep(30)
        return {}

    worker.handle(Operation.EXECUTE, sleepy)
    await worker.start()
    try:
        await asyncio.sleep(1.2)  # past the consumer-count cache: the gateway sees the consumer
        response = await stack.gateway.post(
            "/api/query/execute", headers=stack.auth("alice"),
            json={"sql": "SELECT 1", "databaseId": DATABASE_ID, "timeoutSeconds": 1,
                  "clientRequestId": "held-1"})
        assert held.is_set()
        assert response.status == 504, await response.text()
        problem = await response.json()
        assert problem["code"] == "DEADLINE_EXCEEDED" and problem["retryable"] is True
    finally:
        await worker.close()
        await broker.close()


async def _events(stack, request_id: str, attempts: int = 100) -> list[dict]:
    for _ in range(attempts):
        response = await stack.gateway.get(f"/api/requests/{request_id}/events", headers=stack.auth("alice"))
        if response.status == 200:
            events = (await response.json())["events"]
            if events:
                return events
        await asyncio.sleep(0.1)
    raise AssertionError(f"no stored events for {request_id}")
