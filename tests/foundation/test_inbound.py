"""Publisher confirms read straight off the wire (broker/inbound.py): the same outcome as pika's
own path for acks and nacks, single and `multiple`, whole or split across reads, in order with
the other frames; and against a real broker no Basic.Ack or Basic.Nack goes through pika's
generic frame processing any more."""
import asyncio
import uuid

import pytest
from pika import frame, spec
from pika.connection import Connection

from broker.confirms import ConfirmTracker
from broker.errors import PublishNacked
from broker.inbound import _on_data_available, _pikas_on_data_available
from tests.foundation.frame_wire import FrameWire


class _Wire(FrameWire):
    def _process_frame(self, value):
        super()._process_frame(value)


def _tracked(wire, channel=1, publishes=5):
    """A tracker with `publishes` outstanding, registered as pika's confirm_delivery does."""
    tracker = ConfirmTracker()
    wire.callbacks.add(channel, spec.Basic.Ack, tracker.on_confirm, False)
    wire.callbacks.add(channel, spec.Basic.Nack, tracker.on_confirm, False)
    outcomes = {}
    for tag in range(1, publishes + 1):
        tracker.expect(on_settled=lambda error, tag=tag: outcomes.setdefault(tag, error))
    return tracker, outcomes


def _ack(tag, multiple=False, channel=1):
    return frame.Method(channel, spec.Basic.Ack(delivery_tag=tag, multiple=multiple)).marshal()


def _nack(tag, multiple=False, channel=1):
    return frame.Method(channel, spec.Basic.Nack(delivery_tag=tag, multiple=multiple, requeue=False)).marshal()


def _outcomes(read, chunks):
    wire = _Wire()
    _, outcomes = _tracked(wire)
    for chunk in chunks:
        read(wire, chunk)
    return wire, {tag: type(error).__name__ if error else "ack" for tag, error in outcomes.items()}


CASES = {
    "single acks": [_ack(2), _ack(1)],
    "multiple ack": [_ack(3, multiple=True)],
    "multiple after single": [_ack(2), _ack(4, multiple=True)],
    "single nack": [_nack(2)],
    "multiple nack": [_nack(3, multiple=True), _ack(5)],
    "several frames in one read": [_ack(1) + _nack(2) + _ack(4, multiple=True)],
    "a frame split across reads": [_ack(1)[:9], _ack(1)[9:] + _ack(3, multiple=True)[:20], _ack(3, multiple=True)[20:]],
}


@pytest.mark.parametrize("chunks", CASES.values(), ids=CASES.keys())
def test_confirms_settle_as_through_pika_without_its_frame_processing(chunks):
    fast_wire, fast = _outcomes(_on_data_available, chunks)
    pika_wire, through_pika = _outcomes(_pikas_on_data_available, chunks)
    assert fast == through_pika and fast
    assert fast_wire.processed == [] and pika_wire.processed  # pika's path was not taken
    assert (fast_wire.bytes_received, fast_wire.frames_received) == (pika_wire.bytes_received,
                                                                    pika_wire.frames_received)
    assert fast_wire._frame_buffer == b""


def test_nack_outcome_is_publish_nacked_and_multiple_settles_only_up_to_its_tag():
    _, outcomes = _outcomes(_on_data_available, [_nack(2, multiple=True), _ack(3)])
    assert outcomes == {1: "PublishNacked", 2: "PublishNacked", 3: "ack"}


def test_other_frames_and_other_callbacks_take_pikas_path_in_order():
    wire = _Wire()
    _, outcomes = _tracked(wire, channel=1)
    seen = []
    wire.callbacks.add(2, spec.Basic.Ack, lambda value: seen.append(("channel 2", value.method.delivery_tag)), False)
    heartbeat = frame.Heartbeat().marshal()
    deliver = frame.Method(1, spec.Basic.Deliver(consumer_tag="c", delivery_tag=9, exchange="", routing_key="q")).marshal()
    _on_data_available(wire, _ack(1) + heartbeat + _ack(7, channel=2) + deliver + _ack(2))
    assert [type(v).__name__ for v in wire.processed] == ["Heartbeat", "Method", "Method"]
    assert seen == [("channel 2", 7)]  # a callback that is not a ConfirmTracker's: pika calls it
    assert wire.processed[2].method.NAME == "Basic.Deliver"
    assert sorted(outcomes) == [1, 2]


async def test_a_real_brokers_acks_and_nacks_skip_pikas_frame_processing(broker, monkeypatch):
    methods = []
    process_frame = Connection._process_frame

    def recording(self, value):
        if isinstance(value, frame.Method):
            methods.append(value.method.NAME)
        process_frame(self, value)

    monkeypatch.setattr(Connection, "_process_frame", recording)
    channel = broker.channel(confirms=True)
    await channel.wait_open(10)
    settled = []
    tracker = channel._confirm
    settle = tracker.settle
    monkeypatch.setattr(tracker, "settle", lambda tag, multiple, nack: (settled.append((tag, multiple, nack)),
                                                                       settle(tag, multiple, nack)))
    queue = f"qc-test-inbound-{uuid.uuid4().hex[:8]}"
    full = f"qc-test-inbound-full-{uuid.uuid4().hex[:8]}"
    try:
        await channel.queue_declare(queue, durable=False, auto_delete=False)
        # Holds one message and refuses (nacks) the next ones: the broker's own nack.
        await channel.queue_declare(full, durable=False, arguments={"x-max-length": 1, "x-overflow": "reject-publish"})
        acked = [channel.publish_nowait("", queue, f"m{n}".encode()) for n in range(200)]
        await asyncio.wait_for(asyncio.gather(*acked), 30)
        await channel.publish("", full, b"kept")
        for _ in range(2):
            with pytest.raises(PublishNacked):
                await channel.publish("", full, b"refused")
    finally:
        await channel.queue_delete(queue)
        await channel.queue_delete(full)
        await channel.close()
    assert "Basic.Ack" not in methods and "Basic.Nack" not in methods
    assert [nack for *_, nack in settled].count(True) == 2
    assert max(tag for tag, *_ in settled) == 203  # every publish settled through the fast path
