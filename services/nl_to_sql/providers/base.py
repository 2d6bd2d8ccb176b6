"""The provider interface: one call per attempt, given the prompt (LLMs) and the question with
its retrieved schema (the offline engine)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.prompt import Prompt
from services.nl_to_sql.schema import Schema


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
    sql: str | None
    explanation: str
    raw: str                         # the model's whole answer, fed back on correction
    input_tokens: int | None = None
    output_tokens: int | None = None


class Provider(Protocol):
    name: str
    model: str

    async def generate(self, request: GenerationRequest) -> Generation: ...

    async def close(self) -> None: ...


def retry_after(headers) -> float | None:
    """Seconds from a `retry-after` (or `retry-after-ms`) header; None when absent or a date."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def rate_limited(status: int, retry_after_seconds: float | None, provider: str) -> ServiceError:
    what = "is overloaded" if status in (503, 529) else "rate-limited this request"
    wait = f" in {retry_after_seconds:g} s" if retry_after_seconds is not None else " in a little while"
    return ServiceError(ErrorCode.RATE_LIMITED, f"The language model ({provider}) {what}.",
                        retryable=True, retry_after_seconds=retry_after_seconds,
                        suggestion=f"Try again{wait}.")


def timed_out(provider: str, seconds: float) -> ServiceError:
    # LLM_ERROR, not DEADLINE_EXCEEDED: that code means "no service answered" to the gateway,
    # and this service has answered (and published its terminal event).
    return ServiceError(ErrorCode.LLM_ERROR,
                        f"The language model ({provider}) did not answer within {seconds:g} s.",
                        retryable=True, details={"timeoutSeconds": seconds},
                        suggestion="Try again; if it keeps happening, raise "
                        "QUERYCAST_LLM_TIMEOUT_SECONDS or use a faster model.")


def llm_failed(provider: str, detail: str, *, retryable: bool = True) -> ServiceError:
    return ServiceError(ErrorCode.LLM_ERROR, f"The language model ({provider}) failed: {detail}",
                        retryable=retryable,
                        suggestion="Try again later." if retryable else "Check the LLM provider configuration.")
