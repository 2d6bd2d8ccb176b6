"""A listen-only client (stomp.py's default `heart-beat:0,0`) is not cut off by Web-STOMP's idle
timeout (60 s): the gateway keeps its own heart-beats with the broker. The client, which asked
for none, gets none, and still receives events after five minutes of silence. With the gateway's
keep-alive off, the broker's idle close reaches STOMP.js as a routine close."""
import asyncio
import time
import uuid

import pytest
import stomp

from contracts.status import Feature
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import publish_events
from tests.gateway_stomp.js import NodeClient
from tests.gateway_stomp.test_stomp_py import Collector

SILENCE_SECONDS = 5 * 60


class Watcher(Collector):
    def __init__(self):
        super().__init__()
        self.heartbeats = 0
        self.disconnected_at: float | None = None

    def on_heartbeat(self):
        self.heartbeats += 1

    def on_disconnected(self):
        self.disconnected_at = time.monotonic()


@pytest.mark.long
@pytest.mark.timeout(SILENCE_SECONDS + 120)
async def test_stomp_py_with_heartbeats_off_still_receives_events_after_five_minutes(gateway, publisher):
    conn = stomp.WSStompConnection([("127.0.0.1", gateway.port)], ws_path="/ws", heartbeats=(0, 0),
                                   reconnect_attempts_max=1)
    watcher = Watcher()
    conn.set_listener("watch", watcher)
    await asyncio.to_thread(conn.connect, wait=True)
    try:
        receipt = uuid.uuid4().hex
        waiting = stomp.listener.WaitingListener(receipt)
        conn.set_listener("wait", waiting)
        conn.subscribe("/topic/query-execution", id="1", ack="auto", headers={"receipt": receipt})
        await asyncio.to_thread(waiting.wait_on_receipt)
        started = time.monotonic()
        while time.monotonic() - started < SILENCE_SECONDS:
            await asyncio.sleep(10)
            assert conn.is_connected() and watcher.disconnected_at is None, \
                f"cut off after {time.monotonic() - started:.0f} s"
        request_id = new_request_id()
        sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "listener", steps=1)
        got = []
        while len(got) < len(sent):
            frame = await asyncio.to_thread(watcher.frames.get, True, 10)
            if frame.headers.get("x-request-id") == request_id:
                got.append(frame.body.encode())
        assert got == sent
        assert watcher.heartbeats == 0 and watcher.errors.empty()
    finally:
        await asyncio.to_thread(conn.disconnect)


@pytest.mark.long
@pytest.mark.timeout(180)
async def test_the_brokers_idle_close_is_routine_for_stompjs_when_the_gateway_keep_alive_is_off(make_gateway):
    # With QUERYCAST_STOMP_UPSTREAM_HEARTBEAT_MS=0 nothing keeps the broker leg busy: Web-STOMP
    # closes it after its 60 s idle timeout. That reaches STOMP.js as a clean close (no ERROR, so
    # no onStompError) and it reconnects and subscribes again.
    gateway = await make_gateway(upstream_heartbeat_ms=0)
    js = await NodeClient.start("resilient.js", {"url": gateway.ws_url, "destination": "/topic/query-execution",
                                                 "reconnectDelay": 200})
    try:
        await js.until("READY")
        close = await js.until("CLOSE", timeout=120)
        assert close["code"] == 1000 and "idle" in close["reason"]
        assert (await js.until("READY", timeout=30))["count"] == 2
        assert "ERROR" not in [e["event"] for e in js.lines]
    finally:
        await js.stop()
