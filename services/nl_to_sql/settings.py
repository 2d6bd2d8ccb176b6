"""NL->SQL service configuration (environment variables, see docs/nl-to-sql.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from broker.settings import broadcast_enabled
from runtime.settings import data_dir, env_float, env_int

PROVIDERS = ("offline", "anthropic", "openai-compatible")
DEFAULT_MODELS = {"offline": "offline-rules-v1", "anthropic": "claude-sonnet-4-5",
                  "openai-compatible": "llama3.1"}


@dataclass(frozen=True)
class LlmSettings:
    provider: str = "offline"
    model: str = DEFAULT_MODELS["offline"]
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout_seconds: float = 60.0
    max_tokens: int = 1024

    @classmethod
    def from_env(cls) -> LlmSettings:
        anthropic_key = os.environ.get("ANTHROPIC_API_KEY") or None
        provider = os.environ.get("QUERYCAST_LLM_PROVIDER") or ("anthropic" if anthropic_key else "offline")
        if provider not in PROVIDERS:
            raise ValueError(f"QUERYCAST_LLM_PROVIDER must be one of {', '.join(PROVIDERS)}")
        api_key = anthropic_key if provider == "anthropic" else os.environ.get("QUERYCAST_LLM_API_KEY") or None
        return cls(provider=provider,
                   model=os.environ.get("QUERYCAST_LLM_MODEL") or DEFAULT_MODELS[provider],
                   base_url=os.environ.get("QUERYCAST_LLM_BASE_URL") or None, api_key=api_key,
                   timeout_seconds=env_float("QUERYCAST_LLM_TIMEOUT_SECONDS", 60.0),
                   max_tokens=env_int("QUERYCAST_LLM_MAX_TOKENS", 1024))


@dataclass(frozen=True)
class NlToSqlSettings:
    llm: LlmSettings = field(default_factory=LlmSettings)
    data_dir: Path = Path(".data")
    embeddings: str = "hashing"
    chroma_url: str | None = None
    top_k: int = 5
    max_corrections: int = 2
    prefetch: int = 4
    executor_timeout_seconds: float = 30.0
    schema_ttl_seconds: float = 300.0
    broadcast: bool = True

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "nl-to-sql" / "chroma"

    @classmethod
    def from_env(cls) -> NlToSqlSettings:
        return cls(llm=LlmSettings.from_env(), data_dir=Path(data_dir()),
                   embeddings=os.environ.get("QUERYCAST_EMBEDDINGS", "hashing"),
                   chroma_url=os.environ.get("QUERYCAST_CHROMA_URL") or None,
                   top_k=env_int("QUERYCAST_RETRIEVAL_TOP_K", 5),
                   max_corrections=env_int("QUERYCAST_MAX_CORRECTIONS", 2),
                   prefetch=env_int("QUERYCAST_NL_TO_SQL_PREFETCH", 4),
                   executor_timeout_seconds=env_float("QUERYCAST_SCHEMA_TIMEOUT_SECONDS", 30.0),
                   schema_ttl_seconds=env_float("QUERYCAST_SCHEMA_TTL_SECONDS", 300.0),
                   broadcast=broadcast_enabled())
