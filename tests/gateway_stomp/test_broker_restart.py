"""A broker restart: every client gets ERROR ("broker not available") and a close within the
heart-beat window; while it is down new sessions are refused the same way; once it is back, new
sessions work without restarting the gateway."""
import asyncio

from contracts.status import Feature
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import messages_for, publish_events
from tests.gateway_stomp.js import NodeClient

HEARTBEAT_MS = 1000


async def test_broker_stop_closes_clients_with_error_and_new_sessions_work_after_start(
        gateway, raw_client, rabbit_node, broker, publisher):
    raw = await raw_client(gateway.ws_url)
    connected = await raw.connect(f"heart-beat:0,{HEARTBEAT_MS}")
    assert connected.command == "CONNECTED"
    assert (await raw.subscribe("/topic/query-execution")).command == "RECEIPT"
    js = await NodeClient.start("subscribe.js", {"url": gateway.http_url, "sockjs": ["xhr-streaming"],
                                                 "destination": "/topic/query-execution",
                                                 "heartbeat": HEARTBEAT_MS})
    try:
        await js.until("READY")
        window = 3 * HEARTBEAT_MS / 1000 + 2
        await asyncio.to_thread(rabbit_node.stop_app)
        try:
            error = await raw.frame(timeout=window)
            assert error.command == "ERROR" and error.get("message") == "Broker not available."
            await raw.wait_closed(window)
            js_error = await js.until("ERROR", timeout=window)
            assert js_error["headers"]["message"] == "Broker not available."
            await js.until("CLOSE", timeout=window)

            while_down = await raw_client(gateway.ws_url)
            refused = await while_down.connect()
            assert refused.command == "ERROR" and refused.get("message") == "Broker not available."
        finally:
            await asyncio.to_thread(rabbit_node.start_app)
    finally:
        await js.stop()

    await broker.wait_connected(30)
    fresh = await raw_client(gateway.ws_url)
    assert (await fresh.connect()).command == "CONNECTED"
    assert (await fresh.subscribe("/topic/query-execution")).command == "RECEIPT"
    request_id = new_request_id()
    sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice", steps=1)
    assert [f.body for f in await messages_for(fresh, request_id, len(sent))] == sent
