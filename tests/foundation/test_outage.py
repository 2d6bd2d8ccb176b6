"""The broker node stops for 60 s while REST clients send ~20 POST /api/query/execute a second
(issue 13, item 3): every request whose query ran ends with all its events, in order and with
its terminal event, in the recorder's history once the broker is back, and every REST client
got either its result or a retryable 503."""
from __future__ import annotations

import asyncio
import time
import uuid

import aiopg
import pytest

from tests.executor.roles import create_reader, drop_reader
from tests.foundation.stack import DATABASE_ID, running_stack, wait_ready

pytestmark = pytest.mark.outage

RATE_PER_SECOND = 20
OUTAGE_SECONDS = 60
BEFORE_SECONDS = 5
AFTER_SECONDS = 8
# Long enough to outlast `rabbitmqctl stop_app` on a loaded machine, so these queries finish
# during the outage; their last events can only reach the broker afterwards.
SLOW_SQL = "SELECT pg_sleep(15), %d AS n"
FAST_SQL = "SELECT pg_sleep(0.05), %d AS n"


@pytest.fixture
async def customer_db(make_database):
    name, _dsn = make_database("qc_outage")
    reader = create_reader(name)
    yield name, reader
    drop_reader(reader, [name])


async def stored_history(dsn: str) -> dict[str, list[tuple[int, str, str]]]:
    async with aiopg.connect(dsn) as conn, conn.cursor() as cur:
        await cur.execute("SELECT request_id, sequence, stage, status FROM status_events ORDER BY request_id, sequence")
        rows = await cur.fetchall()
    history: dict[str, list[tuple[int, str, str]]] = {}
    for request_id, sequence, stage, status in rows:
        history.setdefault(request_id, []).append((sequence, stage, status))
    return history


async def _until_executing(stack, request_ids: list[str], timeout: float = 30) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not all(rid in stack.emitted.query_ran() for rid in request_ids):
        assert loop.time() < deadline, "the slow queries never started"
        await asyncio.sleep(0.05)


class Load:
    """Fire requests at a steady rate, each on its own task; remember every answer."""

    def __init__(self, stack):
        self.stack = stack
        self.headers = stack.auth("alice")
        self.answers: dict[str, tuple[int, dict]] = {}
        self.tasks: list[asyncio.Task] = []
        self.n = 0

    def fire(self, sql: str) -> str:
        self.n += 1
        request_id = f"outage-{self.n}-{uuid.uuid4().hex[:6]}"
        self.tasks.append(asyncio.create_task(self._one(request_id, sql % self.n)))
        return request_id

    async def _one(self, request_id: str, sql: str) -> None:
        response = await self.stack.gateway.post(
            "/api/query/execute", headers=self.headers,
            json={"sql": sql, "databaseId": DATABASE_ID, "clientRequestId": request_id})
        self.answers[request_id] = (response.status, await response.json())

    async def run_for(self, seconds: float) -> None:
        interval = 1 / RATE_PER_SECOND
        start = time.monotonic()
        while time.monotonic() - start < seconds:
            self.fire(FAST_SQL)
            await asyncio.sleep(interval)


async def test_a_60_second_broker_outage_under_load_loses_no_event(rabbit_node, control_db, customer_db):
    async with running_stack(rabbit_node, control_db, *customer_db) as stack:
        await wait_ready(stack.gateway)
        load = Load(stack)
        await load.run_for(BEFORE_SECONDS)
        slow = [load.fire(SLOW_SQL) for _ in range(4)]
        await _until_executing(stack, slow)
        await asyncio.to_thread(rabbit_node.stop_app)
        stopped = time.monotonic()
        try:
            await load.run_for(OUTAGE_SECONDS - (time.monotonic() - stopped))
        finally:
            await asyncio.to_thread(rabbit_node.start_app)
        await stack.executor.broker.wait_connected(60)
        await load.run_for(AFTER_SECONDS)
        await asyncio.wait_for(asyncio.gather(*load.tasks), 180)

        statuses = [status for status, _ in load.answers.values()]
        assert len(statuses) == load.n
        assert set(statuses) <= {200, 503}, sorted(set(statuses))
        for status, body in load.answers.values():
            if status == 503:
                assert body["code"] == "UNAVAILABLE" and body["retryable"] is True, body
        assert statuses.count(200) >= RATE_PER_SECOND * BEFORE_SECONDS // 2, "requests before the outage succeed"
        assert statuses.count(503) >= RATE_PER_SECOND * OUTAGE_SECONDS // 2, "requests during the outage get 503"

        ran = stack.emitted.query_ran()
        assert ran, "no query ran"
        emitted = {rid: [(e.sequence, e.stage.value, e.status.value) for e in ev.history]
                   for rid, ev in ran.items()}
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while True:
            history = await stored_history(stack.control_dsn)
            missing = {rid for rid, events in emitted.items() if history.get(rid) != events}
            if not missing or loop.time() > deadline:
                break
            await asyncio.sleep(0.5)

        assert not missing, {rid: (emitted[rid], history.get(rid)) for rid in sorted(missing)[:5]}
        for rid, events in history.items():
            assert [seq for seq, _, _ in events] == list(range(1, len(events) + 1)), (rid, events)
            terminal = [status for _, _, status in events if status != "IN_PROGRESS"]
            assert terminal and events[-1][2] != "IN_PROGRESS" and len(terminal) == 1, (rid, events)
        # The queries running when the node stopped finished during the outage: their last
        # events waited in the executor's outbox and reached the history afterwards.
        assert set(slow) <= set(ran)
        assert all(history[rid][-1][1] == "COMPLETED" for rid in slow), {rid: history[rid] for rid in slow}
        assert stack.executor.executor._publisher.outbox.republished > 0
        for rid, (status, body) in load.answers.items():
            if status == 200:
                assert history[rid][-1][1] == "COMPLETED" and body["rowCount"] == 1, rid
