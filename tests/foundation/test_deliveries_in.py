"""Deliveries read straight off the wire (broker/inbound.py, broker/decode.py): a consumer's
callback gets what pika's own path gives it, field for field (method, every property, headers of
every type, the body), whole or split across reads, one frame or several per body; what pika
would not hand to a consumer still takes pika's path; and against a real broker the commands a
worker consumes never reach pika's frame processing."""
import asyncio
import datetime
import decimal
import uuid

import pytest
from pika import frame, spec
from pika.channel import Channel
from pika.connection import Connection

from broker import decode
from broker.inbound import _on_data_available, _pikas_on_data_available
from tests.foundation.frame_wire import FrameWire

PROPERTIES = {
    "none": spec.BasicProperties(),
    "a command": spec.BasicProperties(
        content_type="application/json", delivery_mode=2, correlation_id="r-Ünïcode-0123",
        reply_to="amq.rabbitmq.reply-to.g1h2AA5yZXBseUAxMjM0NTY3OA==.abc", expiration="25000",
        message_id="9f1c0e2a", timestamp=1_764_600_000, app_id="querycast-gateway",
        headers={"x-request-id": "r-1", "x-user-id": "bøb", "x-operation": "query.execute",
                 "x-delivery-count": 2}),
    "every field and header type": spec.BasicProperties(
        content_type="text/plain", content_encoding="gzip", delivery_mode=1, priority=7, correlation_id="",
        reply_to="r", expiration="1", message_id="m", timestamp=2**40, type="t", user_id="guest", app_id="a",
        cluster_id="c",
        headers={"s": "x" * 300, "b": b"\xff\xfe not utf-8", "i": -5, "big": 2**40, "neg": -(2**40), "t": True,
                 "f": False, "d": decimal.Decimal("1.25"), "ts": datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC),
                 "list": [1, "two", [3], {"k": None}], "table": {"nested": {"deep": "é"}}, "none": None}),
}


def _deliver(channel=1, tag=7, consumer="ctag-1", props=None, body=b'{"operation":"x"}', body_max=131_064,
             redelivered=False):
    props = props if props is not None else PROPERTIES["a command"]
    parts = [frame.Method(channel, spec.Basic.Deliver(consumer_tag=consumer, delivery_tag=tag, redelivered=redelivered,
                                                      exchange="querycast.commands",
                                                      routing_key="query-execution")).marshal(),
             frame.Header(channel, len(body), props).marshal()]
    parts += [frame.Body(channel, body[i:i + body_max]).marshal() for i in range(0, len(body), body_max)]
    return b"".join(parts)


class _Wire(FrameWire):
    """With pika's channels too: frames no callback takes are routed as pika routes a delivery's
    frames (to the channel's content assembler)."""

    def __init__(self):
        super().__init__()
        self.delivered = []
        self._channels = {}
        for number in (1, 2):
            channel = self._channels[number] = Channel(self, number, lambda _ch: None)
            channel._consumers["ctag-1"] = self._consumer
        self._channels[1]._cancelled.add("ctag-cancelled")
        self._channels[1]._consumers["ctag-cancelled"] = self._consumer

    def _consumer(self, channel, method, properties, body):
        self.delivered.append((channel.channel_number, type(method), vars(method), vars(properties), body))

    def _process_frame(self, value):
        if super()._process_frame(value):
            return
        if value.channel_number > 0:  # not a heartbeat
            self._channels[value.channel_number]._handle_content_frame(value)


def _read(read, chunks):
    wire = _Wire()
    for chunk in chunks:
        read(wire, chunk)
    return wire


def _split_everywhere(data):
    return [[data[:i], data[i:]] for i in range(1, len(data))]


CASES = {
    **{f"properties: {name}": [_deliver(props=props)] for name, props in PROPERTIES.items()},
    "an empty body": [_deliver(body=b"")],
    "a body in several frames": [_deliver(body=b"x" * 1000, body_max=300)],
    "redelivered, a large tag": [_deliver(tag=2**63 + 5, redelivered=True)],
    "two deliveries and an ack in one read, two channels": [
        _deliver(tag=1) + frame.Method(1, spec.Basic.Ack(delivery_tag=3)).marshal() + _deliver(channel=2, tag=2)],
    "a heartbeat between deliveries": [_deliver(tag=1) + frame.Heartbeat().marshal() + _deliver(tag=2)],
}


