"""The messaging hop's baseline: a bare pika RPC echo through the same broker (direct reply-to,
a plain non-durable queue, no confirms, no persistence, no validation), for the benches to print
beside the real paths. One blocking connection per lane, each in its own thread, and one echo
server thread: the least Python a request/reply over RabbitMQ can cost.

`durable=True` is the same echo with the durability the executor's path promises and nothing
else: the command through a quorum queue as a persistent message, `events` persistent events
(one, or the executor's six) published to a quorum queue and their confirms awaited before the
reply, the command acked after the reply. Events are published without waiting for each other's
confirms, and the server goes on with other commands meanwhile (pipelined, as the executor's
outbox; until session 8 it waited for each confirm in turn, which understated the floor's
throughput with several requests in flight). It is the floor the broker's commits set under
that path (no Python work of ours at all)."""
from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from collections.abc import Callable

import pika

REPLY_TO = "amq.rabbitmq.reply-to"
# About the size of a query.execute command and a one-row reply.
BODY = b'{"operation":"query.execute","requestId":"bench-0123456789abcdef","payload":{"sql":"SELECT 1"}}'


# What a successful query.execute publishes: REQUEST_RECEIVED, VALIDATION, DATABASE_LOOKUP,
# CONNECTING, EXECUTING, COMPLETED.
EVENTS_PER_REQUEST = 6
QUORUM = {"x-queue-type": "quorum"}
PERSISTENT = pika.DeliveryMode.Persistent


def _serve(url: str, queue: str, ready: threading.Event, stop: threading.Event, durable: bool,
           events: int) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(url))
    channel = conn.channel()
    if durable:
        channel.queue_declare(queue, durable=True, arguments=QUORUM)
        channel.queue_declare(f"{queue}-events", durable=True, arguments=QUORUM)
        publisher = _PipelinedPublisher(conn, f"{queue}-events")
    else:
        channel.queue_declare(queue, exclusive=True, auto_delete=True)
    channel.basic_qos(prefetch_count=256)

    def reply(props, body: bytes, delivery_tag: int | None) -> None:
        channel.basic_publish("", props.reply_to, body, pika.BasicProperties(correlation_id=props.correlation_id))
        if delivery_tag is not None:
            channel.basic_ack(delivery_tag)

    def echo(_ch, method, props, body):
        if durable:  # the reply and the command's ack once every event of it is confirmed
            publisher.publish(body, events, lambda: reply(props, body, method.delivery_tag))
        else:
            reply(props, body, None)

    channel.basic_consume(queue, echo, auto_ack=not durable)
    ready.set()
    while not stop.is_set():
        conn.process_data_events(time_limit=0.05)
    if durable:
        channel.queue_delete(queue)
        channel.queue_delete(f"{queue}-events")
    conn.close()


class _PipelinedPublisher:
    """Persistent messages to a queue on a confirming channel, never waiting for one confirm
    before the next publish (as the executor's outbox): `then` runs once all of a batch are
    confirmed. pika's own channel underneath the blocking one, whose confirm mode would wait
    for each message in turn."""

    def __init__(self, conn: pika.BlockingConnection, queue: str):
        self._queue = queue
        self._channel = conn.channel()._impl
        self._published = 0
        self._all_up_to = 0          # every tag up to this one is confirmed (multiple acks)
        self._single: set[int] = set()
        self._waiting: deque[tuple[int, Callable[[], None]]] = deque()
        selected = threading.Event()
        self._channel.confirm_delivery(ack_nack_callback=self._on_confirm, callback=lambda _f: selected.set())
        while not selected.is_set():
            conn.process_data_events(time_limit=0.05)

    def publish(self, body: bytes, count: int, then: Callable[[], None]) -> None:
        for _ in range(count):
            self._channel.basic_publish("", self._queue, body, pika.BasicProperties(delivery_mode=PERSISTENT))
        self._published += count
        self._waiting.append((self._published, then))

    def _on_confirm(self, frame) -> None:
        method = frame.method
        if isinstance(method, pika.spec.Basic.Nack):
            raise RuntimeError("the broker refused an event")
        if method.multiple:
            self._all_up_to = max(self._all_up_to, method.delivery_tag)
        else:
            self._single.add(method.delivery_tag)
        self._single = {tag for tag in self._single if tag > self._all_up_to}
        while self._all_up_to + 1 in self._single:
            self._all_up_to += 1
            self._single.discard(self._all_up_to)
        waiting = self._waiting  # in publishing order
        while waiting and waiting[0][0] <= self._all_up_to:
            waiting.popleft()[1]()


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


def echo_rpc(url: str, requests: int, concurrency: int, *, durable: bool = False,
             events: int = 1) -> tuple[list[float], float]:
    """Latencies (ms) and elapsed seconds of `requests` echo round trips, `concurrency` in flight;
    `durable`: with `events` confirmed events per request."""
    queue = f"qc-bench-echo-{uuid.uuid4().hex[:8]}"
    ready, stop = threading.Event(), threading.Event()
    server = threading.Thread(target=_serve, args=(url, queue, ready, stop, durable, events),
                              daemon=True)
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
