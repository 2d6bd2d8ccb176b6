"""Publish `RealTimeStatusMessage`s: one per stage, stamped and routed as docs/architecture.md
(#status-message, #destinations) says.

Each event is published once to `amq.topic` with the per-user routing key
`<feature>.user.<userKey>` and, while broadcast is on, the broadcast key `<feature>` as primary
key with the per-user key in the `CC` header. So one publish (one confirm) reaches broadcast
subscribers, that user's subscribers and the history queue, and STOMP subscribers of
`/topic/<feature>` see `destination:/topic/<feature>`.

Events are pipelined (docs/performance.md): `emit` hands the serialized event to an ordered
`Outbox` and returns; only the terminal event waits, for the confirms of all of the request's
events, so a reply never overtakes its events. During a broker outage the outbox keeps the
events and republishes them in order once the broker is back, until the request's deadline plus
a grace period.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from broker import metrics
from broker.connection import Broker, ManagedChannel
from broker.outbox import Done, Outbox
from broker.settings import status_buffer_grace_seconds, status_buffer_max_events
from broker.topology import STATUS_EXCHANGE
from broker.user_keys import user_key, user_routing_key  # noqa: F401  (re-exported)
from broker.wire import EventProperties
from contracts.status import Feature, RealTimeStatusMessage, Stage, Status, utc_now

log = logging.getLogger(__name__)

SQL_PREVIEW_CHARS = 200


def sql_preview(sql: str) -> str:
    return sql[:SQL_PREVIEW_CHARS]


DEFAULT_KEEP_SECONDS = 60.0
USER_KEYS_KEPT = 4096  # users whose routing keys a publisher remembers
# The standard library's C encoder, made once (json.JSONEncoder.encode makes it again per call).
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_c_encoder = getattr(json.encoder, "c_make_encoder", None)
_chunks = (_c_encoder(None, _JSON.default, json.encoder.encode_basestring, None, ":", ",", False, False, False)
           if _c_encoder is not None else None)


def _encode_json(value: dict[str, Any]) -> str:
    if _chunks is None:  # a Python without the C accelerator
        return _JSON.encode(value)
    return "".join(_chunks(value, 0))


def event_json(event: RealTimeStatusMessage) -> bytes:
    """The JSON of `event.to_json()` at a fraction of its cost (pydantic's serializer and its
    strftime took about a third of an event's CPU): the same bytes, except that a float written
    with an exponent reads 1e-07 here and 1e-7 there. Anything the standard encoder cannot take
    as pydantic does (non-finite floats, lone surrogates, other types) goes through pydantic."""
    try:
        timestamp = event.timestamp
        if timestamp.tzinfo is not UTC:
            timestamp = timestamp.astimezone(UTC)
        return _encode_json({
            "feature": event.feature.value, "requestId": event.request_id, "stage": event.stage.value,
            "status": event.status.value, "message": event.message, "data": event.data,
            "timestamp": timestamp.isoformat(timespec="milliseconds")[:23] + "Z", "sequence": event.sequence,
            "progress": event.progress,
        }).encode()
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return event.to_json()


_EVENT_FIELDS = frozenset(RealTimeStatusMessage.model_fields)
_new_event = RealTimeStatusMessage.__new__
_set = object.__setattr__


def new_event(values: dict[str, Any]) -> RealTimeStatusMessage:
    """`RealTimeStatusMessage.model_construct(**values)` with every field given (all built by
    the publisher from valid values), without its loop over the fields: the same state
    (tests/foundation/test_request_events.py compares it), in a fifth of the time."""
    event = _new_event(RealTimeStatusMessage)
    _set(event, "__dict__", values)
    _set(event, "__pydantic_fields_set__", set(_EVENT_FIELDS))
    _set(event, "__pydantic_extra__", None)
    _set(event, "__pydantic_private__", None)
    return event


class StatusPublisher:
    """Owns a confirming channel and its outbox; `for_request` gives the per-request stream."""

    def __init__(self, broker: Broker, app_id: str, *, broadcast: bool = True,
                 keep_seconds: float = DEFAULT_KEEP_SECONDS, grace_seconds: float | None = None,
                 max_buffered: int | None = None, publish_timeout: float | None = None):
        """`keep_seconds`: how long an event of a request without a deadline is kept through
        an outage (`publish_timeout` is its old name); `grace_seconds` is added to every
        request's deadline (QUERYCAST_STATUS_BUFFER_GRACE_SECONDS); `max_buffered` bounds the
        buffer (QUERYCAST_STATUS_BUFFER_MAX_EVENTS)."""
        if publish_timeout is not None:
            keep_seconds = publish_timeout
        if grace_seconds is None:
            grace_seconds = status_buffer_grace_seconds()
        if max_buffered is None:
            max_buffered = status_buffer_max_events()
        self._broker = broker
        self.app_id = app_id
        self.broadcast = broadcast
        self.keep_seconds = keep_seconds
        self.grace_seconds = grace_seconds
        self._channel: ManagedChannel = broker.channel(confirms=True)
        self.outbox = Outbox(self._channel, max_messages=max_buffered, name=f"{app_id} status outbox",
                             on_confirmed=metrics.CONFIRM_SECONDS.labels(app_id).observe)
        self._started: asyncio.Task[Any] | None = asyncio.get_running_loop().create_task(self.outbox.start())
        # Unique across processes without a uuid4 per event.
        self._id_prefix = uuid.uuid4().hex
        self._ids = itertools.count(1)
        self._published_by_feature: dict[Feature, Any] = {}
        self._user_keys: dict[tuple[Feature, str], str] = {}

    def for_request(self, feature: Feature, request_id: str, user_id: str,
                    deadline: datetime | None = None) -> RequestEvents:
        """`deadline` (the command's) bounds how long the events are kept through an outage."""
        if deadline is not None:
            keep = max(0.0, deadline.timestamp() - time.time())
        else:
            keep = self.keep_seconds
        return RequestEvents(self, feature, request_id, user_id,
                             keep_until=time.monotonic() + keep + self.grace_seconds)

    def send(self, event: RealTimeStatusMessage, user_id: str, *, keep_until: float | None = None,
             request: dict[str, Any] | None = None, on_done: Done | None = None) -> asyncio.Future[Any] | None:
        """Queue one event (serialized once, here). Its outcome (None once the broker confirmed
        it, or the error it was given up with) goes to `on_done`, or else to the returned
        future. `request`: a dict kept by the caller for all events of one request, in which
        what they share (routing keys, the properties' encoder, the counter) is worked out once."""
        shared = request if request is not None else {}
        if "routing" not in shared:
            shared["routing"] = self.routing(event.feature, user_id)
            shared["properties"] = self.event_properties(event.request_id, user_id, shared["routing"])
            shared["published"] = self._published(event.feature)
        routing, properties = shared["routing"], shared["properties"]
        encoded = properties.encode(f"{self._id_prefix}-{next(self._ids)}", int(time.time()), event.sequence,
                                    event.stage.value, event.status.value)
        if keep_until is None:
            keep_until = time.monotonic() + self.keep_seconds + self.grace_seconds
        shared["published"].inc()
        return self.outbox.send(STATUS_EXCHANGE, routing[0], event_json(event), encoded, keep_until, on_done)

    def routing(self, feature: Feature, user_id: str) -> tuple[str, str]:
        """(routing key, per-user key): with broadcast on, the per-user key goes in `CC`. The
        per-user keys of the users seen last are remembered (a keyed hash per request otherwise)."""
        per_user = self._user_keys.get((feature, user_id))
        if per_user is None:
            if len(self._user_keys) >= USER_KEYS_KEPT:
                self._user_keys.clear()
            per_user = self._user_keys[(feature, user_id)] = user_routing_key(feature, user_id)
        return (feature.routing_key if self.broadcast else per_user), per_user

    def event_properties(self, request_id: str, user_id: str, routing: tuple[str, str]) -> EventProperties:
        return EventProperties(request_id, user_id, self.app_id, routing[1] if self.broadcast else None)

    def _published(self, feature: Feature) -> Any:
        counter = self._published_by_feature.get(feature)
        if counter is None:
            counter = self._published_by_feature[feature] = metrics.EVENTS_PUBLISHED.labels(self.app_id, feature.value)
        return counter

    async def publish(self, event: RealTimeStatusMessage, user_id: str) -> None:
        """Publish one event and wait for the broker's confirm (kept through an outage for the
        default period; raises BrokerUnavailable when given up)."""
        confirmed = self.send(event, user_id)
        assert confirmed is not None
        await confirmed

    async def close(self) -> None:
        if self._started is not None:
            self._started.cancel()
        await self.outbox.close()
        await self._channel.close()


class RequestEvents:
    """The ordered events of one request: stamps sequence 1, 2, 3…, the timestamp and progress,
    and refuses anything after the terminal event. Intermediate events do not wait for their
    confirms; the terminal one waits for the confirms of all of them."""

    def __init__(self, publisher: StatusPublisher, feature: Feature, request_id: str, user_id: str,
                 *, keep_until: float | None = None):
        self.publisher = publisher
        self.feature = feature
        self.request_id = request_id
        self.user_id = user_id
        self.sequence = 0
        self.progress = 0
        self.finished = False
        self.history: list[RealTimeStatusMessage] = []
        self.keep_until = keep_until if keep_until is not None else time.monotonic() + DEFAULT_KEEP_SECONDS
        # Events not settled by the broker yet, the first error one ended with, and the future
        # `confirmed()` waits on: one per wait, not one per event.
        self._unsettled = 0
        self._failure: Exception | None = None
        self._all_settled: asyncio.Future[None] | None = None
        self._shared: dict[str, Any] = {}  # for the publisher: what all events of the request share

    def resume_after_redelivery(self, redeliveries: int, events_per_attempt: int) -> None:
        """A command redelivered after its worker died continues numbering after the block of
        each earlier attempt, so clients never see one sequence number twice (only a gap)."""
        self.sequence = max(self.sequence, redeliveries * events_per_attempt)

    def resume_from(self, sequence: int, progress: int) -> None:
        """Continue after events already published for this request (e.g. by an earlier
        attempt): numbering goes on from `sequence` and progress never goes below `progress`."""
        self.sequence = max(self.sequence, sequence)
        self.progress = max(self.progress, min(100, progress))

    async def emit(self, stage: Stage, status: Status, message: str, data: dict[str, Any] | None = None,
                   progress: int | None = None, *, wait: bool = True) -> RealTimeStatusMessage:
        """Publish the next event. A terminal one waits for the confirms of every event of the
        request, unless `wait` is false: the caller then awaits `confirmed()` itself before it
        answers (e.g. after other work that can overlap with the broker's confirm)."""
        if self.finished:
            raise RuntimeError(f"request {self.request_id} already has its terminal event")
        terminal = status is not Status.IN_PROGRESS
        if terminal:
            self.finished = True
            if status is Status.SUCCESS:
                progress = 100
        if progress is not None:
            self.progress = max(self.progress, min(100, progress))
        self.sequence += 1
        # Every field is built here from valid values: no per-event validation on the hot path.
        event = new_event({
            "feature": self.feature, "request_id": self.request_id, "stage": stage, "status": status,
            "message": message, "data": data or {}, "timestamp": utc_now(), "sequence": self.sequence,
            "progress": self.progress})
        self.history.append(event)
        self._unsettled += 1
        self.publisher.send(event, self.user_id, keep_until=self.keep_until, request=self._shared,
                            on_done=self._settled)
        if terminal and wait:
            await self.confirmed()
        return event

    def _settled(self, error: Exception | None) -> None:
        """The outbox's callback, once per event: confirmed (None) or given up."""
        self._unsettled -= 1
        if error is not None and self._failure is None:
            self._failure = error
        waiter = self._all_settled
        if self._unsettled == 0 and waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def confirmed(self) -> None:
        """Wait until every event of this request so far is settled by the broker (through an
        outage, until the keep-until moment). Raises BrokerUnavailable (or PublishNacked) if
        any was given up."""
        if self._unsettled:
            waiter = self._all_settled
            if waiter is None or waiter.done():
                waiter = self._all_settled = asyncio.get_running_loop().create_future()
            # Shared by whoever waits meanwhile; one waiter's cancellation is not the others'.
            await asyncio.shield(waiter)
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    async def step(self, stage: Stage, message: str, data: dict[str, Any] | None = None,
                   progress: int | None = None) -> RealTimeStatusMessage:
        return await self.emit(stage, Status.IN_PROGRESS, message, data, progress)

    async def succeed(self, message: str, data: dict[str, Any] | None = None, *,
                      wait: bool = True) -> RealTimeStatusMessage:
        return await self.emit(Stage.COMPLETED, Status.SUCCESS, message, data, wait=wait)

    async def fail(self, message: str, data: dict[str, Any] | None = None,
                   stage: Stage = Stage.ERROR) -> RealTimeStatusMessage:
        return await self.emit(stage, Status.ERROR, message, data)
