"""The aiohttp gateway: REST API and the STOMP proxy (DESIGN §1)."""
