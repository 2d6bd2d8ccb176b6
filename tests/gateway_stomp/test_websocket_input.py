"""The gateway reads its clients' WebSocket frames itself (gateway/stomp/wsreader.py): bytes meet
the budgets as they arrive, not once a WebSocket message is complete. A client written by hand
sends what libraries will not: one message whose declared length never arrives, fragments with a
ping between them, invalid UTF-8."""
from __future__ import annotations

import asyncio
import contextlib
import json
import uuid

import pytest

from gateway.stomp import STOMP_CONTEXT
from tests.gateway_stomp.raw_websocket import HandWrittenWebSocket, frame_header

KIB = 1024
MIB = 1024 * KIB
CONNECT = b"CONNECT\naccept-version:1.2\nhost:/\n\n\x00"
SEND_HEAD = b"SEND\ndestination:/topic/news\n\n"


async def connected(url: str) -> HandWrittenWebSocket:
    client = await HandWrittenWebSocket.open(url)
    await client.send_message(CONNECT)
    assert (await client.stomp_frame()).command == "CONNECTED"
    return client


async def send_quietly(client: HandWrittenWebSocket, data: bytes) -> None:
    with contextlib.suppress(ConnectionError):  # the gateway may hang up before it has read it all
        await client.send_raw(data)


async def assert_limit_error(client: HandWrittenWebSocket, limit: str) -> None:
    error = await client.stomp_frame()
    assert error.command == "ERROR" and error.get("limit") == limit, error
    assert await client.close_code() == 1008


async def test_one_websocket_message_that_never_completes_counts_against_the_gateway_budget(make_gateway):
    # Its frame header promises 3 MiB; 1 MiB of an endless STOMP frame arrives, then nothing.
    gateway = await make_gateway(allowed_destinations=("/topic/news",), max_incomplete_bytes_total=256 * KIB)
    client = await connected(gateway.ws_url)
    try:
        await send_quietly(client, frame_header(3 * MIB) + HandWrittenWebSocket.MASK + SEND_HEAD + b"x" * MIB)
        await assert_limit_error(client, "incomplete-bytes-total")
    finally:
        client.close()
    async with asyncio.timeout(5):
        while gateway.runner.app[STOMP_CONTEXT].limits.incomplete_bytes:
            await asyncio.sleep(0.05)  # the session's share is given back


async def test_a_websocket_message_stalled_midway_is_held_to_the_frame_deadline(make_gateway):
    gateway = await make_gateway(allowed_destinations=("/topic/news",), incomplete_frame_seconds=1.0)
    client = await connected(gateway.ws_url)
    try:
        await client.send_raw(frame_header(100 * KIB) + HandWrittenWebSocket.MASK + SEND_HEAD + b"x" * KIB)
        await assert_limit_error(client, "incomplete-frame-seconds")
    finally:
        client.close()


async def test_one_whole_message_of_mibs_without_its_nul_counts_against_the_budget(make_gateway):
    gateway = await make_gateway(allowed_destinations=("/topic/news",), max_incomplete_bytes_total=MIB)
    client = await connected(gateway.ws_url)
    try:
        await send_quietly(client, frame_header(2 * MIB + len(SEND_HEAD)) + HandWrittenWebSocket.MASK
                           + SEND_HEAD + b"x" * 2 * MIB)
        await assert_limit_error(client, "incomplete-bytes-total")
    finally:
        client.close()


async def test_fragments_with_a_ping_between_them_make_one_frame(make_gateway):
    gateway = await make_gateway(allowed_destinations=("/topic/news",))
    client = await HandWrittenWebSocket.open(gateway.ws_url)
    try:
        mask = HandWrittenWebSocket.MASK
        await client.send_raw(frame_header(10, opcode=1, fin=False) + mask + CONNECT[:10])
        await client.send_raw(frame_header(4, opcode=9) + mask + b"ping")
        # the rest, cut inside the next frame's header
        rest = frame_header(len(CONNECT) - 10, opcode=0) + mask + CONNECT[10:]
        await client.send_raw(rest[:1])
        await client.send_raw(rest[1:])
        assert await client.next_message() == (10, b"ping")  # the pong
        assert (await client.stomp_frame()).command == "CONNECTED"
        receipt = SEND_HEAD.replace(b"\n\n", b"\nreceipt:r1\n\n") + b"hello\x00"
        await client.send_message(receipt, opcode=2)
        assert (await client.stomp_frame()).get("receipt-id") == "r1"
    finally:
        client.close()


async def test_a_text_message_that_is_not_utf8_fails_the_connection(make_gateway):
    gateway = await make_gateway(allowed_destinations=("/topic/news",))
    client = await connected(gateway.ws_url)
    try:
        await client.send_message(SEND_HEAD + b"caf\xc3(\x00")
        assert await client.close_code() == 1007
    finally:
        client.close()


# SockJS's websocket transport is read by the sockjs package (aiohttp assembles each message);
# the gateway counts, from the frame headers, what aiohttp holds of the message in progress.
async def sockjs_connected(gateway) -> HandWrittenWebSocket:
    client = await HandWrittenWebSocket.open(f"{gateway.ws_url}/000/{uuid.uuid4().hex[:8]}/websocket", protocol=None)
    assert await client.next_message() == (1, b"o")
    await client.send_message(json.dumps([CONNECT.decode()]).encode())
    assert "CONNECTED" in (await sockjs_frames(client))[0]
    return client


async def sockjs_frames(client: HandWrittenWebSocket) -> list[str]:
    """The STOMP frames of the next SockJS data frame (`a[...]`); a close frame (`c[...]`) as
    ["CLOSE <code>"]."""
    while True:
        _, payload = await client.next_message()
        if payload.startswith(b"a"):
            return json.loads(payload[1:])
        if payload.startswith(b"c"):
            return [f"CLOSE {json.loads(payload[1:])[0]}"]


@pytest.mark.parametrize("budget, limit", [
    ({"max_incomplete_bytes_total": 256 * KIB}, "incomplete-bytes-total"),
    ({"incomplete_frame_seconds": 1.0}, "incomplete-frame-seconds"),
])
async def test_a_sockjs_websocket_message_that_never_completes_meets_the_budgets(make_gateway, budget, limit):
    gateway = await make_gateway(allowed_destinations=("/topic/news",), **budget)
    client = await sockjs_connected(gateway)
    try:
        start = b'["' + SEND_HEAD.replace(b"\n", b"\\n")
        size = MIB if limit == "incomplete-bytes-total" else KIB
        await send_quietly(client, frame_header(3 * MIB) + HandWrittenWebSocket.MASK + start + b"x" * size)
        error = (await sockjs_frames(client))[0]
        assert error.startswith("ERROR") and f"\nlimit:{limit}\n" in error, error
        assert await sockjs_frames(client) == ["CLOSE 3008"]
    finally:
        client.close()
