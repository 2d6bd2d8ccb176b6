"""`openai-compatible`: any server speaking `POST /v1/chat/completions` (Ollama, vLLM, llama.cpp)."""
from __future__ import annotations

import asyncio

import aiohttp

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
            self._session = aiohttp.ClientSession(headers=self._headers)
        body = {"model": self.model, "max_tokens": self._max_tokens, "temperature": 0, "stream": False,
                "messages": [{"role": "system", "content": request.prompt.system}, *request.prompt.messages]}
        timeout = min(self._timeout, request.timeout_seconds or self._timeout)
        try:
            async with asyncio.timeout(timeout):
                async with self._session.post(self._url, json=body) as resp:
                    if resp.status in (429, 503, 529):
                        raise rate_limited(resp.status, retry_after(resp.headers), self.name)
                    if resp.status in (401, 403):
                        raise llm_failed(self.name, "the API key was rejected.", retryable=False)
                    if resp.status >= 400:
                        raise llm_failed(self.name, f"HTTP {resp.status}.", retryable=resp.status >= 500)
                    payload = await resp.json(content_type=None)
        except TimeoutError:
            raise timed_out(self.name, timeout) from None
        except aiohttp.ClientError:
            raise llm_failed(self.name, "could not connect.") from None
        try:
            text = payload["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError):
            raise llm_failed(self.name, "the answer had no message.") from None
        usage = payload.get("usage") or {}
        sql, explanation = extract_sql(text)
        return Generation(sql, explanation, text, usage.get("prompt_tokens"), usage.get("completion_tokens"))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
