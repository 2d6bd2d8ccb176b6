"""Tokens of users who were removed or disabled stop working at their next REST call. Only our own
tokens are checked (an identity provider's users are not in the users table); the answer per user
is cached for a few seconds so the check costs one indexed lookup per user per few seconds."""
from __future__ import annotations

import time

import aiopg

from contracts.errors import ErrorCode, ServiceError
from controldb.users import UserStore
from gateway.auth import AuthError, VerifiedToken

CACHE_SECONDS = 2.0


class RevocationCheck:
    def __init__(self, pool: aiopg.Pool, *, cache_seconds: float = CACHE_SECONDS):
        self._users = UserStore(pool)
        self._cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, float | None]] = {}

    async def check(self, token: VerifiedToken) -> None:
        """AuthError when the token's user was removed or disabled after (or when) it was issued."""
        if not token.issued_here:
            return
        revoked_until = await self._revoked_until(token.caller.user_id)
        if revoked_until is not None and token.issued_at <= revoked_until:
            raise AuthError("This token is no longer valid: the account was removed or disabled.")

    async def _revoked_until(self, user_id: str) -> float | None:
        now = time.monotonic()
        cached = self._cache.get(user_id)
        if cached is not None and now - cached[0] < self._cache_seconds:
            return cached[1]
        try:
            value = await self._users.revoked_until(user_id)
        except Exception:  # the control DB is down: refuse rather than let a revoked token in
            raise ServiceError(ErrorCode.UNAVAILABLE, "The gateway cannot check the account right now.",
                               retryable=True, suggestion="Try again in a few seconds.") from None
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[user_id] = (now, value)
        return value
