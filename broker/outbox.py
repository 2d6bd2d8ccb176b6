"""An ordered outbox on one confirming channel: messages are published at once without waiting
for their confirms, and every message is kept until the broker confirmed it — across channel
errors and reconnects — then republished in the original order when the channel is back.

Each message carries a keep-until moment (the request's deadline plus a grace period); one
still unconfirmed by then is given up, and the outbox logs how many it gave up. The buffer is
bounded: beyond `max_messages` new messages are refused (and counted as dropped) rather than
growing without limit during a long outage. Republishing may duplicate a message whose confirm
was lost with the connection; consumers de-duplicate (the recorder by message_id, live views by
sequence).
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from pika.spec import BasicProperties

from broker.connection import ManagedChannel
from broker.errors import BrokerUnavailable, PublishNacked

log = logging.getLogger(__name__)

EXPIRY_CHECK_SECONDS = 1.0

# Called once per message with None (confirmed) or the error it ended with.
Done = Callable[[Exception | None], None]


class OutboxGaveUp(BrokerUnavailable):
    """The message was not confirmed before its keep-until moment (or the buffer was full)."""


def _fail(future: asyncio.Future[Any], exc: Exception) -> None:
    """Nobody has to await a message's future: its exception counts as retrieved at once."""
    future.set_exception(exc)
    future.exception()


class _Message:
    """One message until the broker settles it. Its outcome goes to `on_done` (a callback, no
    future: the status events' path) or to a future made for a caller that awaits it."""

    __slots__ = ("exchange", "routing_key", "body", "properties", "keep_until", "queued_at", "settled",
                 "future", "on_done", "outbox")

    def __init__(self, outbox: Outbox, exchange: str, routing_key: str, body: bytes,
                 properties: BasicProperties | bytes, keep_until: float, on_done: Done | None):
        self.outbox = outbox
        self.exchange = exchange
        self.routing_key = routing_key
        self.body = body
        self.properties = properties
        self.keep_until = keep_until
        self.on_done = on_done
        self.future: asyncio.Future[Any] | None = None
        self.settled = False
        self.queued_at = time.perf_counter()

    def __call__(self, error: Exception | None) -> None:
        """The confirm tracker's callback (broker/confirms.py), called as the ack is read."""
        self.outbox._on_confirm(self, error)

    def finish(self, error: Exception | None) -> None:
        if self.settled:
            return
        self.settled = True
        if self.future is not None:
            if error is None:
                self.future.set_result(None)
            else:
                _fail(self.future, error)
        if self.on_done is not None:
            self.on_done(error)


