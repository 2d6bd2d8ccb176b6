"""RPC over RabbitMQ: a client on direct reply-to and a worker helper for command queues.

Wire format: the request body is a `contracts.rpc.Command`; the reply body is a
`contracts.rpc.Reply` (`{result}` or `{error}`, one envelope for every service).
"""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from pika.spec import BasicProperties
from pydantic import ValidationError

from broker import metrics
from broker.connection import Broker, Delivery, ManagedChannel
from broker.errors import BrokerUnavailable, PublishNacked, Unroutable
from broker.wire import CommandProperties, ReplyProperties
from contracts.errors import ErrorBody, ErrorCode, ServiceError
from contracts.rest import REQUEST_ID_PATTERN
from contracts.rpc import Caller, Command, Reply

log = logging.getLogger(__name__)

REPLY_TO = "amq.rabbitmq.reply-to"
DELIVERY_COUNT_HEADER = "x-delivery-count"


_REQUEST_ID = re.compile(REQUEST_ID_PATTERN.removesuffix("$") + r"\Z")
_encode_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


def command_json(operation: str, request_id: str, caller: Caller, payload: dict[str, Any],
                 deadline: datetime) -> bytes:
    """`Command(...).to_json()`, byte for byte, without building and validating the model (it
    cost the gateway about 50 µs per request): the caller is already a valid `Caller`, and
    whatever the standard encoder cannot take as pydantic does, or a request id the model would
    refuse, goes through the model (which raises as before)."""
    if _REQUEST_ID.match(request_id) is not None:
        try:
            return _encode_json({"operation": operation, "requestId": request_id, "caller": caller.to_dict(),
                                 "payload": payload,
                                 "deadline": deadline.astimezone(UTC).isoformat().replace("+00:00", "Z")}).encode()
        except (TypeError, ValueError):  # UnicodeEncodeError is a ValueError
            pass
    return Command(operation=operation, request_id=request_id, caller=caller, payload=payload,
                   deadline=deadline).to_json()


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


_decode_json = json.JSONDecoder(parse_constant=_refuse_constant).decode
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def reply_result(body: bytes) -> Any:
    """`Reply.model_validate_json(body)`'s result, or its error raised as ServiceError. A
    `{"result": ...}` reply is read with the standard library's C decoder (pydantic's model and
    its validator cost more than the rest of the reply's handling); anything else (an error, a
    body that is not UTF-8 or holds NaN, Infinity or an escaped surrogate, which pydantic reads
    differently, other keys) goes through the model as before."""
    data = None
    if b"\\u" not in body or _SURROGATE_ESCAPE.search(body) is None:
        try:
            data = _decode_json(body.decode())
        except ValueError:  # UnicodeDecodeError and json's JSONDecodeError are ValueErrors
            pass
    if type(data) is dict and len(data) == 1:
        result = data.get("result")
        if result is not None:
            return result
    reply = Reply.model_validate_json(body)
    if reply.error is not None:
        raise ServiceError.from_body(reply.error)
    return reply.result


class ReplyLost(ServiceError):
    """UNAVAILABLE because the connection dropped after the command was sent: a worker may
    still be running it (and will publish its own terminal event)."""


def _expire(call: asyncio.Future[Any], timeout: float) -> None:
    if not call.done():
        call.set_exception(ServiceError(ErrorCode.DEADLINE_EXCEEDED, f"No reply within {timeout:g} seconds.",
                                        retryable=True, suggestion="The service may be busy or down; try again."))


def _unavailable() -> ServiceError:
    return ServiceError(ErrorCode.UNAVAILABLE, "The message broker is not available.",
                        retryable=True, suggestion="Try again in a few seconds.")


