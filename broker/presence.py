"""Does anyone consume a queue? A passive declare's consumer count, cached for about a second
and shared by every caller asking meanwhile, so "no worker is running" is answered at once
instead of after a command's whole deadline (issue 13, item 4)."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from broker.connection import Broker, ManagedChannel
from broker.errors import BrokerUnavailable

log = logging.getLogger(__name__)

CACHE_SECONDS = 1.0
LOOKUP_TIMEOUT_SECONDS = 2.0


class ConsumerPresence:
    def __init__(self, broker: Broker, *, cache_seconds: float = CACHE_SECONDS):
        self._broker = broker
        self._channel: ManagedChannel = broker.channel(confirms=False)
        self._cache_seconds = cache_seconds
        self._known: dict[str, tuple[float, int]] = {}   # queue -> (looked up at, consumers)
        self._lookups: dict[str, asyncio.Task[Any]] = {}

    async def consumers(self, queue: str) -> int | None:
        """The queue's consumer count, or None when it cannot be known right now (no broker,
        no such queue): the caller then goes ahead and meets that failure on its own."""
        known = self._known.get(queue)
        if known is not None and time.monotonic() - known[0] < self._cache_seconds:
            return known[1]
        if not self._channel.is_open:
            if not self._broker.is_connected:
                return None  # no broker: the caller meets that on its own, at once
            # Connected, the channel still opening (the first call after start or a reconnect).
            try:
                await self._channel.wait_open(LOOKUP_TIMEOUT_SECONDS)
            except BrokerUnavailable:
                return None
        lookup = self._lookups.get(queue)
        if lookup is None:
            lookup = self._lookups[queue] = asyncio.get_running_loop().create_task(self._lookup(queue))
            lookup.add_done_callback(lambda _t: self._lookups.pop(queue, None))
        return await asyncio.shield(lookup)

    async def _lookup(self, queue: str) -> int | None:
        try:
            count = await asyncio.wait_for(self._channel.queue_consumer_count(queue), LOOKUP_TIMEOUT_SECONDS)
        except (BrokerUnavailable, TimeoutError) as exc:
            log.info("consumer count of %s unknown: %s", queue, type(exc).__name__)
            return None
        self._known[queue] = (time.monotonic(), count)
        return count

    async def close(self) -> None:
        for task in list(self._lookups.values()):
            task.cancel()
        await self._channel.close()