class Outbox:
    def __init__(self, channel: ManagedChannel, *, max_messages: int = 100_000, name: str = "outbox",
                 on_confirmed: Callable[[float], None] | None = None):
        """`on_confirmed(seconds)`: called per confirmed message with the time since `send`."""
        self._channel = channel
        self._on_confirmed = on_confirmed
        self._max_messages = max_messages
        self._name = name
        self._sent: deque[_Message] = deque()      # published on the current channel, unconfirmed
        self._waiting: deque[_Message] = deque()   # not (re)published yet, in order
        self._expiry: asyncio.TimerHandle | None = None
        self._closed = False
        self.given_up = 0
        self.republished = 0
        channel.on_lost.append(self._on_lost)
        self._setup_registered = False

    async def start(self) -> Outbox:
        await self._channel.add_setup(self._on_open)
        self._setup_registered = True
        return self

    def __len__(self) -> int:
        return len(self._sent) + len(self._waiting)

    def send(self, exchange: str, routing_key: str, body: bytes, properties: BasicProperties | bytes,
             keep_until: float, on_done: Done | None = None) -> asyncio.Future[Any] | None:
        """Queue one message for publishing. Its outcome: None when the broker confirmed it,
        else OutboxGaveUp / PublishNacked / BrokerUnavailable, given to `on_done` when that is
        passed (then no future is made and None is returned), else as the returned future, which
        nobody has to await. `properties` may be already encoded (broker/wire.py)."""
        message = _Message(self, exchange, routing_key, body, properties, keep_until, on_done)
        if on_done is None:
            message.future = asyncio.get_running_loop().create_future()
        if self._closed:
            message.finish(BrokerUnavailable("publisher closed"))
        elif len(self._sent) + len(self._waiting) >= self._max_messages:
            self.given_up += 1
            log.warning("%s full (%d messages): dropped one", self._name, self._max_messages)
            message.finish(OutboxGaveUp("too many unconfirmed messages"))
        elif self._waiting or not self._publish(message):
            self._waiting.append(message)
            self._schedule_expiry()
        return message.future

    async def flush(self, timeout: float | None = None) -> None:
        """Wait until everything sent so far is confirmed or given up."""
        pending = []
        for message in (*self._sent, *self._waiting):
            if not message.settled:
                if message.future is None:
                    message.future = asyncio.get_running_loop().create_future()
                pending.append(message.future)
        if pending:
            await asyncio.wait(pending, timeout=timeout)

    async def close(self, timeout: float = 5.0) -> None:
        await self.flush(timeout)
        self._closed = True
        if self._expiry is not None:
            self._expiry.cancel()
        left = [m for m in (*self._sent, *self._waiting) if not m.settled]
        self._sent.clear()
        self._waiting.clear()
        if left:
            log.warning("%s closed with %d unconfirmed messages", self._name, len(left))
            for message in left:
                message.finish(OutboxGaveUp("publisher closed"))

    # -- internals ---------------------------------------------------------------------------
    def _publish(self, message: _Message) -> bool:
        # The message itself is the confirm's callback: called at once as the ack is read (no
        # future, no loop hop per message).
        try:
            if isinstance(message.properties, bytes):
                self._channel.publish_encoded_nowait(message.exchange, message.routing_key,
                                                     message.body, message.properties, message)
            else:
                self._channel.publish_nowait(message.exchange, message.routing_key,
                                             message.body, message.properties, on_settled=message)
        except BrokerUnavailable:
            return False
        self._sent.append(message)
        return True

    def _on_confirm(self, message: _Message, error: Exception | None) -> None:
        if error is None:
            if not message.settled:
                message.finish(None)
                if self._on_confirmed is not None:
                    self._on_confirmed(time.perf_counter() - message.queued_at)
        elif isinstance(error, PublishNacked):
            if not message.settled:
                self.given_up += 1
                log.warning("%s: the broker refused a message", self._name)
                message.finish(error)
        # Any other error is a lost channel: _on_lost has queued the message again.
        sent = self._sent
        while sent and sent[0].settled:
            sent.popleft()

    def _on_lost(self, _exc: Exception) -> None:
        """The channel (or connection) went away: whatever was not confirmed goes back to the
        front of the queue, in order, to be republished when the channel re-opens."""
        if self._closed:
            return
        unconfirmed = [m for m in self._sent if not m.settled]
        self._sent.clear()
        if unconfirmed:
            self._waiting.extendleft(reversed(unconfirmed))
        if self._waiting:
            self._schedule_expiry()

    async def _on_open(self, _channel: ManagedChannel) -> None:
        self._drain()

    def _drain(self) -> None:
        self._expire()
        waiting = self._waiting
        sent_before = len(self._sent)
        while waiting:
            message = waiting[0]
            if message.settled:
                waiting.popleft()
                continue
            if not self._publish(message):
                break
            waiting.popleft()
        resent = len(self._sent) - sent_before
        if resent:
            self.republished += resent
            log.info("%s: republished %d messages after the broker came back", self._name, resent)

    def _schedule_expiry(self) -> None:
        if self._expiry is None and not self._closed:
            self._expiry = asyncio.get_running_loop().call_later(EXPIRY_CHECK_SECONDS, self._tick)

    def _tick(self) -> None:
        self._expiry = None
        self._expire()
        if self._waiting:
            if self._channel.is_open:
                self._drain()
            self._schedule_expiry()

    def _expire(self) -> None:
        now = time.monotonic()
        expired = [m for m in self._waiting if m.keep_until <= now and not m.settled]
        if not expired:
            return
        self._waiting = deque(m for m in self._waiting if m.keep_until > now and not m.settled)
        self.given_up += len(expired)
        log.warning("%s: gave up on %d unconfirmed messages after waiting for the broker past "
                    "their deadline (%d still buffered)", self._name, len(expired), len(self._waiting))
        for message in expired:
            message.finish(OutboxGaveUp("the broker did not come back in time"))
