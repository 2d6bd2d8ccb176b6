"""One process, many questions, one LLM account: at most `concurrency` calls in flight, and no
call at all while the provider has asked us to wait (a 429/503/529 with `retry-after`).

The request that hit the limit fails with RATE_LIMITED at once (retrying is the caller's choice);
the ones after it wait out the provider's `retry-after` when their deadline allows, and otherwise
fail fast with RATE_LIMITED without sending the provider another call.
"""
from __future__ import annotations

import asyncio
import dataclasses
import math
import time

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.providers.base import (
    Generation,
    GenerationRequest,
    Provider,
    rate_limited,
    seconds_text,
)


class LimitedProvider:
    """A provider behind a concurrency bound and the provider's own back-off requests."""

    def __init__(self, inner: Provider, concurrency: int, timeout_seconds: float):
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)
        self._timeout = timeout_seconds
        self._resume_at = 0.0          # time.monotonic() before which nothing is sent
        self.in_flight = 0

    async def generate(self, request: GenerationRequest) -> Generation:
        started = time.monotonic()
        budget = request.timeout_seconds if request.timeout_seconds is not None else self._timeout
        await self._wait_for_provider(budget)
        try:
            await asyncio.wait_for(self._slots.acquire(), max(0.0, budget - (time.monotonic() - started)))
        except TimeoutError:
            raise ServiceError(
                ErrorCode.RATE_LIMITED,
                f"All {self.concurrency} language-model calls this service may make at once stayed busy "
                f"for {seconds_text(budget)} s.", retryable=True, retry_after_seconds=1.0,
                suggestion="Try again in a moment; the operator can raise QUERYCAST_LLM_CONCURRENCY "
                "if the provider allows more parallel calls.") from None
        self.in_flight += 1
        try:
            left = None if request.timeout_seconds is None else \
                max(0.0, request.timeout_seconds - (time.monotonic() - started))
            return await self.inner.generate(dataclasses.replace(request, timeout_seconds=left))
        except ServiceError as err:
            if err.code is ErrorCode.RATE_LIMITED:
                self._back_off(err.body.retry_after_seconds)
            raise
        finally:
            self.in_flight -= 1
            self._slots.release()

    async def _wait_for_provider(self, budget: float) -> None:
        wait = self._resume_at - time.monotonic()
        if wait <= 0:
            return
        if wait >= budget:
            raise rate_limited(429, float(math.ceil(wait)), self.name)
        await asyncio.sleep(wait)

    def _back_off(self, seconds: float | None) -> None:
        self._resume_at = max(self._resume_at, time.monotonic() + (seconds if seconds is not None else 1.0))

    async def close(self) -> None:
        await self.inner.close()
