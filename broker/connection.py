"""An async/await face on pika's AsyncioConnection: one connection kept alive with capped
backoff, and channels that re-open themselves (after a channel error or a reconnect) with their
QoS, setup steps and consumers re-applied.

Everything runs on the event loop through pika's callbacks; nothing here blocks.
"""
from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import pika
from pika.adapters.asyncio_connection import AsyncioConnection
from pika.spec import BasicProperties

from broker.confirms import ConfirmTracker
from broker.errors import BrokerUnavailable, ChannelClosed

log = logging.getLogger(__name__)


def connection_name(service: str) -> str:
    return f"querycast-{service}@{socket.gethostname()}"


class Broker:
    """One AMQP connection, reconnected with capped exponential backoff that resets on success."""

    def __init__(self, url: str, name: str, *, initial_backoff: float = 0.2,
                 max_backoff: float = 5.0, heartbeat: int = 10):
        self._params = pika.URLParameters(url)
        self._params.heartbeat = heartbeat
        self._params.blocked_connection_timeout = 30
        self._params.client_properties = {"connection_name": name, "product": "querycast"}
        self._params.connection_attempts = 1
        self._params.socket_timeout = 5
        self.name = name
        self._initial_backoff = initial_backoff
        self._max_backoff = max_backoff
        self._attempt = 0
        self._conn: AsyncioConnection | None = None
        self._connected = asyncio.Event()
        self._closing = False
        self._channels: list[ManagedChannel] = []
        self._reconnect_task: asyncio.Task[Any] | None = None
        self.connect_count = 0

    @property
    def is_connected(self) -> bool:
        return self._connected.is_set()

    async def start(self, *, wait: bool = True, timeout: float | None = 30) -> Broker:
        self._closing = False
        self._connect()
        if wait:
            await self.wait_connected(timeout)
        return self

    async def wait_connected(self, timeout: float | None = None) -> None:
        try:
            await asyncio.wait_for(self._connected.wait(), timeout)
        except TimeoutError:
            raise BrokerUnavailable("message broker not reachable") from None

    def channel(self, *, confirms: bool = True, prefetch: int | None = None) -> ManagedChannel:
        ch = ManagedChannel(self, confirms=confirms, prefetch=prefetch)
        self._channels.append(ch)
        if self._conn is not None and self.is_connected:
            ch._open(self._conn)
        return ch

    async def close(self) -> None:
        self._closing = True
        if self._reconnect_task:
            self._reconnect_task.cancel()
        conn = self._conn
        if conn is not None and not (conn.is_closed or conn.is_closing):
            done = asyncio.get_running_loop().create_future()
            self._on_closed_waiter = done
            conn.close()
            try:
                await asyncio.wait_for(done, 5)
            except TimeoutError:
                pass
        self._connected.clear()
        for ch in self._channels:
            ch._connection_lost(BrokerUnavailable("broker connection closed"))

    def _connect(self) -> None:
        self._conn = AsyncioConnection(
            self._params,
            on_open_callback=self._on_open,
            on_open_error_callback=self._on_open_error,
            on_close_callback=self._on_close,
            custom_ioloop=asyncio.get_running_loop(),
        )

    def _on_open(self, conn: AsyncioConnection) -> None:
        self._attempt = 0
        self.connect_count += 1
        log.info("broker connected", extra={"connection": self.name})
        self._connected.set()
        for ch in self._channels:
            ch._open(conn)

    def _on_open_error(self, _conn: Any, error: BaseException) -> None:
        log.warning("broker connection failed: %s", type(error).__name__)
        self._schedule_reconnect()

    def _on_close(self, _conn: Any, reason: BaseException) -> None:
        self._connected.clear()
        for ch in self._channels:
            ch._connection_lost(BrokerUnavailable("broker connection lost"))
        waiter = getattr(self, "_on_closed_waiter", None)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if not self._closing:
            log.warning("broker connection lost: %s", reason)
            self._schedule_reconnect()

    def _schedule_reconnect(self) -> None:
        if self._closing:
            return
        delay = min(self._max_backoff, self._initial_backoff * (2 ** self._attempt))
        self._attempt += 1
        self._reconnect_task = asyncio.get_running_loop().create_task(self._reconnect_after(delay))

    async def _reconnect_after(self, delay: float) -> None:
        await asyncio.sleep(delay)
        if not self._closing:
            self._connect()


