"""The messaging hop's baseline: a bare pika RPC echo through the same broker (direct reply-to,
a plain non-durable queue, no confirms, no persistence, no validation), for the benches to print
beside the real paths. One blocking connection per lane, each in its own thread, and one echo
server thread: the least Python a request/reply over RabbitMQ can cost."""
from __future__ import annotations

import threading
import time
import uuid

import pika

REPLY_TO = "amq.rabbitmq.reply-to"
# About the size of a query.execute command and a one-row reply.
BODY = b'{"operation":"query.execute","requestId":"bench-0123456789abcdef","payload":{"sql":"SELECT 1"}}'


def _serve(url: str, queue: str, ready: threading.Event, stop: threading.Event) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(url))
    channel = conn.channel()
    channel.queue_declare(queue, exclusive=True, auto_delete=True)
    channel.basic_qos(prefetch_count=256)

    def echo(ch, _method, props, body):
        ch.basic_publish("", props.reply_to, body, pika.BasicProperties(correlation_id=props.correlation_id))

    channel.basic_consume(queue, echo, auto_ack=True)
    ready.set()
    while not stop.is_set():
        conn.process_data_events(time_limit=0.05)
    conn.close()


def _lane(url: str, queue: str, turns, lock: threading.Lock, latencies: list[float],
          start: threading.Barrier) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(url))
    channel = conn.channel()
    replies: list[bytes] = []
    channel.basic_consume(REPLY_TO, lambda _c, _m, _p, body: replies.append(body), auto_ack=True)
    props = pika.BasicProperties(reply_to=REPLY_TO, correlation_id=uuid.uuid4().hex)
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


def echo_rpc(url: str, requests: int, concurrency: int) -> tuple[list[float], float]:
    """Latencies (ms) and elapsed seconds of `requests` echo round trips, `concurrency` in flight."""
    queue = f"qc-bench-echo-{uuid.uuid4().hex[:8]}"
    ready, stop = threading.Event(), threading.Event()
    server = threading.Thread(target=_serve, args=(url, queue, ready, stop), daemon=True)
    server.start()
    if not ready.wait(30):
        raise RuntimeError("the echo server did not start")
    latencies: list[float] = []
    turns, lock, start = iter(range(requests)), threading.Lock(), threading.Barrier(concurrency + 1)
    lanes = [threading.Thread(target=_lane, args=(url, queue, turns, lock, latencies, start), daemon=True)
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
