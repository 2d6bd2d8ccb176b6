"""Cancel an NL->SQL request while it works (retrieval, prompt, LLM call, validation): each
request's work runs as a task of its own, registered by requestId; a `query.cancel` on the fanout
`querycast.nl-to-sql.control` cancels that task (the LLM's HTTP call is dropped with it), and
the request ends with one `CANCELLED` terminal event and a CANCELLED reply (409 over REST), as a
cancelled execution does. Once the terminal event is under way the request can no longer be
cancelled (CONFLICT)."""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from broker import Broker, RequestEvents
from broker.control import ControlListener, not_yours
from broker.topology import NL_TO_SQL_CONTROL_EXCHANGE
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Reply
from contracts.status import Stage
from services.outcomes import RecentOutcomes

log = logging.getLogger(__name__)

@dataclass
class _Running:
    user_id: str
    events: RequestEvents
    task: asyncio.Task
    cancelled_by: str | None = None


def question_cancelled() -> ServiceError:
    return ServiceError(ErrorCode.CANCELLED, "The question was cancelled.",
                        suggestion="Ask it again if you still need the SQL.")


class RunningQuestions:
    """The requests this process is working on, so a cancel can find and stop one, and those it
    answered recently, so a copy RabbitMQ redelivers (its first copy's ack was lost with the
    connection) gets the same answer instead of a second run and a second terminal event."""

    def __init__(self) -> None:
        self._running: dict[str, _Running] = {}
        self._recent = RecentOutcomes()

    async def earlier_answer(self, request_id: str, user_id: str) -> dict[str, Any] | None:
        """The answer of an earlier copy of this command (still running here, or finished
        recently); None when this process has none and the command must run."""
        entry = self._running.get(request_id)
        if entry is not None and entry.user_id == user_id:
            try:
                return await asyncio.shield(entry.task)
            except asyncio.CancelledError:
                if entry.cancelled_by is None:
                    raise
                raise question_cancelled() from None
        finished = self._recent.get(request_id)
        if finished is None or finished.user_id != user_id:
            return None
        if finished.error is not None:
            raise finished.error
        return finished.result

    def __contains__(self, request_id: str) -> bool:
        return request_id in self._running

    async def run(self, request_id: str, user_id: str, events: RequestEvents,
                  work: Coroutine[Any, Any, dict[str, Any]], data: dict[str, Any] | None = None,
                  *, keep_seconds: float = 600.0) -> dict[str, Any]:
        """Await `work` as a cancellable task; a cancel ends it with the CANCELLED terminal event
        (`data` added to it) and raises CANCELLED. The answer is kept `keep_seconds` for copies."""
        started = time.monotonic()
        entry = _Running(user_id, events, asyncio.ensure_future(work))
        self._running[request_id] = entry
        try:
            result = await entry.task
            self._recent.remember(request_id, user_id, keep_seconds, result=result)
            return result
        except ServiceError as failed:
            self._recent.remember(request_id, user_id, keep_seconds, error=failed)
            raise
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if entry.cancelled_by is None or (current is not None and current.cancelling()):
                raise  # the service itself is stopping
            err = question_cancelled()
            if not events.finished:
                await events.fail(err.body.message, {**(data or {}), **err.event_data(),
                                                     "durationMs": int((time.monotonic() - started) * 1000)},
                                  stage=Stage.CANCELLED)
            self._recent.remember(request_id, user_id, keep_seconds, error=err)
            raise err from None
        finally:
            if self._running.get(request_id) is entry:
                del self._running[request_id]

    async def cancel(self, request_id: str, caller: Caller) -> Reply | None:
        entry = self._running.get(request_id)
        if entry is None:
            return None  # not ours: whoever has it answers
        if caller.user_id != entry.user_id and not caller.is_admin:
            return not_yours()
        if entry.events.finished or entry.task.done() or entry.cancelled_by is not None:
            return Reply(error=ServiceError(ErrorCode.CONFLICT, "The request is not running (any more).",
                                            suggestion="It may have finished already; see its events.").body)
        log.info("cancelling request", extra={"requestId": request_id, "by": caller.user_id})
        entry.cancelled_by = caller.user_id
        entry.task.cancel()
        return Reply(result={"requestId": request_id, "cancelled": True})


def cancel_listener(broker: Broker, running: RunningQuestions, *, app_id: str) -> ControlListener:
    return ControlListener(broker, NL_TO_SQL_CONTROL_EXCHANGE, running.cancel, app_id=app_id)
