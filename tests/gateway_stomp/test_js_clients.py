"""Unchanged STOMP.js frontends: @stomp/stompjs over a raw WebSocket and over sockjs-client with
each transport forced in turn receive StatusPublisher events through the gateway."""
import json

import pytest
from prometheus_client import REGISTRY

from contracts.status import Feature
from gateway.stomp import Profile
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import publish_events
from tests.gateway_stomp.js import NodeClient


@pytest.mark.parametrize("transport", [None, "websocket", "xhr-streaming", "xhr-polling", "eventsource"])
async def test_stompjs_receives_events_in_order(gateway, publisher, transport):
    url = gateway.ws_url if transport is None else gateway.http_url
    config = {"url": url, "destination": "/topic/query-execution", "count": 4,
              "connectHeaders": {"login": "frontend", "passcode": "whatever"}}
    if transport is not None:
        config["sockjs"] = [transport]
    client = await NodeClient.start("subscribe.js", config)
    try:
        await client.until("CONNECTED")
        await client.until("READY")
        # The forced transport really carries the session.
        label = "websocket" if transport is None else f"sockjs-{transport}"
        assert REGISTRY.get_sample_value("querycast_stomp_sessions", {"transport": label}) >= 1
        request_id = new_request_id()
        sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice")
        got = await client.messages(4)
        assert [json.loads(m["body"]) for m in got] == [json.loads(s) for s in sent]
        assert {m["headers"]["content-type"] for m in got} == {"application/json"}
        assert {m["headers"]["destination"] for m in got} == {"/topic/query-execution"}
        await client.finish()
    finally:
        await client.stop()


@pytest.mark.parametrize("how", ["sockjs-url-token", "raw-authorization-header"])
async def test_stompjs_in_strict_profile_sees_only_own_events(make_gateway, verifier, publisher, how):
    gateway = await make_gateway(profile=Profile.STRICT)
    token, _ = verifier.issue("frontend-user", ["user"])
    if how == "sockjs-url-token":
        config = {"url": f"{gateway.http_url}?access_token={token}", "sockjs": ["xhr-streaming"]}
    else:
        config = {"url": gateway.ws_url, "connectHeaders": {"Authorization": f"Bearer {token}"}}
    client = await NodeClient.start("subscribe.js", {**config, "destination": "/topic/nl-to-sql", "count": 2})
    try:
        connected = await client.until("CONNECTED")
        assert connected["headers"]["user-name"] == "frontend-user"
        await client.until("READY")
        await publish_events(publisher, Feature.NL_TO_SQL, new_request_id("other"), "someone-else", steps=1)
        mine = new_request_id("mine")
        sent = await publish_events(publisher, Feature.NL_TO_SQL, mine, "frontend-user", steps=1)
        got = await client.messages(2)
        assert [m["body"].encode() for m in got] == sent
        assert {m["headers"]["destination"] for m in got} == {"/topic/nl-to-sql"}
    finally:
        await client.stop()


async def test_sockjs_session_gets_error_and_close_at_gateway_shutdown(make_gateway):
    gateway = await make_gateway()
    client = await NodeClient.start("subscribe.js", {"url": gateway.http_url, "sockjs": ["xhr-streaming"],
                                                     "destination": "/topic/query-execution"})
    try:
        await client.until("READY")
        await gateway.runner.cleanup()
        error = await client.until("ERROR")
        assert "shutting down" in error["headers"]["message"]
        await client.until("CLOSE")
    finally:
        await client.stop()
