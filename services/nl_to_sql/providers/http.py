"""What every HTTP provider does the same way around its one call: the time limit (the LLM timeout,
or what is left of the request's deadline) and the error of a non-2xx reply."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

from contracts.errors import ServiceError
from services.nl_to_sql.providers.base import (
    GenerationRequest,
    call_timeout,
    llm_failed,
    rate_limited,
    retry_after,
    timed_out,
)

T = TypeVar("T")
BACK_OFF_STATUSES = (429, 503, 529)      # rate-limited or overloaded: the caller may retry later


async def timed_call(provider: str, configured_timeout: float, request: GenerationRequest,
                     call: Callable[[], Awaitable[T]], *, timeouts: tuple[type[BaseException], ...] = ()) -> T:
    """`await call()` within the call's time limit; running out of it (or raising one of
    `timeouts`, a client's own timeout errors) is `timed_out`, naming which limit it was."""
    timeout, limit = call_timeout(configured_timeout, request)
    caught: tuple[type[BaseException], ...] = (TimeoutError, *timeouts)
    try:
        async with asyncio.timeout(timeout):
            return await call()
    except caught:
        raise timed_out(provider, timeout, limit) from None


def http_error(provider: str, status: int, headers: Mapping[str, str] | None) -> ServiceError:
    """The error of a non-2xx reply: RATE_LIMITED with the provider's `retry-after`, or LLM_ERROR
    (a rejected key is not worth retrying, a 5xx is)."""
    if status in BACK_OFF_STATUSES:
        return rate_limited(status, retry_after(headers), provider)
    if status in (401, 403):
        return llm_failed(provider, "the API key was rejected.", retryable=False)
    return llm_failed(provider, f"HTTP {status}.", retryable=status >= 500)
