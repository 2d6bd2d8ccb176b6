"""The gateway's real-time half: STOMP over WebSocket and SockJS, proxied to RabbitMQ Web-STOMP.

    setup_stomp(app, StompSettings.from_env(), verifier, submit_handler)

registers `/ws` (raw WebSocket, subprotocols v10/v11/v12.stomp) and SockJS under `/ws/**`;
a cleanup context owns the HTTP client used for upstream connections, and on shutdown every
open session gets an ERROR frame and a 1001 GOING_AWAY close. See docs/stomp.md.
"""
from __future__ import annotations

import asyncio

import aiohttp
from aiohttp import web

from gateway.stomp.app_requests import AppDestinationHandler
from gateway.stomp.context import ProxyContext
from gateway.stomp.expiry import RevokedTokens, sweep_revoked
from gateway.stomp.memory import return_large_buffers_to_os
from gateway.stomp.routes import StompEndpoints
from gateway.stomp.session import ProxySession
from gateway.stomp.settings import Profile, StompSettings

__all__ = ["setup_stomp", "StompSettings", "Profile", "STOMP_CONTEXT", "ProxySession"]

STOMP_CONTEXT = web.AppKey("querycast_stomp_context", ProxyContext)
SHUTDOWN_GRACE_SECONDS = 5.0


def setup_stomp(app: web.Application, settings: StompSettings, verifier,
                app_destination_handler: AppDestinationHandler | None, *, prefix: str = "/ws",
                revoked_tokens: RevokedTokens | None = None) -> None:
    return_large_buffers_to_os()

    async def proxy_context(app: web.Application):
        # One HTTP client for every upstream WebSocket; no per-host connection cap.
        http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        app[STOMP_CONTEXT] = ctx = ProxyContext(settings, verifier, app_destination_handler, http,
                                                     revoked_tokens)
        sweep = asyncio.create_task(sweep_revoked(ctx, revoked_tokens)) if revoked_tokens else None
        yield
        if sweep is not None:
            sweep.cancel()
            await asyncio.gather(sweep, return_exceptions=True)
        await http.close()

    endpoints = StompEndpoints(STOMP_CONTEXT, settings, prefix)

    async def close_sessions(app: web.Application) -> None:
        ctx = app.get(STOMP_CONTEXT)
        if ctx is not None and ctx.sessions:
            await asyncio.gather(*(s.going_away() for s in list(ctx.sessions)), return_exceptions=True)
        await endpoints.wait_sessions_closed(SHUTDOWN_GRACE_SECONDS)

    app.cleanup_ctx.append(proxy_context)
    app.on_shutdown.append(close_sessions)
    endpoints.register(app)
