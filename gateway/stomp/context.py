"""What every proxy session of one gateway shares: settings, token verifier, revocation check, `/app` handler,
the HTTP client for upstream connections, the policy, the open sessions, the budgets, and a
cached answer to "is the broker's Web-STOMP port still up?" (tells a broker shutdown from a
lost connection)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import aiohttp

from gateway.auth import TokenVerifier
from gateway.stomp.app_requests import AppDestinationHandler
from gateway.stomp.connect import RevokedTokens
from gateway.stomp.limits import GatewayLimits
from gateway.stomp.policy import DestinationPolicy
from gateway.stomp.settings import StompSettings

if TYPE_CHECKING:
    from gateway.stomp.session import ProxySession

PROBE_TIMEOUT_SECONDS = 1.0
PROBE_CACHE_SECONDS = 1.0
# A broker that is shutting down drops its connections a moment before its listener goes: the
# probe waits that long, so a shutdown is not taken for a connection lost while the broker is up.
PROBE_SETTLE_SECONDS = 0.5


async def port_accepts(url: str, timeout: float = PROBE_TIMEOUT_SECONDS) -> bool:
    """The broker's HTTP listener answers a request: a kernel that still completes the TCP
    handshake for a listener nobody accepts on any more is not a broker that is up."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "wss" else 80)
    writer = None
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(parts.hostname, port, ssl=parts.scheme == "wss" or None)
            writer.write(f"HEAD / HTTP/1.1\r\nHost: {parts.hostname}\r\nConnection: close\r\n\r\n".encode())
            return (await reader.read(5)) == b"HTTP/"
    except (OSError, TimeoutError):
        return False
    finally:
        if writer is not None:
            writer.close()


async def _settled_probe(url: str) -> bool:
    await asyncio.sleep(PROBE_SETTLE_SECONDS)
    return await port_accepts(url)


@dataclass
class ProxyContext:
    settings: StompSettings
    verifier: TokenVerifier | None
    app_handler: AppDestinationHandler | None
    http: aiohttp.ClientSession
    revoked_tokens: RevokedTokens | None = None  # asked at CONNECT and by the sweep (expiry.py)
    policy: DestinationPolicy = field(init=False)
    limits: GatewayLimits = field(init=False)
    sessions: set[ProxySession] = field(default_factory=set)
    _probes: dict[str, tuple[float, asyncio.Future]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.policy = DestinationPolicy(self.settings)
        self.limits = GatewayLimits(self.settings)

    async def broker_reachable(self, url: str) -> bool:
        """One probe per URL per second, however many sessions lost their upstream at once."""
        loop = asyncio.get_running_loop()
        cached = self._probes.get(url)
        if cached is None or loop.time() - cached[0] > PROBE_CACHE_SECONDS:
            cached = (loop.time(), asyncio.ensure_future(_settled_probe(url)))
            self._probes[url] = cached
        return await asyncio.shield(cached[1])
