"""Liveness, readiness, metrics and the OpenAPI document."""
from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp import web

import contracts
from gateway.rest.context import BROKER, DB
from gateway.rest.metrics import metrics_handler

OPENAPI_PATH = Path(contracts.__file__).with_name("specs") / "openapi.json"
READINESS_TIMEOUT_SECONDS = 2.0


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _database_reachable(request: web.Request) -> bool:
    async def ping() -> None:
        async with request.app[DB].acquire() as conn, conn.cursor() as cur:
            await cur.execute("SELECT 1")
    try:
        await asyncio.wait_for(ping(), READINESS_TIMEOUT_SECONDS)
        return True
    except Exception:
        return False


async def readyz(request: web.Request) -> web.Response:
    checks = {"broker": request.app[BROKER].is_connected, "controlDatabase": await _database_reachable(request)}
    ready = all(checks.values())
    return web.json_response({"status": "ready" if ready else "not ready", "checks": checks},
                             status=200 if ready else 503)


def add_routes(app: web.Application) -> None:
    document = OPENAPI_PATH.read_bytes()  # generated from contracts/ (python -m contracts.generate)

    async def openapi(_request: web.Request) -> web.Response:
        return web.Response(body=document, content_type="application/json")

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_handler)
    app.router.add_get("/api/openapi.json", openapi)
