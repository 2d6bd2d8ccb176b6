"""Honest deadlines (docs/executor.md, "Deadlines and the one terminal event").

A request's time limit starts when the executor receives it, and waiting for a pool slot or a
connection counts against it: the statement timeout is whatever is left when the statement
starts. The limit also ends a margin before the caller's own deadline (the command's
`deadline`), so the executor's answer and terminal event are out before the caller gives up.

Exactly one terminal event per request, also when the caller gives up first. The rule: the
executor owns a request's terminal event until HANDOFF_SECONDS before the caller's deadline;
from then on the caller (the gateway, whose RPC deadline is the command's `deadline`) owns it.
An executor that finishes after that moment publishes no terminal event and holds its reply
until the caller's deadline has passed, so the caller cannot get the reply in time, answers
504 DEADLINE_EXCEEDED and publishes that one terminal event itself.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from contracts.errors import ErrorCode, ServiceError

# Less than this left when a statement would start: it is not started at all.
MIN_STATEMENT_SECONDS = 0.05
# The executor's last moment to publish a terminal event, before the caller's deadline: time for
# the event and the reply to reach the caller, which publishes its own after its deadline.
HANDOFF_SECONDS = 0.5
# Past the hand-off, the reply waits this long past the caller's deadline (clocks and timers of
# two processes never agree to the millisecond).
LATE_REPLY_SECONDS = 0.2


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

    def handed_off(self) -> bool:
        """Past the moment the executor may publish the terminal event (see the module doc)."""
        return (self.caller_gone_at is not None
                and time.monotonic() >= self.caller_gone_at - HANDOFF_SECONDS)

    def until_caller_gone(self) -> float:
        """Seconds until the caller has certainly stopped waiting for the reply."""
        if self.caller_gone_at is None:
            return 0.0
        return max(0.0, self.caller_gone_at + LATE_REPLY_SECONDS - time.monotonic())


def waited_too_long(limit_seconds: float) -> ServiceError:
    return ServiceError(
        ErrorCode.QUERY_TIMEOUT,
        f"No database connection became free within the query's {limit_seconds:.3g} s limit; "
        "the query was not started.", sql_state="57014", retryable=True,
        suggestion="Try again when fewer queries run on this database, or ask for a longer "
                   "timeout (timeoutSeconds).")
