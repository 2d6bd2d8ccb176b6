"""Heart-beats pass end to end; a client that stops reading is cut off instead of growing the
gateway's memory."""
import asyncio

import aiohttp
import pytest
from pika.spec import BasicProperties
from prometheus_client import REGISTRY
from sockjs.protocol import Frame

from gateway.stomp.transports import StompAwareSockJSSession


async def test_broker_heartbeats_reach_the_client_through_the_gateway(gateway, raw_client):
    client = await raw_client(gateway.ws_url)
    connected = await client.connect("heart-beat:0,100")
    assert connected.get("heart-beat").split(",")[0] != "0"
    async with asyncio.timeout(10):
        while client.heartbeats < 3:
            await asyncio.sleep(0.05)
    # Client heart-beats are relayed to the broker, which then keeps the session open.
    await client.send("\n")
    assert (await client.subscribe("/topic/nl-to-sql")).command == "RECEIPT"


async def test_sockjs_heartbeat_frames_stop_while_stomp_heartbeats_run():
    session = StompAwareSockJSSession("s1", heartbeat_delay=25)
    session.acquire(None)  # what a transport does when it opens the session: sockjs heartbeats on
    assert (await session.get_frame())[0] is Frame.OPEN
    session.heartbeat()
    assert (await asyncio.wait_for(session.get_frame(), 1))[0] is Frame.HEARTBEAT
    session.stomp_heartbeats = True
    session.heartbeat()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(session.get_frame(), 0.2)


def slow_client_errors() -> float:
    return REGISTRY.get_sample_value("querycast_stomp_errors_total", {"kind": "slow-client"}) or 0.0


async def test_a_client_that_stops_reading_is_disconnected(make_gateway, broker, http):
    gateway = await make_gateway(allowed_destinations=("/topic/flood",), send_timeout_seconds=0.5)
    ws = await http.ws_connect(gateway.ws_url, protocols=("v12.stomp",), max_msg_size=0)
    await ws.send_str("CONNECT\naccept-version:1.2\n\n\x00")
    assert (await ws.receive(timeout=5)).data.startswith("CONNECTED")
    await ws.send_str("SUBSCRIBE\nid:1\ndestination:/topic/flood\nreceipt:r\n\n\x00")
    assert "RECEIPT" in (await ws.receive(timeout=5)).data
    before = slow_client_errors()
    channel = broker.channel(confirms=True)
    body = b"x" * 256 * 1024
    # The client reads nothing now; the gateway must give up on it rather than buffer it all.
    async with asyncio.timeout(60):
        while slow_client_errors() == before:
            for _ in range(20):
                await channel.publish("amq.topic", "flood", body, BasicProperties())
            await asyncio.sleep(0.1)
    async with asyncio.timeout(30):
        while (await ws.receive()).type not in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED,
                                                aiohttp.WSMsgType.ERROR):
            pass
    await channel.close()
