"""The broker node stops and starts again under a running publisher and RPC worker."""
import asyncio
import uuid

from broker import Broker, RpcClient, RpcWorker
from broker.errors import BrokerUnavailable
from contracts.rpc import Caller


async def test_publisher_and_worker_reconnect_and_no_confirmed_message_is_lost(rabbit_node, amqp_url):
    publisher_conn = await Broker(amqp_url, "querycast-test-publisher", max_backoff=1.0).start()
    worker_conn = await Broker(amqp_url, "querycast-test-worker", max_backoff=1.0).start()
    admin = publisher_conn.channel(confirms=True)
    store = f"qc.test.durable.{uuid.uuid4().hex[:8]}"
    commands = f"qc.test.cmd.{uuid.uuid4().hex[:8]}"
    await admin.queue_declare(store, arguments={"x-queue-type": "quorum"})
    await admin.queue_declare(commands, arguments={"x-queue-type": "quorum"})
    worker = RpcWorker(worker_conn, commands, app_id="restart-worker")

    async def ping(command, _delivery):
        return {"pong": command.request_id}

    worker.handle("ping", ping)
    await worker.start()
    confirmed: list[str] = []

    async def publish_until(stop: asyncio.Event) -> None:
        n = 0
        while not stop.is_set():
            body = f"m{n}"
            try:
                await admin.publish("", store, body.encode(), timeout=2)
                confirmed.append(body)
                n += 1
            except BrokerUnavailable:
                await asyncio.sleep(0.05)  # not confirmed: not counted, retried with a new body
            await asyncio.sleep(0.01)

    stop = asyncio.Event()
    pump = asyncio.create_task(publish_until(stop))
    try:
        await asyncio.sleep(0.5)
        before_restart = len(confirmed)
        await asyncio.to_thread(rabbit_node.stop_app)
        await asyncio.sleep(1)
        assert not publisher_conn.is_connected and not worker_conn.is_connected
        await asyncio.to_thread(rabbit_node.start_app)
        await publisher_conn.wait_connected(30)
        await worker_conn.wait_connected(30)
        await admin.wait_open(30)
        await asyncio.sleep(1)
        after_restart = len(confirmed)
        await asyncio.sleep(0.5)
    finally:
        stop.set()
        await pump
    assert before_restart > 0 and len(confirmed) > after_restart, "publishing resumed after restart"

    client_conn = await Broker(amqp_url, "querycast-test-client").start()
    client = await RpcClient(client_conn).start()
    result = await client.call("", commands, "ping", {}, request_id="after-restart",
                               caller=Caller(user_id="t"), timeout=10)
    assert result == {"pong": "after-restart"}

    reader = client_conn.channel(confirms=False)
    stored: list[str] = []
    done = asyncio.Event()

    async def collect(delivery):
        stored.append(delivery.body.decode())
        delivery.ack()
        if len(stored) >= len(confirmed):
            done.set()

    await reader.consume(store, collect)
    await asyncio.wait_for(done.wait(), 30)
    assert set(confirmed) <= set(stored), "every confirmed message survived the restart"
    await reader.queue_delete(store)
    await reader.queue_delete(commands)
    for b in (client_conn, worker_conn, publisher_conn):
        await b.close()
