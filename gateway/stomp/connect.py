"""The CONNECT phase's rules: who the client is, and the CONNECT the broker gets instead.

A JWT is taken from an `Authorization: Bearer` header, a passcode that looks like a JWT, or the
URL's `access_token`. The client's credentials are replaced by the gateway's broker user, and its
`heart-beat` by the gateway's own wish (heartbeats.py).
"""
from __future__ import annotations

from contracts.rpc import Caller
from gateway.auth import AuthError, TokenVerifier, VerifiedToken, bearer_token
from gateway.stomp.endings import SessionEnd
from gateway.stomp.frames import Frame
from gateway.stomp.heartbeats import HeartbeatPlan
from gateway.stomp.settings import Profile, StompSettings

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
                       url_token: str | None) -> VerifiedToken | None:
    """The client's verified token (None: anonymous, allowed in the compat profile only)."""
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
