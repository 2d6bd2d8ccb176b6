"""The token verifier refuses forged, confused, expired and foreign tokens (pure logic: no
broker or database needed)."""
from __future__ import annotations

import base64
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from contracts.rpc import Caller
from gateway.auth import AuthError, AuthSettings, TokenVerifier, bearer_token

SECRET = "unit-test-secret-0123456789abcdef-0123456789"
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
RSA_PUBLIC_PEM = RSA_KEY.public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
EC_KEY = ec.generate_private_key(ec.SECP256R1())


def claims(**overrides) -> dict:
    now = int(time.time())
    base = {"sub": "alice", "roles": ["analyst"], "iat": now, "exp": now + 300,
            "iss": "querycast", "aud": "querycast"}
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


@pytest.fixture
def verifier() -> TokenVerifier:
    return TokenVerifier(AuthSettings(secret=SECRET, public_key=RSA_PUBLIC_PEM, leeway_seconds=5))


def test_issued_token_round_trips(verifier):
    token, expires_in = verifier.issue("alice", ("admin",))
    assert expires_in == 3600
    payload = jwt.decode(token, SECRET, algorithms=["HS256"], audience="querycast")
    assert {"sub", "roles", "iat", "exp", "iss", "aud"} <= payload.keys()
    assert verifier.verify(token) == Caller(user_id="alice", roles=("admin",))
    assert verifier.verify(token).is_admin


def test_alg_none_refused(verifier):
    token = jwt.encode(claims(), None, algorithm="none")
    with pytest.raises(AuthError, match="algorithm"):
        verifier.verify(token)


def test_hs256_signed_with_the_rsa_public_key_refused(verifier):
    # The classic key-confusion attack: HMAC keyed with the (public) RSA key.
    header = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).rstrip(b"=")
    body = base64.urlsafe_b64encode(json.dumps(claims(roles=["admin"])).encode()).rstrip(b"=")
    import hashlib
    import hmac
    signature = hmac.new(RSA_PUBLIC_PEM.encode(), header + b"." + body, hashlib.sha256).digest()
    token = (header + b"." + body + b"." + base64.urlsafe_b64encode(signature).rstrip(b"=")).decode()
    with pytest.raises(AuthError, match="invalid"):
        verifier.verify(token)


def test_external_rs256_and_es256_tokens_accepted_with_configured_keys():
    ec_public = EC_KEY.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    rs = TokenVerifier(AuthSettings(secret=SECRET, public_key=RSA_PUBLIC_PEM, external_issuer="idp",
                                    roles_claim="realm_access.roles"))
    token = jwt.encode(claims(iss="idp", roles=None, realm_access={"roles": ["admin"]}), RSA_KEY, algorithm="RS256")
    assert rs.verify(token) == Caller(user_id="alice", roles=("admin",))
    es = TokenVerifier(AuthSettings(secret=SECRET, public_key=ec_public))
    assert es.verify(jwt.encode(claims(), EC_KEY, algorithm="ES256")).user_id == "alice"


def test_rs256_token_refused_without_a_configured_public_key():
    plain = TokenVerifier(AuthSettings(secret=SECRET))
    with pytest.raises(AuthError, match="unknown"):
        plain.verify(jwt.encode(claims(), RSA_KEY, algorithm="RS256"))


def test_rs256_token_signed_by_another_key_refused(verifier):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(AuthError, match="invalid"):
        verifier.verify(jwt.encode(claims(), other, algorithm="RS256"))


def test_expired_token_refused_beyond_the_leeway(verifier):
    now = int(time.time())
    with pytest.raises(AuthError, match="expired"):
        verifier.verify(jwt.encode(claims(iat=now - 600, exp=now - 60), SECRET, algorithm="HS256"))
    # Within the small leeway (clock skew) it still counts.
    assert verifier.verify(jwt.encode(claims(exp=now - 2), SECRET, algorithm="HS256")).user_id == "alice"


@pytest.mark.parametrize("field,value", [("aud", "someone-else"), ("iss", "evil")])
def test_wrong_audience_or_issuer_refused(verifier, field, value):
    with pytest.raises(AuthError, match="not issued for this service"):
        verifier.verify(jwt.encode(claims(**{field: value}), SECRET, algorithm="HS256"))


@pytest.mark.parametrize("missing", ["exp", "sub", "aud", "iss"])
def test_tokens_without_required_claims_refused(verifier, missing):
    with pytest.raises(AuthError):
        verifier.verify(jwt.encode(claims(**{missing: None}), SECRET, algorithm="HS256"))


def test_tampered_payload_refused(verifier):
    token, _ = verifier.issue("alice", ())
    header, _, signature = token.split(".")
    forged = base64.urlsafe_b64encode(json.dumps(claims(roles=["admin"])).encode()).rstrip(b"=").decode()
    with pytest.raises(AuthError, match="invalid"):
        verifier.verify(f"{header}.{forged}.{signature}")


def test_token_signed_with_another_secret_refused(verifier):
    with pytest.raises(AuthError, match="invalid"):
        verifier.verify(jwt.encode(claims(), "another-secret-0123456789abcdef-0123", algorithm="HS256"))


@pytest.mark.parametrize("header", [None, "", "Basic YWxpY2U6cHc=", "Bearer", "Token abc", "bearer  "])
def test_authorization_header_must_be_bearer(header):
    with pytest.raises(AuthError):
        bearer_token(header)


def test_garbage_and_oversized_tokens_refused(verifier):
    for token in ("not-a-jwt", "a.b.c", "x" * 10_000):
        with pytest.raises(AuthError):
            verifier.verify(token)


def test_short_secret_refused_at_configuration():
    with pytest.raises(ValueError, match="at least 32 bytes"):
        AuthSettings(secret="short")


async def test_jwks_keys_are_fetched_and_rotated_keys_found():
    from aiohttp import web
    from aiohttp.test_utils import TestServer

    keys = {"keys": []}

    async def jwks(_request):
        return web.json_response(keys)

    app = web.Application()
    app.router.add_get("/jwks.json", jwks)
    server = TestServer(app)
    await server.start_server()
    try:
        def jwk(kid: str, private) -> dict:
            data = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
            return {**data, "kid": kid, "use": "sig", "alg": "RS256"}

        keys["keys"] = [jwk("k1", RSA_KEY)]
        verifier = TokenVerifier(AuthSettings(secret=SECRET, jwks_url=str(server.make_url("/jwks.json"))))
        await verifier.refresh_keys()
        token = jwt.encode(claims(), RSA_KEY, algorithm="RS256", headers={"kid": "k1"})
        assert verifier.verify(token).user_id == "alice"
        # The provider rotates: a token with a new kid makes the verifier fetch the set again.
        rotated = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        keys["keys"].append(jwk("k2", rotated))
        verifier._jwks_fetched_at = 0  # skip the anti-hammering pause of a real deployment
        new_token = jwt.encode(claims(sub="bob"), rotated, algorithm="RS256", headers={"kid": "k2"})
        assert (await verifier.verify_async(new_token)).user_id == "bob"
        unknown = jwt.encode(claims(), rotated, algorithm="RS256", headers={"kid": "k9"})
        with pytest.raises(AuthError, match="unknown"):
            await verifier.verify_async(unknown)
    finally:
        await server.close()
