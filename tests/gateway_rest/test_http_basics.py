"""Login, bearer enforcement, problem bodies, CORS, size limits, health, readiness, metrics and
the OpenAPI document, against a real gateway with a real control database and broker."""
from __future__ import annotations

import json
import time

import jwt

from tests.gateway_rest.conftest import SECRET

PROBLEM = "application/problem+json"


async def test_login_issues_a_token_that_the_api_accepts(gateway, add_user):
    await add_user("carol", "s3cret-pass", "admin")
    response = await gateway.post("/api/auth/login", json={"username": "carol", "password": "s3cret-pass"})
    assert response.status == 200
    body = await response.json()
    assert body["tokenType"] == "Bearer" and body["expiresIn"] == 3600
    claims = jwt.decode(body["accessToken"], SECRET, algorithms=["HS256"], audience="querycast")
    assert claims["sub"] == "carol" and claims["roles"] == ["admin"] and claims["iss"] == "querycast"
    # The token opens /api/**: an unknown request is a 404, not a 401.
    events = await gateway.get("/api/requests/nope/events",
                               headers={"Authorization": f"Bearer {body['accessToken']}"})
    assert events.status == 404


async def test_login_refuses_wrong_password_and_unknown_user_alike(gateway, add_user):
    await add_user("dave", "right-password")
    for username, password in (("dave", "wrong-password"), ("nobody", "right-password")):
        response = await gateway.post("/api/auth/login", json={"username": username, "password": password})
        assert response.status == 401 and response.content_type == PROBLEM
        assert (await response.json())["detail"] == "Invalid username or password."


async def test_login_body_is_validated(gateway):
    response = await gateway.post("/api/auth/login", json={"username": "", "pass": "x"})
    assert response.status == 400 and response.content_type == PROBLEM
    problem = await response.json()
    assert {e["field"] for e in problem["errors"]} >= {"username", "password"}
    not_json = await gateway.post("/api/auth/login", data=b"username=a", headers={"Content-Type": "text/plain"})
    assert not_json.status == 400


async def test_api_requires_a_valid_bearer_token(gateway, verifier):
    expired = jwt.encode({"sub": "alice", "iat": int(time.time()) - 7200, "exp": int(time.time()) - 3600,
                          "iss": "querycast", "aud": "querycast"}, SECRET, algorithm="HS256")
    none_alg = jwt.encode({"sub": "alice", "roles": ["admin"], "iat": int(time.time()),
                           "exp": int(time.time()) + 60, "iss": "querycast", "aud": "querycast"},
                          None, algorithm="none")
    good, _ = verifier.issue("alice", ())
    for headers, detail in (({}, "Missing"), ({"Authorization": good}, "Bearer scheme"),
                            ({"Authorization": f"Bearer {expired}"}, "expired"),
                            ({"Authorization": f"Bearer {none_alg}"}, "algorithm")):
        response = await gateway.post("/api/query/execute", json={"sql": "SELECT 1", "databaseId": "demo"},
                                      headers=headers)
        assert response.status == 401, headers
        assert response.content_type == PROBLEM
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert detail in (await response.json())["detail"]


async def test_unknown_routes_and_methods_are_problem_bodies(gateway, auth):
    missing = await gateway.get("/api/nothing-here", headers=auth())
    assert missing.status == 404 and missing.content_type == PROBLEM
    wrong_method = await gateway.put("/healthz")
    assert wrong_method.status == 405 and wrong_method.content_type == PROBLEM
    assert "GET" in wrong_method.headers["Allow"]


async def test_oversized_bodies_are_refused(gateway, auth):
    big = json.dumps({"sql": "SELECT 1 -- " + "x" * 300_000, "databaseId": "demo"})
    response = await gateway.post("/api/query/execute", data=big, headers={
        **auth(), "Content-Type": "application/json"})
    assert response.status == 413 and response.content_type == PROBLEM


async def test_cors_allows_configured_origins_only(gateway):
    preflight = await gateway.options("/api/query/execute", headers={
        "Origin": "http://frontend.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert preflight.status == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "http://frontend.example"
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    # Error responses carry the header too, so the browser can read the problem body.
    denied = await gateway.post("/api/query/execute", json={}, headers={"Origin": "http://frontend.example"})
    assert denied.status == 401
    assert denied.headers["Access-Control-Allow-Origin"] == "http://frontend.example"
    foreign = await gateway.options("/api/query/execute", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in foreign.headers


async def test_health_readiness_metrics_and_openapi(gateway):
    assert (await gateway.get("/healthz")).status == 200
    ready = await gateway.get("/readyz")
    assert ready.status == 200
    assert (await ready.json())["checks"] == {"broker": True, "controlDatabase": True}
    openapi = await gateway.get("/api/openapi.json")
    assert openapi.status == 200
    assert "/api/query/execute" in (await openapi.json())["paths"]
    metrics = await (await gateway.get("/metrics")).text()
    assert 'querycast_http_requests_total{method="GET",route="/healthz",status="200"}' in metrics


async def test_readiness_reports_a_missing_broker(start_gateway, gateway_settings):
    settings = gateway_settings.replace(amqp_url="amqp://guest:guest@127.0.0.1:1/%2F")
    gateway = await start_gateway(settings, wait_for_broker=False)
    ready = await gateway.get("/readyz")
    assert ready.status == 503
    assert (await ready.json())["checks"] == {"broker": False, "controlDatabase": True}
    assert (await gateway.get("/healthz")).status == 200


async def test_demo_console_is_served_at_the_root(gateway):
    page = await gateway.get("/")
    assert page.status == 200 and page.content_type == "text/html"


async def test_password_guessing_is_throttled(gateway, add_user):
    await add_user("erik", "the-right-one")
    statuses = []
    for attempt in range(6):
        response = await gateway.post("/api/auth/login", json={"username": "erik", "password": f"guess-{attempt}"})
        statuses.append(response.status)
    assert statuses == [401] * 5 + [429]
    assert int(response.headers["Retry-After"]) >= 1
    # Even the right password waits until the window passes.
    blocked = await gateway.post("/api/auth/login", json={"username": "erik", "password": "the-right-one"})
    assert blocked.status == 429


async def test_one_users_lockout_does_not_block_others_from_the_same_address(gateway, add_user):
    await add_user("fay", "fay-password")
    for attempt in range(6):
        await gateway.post("/api/auth/login", json={"username": "mallory-target", "password": f"x{attempt}"})
    ok = await gateway.post("/api/auth/login", json={"username": "fay", "password": "fay-password"})
    assert ok.status == 200
