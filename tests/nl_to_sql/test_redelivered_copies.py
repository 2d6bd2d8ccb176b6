"""A copy of an NL->SQL command that RabbitMQ redelivers (the first copy's ack was lost with the
connection) gets the first copy's answer: the question does not run twice and the request gets
no second terminal event (a failover test saw two COMPLETED events without this)."""
from __future__ import annotations

import asyncio

import pytest

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.control import RunningQuestions
from tests.nl_to_sql.test_cancel_logic import OWNER, Events


class Work:
    """A question's work that counts its runs and finishes when told to."""

    def __init__(self, answer: dict | None = None, error: ServiceError | None = None):
        self.runs = 0
        self.release = asyncio.Event()
        self.answer, self.error = answer, error

    async def __call__(self) -> dict:
        self.runs += 1
        await self.release.wait()
        if self.error is not None:
            raise self.error
        return dict(self.answer or {})


async def test_a_copy_arriving_while_the_first_runs_gets_its_answer_without_a_second_run():
    running, work = RunningQuestions(), Work({"sql": "SELECT 1"})
    first = asyncio.create_task(running.run("r1", OWNER.user_id, Events(), work()))
    await asyncio.sleep(0)
    copy = asyncio.create_task(running.earlier_answer("r1", OWNER.user_id))
    await asyncio.sleep(0)
    assert not copy.done()
    work.release.set()
    assert await first == await copy == {"sql": "SELECT 1"}
    assert work.runs == 1


async def test_a_copy_after_the_answer_gets_the_same_answer_or_error():
    running = RunningQuestions()
    done = Work({"sql": "SELECT 2"})
    done.release.set()
    assert await running.run("ok", OWNER.user_id, Events(), done()) == {"sql": "SELECT 2"}
    assert await running.earlier_answer("ok", OWNER.user_id) == {"sql": "SELECT 2"}

    failed = Work(error=ServiceError(ErrorCode.SQL_REJECTED, "no"))
    failed.release.set()
    with pytest.raises(ServiceError):
        await running.run("bad", OWNER.user_id, Events(), failed())
    with pytest.raises(ServiceError) as again:
        await running.earlier_answer("bad", OWNER.user_id)
    assert again.value.code is ErrorCode.SQL_REJECTED
    assert done.runs == failed.runs == 1


async def test_unknown_requests_and_other_users_run_normally():
    running = RunningQuestions()
    done = Work({"sql": "SELECT 3"})
    done.release.set()
    await running.run("r3", OWNER.user_id, Events(), done())
    assert await running.earlier_answer("never-seen", OWNER.user_id) is None
    assert await running.earlier_answer("r3", "someone-else") is None


async def test_a_copy_of_a_cancelled_question_is_answered_cancelled():
    running, events = RunningQuestions(), Events()
    first = asyncio.create_task(running.run("r4", OWNER.user_id, events, Work()()))
    await asyncio.sleep(0)
    await running.cancel("r4", OWNER)
    with pytest.raises(ServiceError):
        await first
    with pytest.raises(ServiceError) as copy:
        await running.earlier_answer("r4", OWNER.user_id)
    assert copy.value.code is ErrorCode.CANCELLED
    assert len(events.terminal) == 1
