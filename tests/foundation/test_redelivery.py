"""A command whose executor is killed mid-query is redelivered to another executor (issue 13,
item 5): the request's stored timeline goes on numbering after the first attempt, never repeats
a sequence number, its progress never goes backwards, and it ends with one terminal event."""
from __future__ import annotations

import asyncio

import pytest

from tests.executor.conftest import ExecutorProcess, wait_for_consumers
from tests.executor.roles import create_reader, drop_reader
from tests.foundation.stack import DATABASE_ID, EXECUTOR_SECRET, running_stack, wait_ready


@pytest.fixture
async def stack(rabbit_node, control_db, make_database):
    name, _dsn = make_database("qc_redeliver")
    reader = create_reader(name)
    async with running_stack(rabbit_node, control_db, name, reader, with_executor=False) as running:
        await wait_ready(running.gateway)
        yield running
    drop_reader(reader, [name])


async def _timeline(stack, request_id: str, until, timeout: float = 30) -> list[dict]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    events: list[dict] = []
    while loop.time() < deadline:
        response = await stack.gateway.get(f"/api/requests/{request_id}/events", headers=stack.auth("alice"))
        if response.status == 200:
            events = (await response.json())["events"]
            if until(events):
                return events
        await asyncio.sleep(0.1)
    raise AssertionError(f"timeline of {request_id} never got there: {events}")


async def test_a_killed_executors_command_continues_its_timeline_on_another(stack):
    victim = await ExecutorProcess(stack.amqp_url, stack.control_dsn, QUERYCAST_SECRET_KEY=EXECUTOR_SECRET).start()
    try:
        await asyncio.to_thread(wait_for_consumers, stack.amqp_url, 1)
        response = await stack.gateway.post("/api/databases", headers=stack.auth("root", "admin"),
                                            json=stack.database_spec().to_dict())
        assert response.status == 201, await response.text()
        call = asyncio.create_task(stack.gateway.post(
            "/api/query/execute", headers=stack.auth("alice"),
            json={"sql": "SELECT pg_sleep(2), 42 AS answer", "databaseId": DATABASE_ID,
                  "clientRequestId": "killed-mid-query"}))
        first = await _timeline(stack, "killed-mid-query",
                                lambda events: any(e["stage"] == "EXECUTING" for e in events))
        victim.kill()
    finally:
        victim.stop()
    await stack.start_executor(register=False)
    response = await asyncio.wait_for(call, 60)
    assert response.status == 200, await response.text()
    assert (await response.json())["rows"][0][1] == 42

    events = await _timeline(stack, "killed-mid-query", lambda evs: evs and evs[-1]["status"] != "IN_PROGRESS")
    sequences = [e["sequence"] for e in events]
    progress = [e["progress"] for e in events]
    assert sequences == sorted(set(sequences)), sequences            # never one number twice
    assert sequences[:len(first)] == [e["sequence"] for e in first]  # the first attempt's events kept
    assert progress == sorted(progress), progress                    # never backwards (was 50 -> 5)
    retry = [e for e in events if e["sequence"] > first[-1]["sequence"]]
    assert retry[0]["stage"] == "REQUEST_RECEIVED" and retry[0]["data"]["attempt"] == 2
    assert retry[0]["progress"] >= first[-1]["progress"]
    assert [e["status"] for e in events].count("SUCCESS") == 1 and events[-1]["stage"] == "COMPLETED"
    assert sum(e["status"] != "IN_PROGRESS" for e in events) == 1
