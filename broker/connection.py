"""An async/await face on pika's AsyncioConnection: one connection kept alive on whichever node of
the cluster answers (broker/nodes.py picks the order and the backoff), and channels
(broker/channel.py) that re-open themselves with their QoS, setup steps and consumers.

Everything runs on the event loop through pika's callbacks; nothing here blocks.
"""
from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

from pika.adapters.asyncio_connection import AsyncioConnection

from broker import metrics
from broker.channel import ManagedChannel
from broker.delivery import Delivery
from broker.errors import BrokerUnavailable
from broker.nodes import NodeRotation, connection_parameters, node_label, quiet_pika, split_urls

__all__ = ["Broker", "Delivery", "ManagedChannel", "connection_name"]

log = logging.getLogger(__name__)


def connection_name(service: str) -> str:
    return f"querycast-{service}@{socket.gethostname()}"


class Broker:
    """One AMQP connection to one of the nodes in `url` (comma-separated), moved to the next
    node when it fails; the delay grows (capped) only after a whole round of nodes failed."""

    def __init__(self, url: str, name: str, *, initial_backoff: float = 0.2,
                 max_backoff: float = 5.0, heartbeat: int = 10, shuffle: bool = True):
        quiet_pika()
        self._nodes = NodeRotation(split_urls(url), initial_backoff=initial_backoff,
                                   max_backoff=max_backoff, shuffle=shuffle)
        self._heartbeat = heartbeat
        self.name = name
        self._conn: AsyncioConnection | None = None
        self._connected = asyncio.Event()
        self._closing = False
        self._channels: list[ManagedChannel] = []
        self._reconnect_task: asyncio.Task[Any] | None = None
        self._on_closed_waiter: asyncio.Future[Any] | None = None
        self._attempt_url: str | None = None
        self.node: str | None = None  # host:port of the node connected to (None when down)
        self._last_node: str | None = None
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
        url = self._nodes.advance()
        self._attempt_url = url
        self._conn = AsyncioConnection(
            connection_parameters(url, self.name, self._heartbeat),
            on_open_callback=self._on_open,
            on_open_error_callback=self._on_open_error,
            on_close_callback=self._on_close,
            custom_ioloop=asyncio.get_running_loop(),
        )

    def _on_open(self, conn: AsyncioConnection) -> None:
        self._nodes.succeeded()
        self.connect_count += 1
        self.node = node_label(self._attempt_url or "")
        metrics.NODE_CHANGES.labels(self.node).inc()
        if self.node != self._last_node:
            log.info("broker connected to node %s", self.node,
                     extra={"connection": self.name, "node": self.node, "previousNode": self._last_node})
        else:
            log.info("broker reconnected to node %s", self.node, extra={"connection": self.name})
        self._last_node = self.node
        self._connected.set()
        for ch in self._channels:
            ch._open(conn)

    def _on_open_error(self, _conn: Any, error: BaseException) -> None:
        delay = self._nodes.failed()
        label = node_label(self._attempt_url or "")
        log.debug("broker node %s not reachable: %s", label, type(error).__name__)
        if self._nodes.round_failed and self._nodes.failures == len(self._nodes.urls):
            # Once per outage, not once per attempt.
            log.warning("no broker node reachable (%s); retrying with backoff",
                        ", ".join(node_label(u) for u in self._nodes.urls))
        self._schedule_reconnect(delay)

    def _on_close(self, _conn: Any, reason: BaseException) -> None:
        was_connected = self._connected.is_set()
        self._connected.clear()
        self.node = None
        for ch in self._channels:
            ch._connection_lost(BrokerUnavailable("broker connection lost"))
        waiter = self._on_closed_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if self._closing:
            return
        if was_connected:
            log.warning("broker connection to node %s lost: %s", self._last_node, reason)
            self._schedule_reconnect(self._nodes.initial_backoff)
        else:  # closed during the handshake (e.g. the node is shutting down)
            self._schedule_reconnect(self._nodes.failed())

    def _schedule_reconnect(self, delay: float) -> None:
        if self._closing:
            return
        self._reconnect_task = asyncio.get_running_loop().create_task(self._reconnect_after(delay))

    async def _reconnect_after(self, delay: float) -> None:
        await asyncio.sleep(delay)
        if not self._closing:
            self._connect()
