"""NL->SQL service configuration (environment variables, see docs/nl-to-sql.md)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from runtime.settings import Flag, Port, QuerycastSettings, setting

LLMS = ("anthropic", "openai-compatible")
PROVIDERS = ("offline", *LLMS, "hybrid")
DEFAULT_MODELS = {"offline": "offline-rules-v1", "anthropic": "claude-sonnet-4-5",
                  "openai-compatible": "llama3.1"}
DEFAULT_PREFETCH = 64          # commands one process works on at once (LLM calls are I/O-bound)
DEFAULT_LLM_CONCURRENCY = 32   # LLM calls one process has in flight at once


class LlmSettings(QuerycastSettings):
    section: ClassVar[str] = "NL->SQL (querycast-nl-to-sql)"

    provider: Literal["offline", "anthropic", "openai-compatible", "hybrid"] = setting(
        "offline", "`offline`, `anthropic`, `openai-compatible`, `hybrid` (offline engine first, the LLM for "
        "the rest)", env="QUERYCAST_LLM_PROVIDER",
        doc_default="`offline` (`anthropic` when `ANTHROPIC_API_KEY` is set)")
    model: str = setting(DEFAULT_MODELS["offline"], "model name", env="QUERYCAST_LLM_MODEL",
                         doc_default="per provider")
    base_url: str | None = setting(None, "endpoint (base_url for the SDK / the OpenAI-compatible server)",
                                   env="QUERYCAST_LLM_BASE_URL")
    anthropic_api_key: str | None = setting(None, "Anthropic API key (never logged or put in events)",
                                            env="ANTHROPIC_API_KEY", secret=True)
    api_key: str | None = setting(None, "API key of the OpenAI-compatible server (never logged)",
                                  env="QUERYCAST_LLM_API_KEY", secret=True)
    timeout_seconds: float = setting(60.0, "one LLM call's timeout", env="QUERYCAST_LLM_TIMEOUT_SECONDS", gt=0)
    max_tokens: int = setting(1024, "output token limit of one LLM call", env="QUERYCAST_LLM_MAX_TOKENS", ge=1)
    hybrid_llm: Literal["anthropic", "openai-compatible"] = setting(
        "anthropic", "the LLM behind `hybrid`", env="QUERYCAST_HYBRID_LLM",
        doc_default="`anthropic` (`openai-compatible` when only `QUERYCAST_LLM_BASE_URL` is set)")
    concurrency: int = setting(DEFAULT_LLM_CONCURRENCY, "LLM calls one NL->SQL process has in flight at once "
                               "(the rest wait their turn)", env="QUERYCAST_LLM_CONCURRENCY", ge=1)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> LlmSettings:
        """Defaults that depend on other variables: the provider on the Anthropic key, the
        hybrid LLM on which endpoint is configured."""
        environ = os.environ if env is None else env
        key = environ.get("ANTHROPIC_API_KEY")
        if not environ.get("QUERYCAST_LLM_PROVIDER"):
            overrides.setdefault("provider", "anthropic" if key else "offline")
        if not environ.get("QUERYCAST_HYBRID_LLM"):
            endpoint_only = environ.get("QUERYCAST_LLM_BASE_URL") and not key
            overrides.setdefault("hybrid_llm", "openai-compatible" if endpoint_only else "anthropic")
        return super().from_env(env, **overrides)

    @model_validator(mode="before")
    @classmethod
    def _llm_defaults(cls, data: Any) -> Any:
        """The model defaults to the LLM's; the Anthropic key is the key of `anthropic`."""
        if not isinstance(data, Mapping):
            return data
        data = dict(data)
        key = data.get("anthropic_api_key")
        provider = data.get("provider", "offline")
        llm = data.get("hybrid_llm", "anthropic") if provider == "hybrid" else provider
        if llm == "anthropic" and key:
            data["api_key"] = key
        if not data.get("model") and llm in DEFAULT_MODELS:
            data["model"] = DEFAULT_MODELS[llm]
        return data

    @model_validator(mode="after")
    def _hybrid_has_an_llm(self) -> LlmSettings:
        if self.provider == "hybrid" and self.llm == "anthropic" and not self.api_key:
            raise ValueError("QUERYCAST_LLM_PROVIDER=hybrid needs an LLM: set ANTHROPIC_API_KEY, or "
                             "QUERYCAST_HYBRID_LLM=openai-compatible with QUERYCAST_LLM_BASE_URL")
        return self

    @property
    def llm(self) -> str:
        """The LLM this configuration calls (`offline` calls none)."""
        return self.hybrid_llm if self.provider == "hybrid" else self.provider


class NlToSqlSettings(QuerycastSettings):
    section: ClassVar[str] = "NL->SQL (querycast-nl-to-sql)"

    llm: LlmSettings = Field(default_factory=LlmSettings)
    data_dir: Path = setting(Path(".data"), "chromadb index and local state", env="QUERYCAST_DATA_DIR")
    metrics_port: Port | None = setting(None, "serve Prometheus metrics on this port (GET /metrics)",
                                        env="QUERYCAST_NL_TO_SQL_METRICS_PORT", doc_default="off (compose: 9102)")
    embeddings: Literal["hashing"] = setting("hashing", "offline embedding function for the schema index",
                                             env="QUERYCAST_EMBEDDINGS")
    chroma_url: str | None = setting(None, "a shared chroma server for several NL->SQL replicas",
                                     env="QUERYCAST_CHROMA_URL", doc_default="unset (embedded)")
    top_k: int = setting(5, "tables retrieved before FK-path expansion", env="QUERYCAST_RETRIEVAL_TOP_K", ge=1)
    max_corrections: int = setting(2, "self-correction rounds after a failed validation",
                                   env="QUERYCAST_MAX_CORRECTIONS", ge=0)
    prefetch: int = setting(DEFAULT_PREFETCH, "commands (questions) one NL->SQL process works on at once",
                            env="QUERYCAST_NL_TO_SQL_PREFETCH", ge=1)
    prompt_values: Flag = setting(True, "put sampled values of low-cardinality columns into LLM prompts "
                                  "(`false` keeps column values away from the LLM provider)",
                                  env="QUERYCAST_LLM_PROMPT_VALUES")
    executor_timeout_seconds: float = setting(30.0, "schema introspection call timeout",
                                              env="QUERYCAST_SCHEMA_TIMEOUT_SECONDS", gt=0)
    schema_ttl_seconds: float = setting(300.0, "how long an introspected schema is cached",
                                        env="QUERYCAST_SCHEMA_TTL_SECONDS", gt=0)
    broadcast: Flag = setting(True, "also publish events under the broadcast key `<feature>`",
                              env="QUERYCAST_STATUS_BROADCAST")

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "nl-to-sql" / "chroma"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> NlToSqlSettings:
        overrides.setdefault("llm", LlmSettings.from_env(env))
        return super().from_env(env, **overrides)