@dataclass
class Delivery:
    """One message handed to a consumer. ack/nack/reject are no-ops once the channel it came on
    is gone (the broker redelivers it then)."""

    channel: ManagedChannel
    generation: int
    delivery_tag: int
    routing_key: str
    exchange: str
    redelivered: bool
    properties: BasicProperties
    body: bytes

    @property
    def headers(self) -> dict[str, Any]:
        return self.properties.headers or {}

    def ack(self) -> None:
        self.channel._settle(self, "ack")

    def nack(self, requeue: bool = True) -> None:
        self.channel._settle(self, "nack", requeue=requeue)

    def reject(self, requeue: bool = False) -> None:
        self.channel._settle(self, "reject", requeue=requeue)


Handler = Callable[[Delivery], Awaitable[None]]
SetupStep = Callable[["ManagedChannel"], Awaitable[None]]


@dataclass
class _Consumer:
    queue: str
    handler: Handler
    auto_ack: bool
    exclusive: bool


class ManagedChannel:
    """A channel that survives channel errors and reconnects. Publishing awaits the broker's
    confirm; consumers and setup steps registered once are re-applied on every re-open."""

    def __init__(self, broker: Broker, *, confirms: bool, prefetch: int | None):
        self._broker = broker
        self._confirms = confirms
        self._prefetch = prefetch
        self._ch: Any = None  # pika.channel.Channel while open
        self._generation = 0
        self._ready = asyncio.Event()
        self._setup_steps: list[SetupStep] = []
        self._consumers: list[_Consumer] = []
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

    async def consume(self, queue: str, handler: Handler, *, auto_ack: bool = False,
                      exclusive: bool = False) -> None:
        consumer = _Consumer(queue, handler, auto_ack, exclusive)
        self._consumers.append(consumer)
        if self.is_open:
            await self._start_consumer(consumer)

    async def close(self) -> None:
        self._closed_by_us = True
        self._consumers.clear()
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
                       properties: BasicProperties | None = None, *,
                       mandatory: bool = False) -> asyncio.Future[Any] | None:
        """Publish without waiting: on a confirming channel, return the future of the broker's
        confirm (tracked by delivery tag in broker/confirms.py), else None. Raises
        BrokerUnavailable at once when the channel is not open."""
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
        fut = self._confirm.expect(props.message_id if mandatory else None)
        try:
            ch.basic_publish(exchange, routing_key, body, props, mandatory)
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

    async def _op(self, start: Callable[[Callable[[Any], None]], None], timeout: float = 10) -> Any:
        # No await when open: a consumer started right after the channel opened is on the wire
        # before any publisher woken by the same open (direct reply-to needs that order).
        if not self._ready.is_set():
            await self.wait_open(timeout)
        fut = asyncio.get_running_loop().create_future()
        self._pending_ops.add(fut)

        def done(frame: Any) -> None:
            if not fut.done():
                fut.set_result(frame)

        try:
            start(done)
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
        self._spawn(self._initialise(ch))

    async def _initialise(self, ch: Any) -> None:
        try:
            if self._confirms:
                await self._raw(lambda cb: ch.confirm_delivery(self._confirm.on_confirm, callback=cb))
            if self._prefetch:
                await self._raw(lambda cb: ch.basic_qos(prefetch_count=self._prefetch, callback=cb))
            self._ready.set()
            for step in list(self._setup_steps):
                await step(self)
            for consumer in list(self._consumers):
                await self._start_consumer(consumer)
        except (BrokerUnavailable, asyncio.CancelledError):
            return
        except Exception:
            log.exception("channel setup failed")
            if ch.is_open:
                ch.close()

    async def _raw(self, start: Callable[[Callable[[Any], None]], None], timeout: float = 10) -> Any:
        fut = asyncio.get_running_loop().create_future()
        self._pending_ops.add(fut)
        try:
            start(lambda frame: None if fut.done() else fut.set_result(frame))
            return await asyncio.wait_for(fut, timeout)
        finally:
            self._pending_ops.discard(fut)

    async def _start_consumer(self, consumer: _Consumer) -> None:
        generation = self._generation

        def on_message(_ch: Any, method: Any, properties: BasicProperties, body: bytes) -> None:
            delivery = Delivery(self, generation, method.delivery_tag, method.routing_key,
                                method.exchange, method.redelivered, properties, body)
            self._spawn(self._dispatch(consumer, delivery))

        await self._op(lambda cb: self._ch.basic_consume(
            consumer.queue, on_message, auto_ack=consumer.auto_ack,
            exclusive=consumer.exclusive, callback=cb))

    async def _dispatch(self, consumer: _Consumer, delivery: Delivery) -> None:
        try:
            await consumer.handler(delivery)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("consumer handler failed; message rejected")
            if not consumer.auto_ack:
                delivery.reject(requeue=False)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _settle(self, delivery: Delivery, how: str, requeue: bool = False) -> None:
        ch = self._ch
        if ch is None or not ch.is_open or delivery.generation != self._generation:
            return
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
