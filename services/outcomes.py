"""Outcomes of requests this process finished recently, for copies of the same command that
RabbitMQ redelivers afterwards (the first copy's channel died with a broker outage before its
ack). The copy is answered with the first run's outcome: the query does not run twice and the
request's timeline gets no second attempt (so no sequence gap and no second terminal event)."""
from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from contracts.errors import ServiceError

MAX_REMEMBERED = 256


@dataclass
class Outcome:
    user_id: str
    result: dict[str, Any] | None
    error: ServiceError | None
    forget_at: float  # monotonic


class RecentOutcomes:
    def __init__(self, max_remembered: int = MAX_REMEMBERED):
        self._max = max_remembered
        self._outcomes: OrderedDict[str, Outcome] = OrderedDict()

    def remember(self, request_id: str, user_id: str, keep_seconds: float, *,
                 result: dict[str, Any] | None = None, error: ServiceError | None = None) -> None:
        self._outcomes[request_id] = Outcome(user_id, result, error, time.monotonic() + keep_seconds)
        self._outcomes.move_to_end(request_id)
        while len(self._outcomes) > self._max:
            self._outcomes.popitem(last=False)

    def get(self, request_id: str) -> Outcome | None:
        outcome = self._outcomes.get(request_id)
        if outcome is not None and outcome.forget_at < time.monotonic():
            del self._outcomes[request_id]
            return None
        return outcome
