"""`anthropic`: the Messages API through the official SDK (`AsyncAnthropic`), base_url configurable."""
from __future__ import annotations

import asyncio

import anthropic

from services.nl_to_sql.extract import extract_sql
from services.nl_to_sql.providers.base import (
    Generation,
    GenerationRequest,
    llm_failed,
    rate_limited,
    retry_after,
    timed_out,
)
from services.nl_to_sql.settings import LlmSettings


class AnthropicProvider:
    name = "anthropic"

    def __init__(self, settings: LlmSettings):
        self.model = settings.model
        self._max_tokens = settings.max_tokens
        self._timeout = settings.timeout_seconds
        # Retries are the caller's decision (the error event says when); the SDK must not hide them.
        self._client = anthropic.AsyncAnthropic(api_key=settings.api_key or "unset", base_url=settings.base_url,
                                                timeout=settings.timeout_seconds, max_retries=0)

    async def generate(self, request: GenerationRequest) -> Generation:
        timeout = min(self._timeout, request.timeout_seconds or self._timeout)
        try:
            async with asyncio.timeout(timeout):
                message = await self._client.messages.create(
                    model=self.model, max_tokens=self._max_tokens,
                    system=request.prompt.system, messages=request.prompt.messages)
        except TimeoutError:
            raise timed_out(self.name, timeout) from None
        except anthropic.APITimeoutError:
            raise timed_out(self.name, timeout) from None
        except anthropic.APIStatusError as err:
            if err.status_code in (429, 503, 529):
                raise rate_limited(err.status_code, retry_after(err.response.headers), self.name) from None
            if err.status_code in (401, 403):
                raise llm_failed(self.name, "the API key was rejected.", retryable=False) from None
            raise llm_failed(self.name, f"HTTP {err.status_code}.", retryable=err.status_code >= 500) from None
        except anthropic.APIConnectionError:
            raise llm_failed(self.name, "could not connect.") from None
        text = "".join(block.text for block in message.content if getattr(block, "type", "") == "text")
        sql, explanation = extract_sql(text)
        return Generation(sql, explanation, text, message.usage.input_tokens, message.usage.output_tokens)

    async def close(self) -> None:
        await self._client.close()