class RpcClient:
    """Send commands and await their replies. All replies arrive on one direct reply-to
    consumer of one channel and are matched by correlation id, so there is no per-request
    consumer or queue. The command is published without waiting for its confirm: a return
    (no queue), a nack or a lost channel fails the call instead, as soon as it happens. Pending
    calls fail as soon as the connection or channel drops, and every call has a deadline."""

    def __init__(self, broker: Broker, *, app_id: str = "querycast-gateway"):
        self._broker = broker
        self._app_id = app_id
        self._properties = CommandProperties(REPLY_TO, app_id)  # pika's encoding, by hand (wire.py)
        # Message ids only match a basic.return to its publish: unique per client, no uuid4 each.
        self._message_ids = map(f"{uuid.uuid4()}-{{}}".format, itertools.count(1))
        self._pending: dict[str, asyncio.Future[Any]] = {}
        self._channel: ManagedChannel | None = None

    async def start(self) -> RpcClient:
        self._channel = self._broker.channel(confirms=True)
        self._channel.on_lost.append(self._fail_all)
        # Called as each reply is read (no task per reply), and read off the wire.
        await self._channel.consumers.consume_direct(REPLY_TO, self._on_reply)
        return self

    async def close(self) -> None:
        if self._channel:
            await self._channel.close()
        self._fail_all(BrokerUnavailable("rpc client closed"))

    async def call(self, exchange: str, routing_key: str, operation: str, payload: dict[str, Any],
                   *, request_id: str, caller: Caller, timeout: float) -> Any:
        """Return the reply's result, or raise ServiceError (the service's error, or
        UNAVAILABLE / DEADLINE_EXCEEDED)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        command = command_json(operation, request_id, caller, payload, datetime.now(UTC) + timedelta(seconds=timeout))
        fut = loop.create_future()
        if request_id in self._pending:
            raise ServiceError(ErrorCode.CONFLICT, f"request {request_id} is already in flight")
        self._pending[request_id] = fut
        try:
            try:
                assert self._channel is not None, "RpcClient.start() first"
                if not self._channel.is_open:
                    await self._channel.wait_open(min(timeout, 5))
                message_id = next(self._message_ids)
                props = self._properties.encode(request_id, caller.user_id, operation,
                                                max(1, int(timeout * 1000)), message_id, int(time.time()))
                confirm = self._channel.publish_mandatory_encoded_nowait(exchange, routing_key, command, props,
                                                                         message_id)
            except BrokerUnavailable:
                raise _unavailable() from None
            confirm.add_done_callback(lambda c: self._on_confirm(c, fut, routing_key))
            # A timer on the loop rather than asyncio.wait_for and its waiter (one per call).
            timer = loop.call_at(deadline, _expire, fut, timeout)
            try:
                body = await fut
            finally:
                timer.cancel()
        finally:
            self._pending.pop(request_id, None)
        return reply_result(body)

    @staticmethod
    def _on_confirm(confirm: asyncio.Future[Any], call: asyncio.Future[Any], routing_key: str) -> None:
        error = None if confirm.cancelled() else confirm.exception()
        if error is None or call.done():
            return
        if isinstance(error, Unroutable):
            call.set_exception(ServiceError(
                ErrorCode.UNAVAILABLE, f"No service accepts '{routing_key}' commands.",
                retryable=True, suggestion="Start the service or try again later."))
        elif isinstance(error, PublishNacked):
            call.set_exception(_unavailable())
        # A lost channel fails every pending call through _fail_all.

    def _on_reply(self, delivery: Delivery) -> None:
        fut = self._pending.get(delivery.properties.correlation_id or "")
        if fut is not None and not fut.done():
            fut.set_result(delivery.body)

    def _fail_all(self, _exc: Exception) -> None:
        for fut in self._pending.values():
            if not fut.done():
                fut.set_exception(ReplyLost(
                    ErrorCode.UNAVAILABLE, "Lost the connection to the message broker.",
                    retryable=True, suggestion="Try again in a few seconds."))


CommandHandler = Callable[[Command, Delivery], Awaitable[Any]]


class RpcWorker:
    """Serve a command queue: competing consumer with prefetch, one handler per operation,
    ack only after the reply is published. Expected errors (ServiceError) become the error
    envelope; malformed commands and payloads are answered with a validation error and acked;
    unexpected failures are answered with an error and rejected to the dead-letter exchange, so
    a poison message never loops."""

    def __init__(self, broker: Broker, queue: str, *, prefetch: int = 8, app_id: str):
        self._broker = broker
        self._queue = queue
        self._prefetch = prefetch
        self._app_id = app_id
        self._handlers: dict[str, CommandHandler] = {}
        self._reply_properties = ReplyProperties(app_id)  # pika's encoding, by hand (wire.py)
        # The metric children of each (operation, outcome), looked up once, not per command.
        self._counted: dict[tuple[str, str], Any] = {}
        self._timed: dict[str, Any] = {}
        self.channel: ManagedChannel | None = None
        # Replies whose caller may be gone: publishing to a vanished direct reply-to closes
        # the channel (406), which must not take the command channel's deliveries with it.
        self._late_replies: ManagedChannel | None = None

    def handle(self, operation: str, handler: CommandHandler) -> None:
        self._handlers[operation] = handler

    async def start(self, open_timeout: float = 30) -> RpcWorker:
        """Consume the queue; returns once the broker has registered the consumer, so callers
        that check for consumers (broker/presence.py) see it (or after `open_timeout` without a
        broker: the consumer then starts when the channel opens)."""
        self._late_replies = self._broker.channel(confirms=False)
        self.channel = self._broker.channel(confirms=True, prefetch=self._prefetch)
        try:
            await self.channel.wait_open(open_timeout)
        except BrokerUnavailable:
            log.warning("no broker yet: %s is consumed once it is back", self._queue)
        await self.channel.consume(self._queue, self._on_delivery)
        return self

    async def close(self) -> None:
        if self.channel:
            await self.channel.close()
        if self._late_replies:
            await self._late_replies.close()

    async def _on_delivery(self, delivery: Delivery) -> None:
        try:
            command = Command.model_validate_json(delivery.body)
        except (ValidationError, ValueError):
            # Answered, then dropped: redelivering or dead-lettering it could never help.
            log.warning("malformed command answered with a validation error")
            await self._reply(delivery, Reply(error=ErrorBody(
                code=ErrorCode.VALIDATION_ERROR, message="Malformed command.")))
            delivery.ack()
            return
        if command.deadline and command.deadline < datetime.now(UTC):
            log.info("dropping expired command %s", command.request_id)
            delivery.ack()
            return
        handler = self._handlers.get(command.operation)
        if handler is None:
            await self._reply(delivery, Reply(error=ErrorBody(
                code=ErrorCode.VALIDATION_ERROR, message=f"Unknown operation '{command.operation}'.")))
            delivery.ack()
            return
        started, outcome = time.perf_counter(), ErrorCode.INTERNAL.value
        try:
            result = await handler(command, delivery)
            outcome = "OK"
        except ServiceError as err:
            outcome = err.code.value
            await self._reply(delivery, Reply(error=err.body))
            delivery.ack()
            return
        except ValidationError as exc:  # the payload does not fit the operation: the caller's mistake
            outcome = ErrorCode.VALIDATION_ERROR.value
            await self._reply(delivery, Reply(error=ErrorBody(
                code=ErrorCode.VALIDATION_ERROR, message=_payload_problem(exc))))
            delivery.ack()
            return
        except asyncio.CancelledError:
            outcome = "CANCELLED"
            raise
        except Exception:
            log.exception("command %s failed unexpectedly", command.operation,
                          extra={"requestId": command.request_id})
            await self._reply(delivery, Reply(error=ErrorBody(
                code=ErrorCode.INTERNAL, message="The service failed unexpectedly.",
                retryable=True, suggestion="Try again; if it persists, contact the operator.")))
            delivery.reject(requeue=False)
            return
        finally:
            self._count(command.operation, outcome, time.perf_counter() - started)
        await self._reply(delivery, Reply(result=result if result is not None else {}))
        delivery.ack()

    def _count(self, operation: str, outcome: str, seconds: float) -> None:
        # Only operations with a handler get here, and outcomes are error codes: both bounded.
        counted = self._counted.get((operation, outcome))
        if counted is None:
            counted = self._counted[operation, outcome] = metrics.COMMANDS.labels(self._app_id, operation, outcome)
        timed = self._timed.get(operation)
        if timed is None:
            timed = self._timed[operation] = metrics.COMMAND_SECONDS.labels(self._app_id, operation)
        counted.inc()
        timed.observe(seconds)

    async def _reply(self, delivery: Delivery, reply: Reply) -> None:
        reply_to = delivery.properties.reply_to
        if not reply_to:
            return
        correlation_id = delivery.properties.correlation_id
        # Not awaited: the ack that follows goes out on the same channel after the reply, and a
        # lost reply is answered by the caller's deadline either way.
        channel = self.channel
        assert channel is not None and self._late_replies is not None, "RpcWorker.start() first"
        try:
            if delivery.redelivered or delivery.generation != channel.generation:
                props = BasicProperties(content_type="application/json", correlation_id=correlation_id,
                                        app_id=self._app_id)
                self._late_replies.publish_nowait("", reply_to, reply.to_json(), props)  # no confirms there
            else:
                channel.publish_encoded_nowait("", reply_to, reply.to_json(),
                                               self._reply_properties.encode(correlation_id),
                                               on_settled=_log_lost_reply)
        except BrokerUnavailable:
            log.warning("could not publish reply for %s", correlation_id)


def _log_lost_reply(error: Exception | None) -> None:
    if error is not None:
        log.warning("a reply was not confirmed: %s", type(error).__name__)


def _payload_problem(exc: ValidationError) -> str:
    """Which fields are wrong, never the values (they may hold secrets)."""
    fields = sorted({".".join(str(p) for p in e["loc"]) or "payload" for e in exc.errors(include_input=False)})
    return "The command's payload is invalid: " + ", ".join(fields[:10]) + "."


def delivery_count(delivery: Delivery) -> int:
    """How often a quorum queue has delivered this message before (0 on the first delivery)."""
    value = delivery.headers.get(DELIVERY_COUNT_HEADER, 0)
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0

