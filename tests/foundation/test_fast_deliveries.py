"""Whole deliveries read straight off the wire (broker/fast_deliveries.py): the consumer gets
what pika's own path gives it (the same Basic.Deliver fields, the same properties field for
field, the same body), in the same order as every other frame, whole or split across reads; and
on a real broker the RPC client's replies skip pika's frame processing while a consumer that did
not ask for the fast path keeps it."""
import asyncio
import uuid

import pytest
from pika import frame, spec
from pika.callback import CallbackManager
from pika.channel import Channel
from pika.connection import Connection

from broker import RpcClient
from broker.fast_deliveries import FAST, _on_data_available, install
from broker.inbound import _on_data_available as inbound_on_data_available
from broker.rpc import REPLY_TO
from contracts.rpc import Caller


class _Wire:
    """The parts of a pika Connection that reading frames uses (pika's own methods), with real
    pika Channels; the frames that reach `_process_frame` are recorded."""

    _trim_frame_buffer = Connection._trim_frame_buffer
    _read_frame = Connection._read_frame
    _process_callbacks = Connection._process_callbacks
    _has_pending_callbacks = Connection._has_pending_callbacks
    _is_method_frame = Connection._is_method_frame
    _deliver_frame_to_channel = Connection._deliver_frame_to_channel
    _on_data_available = Connection._on_data_available  # the class's reader: pika's own
    is_closed = False

    def __init__(self):
        self._frame_buffer = b""
        self.bytes_received = 0
        self.frames_received = 0
        self._heartbeat_checker = None
        self.callbacks = CallbackManager()
        self._channels = {}
        self.processed = []
        self.seen = []

    def _process_frame(self, value):
        self.processed.append(type(value).__name__)
        Connection._process_frame(self, value)

    def consumer(self, channel_number, tag, *, fast):
        channel = self._channels.get(channel_number) or Channel(self, channel_number, lambda _ch: None)
        self._channels[channel_number] = channel

        def on_message(ch, method, properties, body):
            self.seen.append((ch.channel_number, method.consumer_tag, method.delivery_tag, method.redelivered,
                              method.exchange, method.routing_key, dict(vars(properties)), body))

        if fast:
            setattr(on_message, FAST, True)
        channel._consumers[tag] = on_message


def _delivery(channel, tag, delivery_tag, body, properties, *, redelivered=False, body_max=4096,
              exchange="", routing_key="amq.gen-reply"):
    method = spec.Basic.Deliver(consumer_tag=tag, delivery_tag=delivery_tag, redelivered=redelivered,
                                exchange=exchange, routing_key=routing_key)
    parts = [frame.Method(channel, method).marshal(), frame.Header(channel, len(body), properties).marshal()]
    parts += [frame.Body(channel, body[i:i + body_max]).marshal() for i in range(0, len(body), body_max)]
    return b"".join(parts)


FULL = spec.BasicProperties(
    content_type="application/json", content_encoding="utf-8", delivery_mode=2, priority=3,
    headers={"x-request-id": "r1", "x-sequence": 7, "nested": {"a": [1, "b", True]}, "bytes": b"\x00\xff"},
    correlation_id="0b5c7a1e-9f3e-4c57-9d0f-3a1c2b4d5e6f", reply_to="amq.rabbitmq.reply-to.g1h2",
    expiration="60000", message_id="m-1", timestamp=1764633600, type="reply", user_id="guest",
    app_id="querycast-executor", cluster_id="c1")
REPLY = spec.BasicProperties(content_type="application/json", correlation_id="req-1", app_id="querycast-executor")

STREAM = b"".join((
    _delivery(1, "fast", 1, b'{"result":{"rows":[[1]]}}', REPLY),
    frame.Heartbeat().marshal(),
    _delivery(1, "fast", 2, b"", spec.BasicProperties()),  # an empty body: no body frame at all
    _delivery(2, "slow", 1, b"taken by pika", REPLY),  # a consumer that did not ask for the fast path
    _delivery(1, "fast", 3, bytes(range(256)) * 40, FULL, redelivered=True, exchange="x", routing_key="k"),
    frame.Method(1, spec.Basic.Ack(delivery_tag=5)).marshal(),
    _delivery(1, "gone", 4, b"no such consumer", REPLY),
    _delivery(1, "fast", 5, "é ü €".encode() * 3000, REPLY, body_max=1000),  # many body frames
))


def _read(reader, chunks):
    wire = _Wire()
    wire.consumer(1, "fast", fast=True)
    wire.consumer(2, "slow", fast=False)
    acks = []
    wire.callbacks.add(1, spec.Basic.Ack, lambda value: acks.append(value.method.delivery_tag), False)
    for chunk in chunks:
        reader(wire, chunk)
    return wire, acks


