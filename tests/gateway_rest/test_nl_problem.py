"""The REST problem body of a failed NL->SQL request carries what its ERROR event carries
(`attempts`, `validationErrors`), and Retry-After is never sooner than the service asked."""
from __future__ import annotations

import pytest

from broker import RpcWorker, StatusPublisher, declare_topology
from broker.topology import NL_TO_SQL_KEY, command_queue
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Operation
from contracts.status import Feature

PROBLEM = "application/problem+json"
ERRORS = {
    "rejected": ServiceError(ErrorCode.SQL_REJECTED, "No valid query after 3 attempts: Column 'x' does not exist.",
                             details={"attempts": 3, "validationErrors": ["Column 'x' does not exist.",
                                                                          "Table 'y' does not exist."]}),
    "slow": ServiceError(ErrorCode.RATE_LIMITED, "The language model (anthropic) rate-limited this request.",
                         retryable=True, retry_after_seconds=2.5),
}


@pytest.fixture
async def stub_nl(broker):
    setup = broker.channel(confirms=False)
    await setup.add_setup(declare_topology)
    await setup.queue_purge(command_queue(NL_TO_SQL_KEY))
    status = StatusPublisher(broker, "stub-nl")
    worker = RpcWorker(broker, command_queue(NL_TO_SQL_KEY), app_id="stub-nl")

    async def generate(command, _delivery):
        err = ERRORS[command.payload["question"]]
        events = status.for_request(Feature.NL_TO_SQL, command.request_id, command.caller.user_id)
        await events.fail(err.body.message, {**err.event_data(), **(err.body.details or {})})
        raise err

    worker.handle(Operation.NL_TO_SQL, generate)
    await worker.start()
    yield
    await worker.close()
    await status.close()
    await setup.close()


async def test_rejected_question_problem_lists_attempts_and_every_validation_error(gateway, auth, stub_nl):
    response = await gateway.post("/api/nl-to-sql", headers=auth(),
                                  json={"question": "rejected", "databaseId": "shop"})
    assert response.status == 422 and response.content_type == PROBLEM
    problem = await response.json()
    assert problem["code"] == "SQL_REJECTED" and problem["attempts"] == 3
    assert problem["validationErrors"] == ["Column 'x' does not exist.", "Table 'y' does not exist."]


async def test_retry_after_is_rounded_up(gateway, auth, stub_nl):
    response = await gateway.post("/api/nl-to-sql", headers=auth(), json={"question": "slow", "databaseId": "shop"})
    assert response.status == 429
    assert response.headers["Retry-After"] == "3" and (await response.json())["retryAfterSeconds"] == 2.5
    assert "attempts" not in await response.json()
