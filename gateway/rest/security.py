"""Who is calling: the bearer token of every /api/** request except login."""
from __future__ import annotations

from aiohttp import web

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller
from gateway.auth import bearer_token
from gateway.rest.context import PRINCIPAL, REVOCATIONS, VERIFIER

PUBLIC_PATHS = frozenset({"/api/auth/login", "/api/openapi.json"})


@web.middleware
async def auth_middleware(request: web.Request, handler) -> web.StreamResponse:
    if request.path.startswith("/api/") and request.path not in PUBLIC_PATHS and request.method != "OPTIONS":
        token = await request.app[VERIFIER].verify_token_async(bearer_token(request.headers.get("Authorization")))
        await request.app[REVOCATIONS].check(token)
        request[PRINCIPAL] = token.caller
    return await handler(request)


def principal(request: web.Request) -> Caller:
    return request[PRINCIPAL]


def require_admin(request: web.Request) -> Caller:
    caller = principal(request)
    if not caller.is_admin:
        raise ServiceError(ErrorCode.FORBIDDEN, "This operation needs the admin role.")
    return caller
