"""The aiohttp gateway: REST API and the STOMP proxy (docs/architecture.md#shape)."""
