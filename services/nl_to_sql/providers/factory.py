from __future__ import annotations

from services.nl_to_sql.providers.base import Provider
from services.nl_to_sql.settings import LlmSettings


def make_provider(settings: LlmSettings) -> Provider:
    if settings.provider == "anthropic":
        from services.nl_to_sql.providers.anthropic_provider import AnthropicProvider
        return AnthropicProvider(settings)
    if settings.provider == "openai-compatible":
        from services.nl_to_sql.providers.openai_compatible import OpenAICompatibleProvider
        return OpenAICompatibleProvider(settings)
    from services.nl_to_sql.providers.offline import OfflineProvider
    return OfflineProvider()
