"""JWT authentication shared by REST and the STOMP CONNECT (DESIGN §3, §4).

The gateway issues HS256 tokens (`sub`, `roles`, `iat`, `exp`, `iss`, `aud`) and can also accept
tokens from an external identity provider signed with RS256/ES256 (a configured public key, or
keys fetched from a JWKS URL). The algorithm is chosen by the key we hold, never by the token:
HS256 tokens are checked only against the shared secret, RS256/ES256 tokens only against public
keys, so `alg: none` and HS/RS key confusion are refused.

Environment:
  QUERYCAST_JWT_SECRET             HS256 secret, at least 32 bytes (unset: a random per-process
                                   secret, tokens then die with the process; fine for `make run`)
  QUERYCAST_JWT_ISSUER             `iss` issued and required (default "querycast")
  QUERYCAST_JWT_AUDIENCE           `aud` issued and required (default "querycast")
  QUERYCAST_JWT_TTL_SECONDS        lifetime of issued tokens (default 3600)
  QUERYCAST_JWT_LEEWAY_SECONDS     clock skew tolerated on exp/iat/nbf (default 30)
  QUERYCAST_JWT_PUBLIC_KEY         PEM public key (or a path to one) of an external identity provider
  QUERYCAST_JWT_JWKS_URL           JWKS URL of an external identity provider
  QUERYCAST_JWT_EXTERNAL_ISSUER    `iss` of external tokens (default: QUERYCAST_JWT_ISSUER)
  QUERYCAST_JWT_EXTERNAL_AUDIENCE  `aud` of external tokens (default: QUERYCAST_JWT_AUDIENCE)
  QUERYCAST_JWT_ROLES_CLAIM        claim holding roles in external tokens, dotted path allowed
                                   (default "roles"; e.g. "realm_access.roles" for Keycloak)
"""
from __future__ import annotations

import asyncio
import logging
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt

from contracts.rpc import Caller
from contracts.text import unsafe_character

log = logging.getLogger(__name__)

HS_ALGORITHM = "HS256"
PUBLIC_KEY_ALGORITHMS = ("RS256", "ES256")
MIN_SECRET_BYTES = 32
MAX_TOKEN_CHARS = 8192
ADMIN_ROLE = "admin"


NUMERIC_DATE_CLAIMS = ("exp", "iat", "nbf")


class AuthError(Exception):
    """Authentication failed; the message is safe to show to the client."""


@dataclass(frozen=True)
class VerifiedToken:
    """A token that passed every check: who it names and when it was issued and expires."""

    caller: Caller
    issued_at: float
    expires_at: float
    issued_here: bool  # signed with our own secret (a user of the users table), not by an IdP


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _read_key(value: str | None) -> str | None:
    if not value:
        return None
    if "-----BEGIN" in value:
        return value
    return Path(value).read_text()


@dataclass(frozen=True)
class AuthSettings:
    secret: str = field(repr=False)
    issuer: str = "querycast"
    audience: str = "querycast"
    ttl_seconds: int = 3600
    leeway_seconds: int = 30
    public_key: str | None = field(default=None, repr=False)
    jwks_url: str | None = None
    external_issuer: str | None = None
    external_audience: str | None = None
    roles_claim: str = "roles"

    def __post_init__(self) -> None:
        if len(self.secret.encode()) < MIN_SECRET_BYTES:
            raise ValueError(f"QUERYCAST_JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes long")
        # External tokens are held to our own iss/aud unless the provider's are configured.
        if self.external_issuer is None:
            object.__setattr__(self, "external_issuer", self.issuer)
        if self.external_audience is None:
            object.__setattr__(self, "external_audience", self.audience)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> AuthSettings:
        env = os.environ if env is None else env
        secret = env.get("QUERYCAST_JWT_SECRET")
        if not secret:
            log.warning("QUERYCAST_JWT_SECRET is not set: using a random secret for this process")
            secret = secrets.token_urlsafe(48)
        issuer = env.get("QUERYCAST_JWT_ISSUER", "querycast")
        audience = env.get("QUERYCAST_JWT_AUDIENCE", "querycast")
        return cls(
            secret=secret, issuer=issuer, audience=audience,
            ttl_seconds=int(env.get("QUERYCAST_JWT_TTL_SECONDS", 3600)),
            leeway_seconds=int(env.get("QUERYCAST_JWT_LEEWAY_SECONDS", 30)),
            public_key=_read_key(env.get("QUERYCAST_JWT_PUBLIC_KEY")),
            jwks_url=env.get("QUERYCAST_JWT_JWKS_URL") or None,
            external_issuer=env.get("QUERYCAST_JWT_EXTERNAL_ISSUER") or issuer,
            external_audience=env.get("QUERYCAST_JWT_EXTERNAL_AUDIENCE") or audience,
            roles_claim=env.get("QUERYCAST_JWT_ROLES_CLAIM", "roles"),
        )