@pytest.mark.parametrize("chunks", CASES.values(), ids=CASES.keys())
def test_deliveries_reach_the_consumer_as_through_pika_without_its_frame_processing(chunks):
    fast, through_pika = _read(_on_data_available, chunks), _read(_pikas_on_data_available, chunks)
    assert fast.delivered == through_pika.delivered and fast.delivered
    assert not [v for v in fast.processed if isinstance(v, (frame.Header, frame.Body))]
    assert (fast.bytes_received, fast.frames_received) == (through_pika.bytes_received, through_pika.frames_received)
    assert fast._frame_buffer == b""


def test_a_delivery_split_across_reads_anywhere_arrives_once_and_the_same():
    data = _deliver(body=b"x" * 50, body_max=20)
    expected = _read(_pikas_on_data_available, [data]).delivered
    for chunks in _split_everywhere(data):
        wire = _read(_on_data_available, chunks)
        assert wire.delivered == expected, len(chunks[0])
        assert wire.processed == []  # the frames wait for the rest instead of going through pika
        assert wire.frames_received == 5 and wire._frame_buffer == b""


@pytest.mark.parametrize("consumer", ["ctag-cancelled", "ctag-unknown"])
def test_deliveries_pika_would_not_hand_to_a_consumer_take_pikas_path(consumer):
    wire = _Wire()
    rejected = []
    wire._channels[1].basic_reject = lambda tag: rejected.append(tag)
    wire._channels[1]._set_state(Channel.OPEN)
    wire._channels[1]._consumers_with_noack = set()
    _on_data_available(wire, _deliver(consumer=consumer))
    assert wire.delivered == [] and len(wire.processed) == 3
    assert rejected == ([7] if consumer == "ctag-cancelled" else [])


def test_properties_decode_as_pikas_field_for_field():
    for props in PROPERTIES.values():
        encoded = b"".join(props.encode())
        ours, end = decode.properties(b"pad" + encoded, 3)
        assert vars(ours) == vars(spec.BasicProperties().decode(encoded)) and end == 3 + len(encoded)
    assert decode.properties(b"\x00\x01", 0) is None  # a second flag word: pika's path


async def test_a_real_brokers_deliveries_skip_pikas_frame_processing(broker, monkeypatch):
    frames = []
    process_frame = Connection._process_frame

    def recording(self, value):
        frames.append(type(value).__name__ if not isinstance(value, frame.Method) else value.method.NAME)
        process_frame(self, value)

    monkeypatch.setattr(Connection, "_process_frame", recording)
    channel = broker.channel(confirms=True, prefetch=50)
    await channel.wait_open(10)
    queue = f"qc-test-deliveries-{uuid.uuid4().hex[:8]}"
    received = []
    got_all = asyncio.Event()

    async def collect(delivery):
        received.append(delivery)
        delivery.ack()
        if len(received) == 100:
            got_all.set()

    props = spec.BasicProperties(content_type="application/json", correlation_id="c-1", reply_to="replies",
                                 headers={"x-request-id": "r-1", "x-user-id": "bøb", "n": 5})
    try:
        await channel.queue_declare(queue, durable=False, auto_delete=False)
        await channel.consume(queue, collect)
        for n in range(100):
            channel.publish_nowait("", queue, b"m%d" % n + b"x" * (n * 3000), props)
        await asyncio.wait_for(got_all.wait(), 30)
    finally:
        await channel.queue_delete(queue)
        await channel.close()
    assert "Basic.Deliver" not in frames and "Header" not in frames and "Body" not in frames
    assert [d.body for d in received] == [b"m%d" % n + b"x" * (n * 3000) for n in range(100)]
    assert [d.delivery_tag for d in received] == list(range(1, 101))
    first = received[0]
    assert (first.routing_key, first.exchange, first.redelivered) == (queue, "", False)
    assert (first.properties.correlation_id, first.properties.reply_to, first.properties.headers) == (
        "c-1", "replies", {"x-request-id": "r-1", "x-user-id": "bøb", "n": 5})
