"""With a permissive allow-list the gateway is transparent to what STOMP 1.2 clients use: the
same STOMP.js scenario gives the same results through the gateway as directly on Web-STOMP;
broker ERRORs the broker survives are relayed and the session goes on; frames up to the broker's
own limit (4 MiB in rabbitmq.conf) pass."""
import uuid

import pytest

from contracts.status import Feature
from gateway.stomp.settings import BROKER_MAX_FRAME_BYTES
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import publish_events
from tests.gateway_stomp.js import NodeClient

MIB = 1024 * 1024


async def run_features(url: str, connect_headers: dict, big_bytes: int) -> dict:
    destination = f"/queue/qc-stomp-test-{uuid.uuid4().hex[:8]}"
    client = await NodeClient.start("features.js", {"url": url, "destination": destination,
                                                    "connectHeaders": connect_headers, "bigBytes": big_bytes})
    try:
        event = await client.until("RESULT", timeout=30)
    finally:
        await client.stop()
    return event["result"]


@pytest.mark.parametrize("target", ["gateway", "direct"])
async def test_receipts_acks_nack_transactions_headers_3_mib_and_binary_bodies(make_gateway, rabbit_node, target):
    if target == "gateway":
        gateway = await make_gateway(allowed_destinations=("/queue/**",))
        result = await run_features(gateway.ws_url, {}, 3 * MIB)
    else:
        result = await run_features(rabbit_node.web_stomp_url, {"login": "guest", "passcode": "guest"}, 3 * MIB)
    assert result["subscribeReceipt"] and result["sendReceipt"]
    tags = [d["tag"] for d in result["deliveries"]]
    assert "aborted" not in tags and "committed" in tags
    nacks = [d for d in result["deliveries"] if d["tag"] == "nack-me"]
    assert [d["redelivered"] for d in nacks] == ["false", "true"]
    assert result["custom"] == "a:b\nc\\d"
    assert result["bigLength"] == 3 * MIB
    assert result["binaryEqual"] is True


def test_the_gateway_frame_limit_is_the_brokers_own():
    assert BROKER_MAX_FRAME_BYTES == 4 * MIB  # web_stomp.ws_opts.max_frame_size in rabbitmq.conf


async def test_a_3_mib_frame_passes_through_the_gateway_with_the_default_limit(gateway, raw_client):
    assert gateway.settings.max_frame_bytes == BROKER_MAX_FRAME_BYTES
    client = await raw_client(gateway.ws_url)
    assert (await client.connect()).command == "CONNECTED"
    # /app SENDs stop at the gateway, so the frame is checked by the proxy's own limit only.
    body = '{"sql":"' + "x" * (3 * MIB) + '"}'
    await client.send(f"SEND\ndestination:/app/query-execution\nreceipt:big\n\n{body}\x00")
    assert (await client.frame()).get("receipt-id") == "big"
    [(_, got, _, _)] = gateway.app_calls.calls
    assert len(got) == len(body)


BROKER_ERRORS_IT_SURVIVES = [
    ("ACK\nid:T_no-such-sub@@session-x@@1\n\n\x00", "Subscription not found"),
    ("ACK\nid:not-a-message-id\n\n\x00", "Invalid header"),
    ("NACK\nid:not-a-message-id\n\n\x00", "Invalid header"),
    ("COMMIT\ntransaction:no-such-transaction\n\n\x00", "Bad transaction"),
]


@pytest.mark.parametrize("frame, message", BROKER_ERRORS_IT_SURVIVES)
@pytest.mark.parametrize("target", ["gateway", "direct"])
async def test_broker_error_is_relayed_and_the_session_goes_on(gateway, raw_client, rabbit_node, publisher,
                                                                frame, message, target):
    url = gateway.ws_url if target == "gateway" else rabbit_node.web_stomp_url
    client = await raw_client(url)
    assert (await client.connect("login:guest", "passcode:guest")).command == "CONNECTED"
    assert (await client.subscribe("/topic/query-execution", "s1", "ack:client-individual")).command == "RECEIPT"
    await client.send(frame)
    error = await client.frame()
    assert error.command == "ERROR" and error.get("message") == message
    receipt = await client.subscribe("/topic/nl-to-sql", "s2")
    assert receipt.command == "RECEIPT" and receipt.get("receipt-id") == "sub-s2"
    assert not client.closed.is_set()


async def test_stompjs_keeps_its_session_and_subscriptions_after_a_non_fatal_error(gateway, publisher):
    js = await NodeClient.start("resilient.js", {"url": gateway.ws_url, "destination": "/topic/query-execution",
                                                 "ackUnknown": True, "reconnectDelay": 200})
    try:
        await js.until("READY")
        error = await js.until("ERROR")
        assert error["headers"]["message"] == "Subscription not found"
        await js.until("RECEIPT")
        request_id = new_request_id()
        sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice", steps=1)
        got = []
        while len(got) < len(sent):
            event = await js.until("MESSAGE")
            if event["headers"].get("x-request-id") == request_id:
                got.append(event["body"].encode())
        assert got == sent
        # One session all along: no close, no reconnect.
        assert [e["event"] for e in js.lines].count("CONNECTED") == 1
        assert "CLOSE" not in [e["event"] for e in js.lines]
    finally:
        await js.stop()


async def test_stompjs_past_the_subscription_limit_gets_an_error_naming_it_and_reconnects(make_gateway):
    gateway = await make_gateway(max_subscriptions=4)
    js = await NodeClient.start("resilient.js", {"url": gateway.ws_url, "destination": "/topic/query-execution",
                                                 "subscribeMore": 4, "reconnectDelay": 200})
    try:
        await js.until("READY")
        error = await js.until("ERROR")
        assert error["headers"]["limit"] == "subscriptions-per-session"
        assert (await js.until("CLOSE"))["code"] == 1008
        # The client reconnects and its usual subscription works again.
        assert (await js.until("READY"))["count"] == 2
    finally:
        await js.stop()

