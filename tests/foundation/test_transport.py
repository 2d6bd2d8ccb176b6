"""Coalesced socket writes (broker/transport.py) keep every message whole and in order: many small
publishes in one loop iteration, and bodies larger than one coalesced write (partial sends)."""
import asyncio
import uuid

from pika.adapters.utils.io_services_utils import _AsyncPlaintextTransport

from broker.transport import COALESCE_BYTES, _produce_coalesced


async def test_small_and_large_publishes_arrive_whole_and_in_order(broker):
    assert _AsyncPlaintextTransport._produce is _produce_coalesced
    channel = broker.channel(confirms=True)
    await channel.wait_open(10)
    queue = f"qc-test-transport-{uuid.uuid4().hex[:8]}"
    await channel.queue_declare(queue, durable=False, auto_delete=True)
    bodies = [f"small-{n}".encode() for n in range(300)]
    bodies.insert(150, b"L" * (3 * COALESCE_BYTES + 17))   # several writes, surely partial sends
    bodies.insert(10, b"M" * (COALESCE_BYTES - 5))          # just under one write
    confirms = [channel.publish_nowait("", queue, body) for body in bodies]  # one loop iteration
    await asyncio.wait_for(asyncio.gather(*confirms), 30)

    received: list[bytes] = []
    done = asyncio.Event()

    async def collect(delivery):
        received.append(delivery.body)
        if len(received) == len(bodies):
            done.set()

    await channel.consume(queue, collect, auto_ack=True)
    await asyncio.wait_for(done.wait(), 30)
    assert received == bodies
    await channel.close()
