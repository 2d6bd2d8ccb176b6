"""Cancel by requestId (docs/architecture.md#commands, interface 3). Cancels go to the fanout exchange
`querycast.executor.control`, so every executor sees each one; only the executor running the
request answers (`{cancelled: true}`, or FORBIDDEN for someone else's request). The others stay
silent and the caller's timeout means "not running"."""
from __future__ import annotations

import logging

from broker import Broker
from broker.control import ControlListener, not_yours
from broker.topology import EXECUTOR_CONTROL_EXCHANGE
from contracts.rpc import Caller, Reply
from services.executor.execution import QueryExecutor

log = logging.getLogger(__name__)


class CancelListener(ControlListener):
    def __init__(self, broker: Broker, executor: QueryExecutor, *, app_id: str):
        super().__init__(broker, EXECUTOR_CONTROL_EXCHANGE, self._cancel, app_id=app_id)
        self._executor = executor

    async def _cancel(self, target: str, caller: Caller) -> Reply | None:
        execution = self._executor.in_flight.get(target)
        if execution is None:
            return None  # not ours: whoever runs it answers
        if caller.user_id != execution.user_id and not caller.is_admin:
            return not_yours()
        log.info("cancelling request", extra={"requestId": target, "by": caller.user_id})
        await execution.cancel()
        return Reply(result={"requestId": target, "cancelled": True})
