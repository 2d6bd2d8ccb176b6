"""The per-session and per-gateway budgets (gateway/stomp/limits.py): each breach is an ERROR
whose `limit` header names the budget, then a 1008 close, and what a closed session held is
given back to the gateway's shared budgets."""
import asyncio
import gc
import time
import weakref

from prometheus_client import REGISTRY

from gateway.stomp import STOMP_CONTEXT
from tests.gateway_stomp.helpers import broker_queue_names

KIB = 1024


async def connected(raw_client, url: str, *headers: str):
    client = await raw_client(url)
    assert (await client.connect(*headers)).command == "CONNECTED"
    return client


async def assert_limit_error(client, limit: str, timeout: float = 10) -> None:
    error = await client.frame(timeout)
    assert error.command == "ERROR", error
    assert error.get("limit") == limit and error.get("message").startswith("Limit exceeded")
    await client.wait_closed(timeout)
    assert client.close_code == 1008


def partial_send(size: int) -> str:
    return "SEND\ndestination:/topic/news\n\n" + "x" * size  # no NUL: the frame never ends


async def test_an_incomplete_frame_bigger_than_its_budget_is_refused(make_gateway, raw_client):
    gateway = await make_gateway(max_incomplete_frame_bytes=64 * KIB)
    client = await connected(raw_client, gateway.ws_url)
    await client.send(partial_send(30 * KIB))
    await client.send("x" * 30 * KIB)
    await client.send("x" * 30 * KIB)
    await assert_limit_error(client, "incomplete-frame-bytes")


async def test_a_session_ended_by_a_limit_is_freed_at_once_not_by_a_later_garbage_collection(
        make_gateway, raw_client):
    # Reference cycles would keep each abusive session (and what its socket buffered) until a
    # full collection, which a quiet gateway may not run for a long time.
    gateway = await make_gateway(max_incomplete_frame_bytes=64 * KIB)
    sessions = gateway.runner.app[STOMP_CONTEXT].sessions
    gc.collect()
    gc.disable()
    try:
        client = await connected(raw_client, gateway.ws_url)
        [session] = sessions
        freed = weakref.ref(session)
        del session
        await client.send(partial_send(100 * KIB))
        await assert_limit_error(client, "incomplete-frame-bytes")
        async with asyncio.timeout(5):
            while freed() is not None:
                await asyncio.sleep(0.05)
    finally:
        gc.enable()


async def test_an_incomplete_frame_must_be_completed_in_time_even_when_trickled(make_gateway, raw_client):
    gateway = await make_gateway(incomplete_frame_seconds=1.0, allowed_destinations=("/topic/news",))
    # Completed in time: it passes.
    prompt = await connected(raw_client, gateway.ws_url)
    await prompt.send("SEND\ndestination:/topic/news\nreceipt:r1\n\nhel")
    await asyncio.sleep(0.3)
    await prompt.send("lo\x00")
    assert (await prompt.frame()).get("receipt-id") == "r1"
    # Each trickled byte is traffic, but the deadline runs from the frame's first byte.
    slow = await connected(raw_client, gateway.ws_url)
    started = time.monotonic()
    await slow.send("SEND\ndestination:/topic/news\n\n")
    while not slow.closed.is_set() and time.monotonic() - started < 5:
        await slow.send("x")
        await asyncio.sleep(0.1)
    await assert_limit_error(slow, "incomplete-frame-seconds")
    assert time.monotonic() - started < 3


async def test_incomplete_frames_of_all_sessions_share_one_budget_returned_on_close(make_gateway, raw_client):
    gateway = await make_gateway(max_incomplete_frame_bytes=64 * KIB, max_incomplete_bytes_total=100 * KIB,
                                 allowed_destinations=("/topic/news",))
    holder = await connected(raw_client, gateway.ws_url)
    await holder.send(partial_send(60 * KIB))
    await asyncio.sleep(0.2)
    second = await connected(raw_client, gateway.ws_url)
    await second.send(partial_send(60 * KIB))
    await assert_limit_error(second, "incomplete-bytes-total")
    # The holder finishes its frame: its share is free again.
    await holder.send("\x00SEND\ndestination:/topic/news\nreceipt:done\n\n\x00")
    assert (await holder.frame()).get("receipt-id") == "done"
    third = await connected(raw_client, gateway.ws_url)
    await third.send(partial_send(60 * KIB))
    await holder.send(partial_send(50 * KIB))
    await assert_limit_error(holder, "incomplete-bytes-total")
    # A session that ends with its frame incomplete gives its share back too.
    await third.close()
    await asyncio.sleep(0.3)
    fourth = await connected(raw_client, gateway.ws_url)
    await fourth.send(partial_send(60 * KIB) + "\x00")
    await fourth.send("SEND\ndestination:/topic/news\nreceipt:r4\n\n\x00")
    assert (await fourth.frame()).get("receipt-id") == "r4"


