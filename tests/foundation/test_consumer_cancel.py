"""A consumer the broker cancels (basic.cancel: its queue was deleted) comes back by itself: the
worker re-declares the queue and its bindings from the topology and serves the next command."""
import asyncio
import base64
import json
import time
import urllib.request

import pytest
from prometheus_client import REGISTRY

from broker import RpcClient, RpcWorker, declare_topology
from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, QUEUES, command_queue
from contracts.rpc import Caller

CALLER = Caller(user_id="tester", roles=["user"])
QUEUE = command_queue(QUERY_EXECUTION_KEY)


def cancels() -> float:
    return REGISTRY.get_sample_value("querycast_broker_consumer_cancels_total", {"queue": QUEUE}) or 0.0


@pytest.fixture
async def served(broker):
    admin = broker.channel(confirms=False)
    await admin.wait_open(5)
    await declare_topology(admin)
    await admin.queue_purge(QUEUE)
    worker = RpcWorker(broker, QUEUE, app_id="cancel-test")

    async def echo(command, _delivery):
        return {"echo": command.payload["n"]}

    worker.handle("echo", echo)
    await worker.start()
    async with asyncio.timeout(10):  # the channel opens, then the consumer starts
        while await admin.queue_consumer_count(QUEUE) < 1:
            await asyncio.sleep(0.05)
    rpc = await RpcClient(broker).start()
    yield admin, worker, rpc
    await rpc.close()
    await worker.close()
    await admin.close()


async def _call(rpc, n: int):
    return await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, "echo", {"n": n},
                          request_id=f"cancel-{n}-{id(rpc)}", caller=CALLER, timeout=15)


async def test_deleted_command_queue_is_re_declared_and_the_next_command_served(served):
    admin, worker, rpc = served
    assert await _call(rpc, 1) == {"echo": 1}
    before = cancels()
    await admin.queue_delete(QUEUE)
    # The worker is told (basic.cancel), re-declares the queue with its bindings, consumes again.
    async with asyncio.timeout(15):
        while True:
            try:
                if await admin.queue_consumer_count(QUEUE) >= 1:
                    break
            except Exception:  # not there yet: the passive declare closed (and re-opened) our channel
                pass
            await asyncio.sleep(0.1)
    assert await _call(rpc, 2) == {"echo": 2}
    assert cancels() == before + 1
    assert worker.channel.consumers.cancelled_by_broker == 1


async def test_queue_deleted_and_re_declared_by_an_operator_is_consumed_again(served):
    admin, _worker, rpc = served
    before = cancels()
    await admin.queue_delete(QUEUE)
    # Not in the same millisecond: RabbitMQ 3.10 crashes a channel that still consumes from a
    # quorum queue re-created under it before it processed the delete (docs/operations.md).
    await asyncio.sleep(1.0)
    arguments = next(q.arguments for q in QUEUES if q.name == QUEUE)
    await admin.queue_declare(QUEUE, arguments=arguments)
    await admin.queue_bind(QUEUE, COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY)
    assert await _call(rpc, 3) == {"echo": 3}
    assert cancels() == before + 1


def test_connections_announce_consumer_cancel_notify(broker, rabbit_node):
    request = urllib.request.Request(rabbit_node.management_url + "api/connections")
    request.add_header("Authorization", "Basic " + base64.b64encode(b"guest:guest").decode())
    async_name = broker.name
    for _ in range(50):
        with urllib.request.urlopen(request, timeout=5) as response:
            connections = json.load(response)
        ours = [c for c in connections if c.get("client_properties", {}).get("connection_name") == async_name]
        if ours:
            break
        time.sleep(0.2)
    assert ours, "the test broker connection is not listed"
    assert ours[0]["client_properties"]["capabilities"]["consumer_cancel_notify"] is True
