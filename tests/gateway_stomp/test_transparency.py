"""With a permissive allow-list the gateway is transparent to what STOMP 1.2 clients use: the
same STOMP.js scenario gives the same results through the gateway as directly on Web-STOMP."""
import uuid

import pytest

from tests.gateway_stomp.js import NodeClient


async def run_features(url: str, connect_headers: dict) -> dict:
    destination = f"/queue/qc-stomp-test-{uuid.uuid4().hex[:8]}"
    client = await NodeClient.start("features.js", {"url": url, "destination": destination,
                                                    "connectHeaders": connect_headers})
    try:
        event = await client.until("RESULT", timeout=30)
    finally:
        await client.stop()
    return event["result"]


@pytest.mark.parametrize("target", ["gateway", "direct"])
async def test_receipts_acks_nack_transactions_headers_large_and_binary_bodies(make_gateway, rabbit_node, target):
    if target == "gateway":
        gateway = await make_gateway(allowed_destinations=("/queue/**",))
        result = await run_features(gateway.ws_url, {})
    else:
        result = await run_features(rabbit_node.web_stomp_url, {"login": "guest", "passcode": "guest"})
    assert result["subscribeReceipt"] and result["sendReceipt"]
    tags = [d["tag"] for d in result["deliveries"]]
    assert "aborted" not in tags and "committed" in tags
    nacks = [d for d in result["deliveries"] if d["tag"] == "nack-me"]
    assert [d["redelivered"] for d in nacks] == ["false", "true"]
    assert result["custom"] == "a:b\nc\\d"
    assert result["bigLength"] == 1024 * 1024
    assert result["binaryEqual"] is True
