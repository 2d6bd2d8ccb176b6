"""StatusPublisher events reach STOMP (stomp.py), Web-STOMP and AMQP subscribers intact."""
import asyncio
import json
import queue
import uuid

import aiohttp
import stomp

from broker import StatusPublisher, user_routing_key
from contracts.status import Feature, Stage, Status


class _Collector(stomp.ConnectionListener):
    def __init__(self):
        self.frames: queue.Queue = queue.Queue()

    def on_message(self, frame):
        self.frames.put(frame)


def _stomp_subscribe(port: int, destination: str) -> tuple[stomp.Connection, _Collector]:
    conn = stomp.Connection([("127.0.0.1", port)], heartbeats=(0, 0))
    collector = _Collector()
    conn.set_listener("c", collector)
    conn.connect("guest", "guest", wait=True)
    conn.subscribe(destination, id=uuid.uuid4().hex, ack="auto")
    return conn, collector


async def _ws_stomp(url: str, session: aiohttp.ClientSession, destination: str):
    ws = await session.ws_connect(url, protocols=("v12.stomp",))
    await ws.send_str("CONNECT\naccept-version:1.2\nhost:/\nlogin:guest\npasscode:guest\n\n\x00")
    connected = await ws.receive(timeout=10)
    text = connected.data if isinstance(connected.data, str) else connected.data.decode()
    assert text.startswith("CONNECTED"), text
    await ws.send_str(f"SUBSCRIBE\nid:0\ndestination:{destination}\nreceipt:r1\n\n\x00")
    receipt = await ws.receive(timeout=10)
    assert (receipt.data if isinstance(receipt.data, str) else receipt.data.decode()).startswith("RECEIPT")
    return ws


def _parse_frame(raw: str | bytes) -> tuple[str, dict, bytes]:
    data = raw.encode() if isinstance(raw, str) else raw
    head, _, body = data.partition(b"\n\n")
    lines = head.decode().lstrip("\n").split("\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers.setdefault(k, v)
    if "content-length" in headers:
        return lines[0], headers, body[:int(headers["content-length"])]
    return lines[0], headers, body.split(b"\x00", 1)[0]


async def test_event_reaches_stomp_web_stomp_and_amqp_subscribers(broker, rabbit_node):
    request_id = f"req-{uuid.uuid4().hex[:8]}"
    conn, collector = await asyncio.to_thread(
        _stomp_subscribe, rabbit_node.ports["stomp"], "/topic/query-execution")
    amqp = broker.channel(confirms=False)
    q = await amqp.queue_declare("", durable=False, exclusive=True, auto_delete=True)
    await amqp.queue_bind(q, "amq.topic", "query-execution")
    amqp_got: asyncio.Queue = asyncio.Queue()

    async def on_amqp(delivery):
        await amqp_got.put(delivery)
        delivery.ack()

    await amqp.consume(q, on_amqp)
    publisher = StatusPublisher(broker, "querycast-test")
    async with aiohttp.ClientSession() as session:
        ws = await _ws_stomp(rabbit_node.web_stomp_url, session, "/topic/query-execution")
        try:
            events = publisher.for_request(Feature.QUERY_EXECUTION, request_id, "alice")
            sent = [await events.step(Stage.REQUEST_RECEIVED, "Request received", {"databaseId": "demo"}, 5),
                    await events.succeed("Done", {"rowCount": 1})]
            expected = [e.to_json() for e in sent]

            ws_frames = []
            while len(ws_frames) < 2:
                msg = await ws.receive(timeout=10)
                command, headers, body = _parse_frame(msg.data)
                if command == "MESSAGE" and headers.get("x-request-id") == request_id:
                    ws_frames.append((headers, body))
            for (headers, body), want in zip(ws_frames, expected):
                assert body == want
                assert headers["content-type"] == "application/json"
                assert headers["destination"] == "/topic/query-execution"
            assert [h["x-sequence"] for h, _ in ws_frames] == ["1", "2"]
        finally:
            await ws.close()

    stomp_frames = []
    while len(stomp_frames) < 2:
        frame = await asyncio.to_thread(collector.frames.get, True, 10)
        if frame.headers.get("x-request-id") == request_id:
            stomp_frames.append(frame)
    await asyncio.to_thread(conn.disconnect)
    assert [f.body.encode() for f in stomp_frames] == expected
    assert stomp_frames[0].headers["content-type"] == "application/json"
    assert stomp_frames[1].headers["x-sequence"] == "2"

    deliveries = [await asyncio.wait_for(amqp_got.get(), 10) for _ in range(2)]
    assert [d.body for d in deliveries] == expected
    first = deliveries[0].properties
    assert first.content_type == "application/json" and first.correlation_id == request_id
    assert first.delivery_mode == 2 and first.app_id == "querycast-test" and first.message_id
    assert first.headers["x-request-id"] == request_id and first.headers["x-sequence"] == 1
    assert first.headers["x-user-id"] == "alice"
    assert json.loads(deliveries[1].body)["status"] == Status.SUCCESS.value
    await amqp.close()
    await publisher.close()


async def test_per_user_events_reach_only_that_users_subscriber(broker):
    ch = broker.channel(confirms=False)
    got: dict[str, list] = {"alice": [], "bob": []}
    for user in got:
        q = await ch.queue_declare("", durable=False, exclusive=True, auto_delete=True)
        await ch.queue_bind(q, "amq.topic", user_routing_key(Feature.NL_TO_SQL, user))

        async def on(delivery, user=user):
            got[user].append(json.loads(delivery.body)["requestId"])
            delivery.ack()

        await ch.consume(q, on)
    publisher = StatusPublisher(broker, "querycast-test", broadcast=False)
    for user in ("alice", "bob", "alice"):
        events = publisher.for_request(Feature.NL_TO_SQL, f"{user}-{uuid.uuid4().hex[:6]}", user)
        await events.fail("nope", {"errorCode": "CANNOT_ANSWER"})
    for _ in range(50):
        if len(got["alice"]) == 2 and len(got["bob"]) == 1:
            break
        await asyncio.sleep(0.1)
    assert len(got["alice"]) == 2 and all(r.startswith("alice-") for r in got["alice"])
    assert len(got["bob"]) == 1 and got["bob"][0].startswith("bob-")
    await ch.close()
    await publisher.close()


async def test_user_keys_cannot_smuggle_routing_wildcards():
    key = user_routing_key(Feature.NL_TO_SQL, "evil.#.*")
    assert key.startswith("nl-to-sql.user.") and key.count(".") == 2
    assert "#" not in key and "*" not in key
