"""The consumers of one ManagedChannel: started on every (re-)open, re-established when the
broker cancels them (basic.cancel: the queue was deleted, or a quorum queue's replica went away),
and drained on close (stop consuming, let the handlers in hand finish, requeue the rest)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pika.exceptions
from pika.spec import BasicProperties

from broker import metrics
from broker.delivery import Delivery, Handler
from broker.errors import BrokerUnavailable, ChannelClosed
from broker.topology import redeclare_queue

if TYPE_CHECKING:
    from broker.channel import ManagedChannel

log = logging.getLogger(__name__)

REESTABLISH_INITIAL_BACKOFF = 0.5
REESTABLISH_MAX_BACKOFF = 5.0

DirectHandler = Callable[[Delivery], None]


async def _no_handler(_delivery: Delivery) -> None:
    raise AssertionError("a direct consumer's deliveries go to its direct handler")


@dataclass(eq=False)
class Consumer:
    queue: str
    handler: Handler
    auto_ack: bool
    exclusive: bool
    tag: str | None = None  # "" while basic.consume is on its way
    generation: int = -1  # the channel generation `tag` belongs to
    redeclare: bool = False  # the broker cancelled it: declare the queue before consuming again
    # Auto-ack only: called as the message is read, with no task per message (the handler must
    # not block); like every delivery it is decoded off the wire (broker/inbound.py).
    direct: DirectHandler | None = None


class Consumers:
    def __init__(self, channel: ManagedChannel):
        self._channel = channel
        self._registered: list[Consumer] = []
        self._in_hand: dict[asyncio.Task[Any], Delivery] = {}
        self._reestablishing: set[asyncio.Task[Any]] = set()
        self.draining = False
        self.cancelled_by_broker = 0

    @property
    def in_hand(self) -> int:
        return len(self._in_hand)

    def add(self, consumer: Consumer) -> None:
        self._registered.append(consumer)

    async def consume_direct(self, queue: str, handler: DirectHandler, *, exclusive: bool = False) -> None:
        """`ManagedChannel.consume(queue, ..., auto_ack=True)` with a plain function called for
        each message as it is read: no task per message, which for the RPC client's replies was
        most of what a reply cost besides pika's frame decoding."""
        consumer = Consumer(queue, _no_handler, True, exclusive, direct=handler)
        self.add(consumer)
        if self._channel.is_open:
            await self.start(consumer)

    async def start_all(self) -> None:
        for consumer in list(self._registered):
            await self.start(consumer)

    async def start(self, consumer: Consumer) -> None:
        channel = self._channel
        generation = channel.generation
        if self.draining or (consumer.tag is not None and consumer.generation == generation):
            return  # already consuming (or starting to) on this channel
        consumer.tag, consumer.generation = "", generation
        if consumer.redeclare:
            try:
                await redeclare_queue(channel, consumer.queue)
            except BrokerUnavailable:
                consumer.tag = None
                raise
            consumer.redeclare = False
        ch = channel.raw

        def on_message(_ch: Any, method: Any, properties: BasicProperties, body: bytes) -> None:
            delivery = Delivery(channel, generation, method.delivery_tag, method.routing_key,
                                method.exchange, method.redelivered, properties, body)
            if self.draining:
                # Arrived between our basic.cancel and its cancel-ok: give it back at once.
                if not consumer.auto_ack:
                    delivery.nack(requeue=True)
                return
            if consumer.direct is not None:
                try:
                    consumer.direct(delivery)
                except Exception:
                    log.exception("consumer handler failed")
                return
            task = channel.spawn(self._dispatch(consumer, delivery))
            if not consumer.auto_ack:
                self._in_hand[task] = delivery
                task.add_done_callback(lambda t: self._in_hand.pop(t, None))

        # basic_consume returns the tag at once: set it before awaiting, so a re-open and a
        # re-establish running at the same time never start the consumer twice.
        ok = asyncio.get_running_loop().create_future()
        try:
            consumer.tag = ch.basic_consume(consumer.queue, on_message, auto_ack=consumer.auto_ack,
                                            exclusive=consumer.exclusive,
                                            callback=lambda frame: None if ok.done() else ok.set_result(frame))
        except (AttributeError, pika.exceptions.AMQPError):  # no channel, or it is closing
            consumer.tag = None
            raise ChannelClosed("channel closed") from None
        consumer.generation = generation
        await channel.wait_for(ok)

    async def _dispatch(self, consumer: Consumer, delivery: Delivery) -> None:
        try:
            await consumer.handler(delivery)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("consumer handler failed; message rejected")
            if not consumer.auto_ack:
                delivery.reject(requeue=False)

    # --- broker-initiated cancel --------------------------------------------------------------
    def on_cancel(self, method_frame: Any) -> None:
        """pika callback for basic.cancel from the broker."""
        tag = method_frame.method.consumer_tag
        for consumer in self._registered:
            if consumer.tag == tag:
                consumer.tag = None
                consumer.redeclare = True
                metrics.CONSUMER_CANCELS.labels(consumer.queue).inc()
                self.cancelled_by_broker += 1
                log.warning("the broker cancelled the consumer of %s; re-establishing it", consumer.queue)
                task = asyncio.get_running_loop().create_task(self._reestablish(consumer))
                self._reestablishing.add(task)
                task.add_done_callback(self._reestablishing.discard)
                return

    async def _reestablish(self, consumer: Consumer) -> None:
        """Consume again, with backoff. Not at once: the broker may cancel while a quorum queue
        elects its leader, and RabbitMQ 3.10 crashes a channel that consumes from a re-created
        quorum queue before it processed the old one's end."""
        delay = REESTABLISH_INITIAL_BACKOFF
        while consumer in self._registered and not self.draining:
            await asyncio.sleep(delay)
            if consumer.tag is not None and consumer.generation == self._channel.generation:
                return  # a channel re-open already started it
            try:
                await self._channel.wait_open(10)
                await self.start(consumer)
                log.info("consumer of %s re-established", consumer.queue)
                return
            except BrokerUnavailable:  # includes ChannelClosed (the channel re-opens itself)
                delay = min(REESTABLISH_MAX_BACKOFF, delay * 2)

    # --- stop ---------------------------------------------------------------------------------
    async def drain(self, grace: float) -> None:
        """Stop consuming, wait up to `grace` seconds for the handlers in hand, then cancel the
        rest and nack their deliveries with requeue (another consumer gets them)."""
        self.draining = True
        for task in list(self._reestablishing):
            task.cancel()
        channel = self._channel
        if channel.is_open:
            for consumer in self._registered:
                if consumer.tag is not None and consumer.generation == channel.generation:
                    try:
                        await channel.basic_cancel(consumer.tag)
                    except BrokerUnavailable:
                        pass
        self._registered.clear()
        pending = set(self._in_hand)
        if pending and grace > 0:
            log.info("finishing %d message(s) in hand before closing (up to %gs)", len(pending), grace)
            _, pending = await asyncio.wait(pending, timeout=grace)
        unfinished = [self._in_hand[t] for t in pending if t in self._in_hand]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        for delivery in unfinished:
            if not delivery.settled:
                delivery.nack(requeue=True)
                metrics.DRAIN_REQUEUED.inc()
        if unfinished:
            log.warning("shutdown grace over: %d message(s) requeued for another consumer", len(unfinished))
