"""RunningQuestions without a broker: who may cancel, what a cancel of a request whose terminal
event is already under way gets, and that a service shutdown is not taken for a user's cancel."""
from __future__ import annotations

import asyncio

import pytest

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller
from contracts.status import Stage
from services.nl_to_sql.control import RunningQuestions

OWNER = Caller(user_id="owner", roles=[])


class Events:
    """Records terminal events as RequestEvents would publish them."""

    def __init__(self):
        self.finished = False
        self.terminal: list[tuple[Stage, dict]] = []

    async def fail(self, message, data=None, stage=Stage.ERROR):
        assert not self.finished, "a second terminal event"
        self.finished = True
        self.terminal.append((stage, data))


async def started(running: RunningQuestions, events: Events, request_id: str = "r1") -> asyncio.Task:
    task = asyncio.create_task(running.run(request_id, OWNER.user_id, events, asyncio.sleep(60),
                                           {"databaseId": "demo"}))
    await asyncio.sleep(0)
    return task


async def test_the_owner_cancels_with_one_cancelled_terminal_event():
    running, events = RunningQuestions(), Events()
    task = await started(running, events)
    assert await running.cancel("unknown", OWNER) is None  # not ours: no answer
    reply = await running.cancel("r1", OWNER)
    assert reply.result == {"requestId": "r1", "cancelled": True}
    with pytest.raises(ServiceError) as ended:
        await task
    assert ended.value.code is ErrorCode.CANCELLED
    [(stage, data)] = events.terminal
    assert stage is Stage.CANCELLED and data["errorCode"] == "CANCELLED" and data["databaseId"] == "demo"
    assert "r1" not in running


async def test_someone_else_is_refused_and_an_admin_may():
    running, events = RunningQuestions(), Events()
    task = await started(running, events)
    refused = await running.cancel("r1", Caller(user_id="other", roles=[]))
    assert refused.error.code is ErrorCode.FORBIDDEN and not task.done()
    assert (await running.cancel("r1", Caller(user_id="root", roles=["admin"]))).result["cancelled"] is True
    with pytest.raises(ServiceError):
        await task


async def test_a_request_whose_terminal_event_is_under_way_cannot_be_cancelled():
    running, events = RunningQuestions(), Events()
    task = await started(running, events)
    events.finished = True  # e.g. COMPLETED is being confirmed
    reply = await running.cancel("r1", OWNER)
    assert reply.error.code is ErrorCode.CONFLICT and not task.done()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_a_shutdown_is_not_a_users_cancel():
    running, events = RunningQuestions(), Events()
    task = await started(running, events)
    task.cancel()  # the RPC worker stops: the command goes back to the queue
    with pytest.raises(asyncio.CancelledError):
        await task
    assert events.terminal == [] and "r1" not in running
