"""Frame-level behaviour of the proxy with a raw WebSocket STOMP client against the real broker."""
import uuid

import aiohttp
import pytest

from contracts.status import Feature
from tests.gateway_stomp.conftest import new_request_id
from tests.gateway_stomp.helpers import direct_subscriber, messages_before_barrier, messages_for, publish_events


async def test_events_reach_a_subscriber_through_the_gateway_intact_and_in_order(gateway, raw_client, publisher):
    client = await raw_client(gateway.ws_url)
    # Client credentials are not the broker's: they never reach it, the gateway's are used.
    connected = await client.connect("login:someone", "passcode:not-a-broker-password", "heart-beat:0,0")
    assert connected.command == "CONNECTED" and connected.get("version") == "1.2"
    assert connected.get("user-name") is None
    assert (await client.subscribe("/topic/query-execution")).command == "RECEIPT"
    request_id = new_request_id()
    sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "alice")
    got = await messages_for(client, request_id, len(sent))
    assert [f.body for f in got] == sent
    assert {f.get("content-type") for f in got} == {"application/json"}
    assert {f.get("destination") for f in got} == {"/topic/query-execution"}
    assert [f.get("x-sequence") for f in got] == ["1", "2", "3", "4"]


async def test_connect_with_jwt_in_header_passcode_or_url_sets_user_name(gateway, raw_client, verifier):
    token, _ = verifier.issue("alice", ["user"])
    by_header = await raw_client(gateway.ws_url)
    assert (await by_header.connect(f"Authorization:Bearer {token}")).get("user-name") == "alice"
    by_passcode = await raw_client(gateway.ws_url)
    assert (await by_passcode.connect("login:alice", f"passcode:{token}")).get("user-name") == "alice"
    by_url = await raw_client(f"{gateway.ws_url}?access_token={token}")
    assert (await by_url.connect()).get("user-name") == "alice"


async def test_forged_token_is_refused_even_in_compat(gateway, raw_client, verifier):
    token, _ = verifier.issue("alice", ["admin"])
    head, payload, sig = token.split(".")
    client = await raw_client(gateway.ws_url)
    error = await client.connect(f"Authorization:Bearer {head}.{payload}.{sig[:-4]}AAAA")
    assert error.command == "ERROR" and "Authentication failed" in error.get("message")
    await client.wait_closed()


@pytest.mark.parametrize("frame, kind", [
    ("SUBSCRIBE\nid:1\ndestination:/topic/other\n\n\x00", "not allowed"),
    ("SUBSCRIBE\nid:1\ndestination:/amq/queue/querycast.status-history\n\n\x00", "not allowed"),
    ("SUBSCRIBE\nid:1\ndestination:/topic/nl-to-sql.user.bob\n\n\x00", "not allowed"),
    ("SUBSCRIBE\nid:1\ndestination:/user/queue/nl-to-sql\n\n\x00", "logged-in"),
    ("HELLO\n\n\x00", "Unknown STOMP command"),
    ("SEND\nno colon here\n\n\x00", "header"),
    ("SEND\ndestination:/queue/x\nk:a\\tb\n\n\x00", "escape"),
    ("CONNECT\naccept-version:1.2\n\n\x00", "Unknown STOMP command"),
])
async def test_bad_frames_get_an_error_frame_and_close(gateway, raw_client, frame, kind):
    client = await raw_client(gateway.ws_url)
    assert (await client.connect()).command == "CONNECTED"
    await client.send(frame)
    error = await client.frame()
    assert error.command == "ERROR" and kind in error.get("message")
    await client.wait_closed()


async def test_refused_frames_never_reach_the_broker(gateway, raw_client, http, rabbit_node, publisher):
    spy = await direct_subscriber(http, rabbit_node.web_stomp_url, "/topic/query-execution")
    attempts = [
        "SEND\ndestination:/topic/query-execution\n\nforged event\x00",
        "SEND\ndestination:/topic/query-execution\n" + "".join(f"h{i}:v\n" for i in range(100)) + "\nx\x00",
        "SEND\ndestination:/topic/query-execution\ncontent-length:5000000\n\n",  # over the broker's 4 MiB
    ]
    for attempt in attempts:
        client = await raw_client(gateway.ws_url)
        assert (await client.connect()).command == "CONNECTED"
        await client.send(attempt)
        error = await client.frame()
        assert error.command == "ERROR"
        await client.wait_closed()
    assert await messages_before_barrier(spy, publisher) == []


