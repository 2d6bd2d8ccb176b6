"""RequestEvents numbering rules (pure logic: the publisher is a recorder)."""
import asyncio

import pytest

from broker.status import RequestEvents
from contracts.status import Feature, Stage


class _Recorder:
    def __init__(self):
        self.sent = []

    def send(self, event, user_id, **_routing):
        self.sent.append((event, user_id))
        confirmed = asyncio.get_running_loop().create_future()
        confirmed.set_result(None)
        return confirmed


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
