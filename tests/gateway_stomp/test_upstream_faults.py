"""Upstream faults the real broker will not produce on demand: a Web-STOMP that never answers
CONNECT, one that promises heart-beats then goes silent without closing, and one whose TCP
connection drops while its port stays up. Each must end the client's session with an ERROR
naming the cause instead of hanging."""
import asyncio

import pytest
from aiohttp import web


@pytest.fixture
async def fake_web_stomp():
    """fake_web_stomp(connected_frame or None, drop=False) -> ws URL of a server that answers
    CONNECT with that frame (or never) and then stays silent with the socket open (or, with
    `drop`, resets the TCP connection without a close frame)."""
    runners = []
    hold = asyncio.Event()

    async def start(connected: str | None, drop: bool = False) -> str:
        async def handler(request):
            ws = web.WebSocketResponse(protocols=("v12.stomp",))
            await ws.prepare(request)
            await ws.receive()  # the CONNECT
            if connected is not None:
                await ws.send_str(connected)
            if drop:
                await asyncio.sleep(0.3)
                request.transport.abort()
            await hold.wait()
            return ws

        app = web.Application()
        app.router.add_get("/ws", handler)
        runner = web.AppRunner(app, shutdown_timeout=0.1)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        return f"ws://127.0.0.1:{runner.addresses[-1][1]}/ws"

    yield start
    hold.set()
    for runner in runners:
        await runner.cleanup()


async def test_no_connected_in_time_is_broker_not_available(make_gateway, raw_client, fake_web_stomp):
    gateway = await make_gateway(web_stomp_url=await fake_web_stomp(None), connect_timeout_seconds=0.5)
    client = await raw_client(gateway.ws_url)
    error = await client.connect()
    assert error.command == "ERROR" and error.get("message") == "Broker not available."
    await client.wait_closed()


async def test_silent_upstream_past_its_heartbeats_is_a_broker_heartbeat_timeout(make_gateway, raw_client,
                                                                                fake_web_stomp):
    url = await fake_web_stomp("CONNECTED\nversion:1.2\nheart-beat:100,0\n\n\x00")
    gateway = await make_gateway(web_stomp_url=url)
    client = await raw_client(gateway.ws_url)
    assert (await client.connect("heart-beat:0,100")).command == "CONNECTED"
    error = await client.frame(timeout=5)
    assert error.command == "ERROR" and error.get("message").startswith("Broker heart-beat timeout")
    await client.wait_closed()
    assert client.close_code == 1011


async def test_unreachable_broker_is_broker_not_available(make_gateway, raw_client):
    gateway = await make_gateway(web_stomp_url="ws://127.0.0.1:9/ws")
    client = await raw_client(gateway.ws_url)
    error = await client.connect()
    assert error.command == "ERROR" and error.get("message") == "Broker not available."
    assert "127.0.0.1:9" not in error.body.decode()


async def test_a_dropped_upstream_while_the_broker_is_up_is_connection_lost(make_gateway, raw_client,
                                                                           fake_web_stomp):
    url = await fake_web_stomp("CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\x00", drop=True)
    gateway = await make_gateway(web_stomp_url=url)
    client = await raw_client(gateway.ws_url)
    assert (await client.connect()).command == "CONNECTED"
    error = await client.frame(timeout=5)
    assert error.command == "ERROR" and error.get("message") == "Connection to the broker lost; reconnect."
    await client.wait_closed()
    assert client.close_code == 1011


async def test_a_listener_that_no_longer_accepts_is_not_a_broker_that_is_up(fake_web_stomp):
    """A broker shutting down drops its connections while the kernel still completes handshakes
    on its listening socket: only an HTTP answer counts as the broker being up."""
    import socket

    from gateway.stomp.context import port_accepts
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # never accept()ed: the kernel answers the TCP handshake, nobody reads
    try:
        assert not await port_accepts(f"ws://127.0.0.1:{silent.getsockname()[1]}/ws", timeout=0.5)
    finally:
        silent.close()
    assert await port_accepts(await fake_web_stomp(None))
