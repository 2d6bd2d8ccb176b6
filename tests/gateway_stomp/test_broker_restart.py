"""A broker restart is a routine close: every client gets a 1001 close naming a broker shutdown
and no ERROR frame (so STOMP.js does not fire onStompError); while the broker is down new
sessions get ERROR "Broker not available."; once it is back, a reconnecting STOMP.js client
subscribes again and receives events, without restarting the gateway."""
import asyncio

from contracts.status import Feature
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import messages_for, publish_events
from tests.gateway_stomp.js import NodeClient

HEARTBEAT_MS = 1000


async def test_broker_restart_is_a_routine_close_and_stompjs_reconnects(
        gateway, raw_client, rabbit_node, broker, publisher):
    raw = await raw_client(gateway.ws_url)
    assert (await raw.connect(f"heart-beat:0,{HEARTBEAT_MS}")).command == "CONNECTED"
    assert (await raw.subscribe("/topic/query-execution")).command == "RECEIPT"
    cfg = {"url": gateway.http_url, "destination": "/topic/query-execution", "heartbeat": HEARTBEAT_MS,
           "reconnectDelay": 500}
    sockjs = await NodeClient.start("resilient.js", {**cfg, "sockjs": ["xhr-streaming"]})
    ws = await NodeClient.start("resilient.js", {**cfg, "url": gateway.ws_url})
    try:
        for js in (sockjs, ws):
            await js.until("READY")
        window = 3 * HEARTBEAT_MS / 1000 + 5
        await asyncio.to_thread(rabbit_node.stop_app)
        try:
            await raw.wait_closed(window)
            assert raw.close_code == 1001 and raw.frames.empty()
            assert (await ws.until("CLOSE", timeout=window))["code"] == 1001
            assert (await sockjs.until("CLOSE", timeout=window))["code"] == 3001

            while_down = await raw_client(gateway.ws_url)
            refused = await while_down.connect()
            assert refused.command == "ERROR" and refused.get("message") == "Broker not available."
        finally:
            await asyncio.to_thread(rabbit_node.start_app)
        await broker.wait_connected(30)
        for js in (sockjs, ws):
            ready = await js.until("READY", timeout=60)
            assert ready["count"] >= 2
        request_id = new_request_id()
        sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice", steps=1)
        for js in (sockjs, ws):
            got = []
            while len(got) < len(sent):
                event = await js.until("MESSAGE")
                if event["headers"].get("x-request-id") == request_id:
                    got.append(event["body"].encode())
            assert got == sent
            # Routine closes never reach onStompError; the refused reconnect attempts while the
            # broker was down are the only ERRORs, and they say why.
            errors = [e["headers"]["message"] for e in js.lines if e["event"] == "ERROR"]
            assert set(errors) <= {"Broker not available."}
    finally:
        await sockjs.stop()
        await ws.stop()

    fresh = await raw_client(gateway.ws_url)
    assert (await fresh.connect()).command == "CONNECTED"
    assert (await fresh.subscribe("/topic/query-execution")).command == "RECEIPT"
    request_id = new_request_id()
    sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice", steps=1)
    assert [f.body for f in await messages_for(fresh, request_id, len(sent))] == sent
