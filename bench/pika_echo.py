"""The messaging hop's baseline: a bare pika RPC echo through the same broker (direct reply-to,
a plain non-durable queue, no confirms, no persistence, no validation), for the benches to print
beside the real paths. One blocking connection per lane, each in its own thread, and one echo
server thread: the least Python a request/reply over RabbitMQ can cost.

`durable=True` is the same echo with the durability the executor's path promises and nothing
else: the command through a quorum queue as a persistent message, one persistent event published
to a quorum queue and its confirm awaited before the reply, the command acked after the reply.
It is the floor the broker's commits set under that path (no Python work of ours at all)."""
from __future__ import annotations

import threading
import time
import uuid

import pika

REPLY_TO = "amq.rabbitmq.reply-to"
# About the size of a query.execute command and a one-row reply.
BODY = b'{"operation":"query.execute","requestId":"bench-0123456789abcdef","payload":{"sql":"SELECT 1"}}'


QUORUM = {"x-queue-type": "quorum"}
PERSISTENT = pika.DeliveryMode.Persistent


def _serve(url: str, queue: str, ready: threading.Event, stop: threading.Event, durable: bool) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(url))
    channel = conn.channel()
    if durable:
        channel.queue_declare(queue, durable=True, arguments=QUORUM)
        channel.queue_declare(f"{queue}-events", durable=True, arguments=QUORUM)
        events = conn.channel()
        events.confirm_delivery()  # basic_publish returns once the broker confirmed
    else:
        channel.queue_declare(queue, exclusive=True, auto_delete=True)
    channel.basic_qos(prefetch_count=256)

    def echo(ch, method, props, body):
        if durable:
            events.basic_publish("", f"{queue}-events", body, pika.BasicProperties(delivery_mode=PERSISTENT))
        ch.basic_publish("", props.reply_to, body, pika.BasicProperties(correlation_id=props.correlation_id))
        if durable:
            ch.basic_ack(method.delivery_tag)

    channel.basic_consume(queue, echo, auto_ack=not durable)
    ready.set()
    while not stop.is_set():
        conn.process_data_events(time_limit=0.05)
    if durable:
        channel.queue_delete(queue)
        channel.queue_delete(f"{queue}-events")
    conn.close()


def _lane(url: str, queue: str, turns, lock: threading.Lock, latencies: list[float],
          start: threading.Barrier, durable: bool) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(url))
    channel = conn.channel()
    replies: list[bytes] = []
    channel.basic_consume(REPLY_TO, lambda _c, _m, _p, body: replies.append(body), auto_ack=True)
    props = pika.BasicProperties(reply_to=REPLY_TO, correlation_id=uuid.uuid4().hex,
                                 delivery_mode=PERSISTENT if durable else None)
    start.wait()  # connected: the clock starts when every lane is
    while True:
        with lock:
            if next(turns, None) is None:
                break
        began = time.perf_counter()
        channel.basic_publish("", queue, BODY, props)
        while not replies:
            conn.process_data_events(time_limit=None)
        replies.clear()
        latencies.append((time.perf_counter() - began) * 1000)
    conn.close()


def echo_rpc(url: str, requests: int, concurrency: int, *, durable: bool = False) -> tuple[list[float], float]:
    """Latencies (ms) and elapsed seconds of `requests` echo round trips, `concurrency` in flight."""
    queue = f"qc-bench-echo-{uuid.uuid4().hex[:8]}"
    ready, stop = threading.Event(), threading.Event()
    server = threading.Thread(target=_serve, args=(url, queue, ready, stop, durable), daemon=True)
    server.start()
    if not ready.wait(30):
        raise RuntimeError("the echo server did not start")
    latencies: list[float] = []
    turns, lock, start = iter(range(requests)), threading.Lock(), threading.Barrier(concurrency + 1)
    lanes = [threading.Thread(target=_lane, args=(url, queue, turns, lock, latencies, start, durable), daemon=True)
             for _ in range(concurrency)]
    for lane in lanes:
        lane.start()
    start.wait(60)
    began = time.perf_counter()
    for lane in lanes:
        lane.join()
    elapsed = time.perf_counter() - began
    stop.set()
    server.join(10)
    return latencies, elapsed
