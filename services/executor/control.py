"""Cancel by requestId (docs/architecture.md#commands, interface 3). Cancels go to the fanout exchange
`querycast.executor.control`, so every executor sees each one; only the executor running the
request answers (`{cancelled: true}`, or FORBIDDEN for someone else's request). The others stay
silent and the caller's timeout means "not running"."""
from __future__ import annotations

import logging
import os
import socket
import uuid

from pika.spec import BasicProperties
from pydantic import ValidationError

from broker import Broker, BrokerUnavailable, Delivery, ManagedChannel
from broker.topology import EXECUTOR_CONTROL_EXCHANGE
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import CancelPayload, Command, Operation, Reply
from services.executor.execution import QueryExecutor

log = logging.getLogger(__name__)


class CancelListener:
    def __init__(self, broker: Broker, executor: QueryExecutor, *, app_id: str):
        self._broker = broker
        self._executor = executor
        self._app_id = app_id
        # One queue per process, gone with its connection (exclusive), re-declared on reconnect.
        self.queue = f"{EXECUTOR_CONTROL_EXCHANGE}.{socket.gethostname()}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
        self._channel: ManagedChannel | None = None

    async def start(self) -> CancelListener:
        self._channel = self._broker.channel(confirms=True)
        await self._channel.add_setup(self._declare)
        await self._channel.consume(self.queue, self._on_message, auto_ack=True)
        return self

    async def close(self) -> None:
        if self._channel:
            await self._channel.close()

    async def _declare(self, channel: ManagedChannel) -> None:
        await channel.exchange_declare(EXECUTOR_CONTROL_EXCHANGE, "fanout")
        await channel.queue_declare(self.queue, durable=False, exclusive=True, auto_delete=True)
        await channel.queue_bind(self.queue, EXECUTOR_CONTROL_EXCHANGE, "")

    async def _on_message(self, delivery: Delivery) -> None:
        try:
            command = Command.model_validate_json(delivery.body)
            if command.operation != Operation.CANCEL:
                return
            target = CancelPayload.model_validate(command.payload).request_id
        except (ValidationError, ValueError):
            log.warning("malformed control message ignored")
            return
        execution = self._executor.in_flight.get(target)
        if execution is None:
            return  # not ours: whoever runs it answers
        if command.caller.user_id != execution.user_id and not command.caller.is_admin:
            error = ServiceError(ErrorCode.FORBIDDEN, "Only the user who started a query, or an "
                                 "administrator, can cancel it.")
            await self._reply(delivery, Reply(error=error.body))
            return
        log.info("cancelling request", extra={"requestId": target, "by": command.caller.user_id})
        await execution.cancel()
        await self._reply(delivery, Reply(result={"requestId": target, "cancelled": True}))

    async def _reply(self, delivery: Delivery, reply: Reply) -> None:
        if not delivery.properties.reply_to:
            return
        props = BasicProperties(content_type="application/json",
                                correlation_id=delivery.properties.correlation_id, app_id=self._app_id)
        assert self._channel is not None, "start() first"
        try:
            await self._channel.publish("", delivery.properties.reply_to, reply.to_json(), props)
        except BrokerUnavailable:
            log.warning("could not reply to a cancel command")
