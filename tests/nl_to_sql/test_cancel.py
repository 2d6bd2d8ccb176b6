"""Cancelling a question while it waits for the LLM: the real gateway (DELETE /api/query/{id}),
the NL->SQL service with a fake Anthropic Messages API that takes 30 s to answer, the real
executor. The cancel drops the LLM's HTTP call, the request ends with one CANCELLED terminal
event, and the question's own POST answers 409 CANCELLED."""
from __future__ import annotations

import asyncio
import json
import time
import uuid
from pathlib import Path

import pytest
from aiohttp import web

from bench.serving import consumed
from broker.topology import NL_TO_SQL_CONTROL_EXCHANGE, NL_TO_SQL_KEY, command_queue
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from contracts.status import Stage, Status
from services.nl_to_sql.app import running_nl_to_sql
from tests.nl_to_sql.conftest import DEMO_ID, FakeLlm
from tests.nl_to_sql.test_rest_llm import gateway  # noqa: F401  (fixture)
from tests.nl_to_sql.test_service import settings_for

GOOD = "```sql\nSELECT count(*) FROM orders\n```"
SLOW_SECONDS = 30.0
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


class SlowLlm(FakeLlm):
    """Answers after `delay` seconds unless the caller hangs up first (then counted in `dropped`)."""

    def __init__(self, delay: float):
        super().__init__("anthropic")
        self.delay = delay
        self.dropped = 0
        self.answered = 0

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append({"headers": dict(request.headers), "body": body})
        until = time.monotonic() + self.delay
        while time.monotonic() < until:
            if request.transport is None or request.transport.is_closing():
                self.dropped += 1
                return web.Response(status=499)
            await asyncio.sleep(0.02)
        self.answered += 1
        return await self._reply(body)


@pytest.fixture
async def slow_llm():
    fake = await SlowLlm(SLOW_SECONDS).start()
    fake.answer = lambda body: GOOD
    yield fake
    await fake.close()


async def until(predicate, timeout: float = 20) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.02)


async def test_delete_during_the_llm_call_cancels_the_question(amqp_url, gateway, data_dir, slow_llm, tap):  # noqa: F811
    settings = settings_for("anthropic", slow_llm.url, timeout_seconds=60)
    request_id = f"nl-cancel-{uuid.uuid4().hex[:8]}"
    owner = gateway.headers(tap.user_id)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings) as service:
        await consumed(service.broker, command_queue(NL_TO_SQL_KEY))
        question = asyncio.create_task(gateway.http.post("/api/nl-to-sql", headers=owner, json={
            "question": "How many orders are there?", "databaseId": DEMO_ID, "clientRequestId": request_id}))
        await until(lambda: slow_llm.requests)  # the service is waiting for the model
        assert tap.events[request_id][-1].stage is Stage.LLM_CALL

        # Someone else's cancel is refused like an unknown id; nothing stops.
        async with gateway.http.delete(f"/api/query/{request_id}", headers=gateway.headers("intruder")) as other:
            assert other.status == 404
        started = time.monotonic()
        async with gateway.http.delete(f"/api/query/{request_id}", headers=owner) as response:
            assert (response.status, await response.json()) == (202, {"requestId": request_id, "cancelled": True})
        events = await tap.wait(request_id, timeout=SLOW_SECONDS / 3)
        cancelled_after = time.monotonic() - started
        async with await question as reply:
            problem = await reply.json(content_type=None)
            assert (reply.status, problem["code"]) == (409, "CANCELLED"), problem
        await until(lambda: slow_llm.dropped == 1, timeout=5)

        # Cancelling it again: it is not running any more.
        async with gateway.http.delete(f"/api/query/{request_id}", headers=owner) as again:
            assert again.status == 409 and (await again.json())["code"] == "CONFLICT"
        # The service goes on serving (the LLM slot was given back).
        slow_llm.delay = 0
        async with gateway.http.post("/api/nl-to-sql", headers=owner, json={
                "question": "How many orders are there?", "databaseId": DEMO_ID}) as after:
            assert after.status == 200, await after.text()

    terminal = [e for e in events if e.is_terminal]
    assert [e.stage for e in terminal] == [Stage.CANCELLED] and events[-1] is terminal[0]
    assert terminal[0].status is Status.ERROR and terminal[0].data["errorCode"] == "CANCELLED"
    assert terminal[0].data["databaseId"] == DEMO_ID and terminal[0].progress == events[-2].progress
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert events[-2].stage is Stage.LLM_CALL
    assert slow_llm.answered == 1 and len(slow_llm.requests) == 2  # only the second question's call
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "nl-cancel.json").write_text(json.dumps({"deleteToCancelledSeconds": round(cancelled_after, 3)}))
    print(f"DELETE -> CANCELLED event: {cancelled_after:.3f} s")


async def test_only_the_owner_or_an_admin_can_cancel_on_the_control_exchange(amqp_url, executor, rpc, tap,
                                                                              data_dir, slow_llm):
    settings = settings_for("anthropic", slow_llm.url, timeout_seconds=60)
    request_id = f"nl-cancel-{uuid.uuid4().hex[:8]}"
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings) as service:
        await consumed(service.broker, command_queue(NL_TO_SQL_KEY))
        question = asyncio.create_task(rpc.call(
            "querycast.commands", NL_TO_SQL_KEY, Operation.NL_TO_SQL,
            {"question": "How many orders are there?", "databaseId": DEMO_ID}, request_id=request_id,
            caller=Caller(user_id=tap.user_id, roles=[]), timeout=60))
        await until(lambda: slow_llm.requests)

        async def cancel(caller: Caller):
            return await rpc.call(NL_TO_SQL_CONTROL_EXCHANGE, "", Operation.CANCEL, {"requestId": request_id},
                                  request_id=f"c-{uuid.uuid4().hex[:8]}", caller=caller, timeout=5)

        with pytest.raises(ServiceError) as refused:
            await cancel(Caller(user_id="someone-else", roles=[]))
        assert refused.value.code is ErrorCode.FORBIDDEN and request_id in service.running
        assert await cancel(Caller(user_id="an-admin", roles=["admin"])) == {"requestId": request_id,
                                                                            "cancelled": True}
        with pytest.raises(ServiceError) as ended:
            await question
        assert ended.value.code is ErrorCode.CANCELLED
        events = await tap.wait(request_id)
        assert [e.stage for e in events if e.is_terminal] == [Stage.CANCELLED]
        assert request_id not in service.running
