"""Helpers shared by the gateway STOMP tests: a direct subscriber on the broker (to prove what
the broker did or did not see) and status events from the broker layer's StatusPublisher."""
from __future__ import annotations

import asyncio
import json
import uuid

import aiohttp

from broker import StatusPublisher
from contracts.status import Feature, Stage
from tests.gateway_stomp.stomp_client import RawStompClient


async def direct_subscriber(http: aiohttp.ClientSession, web_stomp_url: str, destination: str) -> RawStompClient:
    """A client straight on Web-STOMP (guest), subscribed with a receipt."""
    client = await RawStompClient.open(http, web_stomp_url)
    connected = await client.connect("login:guest", "passcode:guest")
    assert connected.command == "CONNECTED"
    receipt = await client.subscribe(destination, "direct")
    assert receipt.command == "RECEIPT"
    return client


async def publish_events(publisher: StatusPublisher, feature: Feature, request_id: str, user_id: str,
                         steps: int = 3) -> list[str]:
    """`steps` IN_PROGRESS events and a terminal one; returns their JSON bodies in order."""
    events = publisher.for_request(feature, request_id, user_id)
    sent = [await events.step(Stage.REQUEST_RECEIVED, f"step {i}", {"databaseId": "demo"}, i * 10)
            for i in range(1, steps + 1)]
    sent.append(await events.succeed("Done", {"rowCount": 1}))
    return [e.to_json() for e in sent]


async def messages_for(client: RawStompClient, request_id: str, count: int, timeout: float = 10):
    got = []
    async with asyncio.timeout(timeout):
        while len(got) < count:
            frame = await client.frames.get()
            if frame.command == "MESSAGE" and frame.get("x-request-id") == request_id:
                got.append(frame)
    return got


async def messages_before_barrier(spy: RawStompClient, publisher: StatusPublisher,
                                  feature: Feature = Feature.QUERY_EXECUTION, timeout: float = 10) -> list:
    """The MESSAGE frames `spy` got before a barrier event published now. Whatever was sent to
    the broker earlier (and acknowledged to its sender) is routed before the barrier."""
    barrier = f"barrier-{uuid.uuid4().hex[:8]}"
    await publisher.for_request(feature, barrier, "barrier").succeed("barrier")
    before = []
    async with asyncio.timeout(timeout):
        while True:
            frame = await spy.frames.get()
            if frame.get("x-request-id") == barrier:
                return before
            if frame.command == "MESSAGE":
                before.append(frame)


async def broker_queue_names(http: aiohttp.ClientSession, rabbit_node) -> list[str]:
    """Every queue of the test node, from the management HTTP API."""
    async with http.get(f"{rabbit_node.management_url}api/queues?columns=name",
                        headers={"Authorization": aiohttp.encode_basic_auth("guest", "guest")}) as resp:
        resp.raise_for_status()
        return [q["name"] for q in await resp.json()]


def body_json(frame) -> dict:
    return json.loads(frame.body)
