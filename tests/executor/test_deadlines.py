"""Issue 11, honest deadlines, through REST with a real recorder: time spent waiting for a pool
slot counts against a request's timeout, a request answered 504 has no backend query left, and
every request has exactly one terminal event in its history, also when the gateway gives up
before the executor finishes (the hand-off rule in services/executor/deadlines.py)."""
from __future__ import annotations

import asyncio
import time

import psycopg2
import pytest

from services.recorder.app import running_recorder
from tests.executor.conftest import new_request_id, open_gateway

# The case (8 x pg_sleep(12), timeoutSeconds 15, pool 5) with shorter times, same shape:
# five run at once, three wait for a slot for most of their limit.
REQUESTS, SLEEP, TIMEOUT = 8, 4, 5
GRACE = 2.0  # the `rest` gateway's QUERYCAST_RPC_GRACE_SECONDS


@pytest.fixture(scope="module")
async def recorder(amqp_url, exec_control_db, executor):
    async with running_recorder(amqp_url=amqp_url, database_url=exec_control_db, flush_interval=0.05):
        yield


def active_backends(dsn: str, request_id: str) -> int:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                        " AND application_name LIKE %s", (f"%/{request_id}",))
            return cur.fetchone()[0]
    finally:
        conn.close()


async def history(rest, request_id: str, settle_until: float) -> list[dict]:
    """The request's stored events once the recorder has a terminal one and every moment a
    second one could be published (the gateway's deadline) is past."""
    while True:
        status, body = await rest.get(f"/api/requests/{request_id}/events")
        events = body.get("events", []) if status == 200 else []
        if any(e["status"] != "IN_PROGRESS" for e in events) and time.monotonic() > settle_until:
            return events
        await asyncio.sleep(0.2)


def terminal(events: list[dict]) -> list[dict]:
    return [e for e in events if e["status"] != "IN_PROGRESS"]


async def test_concurrent_sleeps_on_a_small_pool_each_end_once_and_504s_leave_no_query(
        rest, shop, shop_db, recorder):
    ids = [new_request_id() for _ in range(REQUESTS)]
    gone_at_answer: dict[str, int] = {}

    async def run(request_id: str):
        status, body = await rest.post("/api/query/execute", {
            "sql": f"SELECT pg_sleep({SLEEP})", "databaseId": shop, "timeoutSeconds": TIMEOUT,
            "clientRequestId": request_id})
        if status == 504:  # at the moment of the answer, nothing of it may still run
            gone_at_answer[request_id] = await asyncio.to_thread(active_backends, shop_db[1], request_id)
        return status, body

    started = time.monotonic()
    answers = await asyncio.gather(*(run(r) for r in ids))
    statuses = sorted(status for status, _ in answers)
    assert statuses == [200] * 5 + [504] * 3, answers
    for status, body in answers:
        if status == 504:
            assert body["code"] == "QUERY_TIMEOUT" and body["sqlState"] == "57014", body
    assert gone_at_answer and set(gone_at_answer.values()) == {0}

    settle = started + TIMEOUT + GRACE + 1.0  # after the gateway's own deadline
    timelines = await asyncio.gather(*(history(rest, r, settle) for r in ids))
    for request_id, events in zip(ids, timelines):
        assert len(terminal(events)) == 1, (request_id, events)
        sequences = [e["sequence"] for e in events]
        assert len(set(sequences)) == len(sequences), (request_id, sequences)
        assert terminal(events)[0]["sequence"] == max(sequences)
    timed_out = [events for events in timelines if terminal(events)[0]["stage"] == "TIMEOUT"]
    assert len(timed_out) == 3


class SlowTerminalEvents:
    """The executor's publisher, with terminal events taking `delay` seconds to go out (a broker
    slow to confirm): the executor decides to publish, and the event leaves later."""

    def __init__(self, inner, delay: float):
        self._inner, self._delay = inner, delay

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def for_request(self, *args, **kwargs):
        events = self._inner.for_request(*args, **kwargs)
        fail, delay = events.fail, self._delay

        async def slow_fail(*a, **k):
            await asyncio.sleep(delay)
            return await fail(*a, **k)

        events.fail = slow_fail
        return events


@pytest.mark.parametrize("margin, publish_delay, owner", [
    (1.0, 0.3, "executor"),   # the default margin: the executor ends 1 s early and owns the end
    (1.0, 0.6, "executor"),   # decided before the hand-off, the event leaves after it: the reply
                              # still goes out at once and says what the history says
    (0.3, 0.4, "gateway"),    # the executor finishes 0.3 s early, its event would leave too late
    (0.5, 0.0, None),         # on the hand-off itself: either one, never both
    (0.0, 0.0, "gateway"),    # the executor runs up to the gateway's deadline
])
async def test_when_the_gateway_gives_up_first_there_is_still_one_terminal_event(
        amqp_url, exec_control_db, rabbit_node, executor, shop, shop_db, recorder, monkeypatch,
        margin, publish_delay, owner):
    """No grace: the gateway's deadline is the statement limit itself, and the executor's
    margin decides how close to it the query ends. Before the hand-off the executor publishes
    TIMEOUT; after it, it stays silent and the gateway's 504 DEADLINE_EXCEEDED is the one
    terminal event."""
    query_executor = executor.executor
    monkeypatch.setattr(query_executor, "_settings",
                        query_executor._settings.replace(deadline_margin_seconds=margin))
    monkeypatch.setattr(query_executor, "_publisher", SlowTerminalEvents(query_executor._publisher,
                                                                         publish_delay))
    async with open_gateway(amqp_url, exec_control_db, rabbit_node, rpc_grace_seconds=0.0) as rest:
        request_id = new_request_id()
        started = time.monotonic()
        status, body = await rest.post("/api/query/execute", {
            "sql": "SELECT pg_sleep(1) FROM generate_series(1, 20)", "databaseId": shop, "timeoutSeconds": 3,
            "clientRequestId": request_id})
        assert status == 504, body
        for _ in range(20):  # cancelled by its statement timeout, at the latest the deadline
            if await asyncio.to_thread(active_backends, shop_db[1], request_id) == 0:
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError("the query still runs after the 504")
        events = await history(rest, request_id, started + 3 + 2.0)
    ends = terminal(events)
    assert len(ends) == 1, events
    if owner == "executor":
        assert body["code"] == "QUERY_TIMEOUT" and ends[0]["stage"] == "TIMEOUT"
    elif owner == "gateway":
        assert body["code"] == "DEADLINE_EXCEEDED"
        assert ends[0]["stage"] == "ERROR" and ends[0]["data"]["errorCode"] == "DEADLINE_EXCEEDED"
    sequences = [e["sequence"] for e in events]
    assert len(set(sequences)) == len(sequences)
