"""The CONNECT phase's rules: who the client is, and the CONNECT the broker gets instead.

A JWT is taken from an `Authorization: Bearer` header, a passcode that looks like a JWT, or the
URL's `access_token`. A token whose account was removed or disabled after it was issued is refused
here, like an expired one, before any CONNECTED (the revocation sweep of expiry.py only ends
sessions that were already open). The client's credentials are replaced by the gateway's broker
user, and its `heart-beat` by the gateway's own wish (heartbeats.py).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable

from contracts.rpc import Caller
from gateway.auth import AuthError, TokenVerifier, VerifiedToken, bearer_token
from gateway.stomp.endings import SessionEnd
from gateway.stomp.frames import Frame
from gateway.stomp.heartbeats import HeartbeatPlan
from gateway.stomp.settings import Profile, StompSettings

log = logging.getLogger(__name__)

# The tokens among these whose user was removed or disabled since they were issued.
RevokedTokens = Callable[[list[VerifiedToken]], Awaitable[Iterable[VerifiedToken]]]

CLIENT_CREDENTIAL_HEADERS = ("login", "passcode", "host", "authorization", "Authorization", "heart-beat")


def looks_like_jwt(value: str | None) -> bool:
    return value is not None and value.count(".") == 2 and value.startswith("eyJ")


def token_of(connect: Frame, url_token: str | None) -> str | None:
    authorization = connect.get("Authorization") or connect.get("authorization")
    if authorization:
        return bearer_token(authorization)
    if looks_like_jwt(connect.get("passcode")):
        return connect.get("passcode")
    return url_token


async def authenticate(connect: Frame, settings: StompSettings, verifier: TokenVerifier | None,
                       url_token: str | None, revoked_tokens: RevokedTokens | None = None) -> VerifiedToken | None:
    """The client's verified token (None: anonymous, allowed in the compat profile only)."""
    verified = await _verify(connect, settings, verifier, url_token)
    if verified is not None and revoked_tokens is not None:
        await refuse_revoked(verified, revoked_tokens)
    return verified


async def refuse_revoked(verified: VerifiedToken, revoked_tokens: RevokedTokens) -> None:
    """SessionEnd when the token's account was removed or disabled. When that cannot be checked
    (control database down) the session is refused too, as a REST call would be."""
    try:
        revoked = list(await revoked_tokens([verified]))
    except Exception as exc:
        log.warning("a STOMP CONNECT's account cannot be checked: %s", type(exc).__name__)
        raise SessionEnd("auth-unavailable", "The gateway cannot check the account right now; retry in a few "
                                             "seconds.", 1011) from None
    if revoked:
        raise SessionEnd("auth", "Authentication failed: this token is no longer valid: the account was removed "
                                 "or disabled.")


def refuse_expired(expires_at: float | None) -> None:
    """SessionEnd when the token expired while the upstream connection was being opened."""
    if expires_at is not None and expires_at <= time.time():
        raise SessionEnd("auth", "Authentication failed: The token has expired.")


async def _verify(connect: Frame, settings: StompSettings, verifier: TokenVerifier | None,
                  url_token: str | None) -> VerifiedToken | None:
    try:
        token = token_of(connect, url_token)
        if token is None:
            if settings.profile is Profile.STRICT:
                raise SessionEnd("auth", "Authentication required: send a JWT on CONNECT "
                                         "(Authorization: Bearer <token> header or passcode).")
            return None
        if verifier is None:
            raise SessionEnd("auth", "This gateway does not accept tokens.")
        verify = getattr(verifier, "verify_token_async", None)
        return await verify(token) if verify else verifier.verify_token(token)
    except AuthError as exc:
        raise SessionEnd("auth", f"Authentication failed: {exc}") from None


def rewrite_connect(connect: Frame, settings: StompSettings, plan: HeartbeatPlan) -> None:
    connect.remove(*CLIENT_CREDENTIAL_HEADERS)
    connect.set("login", settings.broker_user)
    connect.set("passcode", settings.broker_password)
    connect.set("host", settings.broker_vhost)
    connect.set("heart-beat", plan.upstream_header)


def rewrite_connected(connected: Frame, principal: Caller | None, plan: HeartbeatPlan) -> None:
    """The broker's CONNECTED as the client sees it: its own user and heart-beat contract."""
    plan.broker_agreed(connected.get("heart-beat"))
    connected.remove("user-name", "heart-beat")
    connected.set("heart-beat", plan.client_header)
    if principal is not None:
        connected.set("user-name", principal.user_id)
