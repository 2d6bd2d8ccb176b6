"""Tokens of users who were removed or disabled stop working at their next REST call, and their
open STOMP sessions end at the next sweep (gateway/stomp/expiry.py). Only our own tokens are
checked (an identity provider's users are not in the users table); the answer per user is cached
for a few seconds so the check costs one indexed lookup per user per few seconds."""
from __future__ import annotations

import asyncio
import time

import aiopg

from contracts.errors import ErrorCode, ServiceError
from controldb.users import UserStore
from gateway.auth import AuthError, VerifiedToken

CACHE_SECONDS = 2.0
_CACHE_LIMIT = 10_000


def _unavailable() -> ServiceError:
    return ServiceError(ErrorCode.UNAVAILABLE, "The gateway cannot check the account right now.",
                        retryable=True, suggestion="Try again in a few seconds.")


class RevocationCheck:
    def __init__(self, pool: aiopg.Pool, *, cache_seconds: float = CACHE_SECONDS):
        self._users = UserStore(pool)
        self._cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, float | None]] = {}
        # One lookup per user at a time: when a busy user's entry expires, every request in
        # flight missed it at once and each took a pooled connection for the same row.
        self._looking_up: dict[str, asyncio.Future[float | None]] = {}

    async def check(self, token: VerifiedToken) -> None:
        """AuthError when the token's user was removed or disabled after (or when) it was issued."""
        if not token.issued_here:
            return
        if _void(token, await self._revoked_until(token.caller.user_id)):
            raise AuthError("This token is no longer valid: the account was removed or disabled.")

    async def revoked(self, tokens: list[VerifiedToken]) -> list[VerifiedToken]:
        """The tokens among these that are void; the users not cached are looked up in one query.
        ServiceError(UNAVAILABLE) when the control database cannot answer."""
        ours = [t for t in tokens if t.issued_here]
        now = time.monotonic()
        users = {t.caller.user_id for t in ours}
        known = {u: self._cache[u][1] for u in users if self._fresh(u, now)}
        missing = sorted(users - known.keys())
        if missing:
            try:
                found = await self._users.revoked_until_many(missing)
            except Exception:
                raise _unavailable() from None
            for user in missing:
                known[user] = found.get(user)
                self._store(user, now, known[user])
        return [t for t in ours if _void(t, known[t.caller.user_id])]

    def _fresh(self, user_id: str, now: float) -> bool:
        cached = self._cache.get(user_id)
        return cached is not None and now - cached[0] < self._cache_seconds

    def _store(self, user_id: str, now: float, value: float | None) -> None:
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[user_id] = (now, value)

    async def _revoked_until(self, user_id: str) -> float | None:
        now = time.monotonic()
        if self._fresh(user_id, now):
            return self._cache[user_id][1]
        pending = self._looking_up.get(user_id)
        if pending is not None:
            try:
                return await asyncio.shield(pending)
            except asyncio.CancelledError:
                if not pending.cancelled():
                    raise  # this caller was cancelled, not the lookup
            except ServiceError:
                raise _unavailable() from None
        lookup = self._looking_up[user_id] = asyncio.get_running_loop().create_future()
        try:
            value = await self._users.revoked_until(user_id)
        except Exception:  # the control DB is down: refuse rather than let a revoked token in
            lookup.set_exception(_unavailable())
            lookup.exception()  # retrieved: no "never retrieved" warning without waiters
            raise _unavailable() from None
        else:
            self._store(user_id, now, value)
            lookup.set_result(value)
            return value
        finally:
            if self._looking_up.get(user_id) is lookup:
                del self._looking_up[user_id]
            if not lookup.done():
                lookup.cancel()  # this caller was cancelled: the waiting ones look it up themselves


def _void(token: VerifiedToken, revoked_until: float | None) -> bool:
    return revoked_until is not None and token.issued_at <= revoked_until
