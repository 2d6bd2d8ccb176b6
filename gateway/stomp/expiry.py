"""An authenticated session lasts as long as its token and its account (both profiles; anonymous
compat sessions are unaffected). Once the token has expired (its `exp` plus the clock leeway
verification allows, so exactly when CONNECT would refuse it), or its user was removed or
disabled, the gateway sends an ERROR frame and closes the session; the client reconnects with a
fresh token. One sweep per gateway asks the revocation check about the users of all open
sessions (cached per user), rather than every session asking on its own."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from gateway.auth import VerifiedToken
from gateway.stomp.connect import RevokedTokens
from gateway.stomp.endings import SessionEnd
from gateway.stomp.settings import StompSettings

if TYPE_CHECKING:
    from gateway.stomp.context import ProxyContext

log = logging.getLogger(__name__)

# The wall clock can jump (NTP); look again at least this often.
RECHECK_SECONDS = 60.0
# How often the open sessions' users are checked; with the check's own cache (2 s) a removed or
# disabled user's sessions end within about 3 s.
SWEEP_SECONDS = 1.0

__all__ = ["RevokedTokens", "SessionGuard", "sweep_revoked"]


class SessionGuard:
    """Ends one session when its token expires or its account is revoked (`revoke()`)."""

    def __init__(self, token: VerifiedToken | None, expires_at: float | None):
        self.token = token
        self.expires_at = expires_at
        self._revoked = asyncio.Event()

    @classmethod
    def for_token(cls, verified: VerifiedToken | None, settings: StompSettings, verifier) -> SessionGuard:
        if verified is None:
            return cls(None, None)
        auth = getattr(verifier, "settings", None)
        return cls(verified, verified.expires_at + float(getattr(auth, "leeway_seconds", 0) or 0))

    @property
    def watching(self) -> bool:
        return self.token is not None

    def revoke(self) -> None:
        self._revoked.set()

    async def run(self) -> None:
        """Never returns: raises SessionEnd once the token has expired or the account is revoked."""
        while True:
            if self._revoked.is_set():
                raise SessionEnd("session-revoked", "The session was ended: the account was removed or disabled.",
                                 1008, detail="Ask an administrator about the account.")
            left = (self.expires_at - time.time()) if self.expires_at is not None else RECHECK_SECONDS
            if left <= 0:
                raise SessionEnd("token-expired", "The token expired: connect again with a new token.",
                                 1008, detail="Sign in again (or refresh the token) and reconnect.")
            try:
                await asyncio.wait_for(self._revoked.wait(), min(left, RECHECK_SECONDS))
            except TimeoutError:
                pass


async def sweep_revoked(ctx: ProxyContext, revoked_tokens: RevokedTokens,
                        interval: float = SWEEP_SECONDS) -> None:
    """Runs for the gateway's lifetime: every `interval`, revoke the sessions of revoked users.
    When the check fails (control database down) sessions stay open and the next sweep retries."""
    failing = False
    while True:
        await asyncio.sleep(interval)
        watched = [(s.guard, s.guard.token) for s in list(ctx.sessions)
                   if s.guard is not None and s.guard.token is not None]
        if not watched:
            continue
        try:
            revoked = {id(t) for t in await revoked_tokens([token for _, token in watched])}
        except Exception as exc:
            if not failing:
                log.warning("STOMP sessions' accounts cannot be checked: %s", type(exc).__name__)
            failing = True
            continue
        failing = False
        for guard, token in watched:
            if id(token) in revoked:
                guard.revoke()
