"""Client mistakes and hostile input get a 4xx problem body, never a 500: non-ASCII tokens,
NULs and lone surrogates in any text field, host names that are not host names, string `exp`
claims, tokens of removed or disabled users, and routes that look alike."""
from __future__ import annotations

import asyncio
import json
import time

import jwt
import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request
from sockjs.transports.base import HTTPClientClosedConnection

from gateway.rest.problems import problem_middleware
from tests.gateway_rest.conftest import SECRET

PROBLEM = "application/problem+json"
DATABASE = {"id": "shop", "name": "Shop", "host": "db.example", "port": 5432, "database": "shop",
            "user": "reader", "password": "pw"}


async def _raw_request(gateway, head: bytes) -> tuple[int, bytes]:
    """Send bytes aiohttp's client would refuse to send (non-ASCII header values)."""
    reader, writer = await asyncio.open_connection(gateway.host, gateway.port)
    writer.write(head)
    await writer.drain()
    response = await reader.read()
    writer.close()
    status = int(response.split(b" ", 2)[1])
    return status, response


async def test_a_token_with_non_ascii_bytes_is_a_401(gateway):
    body = b'{"sql": "SELECT 1", "databaseId": "demo"}'
    status, response = await _raw_request(gateway, (
        b"POST /api/query/execute HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Authorization: Bearer eyJ\xff.x.y\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body))
    assert status == 401, response
    assert b"malformed" in response


async def test_nul_or_lone_surrogate_in_login_is_a_400(gateway):
    for username in ("ali\u0000ce", "ali\ud800ce"):
        response = await gateway.post("/api/auth/login", data=json.dumps({"username": username, "password": "x"}),
                                      headers={"Content-Type": "application/json"})
        assert response.status == 400, username
        problem = await response.json()
        assert [e["field"] for e in problem["errors"]] == ["username"]


@pytest.mark.parametrize("field", ["id", "name", "host", "database", "user", "password"])
async def test_nul_in_any_database_field_is_a_400(gateway, auth, field):
    body = {**DATABASE, field: DATABASE[field][:2] + "\u0000" + DATABASE[field][2:]}
    response = await gateway.post("/api/databases", json=body, headers=auth("root", "admin"))
    assert response.status == 400 and response.content_type == PROBLEM
    assert field in {e["field"] for e in (await response.json())["errors"]}


@pytest.mark.parametrize("host", ["not a host", "db..example", "-db.example", "db_example.com!", "\u2603.example",
                                  "x" * 64 + ".example"])
async def test_a_host_that_is_not_a_host_name_is_a_400(gateway, auth, host):
    response = await gateway.post("/api/databases", json={**DATABASE, "host": host}, headers=auth("root", "admin"))
    assert response.status == 400, host
    assert [e["field"] for e in (await response.json())["errors"]] == ["host"]


async def test_nul_or_surrogate_in_sql_or_question_is_a_400(gateway, auth):
    cases = (("/api/query/execute", "sql", '{"sql": "SELECT 1 \\u0000 FROM t", "databaseId": "demo"}'),
             ("/api/query/execute", "sql", '{"sql": "SELECT \'\\udfff\'", "databaseId": "demo"}'),
             ("/api/nl-to-sql", "question", '{"question": "how many \\u0000 orders", "databaseId": "demo"}'),
             ("/api/nl-to-sql", "question", '{"question": "how many \\ud800 orders", "databaseId": "demo"}'))
    for path, field, body in cases:
        response = await gateway.post(path, data=body, headers={**auth(), "Content-Type": "application/json"})
        assert response.status == 400, body
        assert [e["field"] for e in (await response.json())["errors"]] == [field], body


async def test_a_string_exp_claim_is_refused(gateway):
    now = int(time.time())
    token = jwt.encode({"sub": "alice", "iat": now, "exp": str(now + 3600), "iss": "querycast", "aud": "querycast"},
                       SECRET, algorithm="HS256")
    response = await gateway.get("/api/databases", headers={"Authorization": f"Bearer {token}"})
    assert response.status == 401


async def _login(gateway, username: str, password: str) -> dict[str, str]:
    response = await gateway.post("/api/auth/login", json={"username": username, "password": password})
    assert response.status == 200
    return {"Authorization": f"Bearer {(await response.json())['accessToken']}"}


async def _status_soon(gateway, headers, want: int, seconds: float = 6.0) -> int:
    deadline = time.monotonic() + seconds
    while True:
        status = (await gateway.get("/api/databases", headers=headers)).status
        if status == want or time.monotonic() > deadline:
            return status
        await asyncio.sleep(0.2)


async def test_tokens_of_removed_or_disabled_users_stop_working(gateway, add_user, migrated_db):
    from services.admin import main as admin_main

    await add_user("erin", "pw-erin-123")
    await add_user("frank", "pw-frank-123")
    erin, frank = await _login(gateway, "erin", "pw-erin-123"), await _login(gateway, "frank", "pw-frank-123")
    assert (await gateway.get("/api/databases", headers=erin)).status != 401
    for argv in (["remove-user", "erin"], ["disable-user", "frank"]):
        assert await asyncio.to_thread(admin_main, ["--database-url", migrated_db, *argv]) == 0
    assert await _status_soon(gateway, erin, 401) == 401
    assert await _status_soon(gateway, frank, 401) == 401
    # Re-enabled, frank signs in again and works; erin, added again, too — with new tokens only.
    assert await asyncio.to_thread(admin_main, ["--database-url", migrated_db, "enable-user", "frank"]) == 0
    await asyncio.sleep(1.1)  # tokens carry whole seconds: one issued in the revocation's second stays void
    await add_user("erin", "pw-erin-456")
    assert (await gateway.get("/api/databases", headers=await _login(gateway, "erin", "pw-erin-456"))).status != 401
    assert (await gateway.get("/api/databases", headers=erin)).status == 401


async def test_delete_on_the_execute_route_is_a_405_not_a_cancel(gateway, auth):
    response = await gateway.delete("/api/query/execute", headers=auth())
    assert response.status == 405 and response.headers["Allow"] == "POST"


async def test_a_client_that_drops_a_streaming_response_is_not_a_500(caplog):
    async def handler(_request):
        raise HTTPClientClosedConnection()

    request = make_mocked_request("POST", "/ws/000/abc/xhr_streaming")
    response = await problem_middleware(request, handler)
    assert isinstance(response, web.Response) and response.status == 499
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_an_oversized_header_is_refused_without_logging_its_content(start_gateway, gateway_settings,
                                                                          caplog, verifier):
    from aiohttp.test_utils import TestClient, TestServer

    from gateway.__main__ import run_app_options
    from gateway.app import create_app

    options = run_app_options()
    del options["print"]  # run_app's own; the rest is what `querycast-gateway` gives its runner
    server = TestServer(create_app(gateway_settings))
    await server.start_server(**options)
    client = TestClient(server)
    await client.start_server()
    try:
        token, _ = verifier.issue("alice", ())
        padded = token + "." + "S3CRET" * 1400  # ~8.4 KB: beyond the token limit, within the header limit
        response = await client.get("/api/databases", headers={"Authorization": f"Bearer {padded}"})
        assert response.status == 401 and "too long" in (await response.json())["detail"]
        status, _body = await _raw_request(client, b"GET /api/databases HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                           b"Authorization: Bearer " + b"S3CRET" * 3000 + b"\r\n\r\n")
        assert status == 400
        assert not [r for r in caplog.records if "S3CRET" in r.getMessage() or r.exc_info]
        assert not [r for r in caplog.records if "custom kwargs" in r.getMessage()]
    finally:
        await client.close()