async def test_subscription_limit_plus_one_is_an_error_and_the_broker_queues_stay_bounded(
        make_gateway, raw_client, http, rabbit_node):
    gateway = await make_gateway()
    limit = gateway.settings.max_subscriptions
    client = await connected(raw_client, gateway.ws_url)
    for i in range(limit):
        assert (await client.subscribe("/topic/query-execution", f"s{i}")).command == "RECEIPT"
    mine = [q for q in await broker_queue_names(http, rabbit_node) if q.startswith("querycast-gateway.anonymous.")]
    assert len(mine) == limit
    await client.send(f"SUBSCRIBE\nid:s{limit}\ndestination:/topic/query-execution\nreceipt:over\n\n\x00")
    await assert_limit_error(client, "subscriptions-per-session")

    # The amplification attack: 500 SUBSCRIBEs in one message reach the broker only `limit` times.
    attacker = await connected(raw_client, gateway.ws_url)
    await attacker.send("".join(f"SUBSCRIBE\nid:a{i}\ndestination:/topic/query-execution\n\n\x00"
                                for i in range(500)))
    await assert_limit_error(attacker, "subscriptions-per-session")
    async with asyncio.timeout(10):
        while [q for q in await broker_queue_names(http, rabbit_node) if q.startswith("querycast-gateway.")]:
            await asyncio.sleep(0.2)  # auto-delete queues go with their sessions


async def test_unsubscribe_frees_a_subscription_slot(make_gateway, raw_client):
    gateway = await make_gateway(max_subscriptions=2)
    client = await connected(raw_client, gateway.ws_url)
    assert (await client.subscribe("/topic/query-execution", "a")).command == "RECEIPT"
    assert (await client.subscribe("/topic/nl-to-sql", "b")).command == "RECEIPT"
    await client.send("UNSUBSCRIBE\nid:a\n\n\x00")
    assert (await client.subscribe("/topic/query-execution", "c")).command == "RECEIPT"


async def test_sessions_per_address_are_capped_and_freed_on_close(make_gateway, raw_client):
    gateway = await make_gateway(max_sessions_per_address=2)
    first = await connected(raw_client, gateway.ws_url)
    await connected(raw_client, gateway.ws_url)
    third = await raw_client(gateway.ws_url)
    await assert_limit_error(third, "sessions-per-address")
    await first.close()
    await asyncio.sleep(0.3)
    await connected(raw_client, gateway.ws_url)


async def test_anonymous_sessions_are_capped_but_logged_in_ones_are_not(make_gateway, raw_client, verifier):
    gateway = await make_gateway(max_anonymous_sessions=1)
    await connected(raw_client, gateway.ws_url)
    second = await raw_client(gateway.ws_url)
    await second.send("CONNECT\naccept-version:1.2\n\n\x00")
    await assert_limit_error(second, "anonymous-sessions")
    token, _ = verifier.issue("alice", ["user"])
    logged_in = await connected(raw_client, gateway.ws_url, f"Authorization:Bearer {token}")
    assert (await logged_in.subscribe("/user/queue/nl-to-sql")).command == "RECEIPT"


async def test_a_sockjs_client_that_does_not_poll_is_cut_off_past_its_pending_bytes(make_gateway, broker, http):
    gateway = await make_gateway(allowed_destinations=("/topic/flood",), max_pending_bytes=64 * KIB)
    base = f"{gateway.http_url}/000/{time.monotonic_ns()}"

    async def poll() -> str:
        async with http.post(f"{base}/xhr") as resp:
            return await resp.text()

    async def send(frame: str) -> None:
        async with http.post(f"{base}/xhr_send", json=[frame]) as resp:
            assert resp.status == 204

    assert await poll() == "o\n"
    await send("CONNECT\naccept-version:1.2\n\n\x00")
    assert "CONNECTED" in await poll()
    await send("SUBSCRIBE\nid:1\ndestination:/topic/flood\nreceipt:r\n\n\x00")
    assert "RECEIPT" in await poll()
    # The client stops polling: what the gateway queues for it is bounded.
    before = slow_client_errors()
    channel = broker.channel(confirms=True)
    try:
        for _ in range(20):
            await channel.publish("amq.topic", "flood", b"x" * 8 * KIB)
    finally:
        await channel.close()
    async with asyncio.timeout(10):
        while slow_client_errors() == before:
            await asyncio.sleep(0.1)
    # sockjs answers a poll of a closed session with its own close frame, dropping the queue.
    assert (await poll()).startswith("c[")


def slow_client_errors() -> float:
    return REGISTRY.get_sample_value("querycast_stomp_errors_total", {"kind": "slow-client"}) or 0.0
