"""Publisher confirms of one channel, tracked by delivery tag.

A confirming channel numbers its publishes 1, 2, 3... (reset when the channel re-opens); the
broker acks or nacks them, often many at once (`multiple`). `ConfirmTracker` keeps one future per
unconfirmed publish in tag order, so a multiple-ack resolves a whole batch by popping from the
front, and nobody waits for one confirm before publishing the next message.
"""
from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any

from pika.spec import Basic

from broker.errors import PublishNacked, Unroutable

Settled = Callable[[Exception | None], None]


class ConfirmTracker:
    """Per publish, a future or (cheaper, for the outbox's many events) a callback called at
    once with None or the error when the broker settles it."""

    def __init__(self) -> None:
        self._futures: dict[int, asyncio.Future[Any] | Settled] = {}
        self._order: deque[int] = deque()
        self._by_message_id: dict[str, int] = {}
        self._message_ids: dict[int, str] = {}
        self._last_tag = 0

    def __len__(self) -> int:
        return len(self._futures)

    def reset(self) -> None:
        """A new channel: its delivery tags start from 1 again (fail the old ones first)."""
        self._last_tag = 0
        self._order.clear()
        self._by_message_id.clear()
        self._message_ids.clear()

    def expect(self, message_id: str | None = None, on_settled: Settled | None = None) -> asyncio.Future[Any] | None:
        """Register the publish that is about to happen: its future, or None when `on_settled`
        is given. `message_id` (for mandatory publishes) lets a basic.return fail the right one."""
        self._last_tag += 1
        tag = self._last_tag
        future: asyncio.Future[Any] | None = None
        if on_settled is None:
            future = asyncio.get_running_loop().create_future()
            self._futures[tag] = future
        else:
            self._futures[tag] = on_settled
        self._order.append(tag)
        if message_id is not None:
            self._by_message_id[message_id] = tag
            self._message_ids[tag] = message_id
        return future

    def withdraw(self) -> None:
        """The publish registered last did not happen (the channel refused it)."""
        tag = self._last_tag
        self._last_tag -= 1
        if self._order and self._order[-1] == tag:
            self._order.pop()
        self._futures.pop(tag, None)
        self._forget_message_id(tag)

    def on_confirm(self, frame: Any) -> None:
        """pika's callback for Basic.Ack / Basic.Nack (broker/inbound.py calls `settle` itself
        for the frames it reads)."""
        method = frame.method
        self.settle(method.delivery_tag, method.multiple, isinstance(method, Basic.Nack))

    def settle(self, tag: int, multiple: bool, nack: bool) -> None:
        """The broker acked (or nacked) publish `tag`, and with `multiple` all before it."""
        error = PublishNacked("broker refused the message") if nack else None
        if multiple:
            order = self._order
            while order and order[0] <= tag:
                self._settle(order.popleft(), error)
        else:
            self._settle(tag, error)
            order = self._order
            while order and order[0] not in self._futures:
                order.popleft()

    def on_return(self, message_id: str | None) -> None:
        """A mandatory message matched no queue; its ack follows, the return comes first."""
        tag = self._by_message_id.pop(message_id or "", None)
        future = self._futures.get(tag) if tag is not None else None
        if isinstance(future, asyncio.Future):
            if not future.done():
                future.set_exception(Unroutable("no queue is bound for this message"))
        elif future is not None and tag is not None:
            del self._futures[tag]
            future(Unroutable("no queue is bound for this message"))

    def fail_all(self, exc: Exception) -> None:
        futures = list(self._futures.values())
        self._futures.clear()
        self._order.clear()
        self._by_message_id.clear()
        self._message_ids.clear()
        for future in futures:
            if not isinstance(future, asyncio.Future):
                future(exc)
            elif not future.done():
                future.set_exception(exc)

    def _forget_message_id(self, tag: int) -> None:
        if self._message_ids:
            message_id = self._message_ids.pop(tag, None)
            if message_id is not None:
                self._by_message_id.pop(message_id, None)

    def _settle(self, tag: int, error: Exception | None) -> None:
        future = self._futures.pop(tag, None)
        self._forget_message_id(tag)
        if future is None:
            return
        if not isinstance(future, asyncio.Future):
            future(error)
            return
        if future.done():
            return
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)