def _split(data, size):
    return [data[i:i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("chunk", [len(STREAM), 1, 7, 13, 100, 999, 4105])
def test_deliveries_reach_the_consumer_as_through_pika(chunk):
    fast, fast_acks = _read(_on_data_available, _split(STREAM, chunk))
    pikas, pika_acks = _read(Connection._on_data_available, _split(STREAM, chunk))
    assert fast.seen == pikas.seen and len(fast.seen) == 5  # "gone" is dropped by both, as pika does
    assert fast_acks == pika_acks == [5]
    assert (fast.frames_received, fast._frame_buffer) == (pikas.frames_received, b"")
    # Only the fast consumer's deliveries left pika's frame processing.
    assert fast.processed.count("Method") == 3 and fast.processed.count("Heartbeat") == 1
    assert pikas.processed.count("Method") == 7


def test_properties_and_method_fields_are_pikas_field_for_field():
    wire, _ = _read(_on_data_available, [STREAM])
    channel, tag, delivery_tag, redelivered, exchange, routing_key, properties, body = wire.seen[3]
    assert (channel, tag, delivery_tag, redelivered, exchange, routing_key) == (1, "fast", 3, True, "x", "k")
    assert properties == dict(vars(FULL)) and body == bytes(range(256)) * 40


def test_a_cancelled_consumer_and_a_delivery_in_assembly_take_pikas_path():
    wire = _Wire()
    wire.consumer(1, "fast", fast=True)
    wire._channels[1]._cancelled.add("fast")
    data = _delivery(1, "fast", 1, b"x", REPLY)
    _on_data_available(wire, data)
    assert wire.seen == [] and wire.processed == ["Method", "Header", "Body"]  # pika drops it, as before


def test_the_confirm_fast_path_still_reads_the_acks_between_deliveries(monkeypatch):
    monkeypatch.setattr(_Wire, "_on_data_available", inbound_on_data_available)
    fast, acks = _read(_on_data_available, _split(STREAM, 50))
    assert acks == [5] and len(fast.seen) == 5


async def test_a_real_brokers_replies_skip_pikas_frame_processing(broker, monkeypatch):
    """The RPC client's replies come through the fast path with the properties pika reads; a
    plain consumer of the same connection still gets its messages through pika."""
    delivered = []
    process_frame = Connection._process_frame

    def recording(self, value):
        if isinstance(value, frame.Method) and value.method.NAME == "Basic.Deliver":
            delivered.append(value.method.consumer_tag)
        process_frame(self, value)

    monkeypatch.setattr(Connection, "_process_frame", recording)
    queue = f"qc-test-fast-{uuid.uuid4().hex[:8]}"
    serving = broker.channel(confirms=False)
    await serving.wait_open(10)
    await serving.queue_declare(queue, durable=False, auto_delete=True)
    seen_by_worker = []

    async def echo(delivery):
        seen_by_worker.append(delivery.properties.correlation_id)
        props = spec.BasicProperties(correlation_id=delivery.properties.correlation_id, content_type="application/json",
                                     headers={"x-n": 1}, app_id="echo")
        serving.publish_nowait("", delivery.properties.reply_to, b'{"result":{"echo":true}}', props)
        delivery.ack()

    await serving.consume(queue, echo)
    rpc = await RpcClient(broker).start()
    replies = []
    reply_consumer = next(c for c in rpc._channel.consumers._registered if c.queue == REPLY_TO)
    on_reply = reply_consumer.direct
    monkeypatch.setattr(reply_consumer, "direct", lambda d: (replies.append(d), on_reply(d)))
    try:
        caller = Caller(user_id="u1")
        results = await asyncio.gather(*(rpc.call("", queue, "echo", {}, request_id=str(uuid.uuid4()), caller=caller,
                                                  timeout=10) for _ in range(20)))
    finally:
        await rpc.close()
        await serving.close()
    assert results == [{"echo": True}] * 20 and len(seen_by_worker) == 20
    assert len(delivered) == 20  # the worker's commands: pika's path; the replies: none
    assert [(d.properties.content_type, d.properties.headers, d.properties.app_id) for d in replies] == [
        ("application/json", {"x-n": 1}, "echo")] * 20
    assert sorted(d.properties.correlation_id for d in replies) == sorted(seen_by_worker)


def test_install_is_per_connection_and_idempotent():
    wire, other = _Wire(), _Wire()
    install(wire)
    first = wire._on_data_available
    install(wire)
    assert wire._on_data_available == first and "_on_data_available" not in vars(other)
