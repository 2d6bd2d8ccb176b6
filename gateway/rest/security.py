"""Who is calling: the bearer token of every /api/** request except login.

A client sends the same token with every call until it expires, and checking its signature and
claims was a fifth of the gateway's CPU per request (docs/performance.md): a token that passed
is remembered, by its exact text, for at most VERIFIED_TOKEN_SECONDS and never past its expiry.
Whether its user was removed or disabled is still asked on every call (revocations.py)."""
from __future__ import annotations

import time
import weakref

from aiohttp import web

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller
from gateway.auth import TokenVerifier, VerifiedToken, bearer_token
from gateway.rest.context import PRINCIPAL, REVOCATIONS, VERIFIER

PUBLIC_PATHS = frozenset({"/api/auth/login", "/api/openapi.json"})
VERIFIED_TOKEN_SECONDS = 30.0
VERIFIED_TOKENS_KEPT = 10_000


class VerifiedTokens:
    def __init__(self, verifier: TokenVerifier, *, seconds: float = VERIFIED_TOKEN_SECONDS,
                 limit: int = VERIFIED_TOKENS_KEPT):
        self._verifier = verifier
        self._seconds = seconds
        self._limit = limit
        self._known: dict[str, tuple[float, VerifiedToken]] = {}

    async def verify(self, token: str) -> VerifiedToken:
        now = time.time()
        known = self._known.get(token)
        if known is not None and now < known[0]:
            return known[1]
        verified = await self._verifier.verify_token_async(token)
        if len(self._known) >= self._limit:
            self._known.clear()
        self._known[token] = (min(verified.expires_at, now + self._seconds), verified)
        return verified


_VERIFIED: weakref.WeakKeyDictionary[TokenVerifier, VerifiedTokens] = weakref.WeakKeyDictionary()


def verified_tokens(verifier: TokenVerifier) -> VerifiedTokens:
    tokens = _VERIFIED.get(verifier)
    if tokens is None:
        tokens = _VERIFIED[verifier] = VerifiedTokens(verifier)
    return tokens


@web.middleware
async def auth_middleware(request: web.Request, handler) -> web.StreamResponse:
    if request.path.startswith("/api/") and request.path not in PUBLIC_PATHS and request.method != "OPTIONS":
        token = await verified_tokens(request.app[VERIFIER]).verify(bearer_token(request.headers.get("Authorization")))
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
