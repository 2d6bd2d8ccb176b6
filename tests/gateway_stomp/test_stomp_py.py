"""stomp.py's WebSocket connection (sends `host:<hostname>` and its own login, like many
clients) subscribes through the gateway and receives StatusPublisher events."""
import asyncio
import queue
import uuid

import stomp

from contracts.status import Feature
from gateway.stomp import Profile
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import publish_events


class Collector(stomp.ConnectionListener):
    def __init__(self):
        self.frames: queue.Queue = queue.Queue()
        self.errors: queue.Queue = queue.Queue()

    def on_message(self, frame):
        self.frames.put(frame)

    def on_error(self, frame):
        self.errors.put(frame)


def connect_ws(port: int, **connect_kwargs) -> tuple[stomp.WSStompConnection, Collector]:
    conn = stomp.WSStompConnection([("127.0.0.1", port)], ws_path="/ws", heartbeats=(0, 0),
                                   vhost="app.example.com", reconnect_attempts_max=1)
    collector = Collector()
    conn.set_listener("c", collector)
    conn.connect(wait=True, **connect_kwargs)
    return conn, collector


async def test_stomp_py_ws_connection_receives_events(gateway, publisher):
    conn, collector = await asyncio.to_thread(connect_ws, gateway.port, username="app-user", passcode="app-pass")
    try:
        receipt = uuid.uuid4().hex
        listener = stomp.listener.WaitingListener(receipt)
        conn.set_listener("w", listener)
        conn.subscribe("/topic/nl-to-sql", id="1", ack="auto", headers={"receipt": receipt})
        await asyncio.to_thread(listener.wait_on_receipt)
        request_id = new_request_id()
        sent = await publish_events(publisher, Feature.NL_TO_SQL, request_id, "carol")
        got = []
        while len(got) < len(sent):
            frame = await asyncio.to_thread(collector.frames.get, True, 10)
            if frame.headers.get("x-request-id") == request_id:
                got.append(frame)
        assert [f.body.encode() for f in got] == sent
        assert {f.headers["content-type"] for f in got} == {"application/json"}
        assert [f.headers["destination"] for f in got] == ["/topic/nl-to-sql"] * len(sent)
    finally:
        await asyncio.to_thread(conn.disconnect)


async def test_stomp_py_with_jwt_passcode_in_strict_profile(make_gateway, verifier, publisher):
    gateway = await make_gateway(profile=Profile.STRICT)
    token, _ = verifier.issue("dave", ["user"])
    conn, collector = await asyncio.to_thread(connect_ws, gateway.port, username="dave", passcode=token)
    try:
        receipt = uuid.uuid4().hex
        listener = stomp.listener.WaitingListener(receipt)
        conn.set_listener("w", listener)
        conn.subscribe("/topic/nl-to-sql", id="1", ack="auto", headers={"receipt": receipt})
        await asyncio.to_thread(listener.wait_on_receipt)
        mine, other = new_request_id("dave"), new_request_id("erin")
        await publish_events(publisher, Feature.NL_TO_SQL, other, "erin", steps=1)
        sent = await publish_events(publisher, Feature.NL_TO_SQL, mine, "dave", steps=1)
        got = [await asyncio.to_thread(collector.frames.get, True, 10) for _ in sent]
        assert [f.headers["x-request-id"] for f in got] == [mine, mine]
        assert [f.body.encode() for f in got] == sent
        assert got[0].headers["destination"] == "/topic/nl-to-sql"
    finally:
        await asyncio.to_thread(conn.disconnect)
