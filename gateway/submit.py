"""Submitting a workflow request: shared by the REST handlers and the STOMP `/app/**` handler.

One path for both: validate the body, choose the requestId (the client's `clientRequestId` or a
new UUID), claim it for the caller, send the RPC command with the caller's identity, await the
reply within the request's deadline. When no worker answers (no route, no broker, deadline) the
gateway publishes the request's terminal ERROR event itself, so live views never hang.
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Coroutine
from typing import Any

from pydantic import BaseModel, ValidationError

from broker import Broker, RpcClient, StatusPublisher
from broker.errors import BrokerError
from broker.presence import ConsumerPresence
from broker.rpc import ReplyLost
from broker.topology import (
    COMMANDS_EXCHANGE,
    EXECUTOR_CONTROL_EXCHANGE,
    NL_TO_SQL_CONTROL_EXCHANGE,
    command_queue,
)
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import REQUEST_ID_PATTERN, NlToSqlRequest, QueryExecuteRequest
from contracts.rpc import Caller, CancelPayload, Operation
from contracts.status import Feature, Stage
from controldb.history import StatusHistory
from controldb.ownership import RequestOwners
from gateway.rest.metrics import rpc_latency
from runtime.logs import current_request_id

log = logging.getLogger(__name__)

# Errors that mean "no worker answered": the request's own events never reached a terminal one.
_NO_ANSWER = frozenset({ErrorCode.UNAVAILABLE, ErrorCode.DEADLINE_EXCEEDED})
_WORKER_NAME = {Feature.NL_TO_SQL: "NL->SQL service", Feature.QUERY_EXECUTION: "query executor"}
_CONTROL_EXCHANGE = {Feature.NL_TO_SQL: NL_TO_SQL_CONTROL_EXCHANGE,
                     Feature.QUERY_EXECUTION: EXECUTOR_CONTROL_EXCHANGE}
_WORKER_BY_KEY = {feature.routing_key: name for feature, name in _WORKER_NAME.items()}
# Retry-After of the immediate 503 when no worker consumes a command queue.
NO_WORKER_RETRY_AFTER_SECONDS = 5
# How long the gateway looks for a worker's own terminal event in the history before its own.
STORED_END_WAIT_SECONDS = 1.0
# How long the answer of a request no worker took waits for the confirm of its terminal event.
NO_ANSWER_EVENT_WAIT_SECONDS = 5.0

APP_NL_TO_SQL = "/app/nl-to-sql"
APP_EXECUTE = "/app/query/execute"
# The name the issue and the original system's frontends use for the same thing.
APP_EXECUTE_ALIASES = frozenset({APP_EXECUTE, "/app/query-execution"})
APP_CANCEL = "/app/query/cancel"


def new_request_id() -> str:
    return str(uuid.uuid4())


def execute_payload(body: QueryExecuteRequest) -> dict[str, Any]:
    """`ExecutePayload(...).to_dict()` of the validated body, without validating it a second
    time (the payload model is the body's, less clientRequestId)."""
    return body.model_dump(mode="json", by_alias=True, exclude_none=True, exclude={"client_request_id"})


def nl_to_sql_payload(body: NlToSqlRequest) -> dict[str, Any]:
    """`NlToSqlPayload(...).to_dict()` of the validated body."""
    return {"question": body.question, "databaseId": body.database_id}


class Submitter:
    def __init__(self, broker: Broker, rpc: RpcClient, status: StatusPublisher, owners: RequestOwners,
                 history: StatusHistory, settings):
        self._broker = broker
        self._rpc = rpc
        self._status = status
        self._owners = owners
        self._history = history
        self._settings = settings
        self._background: set[asyncio.Task] = set()
        self._presence: ConsumerPresence | None = None

    # -- the workflows -----------------------------------------------------------------------
    async def nl_to_sql(self, caller: Caller, body: NlToSqlRequest, request_id: str) -> dict[str, Any]:
        payload = nl_to_sql_payload(body)
        return await self._workflow(Feature.NL_TO_SQL, Operation.NL_TO_SQL, caller, request_id,
                                    payload, self._settings.nl_to_sql_deadline_seconds,
                                    generated=body.client_request_id is None)

    async def execute(self, caller: Caller, body: QueryExecuteRequest, request_id: str) -> dict[str, Any]:
        payload = execute_payload(body)
        deadline = (body.timeout_seconds or self._settings.query_deadline_seconds) + self._settings.rpc_grace_seconds
        return await self._workflow(Feature.QUERY_EXECUTION, Operation.EXECUTE, caller, request_id,
                                    payload, deadline, generated=body.client_request_id is None)

    async def cancel(self, caller: Caller, request_id: str) -> dict[str, Any]:
        """Ask every executor, or every NL->SQL process, (fanout) to cancel; the one working on
        it confirms."""
        feature = await self._owners.check_access(request_id, caller)
        payload = CancelPayload(request_id=request_id).to_dict()
        try:
            return await self.call(_CONTROL_EXCHANGE[feature], "", Operation.CANCEL, payload, caller,
                                   timeout=self._settings.cancel_timeout_seconds)
        except ServiceError as err:
            if err.code is ErrorCode.DEADLINE_EXCEEDED:
                raise ServiceError(ErrorCode.CONFLICT, "The request is not running (any more).",
                                   suggestion="It may have finished already; see its events.") from None
            raise

    async def call(self, exchange: str, routing_key: str, operation: str, payload: dict[str, Any],
                   caller: Caller, *, timeout: float | None = None, request_id: str | None = None) -> Any:
        """One RPC with metrics; for operations that are not a tracked workflow request."""
        started = time.perf_counter()
        outcome = "ok"
        try:
            if exchange == COMMANDS_EXCHANGE:
                await self._require_worker(routing_key)
            return await self._rpc.call(exchange, routing_key, operation, payload,
                                        request_id=request_id or new_request_id(),
                                        caller=caller,
                                        timeout=timeout or self._settings.rpc_timeout_seconds)
        except ServiceError as err:
            outcome = err.code.value
            raise
        finally:
            rpc_latency(operation, outcome).observe(time.perf_counter() - started)

    async def _require_worker(self, routing_key: str) -> None:
        """Answer 503 at once when nobody consumes the command queue (cached about 1 s)."""
        if self._presence is None:
            self._presence = ConsumerPresence(self._broker)
        if await self._presence.consumers(command_queue(routing_key)) == 0:
            worker = _WORKER_BY_KEY.get(routing_key, f"'{routing_key}' service")
            raise ServiceError(ErrorCode.UNAVAILABLE, f"No {worker} is running.", retryable=True,
                               retry_after_seconds=NO_WORKER_RETRY_AFTER_SECONDS,
                               suggestion="Try again shortly; an operator has to start it.")

    async def _workflow(self, feature: Feature, operation: str, caller: Caller, request_id: str,
                        payload: dict[str, Any], deadline: float, *, generated: bool) -> dict[str, Any]:
        """Claim, then send the command; for an id the gateway `generated` (a fresh UUID4, which
        nobody else can hold) the command goes out while the claim's INSERT is on its way, and
        the answer waits for both: the claim is committed (synchronously) before the caller
        learns anything (docs/security.md, "Request ownership")."""
        current_request_id.set(request_id)
        claimed = self._start_claim(request_id, caller, feature, payload)
        if not generated:
            await claimed
        try:
            result = await self.call(COMMANDS_EXCHANGE, feature.routing_key, operation, payload,
                                     caller, timeout=deadline, request_id=request_id)
        except ServiceError as err:
            await claimed  # a refused claim (the database's outage) is the answer, not the RPC's
            # ReplyLost: the command went out, then the connection dropped; a worker may be
            # running it and publishes its own terminal event once the broker is back.
            if err.code in _NO_ANSWER and not isinstance(err, ReplyLost):
                await self._publish_no_answer(feature, request_id, caller, err)
            raise
        except BaseException:
            claimed.cancel()
            raise
        await claimed
        result = dict(result) if isinstance(result, dict) else {}
        result["requestId"] = request_id
        return result

    async def _claim(self, request_id: str, caller: Caller, feature: Feature,
                     payload: dict[str, Any]) -> None:
        await self._start_claim(request_id, caller, feature, payload)

    def _start_claim(self, request_id: str, caller: Caller, feature: Feature,
                     payload: dict[str, Any]) -> asyncio.Future[None]:
        """The claim, queued now; the future fails with CONFLICT or UNAVAILABLE."""
        subject = payload.get("question", payload.get("sql"))  # kept for GET /api/requests
        claimed = self._owners.start_claim(request_id, caller.user_id, feature,
                                           database_id=payload.get("databaseId"), subject=subject)
        answer: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        claimed.add_done_callback(lambda done: _claim_answer(done, answer))
        return answer

    async def _publish_no_answer(self, feature: Feature, request_id: str, caller: Caller,
                                 err: ServiceError) -> None:
        if not self._broker.is_connected:
            log.warning("no broker: the terminal event of %s cannot be published", request_id)
            return
        worker = _WORKER_NAME[feature]
        if err.code is ErrorCode.DEADLINE_EXCEEDED:
            message = f"No {worker} answered in time."
        else:
            message = f"No {worker} is available."
        last_sequence, ended = await self._stored_end(request_id)
        if ended:
            log.info("the worker already ended %s; no terminal event from the gateway", request_id)
            return
        events = self._status.for_request(feature, request_id, caller.user_id)
        events.sequence = last_sequence  # continue after what the worker published: ordered sequences
        try:
            # The event is in the publisher's outbox once `fail` starts waiting for its confirm;
            # the caller's answer does not wait out a broker outage for it.
            await asyncio.wait_for(events.fail(message, err.event_data(), stage=Stage.ERROR),
                                   NO_ANSWER_EVENT_WAIT_SECONDS)
        except TimeoutError:
            log.warning("the terminal event of %s is not confirmed yet; answering anyway", request_id)
        except (BrokerError, RuntimeError) as exc:
            log.warning("could not publish the terminal event: %s", type(exc).__name__)

    async def _stored_end(self, request_id: str) -> tuple[int, bool]:
        """What the recorder stored of the request. A worker that started it may have published
        its own terminal event just before the deadline: that one, once recorded, is the end,
        so wait a moment for it rather than publish a second terminal event."""
        waited = 0.0
        while True:
            try:
                last_sequence, ended = await self._history.stored_end(request_id)
            except Exception:
                return 0, False
            if ended or last_sequence == 0 or waited >= STORED_END_WAIT_SECONDS:
                return last_sequence, ended
            await asyncio.sleep(0.1)
            waited += 0.1

    # -- STOMP SEND /app/** --------------------------------------------------------------------
    async def app_destination_handler(self, destination: str, body: bytes, headers: dict,
                                      principal: Caller | None) -> None:
        """Validate and claim now (errors become a STOMP ERROR frame), then run the request in
        the background: its result arrives as the terminal event on the user's topic."""
        if principal is None:
            raise ServiceError(ErrorCode.UNAUTHORIZED, "Sign in (CONNECT with a token) to submit requests.")
        data = _json_body(body)
        request: Any
        run: Callable[[Caller, Any, str], Coroutine[Any, Any, dict[str, Any]]]
        if destination == APP_NL_TO_SQL:
            request = _parse(NlToSqlRequest, data)
            run = self.nl_to_sql
            feature = Feature.NL_TO_SQL
        elif destination in APP_EXECUTE_ALIASES:
            request = _parse(QueryExecuteRequest, data)
            run = self.execute
            feature = Feature.QUERY_EXECUTION
        elif destination == APP_CANCEL:
            target = data.get("requestId") if isinstance(data, dict) else None
            if not isinstance(target, str) or not _valid_request_id(target):
                raise ServiceError(ErrorCode.VALIDATION_ERROR, "Give the requestId to cancel.")
            self._spawn(self.cancel(principal, target))
            return
        else:
            raise ServiceError(ErrorCode.NOT_FOUND, f"Unknown destination {destination[:100]}.")
        request_id = request.client_request_id or new_request_id()
        await self._claim(request_id, principal, feature, request.model_dump(by_alias=True))
        self._spawn(run(principal, request, request_id))

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            if isinstance(exc, ServiceError):
                log.info("STOMP-submitted request failed: %s", exc.code.value)
            else:
                log.error("STOMP-submitted request failed unexpectedly: %s", type(exc).__name__)

    async def close(self) -> None:
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        if self._presence is not None:
            await self._presence.close()


def _claim_answer(claimed: asyncio.Future[None], answer: asyncio.Future[None]) -> None:
    """The claim's outcome as the caller's answer (a database error becomes UNAVAILABLE)."""
    if claimed.cancelled():
        answer.cancel()
        return
    exc = claimed.exception()  # retrieved even when nobody waits for the answer any more
    if answer.done():
        return
    if exc is None:
        answer.set_result(None)
    elif isinstance(exc, ServiceError):
        answer.set_exception(exc)
    else:
        log.warning("control database unavailable while claiming a request: %s", type(exc).__name__)
        answer.set_exception(ServiceError(ErrorCode.UNAVAILABLE, "The control database is not available.",
                                          retryable=True, suggestion="Try again in a few seconds."))


def _json_body(body: bytes) -> Any:
    try:
        return json.loads(body or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise ServiceError(ErrorCode.VALIDATION_ERROR, "The body is not valid JSON.") from None


def _valid_request_id(value: str) -> bool:
    return re.match(REQUEST_ID_PATTERN, value) is not None


def _parse(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        fields = ", ".join(sorted({".".join(map(str, e["loc"])) or "body" for e in exc.errors()}))
        raise ServiceError(ErrorCode.VALIDATION_ERROR, f"Invalid request: check {fields}.") from None
