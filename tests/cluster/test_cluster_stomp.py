"""STOMP.js clients (real @stomp/stompjs, WebSocket and SockJS) through a gateway whose
QUERYCAST_WEB_STOMP_URL lists the three nodes: when the node under their upstream stops they are
closed, reconnect through the gateway to a live node, and receive the events of new requests."""
from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from broker import Broker, StatusPublisher
from contracts.status import Feature
from gateway.stomp import StompSettings, setup_stomp
from tests.gateway_stomp.conftest import AppCalls, new_request_id, verifier  # noqa: F401
from tests.gateway_stomp.helpers import publish_events
from tests.gateway_stomp.js import NodeClient

pytestmark = pytest.mark.cluster


@pytest.fixture
async def cluster_gateway(cluster, verifier):  # noqa: F811
    settings = StompSettings(web_stomp_url=cluster.web_stomp_url, connect_timeout_seconds=6.0)
    app = web.Application()
    setup_stomp(app, settings, verifier, AppCalls())
    runner = web.AppRunner(app, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/ws"
    await runner.cleanup()


def stomp_upstream_nodes(cluster) -> list[str]:
    return [c["node"] for c in cluster.management("connections")
            if "STOMP" in (c.get("protocol") or "")]


async def test_stompjs_clients_reconnect_to_a_live_node_and_receive_new_events(
        cluster, cluster_gateway, restore_nodes):
    cfg = {"url": cluster_gateway, "destination": "/topic/query-execution", "heartbeat": 1000,
           "reconnectDelay": 500}
    clients = [await NodeClient.start("resilient.js", {**cfg, "url": cluster_gateway.replace("http", "ws", 1)})
               for _ in range(3)]
    clients.append(await NodeClient.start("resilient.js", {**cfg, "sockjs": ["xhr-streaming"]}))
    broker = await Broker(cluster.amqp_url, "querycast-test-cluster-stomp", max_backoff=1.0).start()
    publisher = StatusPublisher(broker, "querycast-test")
    try:
        for js in clients:
            await js.until("READY", timeout=30)
        async with asyncio.timeout(15):
            while len(nodes := stomp_upstream_nodes(cluster)) < len(clients):
                await asyncio.sleep(0.2)
        assert len(set(nodes)) > 1, nodes  # sessions are spread over the nodes
        victim = cluster.node_named(max(set(nodes), key=nodes.count))
        await asyncio.to_thread(victim.stop_app)

        # The sessions on the victim are closed and come back on the live nodes.
        async with asyncio.timeout(60):
            while (len(nodes := stomp_upstream_nodes(cluster)) < len(clients)
                   or victim.nodename in nodes):
                await asyncio.sleep(0.3)
        for js in clients:
            await _drain(js)
        reconnected = [js for js in clients if any(e["event"] == "CLOSE" for e in js.lines)]
        assert reconnected, "no client was on the stopped node"
        for js in reconnected:
            if max(e["count"] for e in js.lines if e["event"] == "READY") < 2:
                assert (await js.until("READY", timeout=30))["count"] >= 2

        request_id = new_request_id()
        sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice", steps=2)
        for js in clients:
            got = []
            async with asyncio.timeout(20):
                while len(got) < len(sent):
                    event = await js.until("MESSAGE")
                    if event["headers"].get("x-request-id") == request_id:
                        got.append(event["body"].encode())
            assert got == sent
    finally:
        await publisher.close()
        await broker.close()
        for js in clients:
            await js.stop()


async def _drain(js: NodeClient) -> None:
    """Read what the client printed so far (READY/CLOSE lines) without waiting for more."""
    while True:
        try:
            await js.next_event(timeout=0.3)
        except TimeoutError:
            return