def _claim(payload: dict[str, Any], path: str) -> Any:
    value: Any = payload
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _roles(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(str(role) for role in value if isinstance(role, str) and role)


class TokenVerifier:
    """Issue and verify access tokens. `verify` never does I/O; with a JWKS URL, call
    `await refresh_keys()` at start (the app does) or use `await verify_async(token)`, which
    fetches the key set in a thread when it meets an unknown key id."""

    JWKS_MIN_REFRESH_SECONDS = 30.0

    def __init__(self, settings: AuthSettings):
        self.settings = settings
        self._jwks_client = jwt.PyJWKClient(settings.jwks_url, cache_keys=False) if settings.jwks_url else None
        self._jwks: dict[str, Any] = {}
        self._jwks_fetched_at = 0.0

    @classmethod
    def from_env(cls) -> TokenVerifier:
        return cls(AuthSettings.from_env())

    # -- issuing ---------------------------------------------------------------------------
    def issue(self, user_id: str, roles: tuple[str, ...] | list[str]) -> tuple[str, int]:
        now = int(time.time())
        ttl = self.settings.ttl_seconds
        claims = {
            "sub": user_id, "roles": list(roles), "iat": now, "exp": now + ttl,
            "iss": self.settings.issuer, "aud": self.settings.audience,
            "jti": secrets.token_hex(8),
        }
        return jwt.encode(claims, self.settings.secret, algorithm=HS_ALGORITHM), ttl

    # -- verifying -------------------------------------------------------------------------
    def verify(self, token: str) -> Caller:
        return self.verify_token(token).caller

    def verify_token(self, token: str) -> VerifiedToken:
        token = (token or "").strip()
        if not token:
            raise AuthError("A bearer token is required.")
        if len(token) > MAX_TOKEN_CHARS:
            raise AuthError("The token is too long.")
        if not token.isascii():  # a JWT is base64url and dots; anything else is not one of ours
            raise AuthError("The token is malformed.")
        try:
            header = jwt.get_unverified_header(token)
        except (jwt.PyJWTError, ValueError, TypeError):
            raise AuthError("The token is malformed.") from None
        if not isinstance(header, dict):
            raise AuthError("The token is malformed.")
        alg = header.get("alg")
        if alg == HS_ALGORITHM:
            return self._decode(token, self.settings.secret, alg, self.settings.issuer,
                                self.settings.audience, roles_claim="roles")
        if alg in PUBLIC_KEY_ALGORITHMS:
            key = self._public_key(header)
            return self._decode(token, key, alg, self.settings.external_issuer,
                                self.settings.external_audience, roles_claim=self.settings.roles_claim)
        raise AuthError("The token's signing algorithm is not accepted.")

    async def verify_async(self, token: str) -> Caller:
        return (await self.verify_token_async(token)).caller

    async def verify_token_async(self, token: str) -> VerifiedToken:
        if self._jwks_client is not None:
            try:
                kid = jwt.get_unverified_header(token).get("kid")
            except (jwt.PyJWTError, ValueError, TypeError, AttributeError):
                kid = None
            if kid and kid not in self._jwks:
                await self.refresh_keys()
        return self.verify_token(token)

    async def refresh_keys(self) -> None:
        """Fetch the JWKS key set (in a thread: PyJWT's client does blocking HTTP)."""
        if self._jwks_client is None:
            return
        if time.monotonic() - self._jwks_fetched_at < self.JWKS_MIN_REFRESH_SECONDS and self._jwks:
            return
        try:
            keys = await asyncio.to_thread(self._jwks_client.get_signing_keys, True)
        except Exception as exc:  # the identity provider is down: keep the keys we have
            log.warning("could not fetch the JWKS key set: %s", type(exc).__name__)
            return
        self._jwks = {k.key_id: k.key for k in keys if k.key_id}
        self._jwks_fetched_at = time.monotonic()

    def _public_key(self, header: dict[str, Any]) -> Any:
        kid = header.get("kid")
        if kid and kid in self._jwks:
            return self._jwks[kid]
        if self.settings.public_key:
            return self.settings.public_key
        raise AuthError("The token's signing key is unknown.")

    def _decode(self, token: str, key: Any, alg: str, issuer: str | None, audience: str | None,
                *, roles_claim: str) -> VerifiedToken:
        try:
            payload = jwt.decode(
                token, key, algorithms=[alg], issuer=issuer, audience=audience,
                leeway=self.settings.leeway_seconds,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("The token has expired.") from None
        except (jwt.InvalidAudienceError, jwt.InvalidIssuerError):
            raise AuthError("The token was not issued for this service.") from None
        except jwt.MissingRequiredClaimError as exc:
            raise AuthError(f"The token lacks the '{exc.claim}' claim.") from None
        except (jwt.PyJWTError, ValueError, TypeError):
            raise AuthError("The token is invalid.") from None
        for claim in NUMERIC_DATE_CLAIMS:
            # PyJWT converts "9999999999" with int(); RFC 7519 wants a JSON number.
            if claim in payload and not _is_number(payload[claim]):
                raise AuthError(f"The token's '{claim}' claim must be a number.")
        subject = payload.get("sub")
        if not isinstance(subject, str) or not subject or len(subject) > 128 or unsafe_character(subject):
            raise AuthError("The token's subject is invalid.")
        caller = Caller(user_id=subject, roles=_roles(_claim(payload, roles_claim)))
        return VerifiedToken(caller, issued_at=float(payload["iat"]), expires_at=float(payload["exp"]),
                             issued_here=alg == HS_ALGORITHM)


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header, or AuthError."""
    if not authorization:
        raise AuthError("Missing 'Authorization: Bearer <token>' header.")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError("The Authorization header must use the Bearer scheme.")
    return token.strip()
