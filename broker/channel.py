"""A channel that survives channel errors and reconnects: QoS, confirms, setup steps and consumers
are re-applied on every re-open. Publishing awaits the broker's confirm."""
from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

import pika.exceptions
from pika.adapters.asyncio_connection import AsyncioConnection
from pika.spec import BasicProperties

from broker.confirms import ConfirmTracker, Settled
from broker.consumers import Consumer, Consumers
from broker.delivery import Delivery, Handler, SetupStep
from broker.errors import BrokerUnavailable, ChannelClosed
from broker.settings import shutdown_grace_seconds
from broker.wire import publish_frames

if TYPE_CHECKING:
    from broker.connection import Broker

log = logging.getLogger(__name__)


class ManagedChannel:
    def __init__(self, broker: Broker, *, confirms: bool, prefetch: int | None):
        self._broker = broker
        self._confirms = confirms
        self._prefetch = prefetch
        self._ch: Any = None  # pika.channel.Channel while open
        self._generation = 0
        self._ready = asyncio.Event()
        self._setup_steps: list[SetupStep] = []
        self.consumers = Consumers(self)
        self._confirm = ConfirmTracker()
        self._pending_ops: set[asyncio.Future[Any]] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed_by_us = False
        self.on_lost: list[Callable[[Exception], None]] = []

    @property
    def is_open(self) -> bool:
        return self._ready.is_set()

    @property
    def generation(self) -> int:
        """Counts re-opens; a Delivery from an older generation came on a channel now gone."""
        return self._generation

    @property
    def raw(self) -> Any:
        return self._ch

    async def wait_open(self, timeout: float | None = None) -> None:
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except TimeoutError:
            raise BrokerUnavailable("message broker not available") from None

    # --- registration -------------------------------------------------------------------------
    async def add_setup(self, step: SetupStep) -> None:
        """Run `step` now (if open) and after every re-open, before consumers start."""
        self._setup_steps.append(step)
        if self.is_open:
            await step(self)

    async def run_setup_steps(self) -> None:
        for step in list(self._setup_steps):
            await step(self)

    async def consume(self, queue: str, handler: Handler, *, auto_ack: bool = False,
                      exclusive: bool = False) -> None:
        consumer = Consumer(queue, handler, auto_ack, exclusive)
        self.consumers.add(consumer)
        if self.is_open:
            await self.consumers.start(consumer)

    async def close(self, grace: float | None = None) -> None:
        """Drain, then close: stop consuming, give the handlers in hand up to `grace` seconds
        (default QUERYCAST_SHUTDOWN_GRACE_SECONDS) to finish and settle, requeue the rest."""
        if self._closed_by_us:
            return
        await self.consumers.drain(shutdown_grace_seconds() if grace is None else grace)
        self._closed_by_us = True
        if self in self._broker._channels:
            self._broker._channels.remove(self)
        for task in list(self._tasks):
            task.cancel()
        if self._ch is not None and self._ch.is_open:
            self._ch.close()
        self._fail_pending(ChannelClosed("channel closed"))
        self._ready.clear()

    # --- AMQP operations ----------------------------------------------------------------------
    async def publish(self, exchange: str, routing_key: str, body: bytes,
                      properties: BasicProperties | None = None, *, mandatory: bool = False,
                      timeout: float | None = 10) -> None:
        """Publish and, on a confirming channel, return only once the broker confirmed it.
        Raises Unroutable (mandatory, no queue), PublishNacked, BrokerUnavailable/ChannelClosed."""
        if not self._ready.is_set():
            await self.wait_open(timeout)
        fut = self.publish_nowait(exchange, routing_key, body, properties, mandatory=mandatory)
        if fut is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(fut), timeout)
        except TimeoutError:
            raise BrokerUnavailable("publish not confirmed in time") from None

    def publish_nowait(self, exchange: str, routing_key: str, body: bytes,
                       properties: BasicProperties | None = None, *, mandatory: bool = False,
                       on_settled: Settled | None = None) -> asyncio.Future[Any] | None:
        """Publish without waiting: on a confirming channel, return the future of the broker's
        confirm (tracked by delivery tag in broker/confirms.py), or call `on_settled` with None
        or the error instead; else None. Raises BrokerUnavailable at once when the channel is
        not open."""
        ch = self._ch
        if ch is None or not self._ready.is_set():
            raise BrokerUnavailable("message broker not available")
        props = properties or BasicProperties()
        if mandatory and props.message_id is None:
            props.message_id = str(uuid.uuid4())
        if not self._confirms:
            try:
                ch.basic_publish(exchange, routing_key, body, props, mandatory)
            except Exception as exc:  # pika raises when the channel closed under us
                raise ChannelClosed(str(exc)) from None
            return None
        fut = self._confirm.expect(props.message_id if mandatory else None, on_settled)
        try:
            ch.basic_publish(exchange, routing_key, body, props, mandatory)
        except Exception as exc:
            self._confirm.withdraw()
            raise ChannelClosed(str(exc)) from None
        return fut

    def publish_encoded_nowait(self, exchange: str, routing_key: str, body: bytes, properties: bytes,
                               on_settled: Settled | None = None) -> asyncio.Future[Any] | None:
        """`publish_nowait` on a confirming channel with properties already encoded
        (broker/wire.py): the frames are built here and handed to pika's transport in one piece."""
        ch = self._ch
        if ch is None or not self._ready.is_set():
            raise BrokerUnavailable("message broker not available")
        assert self._confirms, "publish_encoded_nowait needs a confirming channel"
        fut = self._confirm.expect(None, on_settled)
        try:
            ch._raise_if_not_open()
            conn = ch.connection
            conn._output_marshaled_frames((publish_frames(ch.channel_number, exchange, routing_key, properties,
                                                          body, conn._body_max_length),))
        except Exception as exc:
            self._confirm.withdraw()
            raise ChannelClosed(str(exc)) from None
        return fut

    async def exchange_declare(self, name: str, type_: str, durable: bool = True) -> None:
        await self._op(lambda cb: self._ch.exchange_declare(name, type_, durable=durable, callback=cb))

    async def queue_declare(self, name: str, *, durable: bool = True, exclusive: bool = False,
                            auto_delete: bool = False, arguments: dict[str, Any] | None = None) -> str:
        frame = await self._op(lambda cb: self._ch.queue_declare(
            name, durable=durable, exclusive=exclusive, auto_delete=auto_delete,
            arguments=arguments, callback=cb))
        return str(frame.method.queue)

    async def queue_consumer_count(self, name: str) -> int:
        """Passive declare: how many consumers `name` has (a missing queue closes the channel,
        which re-opens itself, and raises ChannelClosed)."""
        frame = await self._op(lambda cb: self._ch.queue_declare(name, passive=True, callback=cb))
        return int(frame.method.consumer_count)

    async def queue_bind(self, queue: str, exchange: str, routing_key: str) -> None:
        await self._op(lambda cb: self._ch.queue_bind(queue, exchange, routing_key=routing_key, callback=cb))

    async def queue_purge(self, queue: str) -> int:
        frame = await self._op(lambda cb: self._ch.queue_purge(queue, callback=cb))
        return int(frame.method.message_count)

    async def queue_delete(self, queue: str) -> None:
        await self._op(lambda cb: self._ch.queue_delete(queue, callback=cb))

    async def basic_cancel(self, consumer_tag: str) -> None:
        await self._op(lambda cb: self._ch.basic_cancel(consumer_tag, callback=cb), timeout=5)

    async def _op(self, start: Callable[[Callable[[Any], None]], None], timeout: float = 10) -> Any:
        # No await when open: a consumer started right after the channel opened is on the wire
        # before any publisher woken by the same open (direct reply-to needs that order).
        if not self._ready.is_set():
            await self.wait_open(timeout)
        fut = asyncio.get_running_loop().create_future()
        try:
            start(lambda frame: None if fut.done() else fut.set_result(frame))
        except pika.exceptions.AMQPError as exc:  # the channel closed between our check and here
            raise ChannelClosed(str(exc)) from None
        return await self.wait_for(fut, timeout)

    async def wait_for(self, fut: asyncio.Future[Any], timeout: float = 10) -> Any:
        """Await a pika callback's future; fails when the channel or connection goes."""
        self._pending_ops.add(fut)
        try:
            return await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            raise BrokerUnavailable("broker did not answer in time") from None
        finally:
            self._pending_ops.discard(fut)

    # --- lifecycle (called from pika callbacks) -----------------------------------------------
    def _open(self, conn: AsyncioConnection) -> None:
        if self._closed_by_us:
            return
        try:
            conn.channel(on_open_callback=self._on_channel_open)
        except Exception:  # connection went away between the callback and here
            log.debug("could not open channel", exc_info=True)

    def _on_channel_open(self, ch: Any) -> None:
        self._ch = ch
        self._generation += 1
        self._confirm.reset()
        ch.add_on_close_callback(self._on_channel_closed)
        ch.add_on_return_callback(self._on_return)
        ch.add_on_cancel_callback(self.consumers.on_cancel)
        self.spawn(self._initialise(ch))

    async def _initialise(self, ch: Any) -> None:
        try:
            if self._confirms:
                await self._raw(lambda cb: ch.confirm_delivery(self._confirm.on_confirm, callback=cb))
            if self._prefetch:
                await self._raw(lambda cb: ch.basic_qos(prefetch_count=self._prefetch, callback=cb))
            self._ready.set()
            await self.run_setup_steps()
            await self.consumers.start_all()
        except (BrokerUnavailable, asyncio.CancelledError):
            return
        except Exception:
            log.exception("channel setup failed")
            if ch.is_open:
                ch.close()

    async def _raw(self, start: Callable[[Callable[[Any], None]], None], timeout: float = 10) -> Any:
        fut = asyncio.get_running_loop().create_future()
        start(lambda frame: None if fut.done() else fut.set_result(frame))
        return await self.wait_for(fut, timeout)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _settle(self, delivery: Delivery, how: str, requeue: bool = False) -> None:
        ch = self._ch
        if ch is None or not ch.is_open or delivery.generation != self._generation or delivery.settled:
            return
        delivery.settled = True
        if how == "ack":
            ch.basic_ack(delivery.delivery_tag)
        elif how == "nack":
            ch.basic_nack(delivery.delivery_tag, requeue=requeue)
        else:
            ch.basic_reject(delivery.delivery_tag, requeue=requeue)

    def _on_return(self, _ch: Any, _method: Any, properties: BasicProperties, _body: bytes) -> None:
        self._confirm.on_return(properties.message_id)

    def _on_channel_closed(self, ch: Any, reason: BaseException) -> None:
        if ch is not self._ch:
            return
        self._ready.clear()
        self._fail_pending(ChannelClosed(f"channel closed: {reason}"))
        if self._closed_by_us:
            return
        conn = self._broker._conn
        if conn is not None and conn.is_open:
            # A channel-level error (e.g. a bad declare): re-open this channel alone.
            log.warning("channel closed (%s); re-opening", reason)
            asyncio.get_running_loop().call_later(0.5, self._open, conn)

    def _connection_lost(self, exc: Exception) -> None:
        self._ready.clear()
        self._fail_pending(exc)

    def _fail_pending(self, exc: Exception) -> None:
        self._confirm.fail_all(exc)
        for fut in list(self._pending_ops):
            if not fut.done():
                fut.set_exception(exc)
        for callback in list(self.on_lost):
            callback(exc)

    def publish_mandatory_encoded_nowait(self, exchange: str, routing_key: str, body: bytes, properties: bytes,
                                         message_id: str) -> asyncio.Future[Any]:
        """`publish_nowait(..., mandatory=True)` on a confirming channel with properties already
        encoded (broker/wire.py, e.g. `CommandProperties`), which must carry `message_id`: a
        basic.return of the message (no queue bound) fails the returned future with Unroutable."""
        ch = self._ch
        if ch is None or not self._ready.is_set():
            raise BrokerUnavailable("message broker not available")
        assert self._confirms, "publish_mandatory_encoded_nowait needs a confirming channel"
        fut = self._confirm.expect(message_id)
        assert fut is not None
        try:
            ch._raise_if_not_open()
            conn = ch.connection
            conn._output_marshaled_frames((publish_frames(ch.channel_number, exchange, routing_key, properties,
                                                          body, conn._body_max_length, mandatory=True),))
        except Exception as exc:
            self._confirm.withdraw()
            raise ChannelClosed(str(exc)) from None
        return fut
