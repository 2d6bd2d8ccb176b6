"""Publish `RealTimeStatusMessage`s: one per stage, stamped and routed as DESIGN §2 and §4 fix.

Each event is published once to `amq.topic` with the per-user routing key
`<feature>.user.<userKey>` and, while broadcast is on, the broadcast key `<feature>` as primary
key with the per-user key in the `CC` header. So one publish (one confirm) reaches broadcast
subscribers, that user's subscribers and the history queue, and STOMP subscribers of
`/topic/<feature>` see `destination:/topic/<feature>`.
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any

from pika.spec import BasicProperties

from broker.connection import Broker, ManagedChannel
from broker.errors import BrokerUnavailable
from broker.topology import STATUS_EXCHANGE
from broker.user_keys import user_key, user_routing_key  # noqa: F401  (re-exported)
from contracts.status import Feature, RealTimeStatusMessage, Stage, Status, utc_now

log = logging.getLogger(__name__)

SQL_PREVIEW_CHARS = 200


def sql_preview(sql: str) -> str:
    return sql[:SQL_PREVIEW_CHARS]


class StatusPublisher:
    """Owns a confirming channel; `for_request` gives the per-request event stream."""

    def __init__(self, broker: Broker, app_id: str, *, broadcast: bool = True,
                 publish_timeout: float = 10.0):
        self._broker = broker
        self.app_id = app_id
        self.broadcast = broadcast
        self._publish_timeout = publish_timeout
        self._channel: ManagedChannel = broker.channel(confirms=True)

    def for_request(self, feature: Feature, request_id: str, user_id: str) -> RequestEvents:
        return RequestEvents(self, feature, request_id, user_id)

    async def publish(self, event: RealTimeStatusMessage, user_id: str) -> None:
        """Publish one event and wait for the broker's confirm. Retries once across a reconnect
        (consumers de-duplicate by message_id / sequence)."""
        per_user = user_routing_key(event.feature, user_id)
        headers: dict[str, Any] = {
            "x-request-id": event.request_id,
            "x-user-id": user_id,
            "x-sequence": event.sequence,
            "x-stage": event.stage.value,
            "x-status": event.status.value,
        }
        routing_key = per_user
        if self.broadcast:
            routing_key = event.feature.routing_key
            headers["CC"] = [per_user]
        props = BasicProperties(
            content_type="application/json", message_id=str(uuid.uuid4()),
            correlation_id=event.request_id, timestamp=int(time.time()), app_id=self.app_id,
            delivery_mode=2, headers=headers,
        )
        body = event.to_json()
        for attempt in (1, 2):
            try:
                await self._channel.publish(STATUS_EXCHANGE, routing_key, body, props,
                                            timeout=self._publish_timeout)
                return
            except BrokerUnavailable:
                if attempt == 2:
                    raise
                log.warning("status publish interrupted; retrying after reconnect")
                await asyncio.sleep(0)

    async def close(self) -> None:
        await self._channel.close()


class RequestEvents:
    """The ordered events of one request: stamps sequence 1, 2, 3…, the timestamp and progress,
    and refuses anything after the terminal event."""

    def __init__(self, publisher: StatusPublisher, feature: Feature, request_id: str, user_id: str):
        self.publisher = publisher
        self.feature = feature
        self.request_id = request_id
        self.user_id = user_id
        self.sequence = 0
        self.progress = 0
        self.finished = False
        self.history: list[RealTimeStatusMessage] = []

    def resume_after_redelivery(self, redeliveries: int, events_per_attempt: int) -> None:
        """A command redelivered after its worker died continues numbering after the block of
        each earlier attempt, so clients never see one sequence number twice (only a gap)."""
        self.sequence = max(self.sequence, redeliveries * events_per_attempt)

    async def emit(self, stage: Stage, status: Status, message: str,
                   data: dict[str, Any] | None = None, progress: int | None = None) -> RealTimeStatusMessage:
        if self.finished:
            raise RuntimeError(f"request {self.request_id} already has its terminal event")
        if status is not Status.IN_PROGRESS:
            self.finished = True
            if status is Status.SUCCESS:
                progress = 100
        if progress is not None:
            self.progress = max(self.progress, min(100, progress))
        self.sequence += 1
        event = RealTimeStatusMessage(
            feature=self.feature, request_id=self.request_id, stage=stage, status=status,
            message=message, data=data or {}, timestamp=utc_now(), sequence=self.sequence,
            progress=self.progress,
        )
        self.history.append(event)
        await self.publisher.publish(event, self.user_id)
        return event

    async def step(self, stage: Stage, message: str, data: dict[str, Any] | None = None,
                   progress: int | None = None) -> RealTimeStatusMessage:
        return await self.emit(stage, Status.IN_PROGRESS, message, data, progress)

    async def succeed(self, message: str, data: dict[str, Any] | None = None) -> RealTimeStatusMessage:
        return await self.emit(Stage.COMPLETED, Status.SUCCESS, message, data)

    async def fail(self, message: str, data: dict[str, Any] | None = None,
                   stage: Stage = Stage.ERROR) -> RealTimeStatusMessage:
        return await self.emit(stage, Status.ERROR, message, data)
