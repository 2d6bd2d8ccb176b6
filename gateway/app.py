"""The gateway's aiohttp application: REST API and (when installed) the STOMP proxy.

`create_app(settings)` wires middlewares, routes and cleanup contexts: control-DB pool (with
migrations), broker connection with the RPC client and status publisher, and the submitter
shared by REST and STOMP; plus the demo console at `/`. On shutdown STOMP sessions close first
(ERROR frame + GOING_AWAY, the STOMP part's on_shutdown hook), then STOMP-submitted work still
pending, then the broker connection and the control-DB pool (cleanup contexts, in reverse).
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import aiopg
from aiohttp import web

from broker import Broker, RpcClient, StatusPublisher, connection_name, declare_topology
from contracts.rpc import Caller
from controldb.history import StatusHistory
from controldb.migrate import apply_migrations
from controldb.ownership import RequestOwners
from gateway.auth import TokenVerifier, VerifiedToken
from gateway.rest import auth_routes, database_routes, ops_routes, requests_routes, workflow_routes
from gateway.rest.context import (
    BROKER,
    DB,
    PRINCIPAL,
    REQUEST_ID,
    REVOCATIONS,
    RPC,
    SETTINGS,
    STATUS,
    SUBMITTER,
    VERIFIER,
)
from gateway.rest.cors import cors_middleware
from gateway.rest.metrics import metrics_middleware
from gateway.rest.problems import problem_middleware
from gateway.rest.revocations import RevocationCheck
from gateway.rest.security import auth_middleware
from gateway.settings import GatewaySettings
from gateway.static_routes import setup_static
from gateway.stomp import setup_stomp
from gateway.submit import Submitter

__all__ = ["create_app", "BROKER", "DB", "PRINCIPAL", "REQUEST_ID", "RPC", "SETTINGS", "STATUS",
           "SUBMITTER", "VERIFIER"]

log = logging.getLogger(__name__)
APP_ID = "querycast-gateway"
# The gateway only publishes terminal events for unanswered requests: never hold a response long.
STATUS_PUBLISH_TIMEOUT_SECONDS = 2.0
OWNER_PURGE_INTERVAL_SECONDS = 3600


async def _control_db(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if settings.migrate:
        try:
            await apply_migrations(settings.database_url)
        except Exception as exc:  # the pool reconnects later; readiness reports the outage
            log.warning("control database migrations failed: %s", type(exc).__name__)
    pool = await aiopg.create_pool(settings.database_url, minsize=0, maxsize=10, timeout=10)
    app[DB] = pool
    app[REVOCATIONS] = RevocationCheck(pool)
    purge = None
    if settings.retention_days > 0:
        purge = asyncio.get_running_loop().create_task(_purge_owners(pool, settings.retention_days))
    yield
    if purge is not None:
        purge.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purge
    pool.close()
    await pool.wait_closed()


async def _purge_owners(pool: aiopg.Pool, days: int) -> None:
    owners = RequestOwners(pool)
    while True:
        try:
            removed = await owners.purge(days)
            if removed:
                log.info("forgot the owners of %d old requests", removed)
        except Exception as exc:  # the control DB is down: try again next round
            log.warning("request owner purge failed: %s", type(exc).__name__)
        await asyncio.sleep(OWNER_PURGE_INTERVAL_SECONDS)


async def _messaging(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    broker = Broker(settings.amqp_url, connection_name("gateway"))
    await broker.start(wait=False)  # serve /healthz and /readyz even while the broker is down
    await broker.channel(confirms=False).add_setup(declare_topology)
    rpc = await RpcClient(broker, app_id=APP_ID).start()
    status = StatusPublisher(broker, APP_ID, broadcast=settings.status_broadcast,
                             publish_timeout=STATUS_PUBLISH_TIMEOUT_SECONDS)
    await app[VERIFIER].refresh_keys()
    app[BROKER], app[RPC], app[STATUS] = broker, rpc, status
    pool = app[DB]
    app[SUBMITTER] = Submitter(broker, rpc, status, RequestOwners(pool), StatusHistory(pool), settings)
    yield
    await app[SUBMITTER].close()
    await rpc.close()
    await status.close()
    await broker.close()


def _setup_stomp(app: web.Application, settings: GatewaySettings, verifier: TokenVerifier) -> None:
    if settings.stomp is None:
        return

    async def app_destination(destination: str, body: bytes, headers: dict,
                              principal: Caller | None) -> None:
        await app[SUBMITTER].app_destination_handler(destination, body, headers, principal)

    async def revoked_tokens(tokens: list[VerifiedToken]) -> list[VerifiedToken]:
        check = app.get(REVOCATIONS)
        return await check.revoked(tokens) if check is not None else []

    setup_stomp(app, settings.stomp, verifier, app_destination, revoked_tokens=revoked_tokens)


def create_app(settings: GatewaySettings | None = None) -> web.Application:
    settings = settings or GatewaySettings.from_env()
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[metrics_middleware, cors_middleware(settings.cors_origins),
                     problem_middleware, auth_middleware],
    )
    app[SETTINGS] = settings
    app[VERIFIER] = verifier = TokenVerifier(settings.auth)
    app.cleanup_ctx.append(_control_db)
    app.cleanup_ctx.append(_messaging)
    for routes in (ops_routes, auth_routes, workflow_routes, database_routes, requests_routes):
        routes.add_routes(app)
    _setup_stomp(app, settings, verifier)
    setup_static(app)  # the demo console at /
    return app
