"""Hand-encoded status event frames (broker/wire.py) are pika's, byte for byte, and arrive at a
consumer with every property and header a status event has."""
import asyncio
import uuid

import pytest
from pika import frame, spec

from broker.status import StatusPublisher, event_json
from broker.wire import CommandProperties, EventProperties, ReplyProperties, publish_frames
from contracts.status import Feature, RealTimeStatusMessage, Stage, Status, utc_now


def pika_frames(channel: int, exchange: str, routing_key: str, props: spec.BasicProperties, body: bytes,
                body_max: int) -> bytes:
    parts = [frame.Method(channel, spec.Basic.Publish(exchange=exchange, routing_key=routing_key)).marshal(),
             frame.Header(channel, len(body), props).marshal()]
    parts += [frame.Body(channel, body[i:i + body_max]).marshal() for i in range(0, len(body), body_max)]
    return b"".join(parts)


@pytest.mark.parametrize("cc", ["query-execution.user.3f2a", None])
@pytest.mark.parametrize("sequence", [1, 2**31 - 1, 2**31, 10**12])
@pytest.mark.parametrize("body", [b"{}", b"x" * 10_000])
def test_frames_are_pikas(cc, sequence, body):
    request_id, user_id = "r-Ünïcode-0123", "bøb@example.com"
    encoder = EventProperties(request_id, user_id, "querycast-executor", cc)
    headers = {"x-request-id": request_id, "x-user-id": user_id, "x-sequence": sequence,
               "x-stage": "EXECUTING", "x-status": "IN_PROGRESS"}
    if cc is not None:
        headers["CC"] = [cc]
    props = spec.BasicProperties(content_type="application/json", message_id="abc-7", correlation_id=request_id,
                                 timestamp=1_764_600_000, app_id="querycast-executor", delivery_mode=2,
                                 headers=headers)
    ours = publish_frames(3, "amq.topic", "query_execution", encoder.encode(
        "abc-7", 1_764_600_000, sequence, "EXECUTING", "IN_PROGRESS"), body, 4088)
    assert ours == pika_frames(3, "amq.topic", "query_execution", props, body, 4088)


@pytest.mark.parametrize("request_id, user_id", [("0b7c3d2e-5a4f-4e1b-9c8d-7f6e5d4c3b2a", "alice"),
                                                 ("r-Ünïcode-0123", "bøb@example.com"), ("r", "u" * 300)])
@pytest.mark.parametrize("expiration_ms", [1, 25_000, 305_000])
@pytest.mark.parametrize("body", [b"{}", b"x" * 10_000])
def test_command_frames_are_pikas(request_id, user_id, expiration_ms, body):
    """The RPC client's commands (broker/rpc.py): mandatory, with what its BasicProperties held."""
    encoder = CommandProperties("amq.rabbitmq.reply-to", "querycast-gateway")
    message_id = "9f1c0e2a-8b7d-4c6e-a5f4-3e2d1c0b9a87"
    props = spec.BasicProperties(content_type="application/json", correlation_id=request_id,
                                 reply_to="amq.rabbitmq.reply-to", expiration=str(expiration_ms),
                                 app_id="querycast-gateway", delivery_mode=2, timestamp=1_764_600_000,
                                 headers={"x-request-id": request_id, "x-user-id": user_id,
                                          "x-operation": "query.execute"},
                                 message_id=message_id)
    ours = publish_frames(5, "querycast.commands", "query-execution", encoder.encode(
        request_id, user_id, "query.execute", expiration_ms, message_id, 1_764_600_000), body, 131_064,
        mandatory=True)
    theirs = b"".join([
        frame.Method(5, spec.Basic.Publish(exchange="querycast.commands", routing_key="query-execution",
                                           mandatory=True)).marshal(),
        frame.Header(5, len(body), props).marshal(), frame.Body(5, body).marshal()])
    assert ours == theirs


def test_event_json_is_the_models_json():
    for message, data in [("Running the query", {"timeoutSeconds": 30.0, "maxRows": 1000}),
                          ("héllo \u2028 \"q\" \\ \n", {"a": [1, 2.5, None, True, {"x": "é"}], "b": -3}),
                          ("not finite", {"f": float("nan")}), ("lone \ud800", {})]:
        event = RealTimeStatusMessage.model_construct(
            feature=Feature.QUERY_EXECUTION, request_id="r-1", stage=Stage.EXECUTING, status=Status.IN_PROGRESS,
            message=message, data=data, timestamp=utc_now(), sequence=5, progress=50)
        try:
            expected = event.to_json()
        except ValueError:
            with pytest.raises(ValueError):
                event_json(event)
            continue
        assert event_json(event) == expected


