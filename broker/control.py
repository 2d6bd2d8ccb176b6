"""Cancel by requestId over a fanout control exchange (docs/architecture.md#commands): every
process of a service binds its own exclusive queue to the exchange, so each sees every cancel;
only the one working on the request answers, the others stay silent (the caller's timeout then
means "not running"). Used by the executor (`querycast.executor.control`) and the NL->SQL
service (`querycast.nl-to-sql.control`)."""
from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable

from pika.spec import BasicProperties
from pydantic import ValidationError

from broker.connection import Broker, Delivery, ManagedChannel
from broker.errors import BrokerUnavailable
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, CancelPayload, Command, Operation, Reply

log = logging.getLogger(__name__)

# (requestId, who asks) -> the reply, or None when this process does not have the request.
CancelHandler = Callable[[str, Caller], Awaitable[Reply | None]]


class ControlListener:
    def __init__(self, broker: Broker, exchange: str, on_cancel: CancelHandler, *, app_id: str):
        self._broker = broker
        self._exchange = exchange
        self._on_cancel = on_cancel
        self._app_id = app_id
        # One queue per process, gone with its connection (exclusive), re-declared on reconnect.
        self.queue = f"{exchange}.{socket.gethostname()}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
        self._channel: ManagedChannel | None = None

    async def start(self) -> ControlListener:
        self._channel = self._broker.channel(confirms=True)
        await self._channel.add_setup(self._declare)
        await self._channel.consume(self.queue, self._on_message, auto_ack=True)
        return self

    async def close(self) -> None:
        if self._channel:
            await self._channel.close()

    async def _declare(self, channel: ManagedChannel) -> None:
        await channel.exchange_declare(self._exchange, "fanout")
        await channel.queue_declare(self.queue, durable=False, exclusive=True, auto_delete=True)
        await channel.queue_bind(self.queue, self._exchange, "")

    async def _on_message(self, delivery: Delivery) -> None:
        try:
            command = Command.model_validate_json(delivery.body)
            if command.operation != Operation.CANCEL:
                return
            target = CancelPayload.model_validate(command.payload).request_id
        except (ValidationError, ValueError):
            log.warning("malformed control message ignored")
            return
        reply = await self._on_cancel(target, command.caller)
        if reply is not None:
            await self._reply(delivery, reply)

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


def not_yours() -> Reply:
    """The answer to a cancel of someone else's request."""
    return Reply(error=ServiceError(ErrorCode.FORBIDDEN, "Only the user who started a request, or an "
                                    "administrator, can cancel it.").body)
