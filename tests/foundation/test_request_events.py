"""RequestEvents numbering rules (pure logic: the publisher is a recorder)."""
import asyncio

import pytest

from broker.status import RequestEvents
from contracts.status import Feature, Stage


class _Recorder:
    def __init__(self):
        self.sent = []

    def send(self, event, user_id, *, on_done, **_routing):
        self.sent.append((event, user_id))
        on_done(None)  # confirmed at once


async def test_sequence_counts_from_one_and_nothing_follows_the_terminal_event():
    publisher = _Recorder()
    events = RequestEvents(publisher, Feature.QUERY_EXECUTION, "r1", "alice")
    await events.step(Stage.REQUEST_RECEIVED, "received", progress=5)
    await events.step(Stage.VALIDATION, "validating", progress=3)  # progress never goes back
    done = await events.succeed("done")
    assert [e.sequence for e, _ in publisher.sent] == [1, 2, 3]
    assert [e.progress for e, _ in publisher.sent] == [5, 5, 100]
    assert done.is_terminal
    with pytest.raises(RuntimeError):
        await events.fail("too late")


async def test_a_redelivered_command_continues_after_the_earlier_attempts_block():
    publisher = _Recorder()
    events = RequestEvents(publisher, Feature.NL_TO_SQL, "r2", "bob")
    events.resume_after_redelivery(2, 100)
    first = await events.step(Stage.REQUEST_RECEIVED, "received again")
    assert first.sequence == 201


def test_new_event_is_what_model_construct_builds():
    from broker.status import new_event
    from contracts.status import RealTimeStatusMessage, Status, utc_now

    values = {"feature": Feature.QUERY_EXECUTION, "request_id": "r3", "stage": Stage.EXECUTING,
              "status": Status.IN_PROGRESS, "message": "Running the query", "data": {"maxRows": 10},
              "timestamp": utc_now(), "sequence": 4, "progress": 50}
    ours, pydantics = new_event(dict(values)), RealTimeStatusMessage.model_construct(**values)
    assert ours.__getstate__() == pydantics.__getstate__()
    assert ours.to_json() == pydantics.to_json() and ours == pydantics
    assert ours == RealTimeStatusMessage.model_validate(values)


class _Later:
    """Settles events only when told to, with the outcome given."""

    def __init__(self):
        self.pending = []

    def send(self, event, user_id, *, on_done, **_routing):
        self.pending.append(on_done)

    def settle(self, index, error=None):
        self.pending[index](error)


async def test_the_terminal_event_waits_for_every_event_and_raises_if_one_was_given_up():
    from broker.outbox import OutboxGaveUp

    publisher = _Later()
    events = RequestEvents(publisher, Feature.QUERY_EXECUTION, "r4", "carol")
    await events.step(Stage.REQUEST_RECEIVED, "received")
    await events.step(Stage.VALIDATION, "valid")
    done = asyncio.create_task(events.succeed("done"))
    await asyncio.sleep(0)  # the terminal event is sent and waits
    publisher.settle(2)
    publisher.settle(0, OutboxGaveUp("the broker did not come back in time"))
    await asyncio.sleep(0)
    assert not done.done()  # event 2 is not settled yet
    publisher.settle(1)
    with pytest.raises(OutboxGaveUp):
        await asyncio.wait_for(done, 5)


async def test_confirmed_returns_at_once_when_everything_is_settled():
    publisher = _Recorder()
    events = RequestEvents(publisher, Feature.QUERY_EXECUTION, "r5", "dave")
    await events.step(Stage.REQUEST_RECEIVED, "received")
    await events.succeed("done", wait=False)
    await events.confirmed()
    assert events._all_settled is None


async def test_two_waiters_both_wait_for_the_same_events_and_a_cancelled_one_frees_neither():
    publisher = _Later()
    events = RequestEvents(publisher, Feature.QUERY_EXECUTION, "r6", "erin")
    await events.step(Stage.REQUEST_RECEIVED, "received")
    first, second = asyncio.create_task(events.confirmed()), asyncio.create_task(events.confirmed())
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.sleep(0)
    assert not second.done()
    publisher.settle(0)
    await asyncio.wait_for(second, 5)
    assert first.cancelled()
