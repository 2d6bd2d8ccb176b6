"""JWT authentication shared by REST and the STOMP CONNECT (docs/architecture.md#rest, #destinations).

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
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import jwt
from pydantic import field_validator, model_validator

from contracts.rpc import Caller
from contracts.text import unsafe_character
from runtime.settings import QuerycastSettings, setting

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


class AuthSettings(QuerycastSettings):
    section: ClassVar[str] = "Gateway (querycast-gateway)"

    secret: str = setting(None, "HS256 signing key, >= 32 bytes; set it when running several gateways",
                          env="QUERYCAST_JWT_SECRET", secret=True,
                          doc_default="random per process (make run: generated once into `.data/run/`)")
    issuer: str = setting("querycast", "`iss` issued and required", env="QUERYCAST_JWT_ISSUER")
    audience: str = setting("querycast", "`aud` issued and required", env="QUERYCAST_JWT_AUDIENCE")
    ttl_seconds: int = setting(3600, "lifetime of issued tokens", env="QUERYCAST_JWT_TTL_SECONDS", ge=1)
    leeway_seconds: int = setting(30, "clock skew tolerated on exp/iat/nbf", env="QUERYCAST_JWT_LEEWAY_SECONDS", ge=0)
    public_key: str | None = setting(None, "PEM public key (or a path to one) of an external identity provider "
                                     "(RS256/ES256)", env="QUERYCAST_JWT_PUBLIC_KEY", secret=True)
    jwks_url: str | None = setting(None, "JWKS URL of an external identity provider", env="QUERYCAST_JWT_JWKS_URL")
    external_issuer: str | None = setting(None, "`iss` of external tokens", env="QUERYCAST_JWT_EXTERNAL_ISSUER",
                                          doc_default="QUERYCAST_JWT_ISSUER")
    external_audience: str | None = setting(None, "`aud` of external tokens",
                                            env="QUERYCAST_JWT_EXTERNAL_AUDIENCE", doc_default="QUERYCAST_JWT_AUDIENCE")
    roles_claim: str = setting("roles", "claim holding roles in external tokens, dotted path allowed "
                               "(e.g. `realm_access.roles` for Keycloak)", env="QUERYCAST_JWT_ROLES_CLAIM")

    # No QUERYCAST_JWT_SECRET: tokens die with the process (TokenVerifier warns once).
    secret_generated: bool = False

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if not data.get("secret"):
            data["secret"], data["secret_generated"] = secrets.token_urlsafe(48), True
        # External tokens are held to our own iss/aud unless the provider's are configured.
        data["external_issuer"] = data.get("external_issuer") or data.get("issuer") or "querycast"
        data["external_audience"] = data.get("external_audience") or data.get("audience") or "querycast"
        return data

    @field_validator("secret")
    @classmethod
    def _long_enough(cls, value: str) -> str:
        if len(value.encode()) < MIN_SECRET_BYTES:
            raise ValueError(f"expected at least {MIN_SECRET_BYTES} bytes")
        return value

    @field_validator("public_key")
    @classmethod
    def _key_file(cls, value: str | None) -> str | None:
        try:
            return _read_key(value)
        except OSError as exc:
            raise ValueError(f"expected a PEM public key or a readable file ({exc.strerror})") from None


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
        if settings.secret_generated:
            log.warning("QUERYCAST_JWT_SECRET is not set: using a random secret for this process")
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
