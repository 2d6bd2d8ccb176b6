"""Slow down password guessing: after too many failed logins for one key (a username, a client
address) within a window, further attempts get 429 with Retry-After until the window passes.
Per gateway process (several gateways each count on their own)."""
from __future__ import annotations

import time
from collections import deque

from contracts.errors import ErrorCode, ServiceError

MAX_TRACKED_KEYS = 50_000


class LoginThrottle:
    def __init__(self, max_failures: int = 5, window_seconds: float = 60.0):
        self.max_failures = max_failures
        self.window = window_seconds
        self._failures: dict[str, deque[float]] = {}

    def check(self, key: str) -> None:
        now = time.monotonic()
        recent = self._recent(key, now)
        if recent is not None and len(recent) >= self.max_failures:
            wait = max(1.0, self.window - (now - recent[0]))
            raise ServiceError(ErrorCode.RATE_LIMITED, "Too many failed sign-in attempts.",
                               retryable=True, retry_after_seconds=round(wait),
                               suggestion="Wait a moment before trying again.")

    def failed(self, key: str) -> None:
        now = time.monotonic()
        if len(self._failures) >= MAX_TRACKED_KEYS:
            self._prune(now)
        self._failures.setdefault(key, deque(maxlen=self.max_failures)).append(now)

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)

    def _recent(self, key: str, now: float) -> deque[float] | None:
        recent = self._failures.get(key)
        while recent and now - recent[0] > self.window:
            recent.popleft()
        return recent

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._failures.items() if not v or now - v[-1] > self.window]:
            del self._failures[key]
        if len(self._failures) >= MAX_TRACKED_KEYS:  # under attack from many keys: start afresh
            self._failures.clear()
