from __future__ import annotations

from services.nl_to_sql.providers.base import Provider
from services.nl_to_sql.providers.limits import LimitedProvider
from services.nl_to_sql.settings import LlmSettings


def make_llm(settings: LlmSettings) -> Provider:
    """The configured LLM (for `hybrid`, the one behind it), behind the process's call limits."""
    if settings.llm == "anthropic":
        from services.nl_to_sql.providers.anthropic_provider import AnthropicProvider
        inner: Provider = AnthropicProvider(settings)
    else:
        from services.nl_to_sql.providers.openai_compatible import OpenAICompatibleProvider
        inner = OpenAICompatibleProvider(settings)
    return LimitedProvider(inner, settings.concurrency, settings.timeout_seconds)


def make_provider(settings: LlmSettings) -> Provider:
    from services.nl_to_sql.providers.offline import OfflineProvider
    if settings.provider == "offline":
        return OfflineProvider()
    if settings.provider == "hybrid":
        from services.nl_to_sql.providers.hybrid import HybridProvider
        return HybridProvider(OfflineProvider(), make_llm(settings))
    return make_llm(settings)
