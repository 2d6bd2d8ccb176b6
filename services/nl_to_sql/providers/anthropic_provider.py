"""`anthropic`: the Messages API through the official SDK (`AsyncAnthropic`), base_url configurable."""
from __future__ import annotations

from typing import Any

import anthropic

from services.nl_to_sql.providers.base import Generation, GenerationRequest, garbage_reply, llm_failed, token_count
from services.nl_to_sql.providers.http import http_error, timed_call
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
        def create():
            return self._client.messages.create(model=self.model, max_tokens=self._max_tokens,
                                                system=request.prompt.system, messages=request.prompt.messages)  # type: ignore[arg-type]

        try:
            message = await timed_call(self.name, self._timeout, request, create,
                                       timeouts=(anthropic.APITimeoutError,))
        except anthropic.APIStatusError as err:
            raise http_error(self.name, err.status_code, err.response.headers) from None
        except anthropic.APIConnectionError:
            raise llm_failed(self.name, "could not connect.") from None
        except anthropic.APIResponseValidationError:
            raise garbage_reply(self.name, "the reply did not match the Messages API") from None
        text, input_tokens, output_tokens = read_message(message, self.name)
        return Generation(text, input_tokens=input_tokens, output_tokens=output_tokens)

    async def close(self) -> None:
        await self._client.close()


def read_message(message: Any, provider: str) -> tuple[str, int | None, int | None]:
    """(text, input tokens, output tokens) of a Messages API reply. The SDK does not validate
    replies, so an HTML page or JSON without `content` arrives here as a str, None or a Message
    full of Nones: each is a `garbage_reply`, never an exception the service did not expect."""
    content = getattr(message, "content", None)
    if not isinstance(message, anthropic.types.Message) or not isinstance(content, list):
        what = "an HTML or text page" if isinstance(message, str) else "a reply without `content`"
        raise garbage_reply(provider, what)
    texts = [getattr(block, "text", None) for block in content if getattr(block, "type", None) == "text"]
    if any(not isinstance(t, str) for t in texts):
        raise garbage_reply(provider, "a text block without text")
    usage = getattr(message, "usage", None)
    return ("".join(str(t) for t in texts), token_count(getattr(usage, "input_tokens", None)),
            token_count(getattr(usage, "output_tokens", None)))