async def test_limits_apply_before_connect(make_gateway, raw_client):
    gateway = await make_gateway(max_headers=8)
    client = await raw_client(gateway.ws_url)
    await client.send("CONNECT\n" + "".join(f"h{i}:v\n" for i in range(20)) + "\n\x00")
    error = await client.frame()
    assert error.command == "ERROR" and "headers" in error.get("message")
    await client.wait_closed()
    client = await raw_client(gateway.ws_url)
    await client.send("CONNECT\nx:" + "y" * 20000 + "\n\n\x00")
    error = await client.frame()
    assert error.command == "ERROR" and "larger" in error.get("message")
    client = await raw_client(gateway.ws_url)
    await client.send("SUBSCRIBE\nid:1\ndestination:/topic/nl-to-sql\n\n\x00")
    assert (await client.frame()).command == "ERROR"


async def test_no_connect_in_time_is_an_error_and_close(make_gateway, raw_client):
    gateway = await make_gateway(connect_timeout_seconds=0.5)
    client = await raw_client(gateway.ws_url)
    error = await client.frame()
    assert error.command == "ERROR" and "CONNECT" in error.get("message")
    await client.wait_closed()


async def test_pipelined_frames_in_one_message_and_frames_split_across_messages(gateway, raw_client, publisher):
    client = await raw_client(gateway.ws_url)
    await client.send("CONNECT\naccept-version:1.2\n\n\x00SUBSCRIBE\nid:a\ndestination:/topic/nl-to-sql\nreceipt:r1\n\n\x00")
    assert (await client.frame()).command == "CONNECTED"
    assert (await client.frame()).get("receipt-id") == "r1"
    await client.send("SUBSCRIBE\nid:b\ndestinat")
    await client.send("ion:/topic/query-execution\nreceipt:r2\n\n\x00\n\n")
    assert (await client.frame()).get("receipt-id") == "r2"
    request_id = new_request_id()
    sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "bob", steps=1)
    assert [f.body for f in await messages_for(client, request_id, 2)] == sent


async def test_app_send_is_handled_by_the_gateway_with_receipt_and_errors(gateway, raw_client, http, rabbit_node,
                                                                         verifier, publisher):
    spy = await direct_subscriber(http, rabbit_node.web_stomp_url, "/topic/query-execution")
    token, _ = verifier.issue("alice", ["user"])
    client = await raw_client(gateway.ws_url)
    await client.connect(f"Authorization:Bearer {token}")
    body = '{"sql":"select 1","databaseId":"demo"}'
    await client.send(f"SEND\ndestination:/app/query-execution\ncontent-type:application/json\nreceipt:q1\n\n{body}\x00")
    receipt = await client.frame()
    assert receipt.command == "RECEIPT" and receipt.get("receipt-id") == "q1"
    [(destination, got_body, headers, principal)] = gateway.app_calls.calls
    assert destination == "/app/query-execution" and got_body == body.encode()
    assert headers["content-type"] == "application/json" and principal.user_id == "alice"
    await client.send("SEND\ndestination:/app/query-execution\nreceipt:q2\n\n\x00")
    error = await client.frame()
    assert error.command == "ERROR" and error.get("receipt-id") == "q2"
    assert error.get("message") == "The request body is empty." and error.get("error-code") == "VALIDATION_ERROR"
    await client.wait_closed()
    assert await messages_before_barrier(spy, publisher) == []


async def test_disallowed_origin_is_refused_and_allowed_one_accepted(make_gateway, http):
    gateway = await make_gateway(allowed_origins=("https://app.example",))
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await http.ws_connect(gateway.ws_url, protocols=("v12.stomp",), headers={"Origin": "https://evil.example"})
    assert err.value.status == 403
    ws = await http.ws_connect(gateway.ws_url, protocols=("v12.stomp",), headers={"Origin": "https://app.example"})
    assert ws.protocol == "v12.stomp"
    await ws.close()


