"""Honest deadlines (docs/executor.md, "Deadlines and the one terminal event").

A request's time limit starts when the executor receives it, and waiting for a pool slot or a
connection counts against it: the statement timeout is whatever is left when the statement
starts. The limit also ends a margin before the caller's own deadline (the command's
`deadline`), so the executor's answer and terminal event are out before the caller gives up.
If the caller's deadline has passed anyway, the executor publishes no terminal event: the
caller has published its DEADLINE_EXCEEDED one, and a request has exactly one.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from contracts.errors import ErrorCode, ServiceError

# Less than this left when a statement would start: it is not started at all.
MIN_STATEMENT_SECONDS = 0.05


@dataclass(frozen=True)
class Deadline:
    at: float                 # time.monotonic() by which the work ends
    seconds: float            # the limit as granted when the request arrived, for messages
    caller_gone_at: float | None = None  # time.monotonic() of the caller's own deadline

    @classmethod
    def start(cls, limit_seconds: float, caller_deadline: datetime | None, margin_seconds: float,
              *, received: float | None = None) -> Deadline:
        """`received`: time.monotonic() when the request arrived (default: now)."""
        now = time.monotonic()
        began = now if received is None else received
        at, caller_gone_at = began + limit_seconds, None
        if caller_deadline is not None:
            caller_gone_at = now + (caller_deadline - datetime.now(UTC)).total_seconds()
            at = min(at, caller_gone_at - margin_seconds)
        return cls(at, max(0.0, at - began), caller_gone_at)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def statement_ms(self) -> int:
        """What is left for the statement, in ms; raises QUERY_TIMEOUT when nothing is."""
        left = self.remaining()
        if left < MIN_STATEMENT_SECONDS:
            raise waited_too_long(self.seconds)
        return int(left * 1000)

    def caller_gone(self) -> bool:
        return self.caller_gone_at is not None and time.monotonic() >= self.caller_gone_at


def waited_too_long(limit_seconds: float) -> ServiceError:
    return ServiceError(
        ErrorCode.QUERY_TIMEOUT,
        f"No database connection became free within the query's {limit_seconds:.3g} s limit; "
        "the query was not started.", sql_state="57014", retryable=True,
        suggestion="Try again when fewer queries run on this database, or ask for a longer "
                   "timeout (timeoutSeconds).")
