"""A strict-profile session lasts as long as its token: once the token has expired (its `exp`
plus the clock leeway verification allows, so exactly when CONNECT would refuse it) the gateway
sends an ERROR frame and closes the session; the client reconnects with a fresh token."""
from __future__ import annotations

import asyncio
import time

from gateway.auth import VerifiedToken
from gateway.stomp.endings import SessionEnd
from gateway.stomp.settings import Profile, StompSettings

# The wall clock can jump (NTP); look again at least this often.
RECHECK_SECONDS = 60.0


def session_expiry(verified: VerifiedToken | None, settings: StompSettings, verifier) -> float | None:
    """The wall-clock time the session ends at, or None (compat profile, anonymous)."""
    if verified is None or settings.profile is not Profile.STRICT:
        return None
    auth = getattr(verifier, "settings", None)
    return verified.expires_at + float(getattr(auth, "leeway_seconds", 0) or 0)


async def end_at_expiry(expires_at: float) -> None:
    """Never returns: raises SessionEnd once the token has expired."""
    while True:
        left = expires_at - time.time()
        if left <= 0:
            raise SessionEnd("token-expired", "The token expired: connect again with a new token.",
                             1008, detail="Sign in again (or refresh the token) and reconnect.")
        await asyncio.sleep(min(left, RECHECK_SECONDS))
