"""A listen-only client (stomp.py's default `heart-beat:0,0`) is not cut off by Web-STOMP's idle
timeout (60 s): the gateway keeps its own heart-beats with the broker. The client, which asked
for none, gets none, and still receives events after five minutes of silence."""
import asyncio
import time
import uuid

import pytest
import stomp

from contracts.status import Feature
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import publish_events
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
