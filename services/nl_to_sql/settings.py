"""NL->SQL service configuration (environment variables, see docs/nl-to-sql.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from broker.settings import broadcast_enabled
from runtime.settings import data_dir, env_float, env_int

LLMS = ("anthropic", "openai-compatible")
PROVIDERS = ("offline", *LLMS, "hybrid")
DEFAULT_MODELS = {"offline": "offline-rules-v1", "anthropic": "claude-sonnet-4-5",
                  "openai-compatible": "llama3.1"}
DEFAULT_PREFETCH = 64          # commands one process works on at once (LLM calls are I/O-bound)
DEFAULT_LLM_CONCURRENCY = 32   # LLM calls one process has in flight at once


def _env_flag(name: str, default: str = "true") -> bool:
    return os.environ.get(name, default).lower() not in ("0", "false", "no")


@dataclass(frozen=True)
class LlmSettings:
    provider: str = "offline"
    model: str = DEFAULT_MODELS["offline"]
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout_seconds: float = 60.0
    max_tokens: int = 1024
    hybrid_llm: str = "anthropic"       # the LLM behind `hybrid`
    concurrency: int = DEFAULT_LLM_CONCURRENCY

    @property
    def llm(self) -> str:
        """The LLM this configuration calls (`offline` calls none)."""
        return self.hybrid_llm if self.provider == "hybrid" else self.provider

    @classmethod
    def from_env(cls) -> LlmSettings:
        anthropic_key = os.environ.get("ANTHROPIC_API_KEY") or None
        provider = os.environ.get("QUERYCAST_LLM_PROVIDER") or ("anthropic" if anthropic_key else "offline")
        if provider not in PROVIDERS:
            raise ValueError(f"QUERYCAST_LLM_PROVIDER must be one of {', '.join(PROVIDERS)}")
        base_url = os.environ.get("QUERYCAST_LLM_BASE_URL") or None
        hybrid_llm = os.environ.get("QUERYCAST_HYBRID_LLM") or (
            "anthropic" if anthropic_key or not base_url else "openai-compatible")
        if hybrid_llm not in LLMS:
            raise ValueError(f"QUERYCAST_HYBRID_LLM must be one of {', '.join(LLMS)}")
        llm = hybrid_llm if provider == "hybrid" else provider
        if provider == "hybrid" and llm == "anthropic" and not anthropic_key:
            raise ValueError("QUERYCAST_LLM_PROVIDER=hybrid needs an LLM: set ANTHROPIC_API_KEY, or "
                             "QUERYCAST_HYBRID_LLM=openai-compatible with QUERYCAST_LLM_BASE_URL")
        api_key = anthropic_key if llm == "anthropic" else os.environ.get("QUERYCAST_LLM_API_KEY") or None
        concurrency = env_int("QUERYCAST_LLM_CONCURRENCY", DEFAULT_LLM_CONCURRENCY)
        if concurrency < 1:
            raise ValueError("QUERYCAST_LLM_CONCURRENCY must be at least 1")
        return cls(provider=provider,
                   model=os.environ.get("QUERYCAST_LLM_MODEL") or DEFAULT_MODELS[llm],
                   base_url=base_url, api_key=api_key,
                   timeout_seconds=env_float("QUERYCAST_LLM_TIMEOUT_SECONDS", 60.0),
                   max_tokens=env_int("QUERYCAST_LLM_MAX_TOKENS", 1024),
                   hybrid_llm=hybrid_llm, concurrency=concurrency)


@dataclass(frozen=True)
class NlToSqlSettings:
    llm: LlmSettings = field(default_factory=LlmSettings)
    data_dir: Path = Path(".data")
    embeddings: str = "hashing"
    chroma_url: str | None = None
    top_k: int = 5
    max_corrections: int = 2
    prefetch: int = DEFAULT_PREFETCH
    prompt_values: bool = True          # sampled values of low-cardinality columns go into LLM prompts
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
                   prefetch=env_int("QUERYCAST_NL_TO_SQL_PREFETCH", DEFAULT_PREFETCH),
                   prompt_values=_env_flag("QUERYCAST_LLM_PROMPT_VALUES"),
                   executor_timeout_seconds=env_float("QUERYCAST_SCHEMA_TIMEOUT_SECONDS", 30.0),
                   schema_ttl_seconds=env_float("QUERYCAST_SCHEMA_TTL_SECONDS", 300.0),
                   broadcast=broadcast_enabled())
