"""`openai-compatible`: any server speaking `POST /v1/chat/completions` (Ollama, vLLM, llama.cpp)."""
from __future__ import annotations

import json
from typing import Any

import aiohttp

from services.nl_to_sql.providers.base import Generation, GenerationRequest, garbage_reply, llm_failed, token_count
from services.nl_to_sql.providers.http import http_error, timed_call
from services.nl_to_sql.settings import LlmSettings

DEFAULT_BASE_URL = "http://127.0.0.1:11434"  # Ollama


def completions_url(base_url: str | None) -> str:
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    return f"{base}/chat/completions" if base.endswith("/v1") else f"{base}/v1/chat/completions"


class OpenAICompatibleProvider:
    name = "openai-compatible"

    def __init__(self, settings: LlmSettings):
        self.model = settings.model
        self._url = completions_url(settings.base_url)
        self._max_tokens = settings.max_tokens
        self._timeout = settings.timeout_seconds
        self._headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._session: aiohttp.ClientSession | None = None

    async def generate(self, request: GenerationRequest) -> Generation:
        if self._session is None:
            # No per-host connection cap: the service's own concurrency setting bounds the calls.
            self._session = aiohttp.ClientSession(headers=self._headers,
                                                  connector=aiohttp.TCPConnector(limit=0))
        session = self._session
        body = {"model": self.model, "max_tokens": self._max_tokens, "temperature": 0, "stream": False,
                "messages": [{"role": "system", "content": request.prompt.system}, *request.prompt.messages]}

        async def post() -> bytes:
            async with session.post(self._url, json=body) as resp:
                if resp.status >= 400:
                    raise http_error(self.name, resp.status, resp.headers)
                return await resp.read()

        try:
            raw = await timed_call(self.name, self._timeout, request, post)
        except aiohttp.ClientError:
            raise llm_failed(self.name, "could not connect.") from None
        text, usage = read_completion(raw, self.name)
        return Generation(text, input_tokens=token_count(usage.get("prompt_tokens")),
                          output_tokens=token_count(usage.get("completion_tokens")))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


def read_completion(raw: bytes, provider: str) -> tuple[str, dict[str, Any]]:
    """(message text, usage) of a chat-completions reply; anything else is a `garbage_reply`."""
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise garbage_reply(provider, "an HTML or text page instead of JSON") from None
    try:
        text = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise garbage_reply(provider, "JSON without `choices[0].message.content`") from None
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise garbage_reply(provider, "a message whose content is not text")
    usage = payload.get("usage") if isinstance(payload, dict) else None
    return text, usage if isinstance(usage, dict) else {}

