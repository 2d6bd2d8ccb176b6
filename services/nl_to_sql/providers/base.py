"""The provider interface: one call per attempt, given the prompt (LLMs) and the question with
its retrieved schema (the offline engine); and the errors every provider reports the same way."""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.prompt import Prompt
from services.nl_to_sql.schema import Schema

# Which limit cut an LLM call short (the `limit` of a timeout error's details).
LLM_TIMEOUT, REQUEST_DEADLINE = "llmTimeout", "requestDeadline"


@dataclass
class GenerationRequest:
    question: str
    prompt: Prompt
    schema: Schema                   # the retrieved tables
    full_schema: Schema
    attempt: int = 1
    errors: list[str] = field(default_factory=list)   # the previous attempt's validation errors
    value_hints: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    timeout_seconds: float | None = None    # what is left of the request's deadline, if less


@dataclass
class Generation:
    raw: str                         # the model's whole answer, fed back on correction
    sql: str | None = None           # set by providers that produce SQL directly (offline)
    explanation: str = ""
    input_tokens: int | None = None
    output_tokens: int | None = None
    extract: bool = True             # the SQL is still to be pulled out of `raw` (LLM answers)


class Provider(Protocol):
    name: str
    model: str

    async def generate(self, request: GenerationRequest) -> Generation: ...

    async def close(self) -> None: ...


def token_count(value: Any) -> int | None:
    """A token count from a reply, or None when the reply has none (or garbage)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def call_timeout(configured: float, request: GenerationRequest) -> tuple[float, str]:
    """The time one call may take and which limit that is: the LLM timeout, or what is left of
    the request's deadline when that is shorter."""
    if request.timeout_seconds is not None and request.timeout_seconds < configured:
        return request.timeout_seconds, REQUEST_DEADLINE
    return configured, LLM_TIMEOUT


def seconds_text(seconds: float) -> str:
    """6.98329 -> "7", 1.5 -> "1.5", 0.04 -> "0.1": for messages, never raw floats."""
    return f"{max(0.1, round(seconds, 1)):g}" if seconds < 10 else f"{round(seconds):d}"


def retry_after(headers, now: float | None = None) -> float | None:
    """Whole seconds (rounded up) from `retry-after-ms`, or `retry-after` as seconds or as an
    HTTP-date; None when absent or unreadable."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(math.ceil(max(0.0, float(ms) / 1000)))
        except ValueError:
            pass
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        return float(math.ceil(max(0.0, float(value))))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return float(math.ceil(max(0.0, when.timestamp() - (time.time() if now is None else now))))


def rate_limited(status: int, retry_after_seconds: float | None, provider: str) -> ServiceError:
    what = "is overloaded" if status in (503, 529) else "rate-limited this request"
    wait = f" in {seconds_text(retry_after_seconds)} s" if retry_after_seconds is not None else " in a little while"
    return ServiceError(ErrorCode.RATE_LIMITED, f"The language model ({provider}) {what}.",
                        retryable=True, retry_after_seconds=retry_after_seconds,
                        suggestion=f"Try again{wait}.")


def timed_out(provider: str, seconds: float, limit: str = LLM_TIMEOUT) -> ServiceError:
    # LLM_ERROR, not DEADLINE_EXCEEDED: that code means "no service answered" to the gateway,
    # and this service has answered (and published its terminal event).
    shown = seconds_text(seconds)
    if limit == REQUEST_DEADLINE:
        message = (f"The language model ({provider}) did not answer within the {shown} s left "
                   "before the request's deadline.")
        suggestion = ("Try again with a longer request timeout (the gateway's "
                      "QUERYCAST_NL_TO_SQL_DEADLINE_SECONDS), or ask a simpler question.")
    else:
        message = f"The language model ({provider}) did not answer within {shown} s."
        suggestion = "Try again; if it keeps happening, raise QUERYCAST_LLM_TIMEOUT_SECONDS or use a faster model."
    return ServiceError(ErrorCode.LLM_ERROR, message, retryable=True, suggestion=suggestion,
                        details={"timeoutSeconds": round(seconds, 3), "limit": limit})


def llm_failed(provider: str, detail: str, *, retryable: bool = True) -> ServiceError:
    return ServiceError(ErrorCode.LLM_ERROR, f"The language model ({provider}) failed: {detail}",
                        retryable=retryable,
                        suggestion="Try again later." if retryable else "Check the LLM provider configuration.")


def garbage_reply(provider: str, what: str) -> ServiceError:
    """A 200 reply that is not the API's answer (an HTML proxy page, JSON without the message)."""
    return ServiceError(ErrorCode.LLM_ERROR,
                        f"The language model ({provider}) answered with something that is not a valid reply: {what}.",
                        retryable=True,
                        suggestion="Check QUERYCAST_LLM_BASE_URL (a proxy or a wrong path answers like this), "
                        "then try again.")