async def test_encoded_events_arrive_with_their_properties(broker):
    channel = broker.channel(confirms=False)
    await channel.wait_open(10)
    queue = f"qc-test-wire-{uuid.uuid4().hex[:8]}"
    await channel.queue_declare(queue, durable=False, auto_delete=True)
    await channel.queue_bind(queue, "amq.topic", "query-execution.user.#")  # reached through CC
    received = []
    got_all = asyncio.Event()

    async def collect(delivery):
        received.append(delivery)
        if len(received) == 2:
            got_all.set()

    await channel.consume(queue, collect, auto_ack=True)
    publisher = StatusPublisher(broker, "querycast-test")
    try:
        events = publisher.for_request(Feature.QUERY_EXECUTION, "wire-request", "wire-user")
        await events.step(Stage.REQUEST_RECEIVED, "Request received", {"sqlPreview": "SELECT 'é'"}, 5)
        await events.succeed("done", {"rowCount": 1})
        await asyncio.wait_for(got_all.wait(), 10)
    finally:
        await publisher.close()
        await channel.close()
    for delivery, event in zip(received, events.history, strict=True):
        props = delivery.properties
        assert delivery.body == event.to_json()
        assert (props.content_type, props.correlation_id, props.app_id, props.delivery_mode) == (
            "application/json", "wire-request", "querycast-test", 2)
        assert props.message_id and props.timestamp
        assert props.headers["x-request-id"] == "wire-request" and props.headers["x-user-id"] == "wire-user"
        assert props.headers["x-sequence"] == event.sequence
        assert (props.headers["x-stage"], props.headers["x-status"]) == (event.stage.value, event.status.value)
    assert len({d.properties.message_id for d in received}) == 2


def test_command_json_is_the_models_json():
    from datetime import UTC, datetime

    from pydantic import ValidationError

    from broker.rpc import command_json
    from contracts.rpc import Caller, Command

    # A field added to Command must be added to command_json too.
    assert set(Command.model_fields) == {"operation", "request_id", "caller", "payload", "deadline"}
    caller = Caller(user_id="bøb", roles=["admin"])
    for payload, deadline in [({"sql": "SELECT 'é'", "maxRows": None, "n": [1, 2.5, {"x": None}]},
                               datetime(2026, 12, 1, 17, 38, 10, 880026, tzinfo=UTC)),
                              ({}, datetime(2026, 12, 1, 17, 38, 10, tzinfo=UTC)),
                              ({"bad float": float("inf"), "lone": "\ud800"}, datetime.now(UTC))]:
        try:
            expected = Command(operation="query.execute", request_id="r-1", caller=caller, payload=payload,
                               deadline=deadline).to_json()
        except ValueError:
            continue
        assert command_json("query.execute", "r-1", caller, payload, deadline) == expected
    with pytest.raises(ValidationError):
        command_json("query.execute", "bad id\n", caller, {}, datetime.now(UTC))


@pytest.mark.parametrize("correlation_id", ["0b7c3d2e-5a4f-4e1b-9c8d-7f6e5d4c3b2a", "r-Ünïcode-0123", "", None])
@pytest.mark.parametrize("body", [b"{}", b"x" * 10_000])
def test_reply_frames_are_pikas(correlation_id, body):
    """The RPC worker's replies (broker/rpc.py): what its BasicProperties held before."""
    props = spec.BasicProperties(content_type="application/json", correlation_id=correlation_id,
                                 app_id="querycast-executor")
    ours = publish_frames(2, "", "amq.rabbitmq.reply-to.g1h2AA5yZXBseUAxMjM0NTY3OA==.abc",
                          ReplyProperties("querycast-executor").encode(correlation_id), body, 131_064)
    assert ours == pika_frames(2, "", "amq.rabbitmq.reply-to.g1h2AA5yZXBseUAxMjM0NTY3OA==.abc", props, body,
                               131_064)


async def test_a_workers_reply_arrives_with_its_properties(broker):
    """A command sent with a plain reply queue (not direct reply-to): the worker's hand-encoded
    reply, read by a consumer of that queue, has pika's properties and the reply's body."""
    from datetime import timedelta

    from broker import RpcWorker
    from broker.rpc import command_json
    from contracts.rpc import Caller

    channel = broker.channel(confirms=False)
    await channel.wait_open(10)
    commands, replies = (f"qc-test-wire-{name}-{uuid.uuid4().hex[:8]}" for name in ("commands", "replies"))
    for queue in (commands, replies):
        await channel.queue_declare(queue, durable=False, auto_delete=True)
    worker = RpcWorker(broker, commands, app_id="querycast-test-worker")

    async def echo(command, _delivery):
        return {"echo": command.payload["text"]}

    worker.handle("echo", echo)
    await worker.start()
    got = asyncio.get_running_loop().create_future()

    async def collect(delivery):
        if not got.done():
            got.set_result(delivery)

    await channel.consume(replies, collect, auto_ack=True)
    try:
        await channel.publish("", commands, command_json(
            "echo", "wire-reply-1", Caller(user_id="u"), {"text": "héllo"},
            utc_now() + timedelta(minutes=1)),
            spec.BasicProperties(correlation_id="wire-reply-1", reply_to=replies))
        delivery = await asyncio.wait_for(got, 10)
    finally:
        await worker.close()
        await channel.close()
    props = delivery.properties
    assert (props.content_type, props.correlation_id, props.app_id) == (
        "application/json", "wire-reply-1", "querycast-test-worker")
    assert (props.headers, props.delivery_mode, props.message_id, props.reply_to) == (None, None, None, None)
    assert delivery.body == '{"result":{"echo":"héllo"}}'.encode()