async def test_disconnect_with_receipt_closes_cleanly(gateway, raw_client):
    client = await raw_client(gateway.ws_url)
    await client.connect()
    await client.send("DISCONNECT\nreceipt:bye\n\n\x00")
    receipt = await client.frame()
    assert receipt.command == "RECEIPT" and receipt.get("receipt-id") == "bye"
    await client.wait_closed()
    assert client.frames.empty()


async def test_sockjs_info_and_cors_for_listed_origins(make_gateway, http):
    gateway = await make_gateway(allowed_origins=("https://app.example",))
    async with http.get(f"{gateway.http_url}/info", headers={"Origin": "https://app.example"}) as resp:
        info = await resp.json(content_type=None)
        assert resp.headers["Access-Control-Allow-Origin"] == "https://app.example"
        assert resp.headers["Access-Control-Allow-Credentials"] == "true"
    assert info["websocket"] is True
    async with http.get(f"{gateway.http_url}/info", headers={"Origin": "https://evil.example"}) as resp:
        assert resp.status == 403
    async with http.get(gateway.http_url) as resp:
        assert (await resp.text()) == "Welcome to SockJS!\n"


async def test_gateway_shutdown_sends_error_and_going_away(make_gateway, raw_client):
    gateway = await make_gateway()
    client = await raw_client(gateway.ws_url)
    assert (await client.connect()).command == "CONNECTED"
    await gateway.runner.cleanup()
    error = await client.frame()
    assert error.command == "ERROR" and "shutting down" in error.get("message")
    await client.wait_closed()
    assert client.close_code == 1001


async def test_a_session_the_broker_ends_gets_an_error_saying_so(make_gateway, raw_client):
    gateway = await make_gateway(allowed_destinations=("/amq/queue/**",))
    client = await raw_client(gateway.ws_url)
    await client.connect()
    await client.send(f"SUBSCRIBE\nid:1\ndestination:/amq/queue/qc-missing-{uuid.uuid4().hex[:6]}\n\n\x00")
    error = await client.frame()
    # Web-STOMP itself just closes the socket; the gateway tells the client why it ended.
    assert error.command == "ERROR" and error.get("message").startswith("The broker ended the session")
    await client.wait_closed()


@pytest.mark.parametrize("protocol, accept, version", [("v10.stomp", None, "1.0"), ("v11.stomp", "1.0,1.1", "1.1")])
async def test_older_stomp_versions_work(gateway, raw_client, publisher, protocol, accept, version):
    client = await raw_client(gateway.ws_url, protocols=(protocol,))
    assert client.ws.protocol == protocol
    head = "CONNECT\n" + (f"accept-version:{accept}\n" if accept else "") + "\n\x00"
    await client.send(head)
    connected = await client.frame()
    assert connected.command == "CONNECTED" and connected.get("version", "1.0") == version
    client.parser.version = version
    assert (await client.subscribe("/topic/query-execution")).command == "RECEIPT"
    request_id = new_request_id()
    sent = await publish_events(publisher, Feature.QUERY_EXECUTION, request_id, "old-client", steps=1)
    assert [f.body for f in await messages_for(client, request_id, 2)] == sent


async def test_websocket_messages_beyond_the_frame_limit_are_refused(make_gateway, raw_client, http,
                                                                     rabbit_node, publisher):
    spy = await direct_subscriber(http, rabbit_node.web_stomp_url, "/topic/query-execution")
    gateway = await make_gateway(allowed_destinations=("/topic/news",), max_frame_bytes=64 * 1024)
    oversized = await raw_client(gateway.ws_url)
    await oversized.connect()
    await oversized.send("SEND\ndestination:/topic/news\n\n" + "x" * 100_000 + "\x00")
    error = await oversized.frame()
    assert error.command == "ERROR" and "larger" in error.get("message")
    await oversized.wait_closed()
    # Far beyond the limit, in one WebSocket message: refused the same way, as soon as the limit
    # is passed (the gateway reads the message as it arrives; it never assembles it).
    huge = await raw_client(gateway.ws_url)
    await huge.connect()
    await huge.send("SEND\ndestination:/topic/query-execution\n\n" + "x" * 1_000_000 + "\x00")
    error = await huge.frame()
    assert error.command == "ERROR" and "larger" in error.get("message")
    await huge.wait_closed()
    assert huge.close_code == 1008
    assert await messages_before_barrier(spy, publisher) == []
