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


async def test_writes_go_out_without_turning_the_writability_watcher_on_and_off(broker, monkeypatch):
    """pika turned a watcher on (epoll_ctl) for every write after an idle moment and off again
    once sent; the buffers now go out from a callback, and the watcher is only for partial sends."""
    from broker.transport import _write_soon

    assert _AsyncPlaintextTransport.write is _write_soon
    channel = broker.channel(confirms=True)
    await channel.wait_open(10)
    queue = f"qc-test-transport-{uuid.uuid4().hex[:8]}"
    await channel.queue_declare(queue, durable=False, auto_delete=True)
    nbio = broker._conn._nbio
    watched = []
    set_writer = nbio.set_writer
    monkeypatch.setattr(nbio, "set_writer", lambda fd, on_writable: (watched.append(fd), set_writer(fd, on_writable)))
    for n in range(20):  # one at a time: each write starts from empty buffers
        await channel.publish("", queue, f"m{n}".encode())
    assert watched == []
    await channel.close()
