"""Acceptance with the real services: gateway + executor + NL->SQL (offline provider) + RabbitMQ
+ PostgreSQL. A user logs in, runs SQL and asks a question over REST, while a STOMP subscriber
connected through the gateway sees every stage of the same request before the response."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from controldb.pgadmin import admin_execute
from services.demo.seed import ensure_reader_role, seed_demo
from services.executor.app import running_executor
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.settings import NlToSqlSettings
from tests.conftest import ADMIN_DSN, dsn_for
from tests.executor.roles import READER_PASSWORD, drop_reader
from tests.gateway_rest.stomp_client import StompClient

EXECUTOR_SECRET = "rest-tests-executor-secret-0123456789abcdef"
SHOP_READER = f"qc_rest_reader_{uuid.uuid4().hex[:8]}"  # the read-only role the shop is served as
EXECUTION_STAGES = ["REQUEST_RECEIVED", "VALIDATION", "DATABASE_LOOKUP", "CONNECTING", "EXECUTING", "COMPLETED"]


def _admin_exec(sql: str) -> None:
    admin_execute(ADMIN_DSN, sql)

@pytest.fixture(scope="session")
async def shop_db():
    name = f"qc_rest_shop_{uuid.uuid4().hex[:8]}"
    _admin_exec(f'CREATE DATABASE "{name}"')
    await seed_demo(dsn_for(name))
    await ensure_reader_role(dsn_for(name), SHOP_READER, READER_PASSWORD)
    yield name
    _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    drop_reader(SHOP_READER, [])


@pytest.fixture
async def services(amqp_url, migrated_db, tmp_path, broker):
    setup = broker.channel(confirms=False)
    for queue in ("querycast.query-execution.requests", "querycast.nl-to-sql.requests"):
        await setup.queue_purge(queue)  # nothing left over from no-worker tests
    await setup.close()
    async with running_executor(amqp_url=amqp_url, database_url=migrated_db, secret_key=EXECUTOR_SECRET), \
            running_nl_to_sql(amqp_url=amqp_url, settings=NlToSqlSettings(data_dir=tmp_path)):
        yield


@pytest.fixture
async def shop(gateway, auth, services, shop_db):
    """Register the seeded shop database as `shop` through the REST API (admin)."""
    response = await gateway.post("/api/databases", headers=auth("root", "admin"), json={
        "id": "shop", "name": "Demo shop", "host": "127.0.0.1", "port": 5432, "database": shop_db,
        "user": SHOP_READER, "password": READER_PASSWORD})
    assert response.status == 201, await response.text()
    assert "password" not in await response.text()
    return "shop"


async def login(gateway, add_user, name: str, *roles: str) -> str:
    await add_user(name, f"{name}-password", *roles)
    response = await gateway.post("/api/auth/login", json={"username": name, "password": f"{name}-password"})
    assert response.status == 200
    return (await response.json())["accessToken"]


async def watch(gateway, token: str, destination: str) -> tuple[StompClient, asyncio.Task]:
    client = await StompClient.connect(str(gateway.make_url("/ws")), token)
    await client.subscribe(destination)
    return client, asyncio.create_task(client.collect())


async def test_execute_returns_rows_and_stomp_saw_every_stage_first(gateway, add_user, shop):
    token = await login(gateway, add_user, "erin")
    stomp, reader = await watch(gateway, token, "/user/queue/query-execution")
    try:
        response = await gateway.post("/api/query/execute", headers={"Authorization": f"Bearer {token}"},
                                      json={"sql": "SELECT id, first_name FROM customers ORDER BY id LIMIT 3",
                                            "databaseId": shop, "clientRequestId": "e2e-exec-1"})
        seen_before_response = stomp.events("e2e-exec-1")
        assert response.status == 200, await response.text()
        result = await response.json()
        assert result["requestId"] == "e2e-exec-1"
        assert [c["name"] for c in result["columns"]] == ["id", "first_name"]
        assert result["rowCount"] == 3 and len(result["rows"]) == 3 and result["truncated"] is False
        assert [e["stage"] for e in seen_before_response] == EXECUTION_STAGES
        assert [e["sequence"] for e in seen_before_response] == list(range(1, 7))
        assert seen_before_response[-1]["data"]["rowCount"] == 3
    finally:
        reader.cancel()
        await stomp.close()


async def test_execute_without_client_request_id_uses_one_uuid_everywhere(gateway, add_user, shop):
    token = await login(gateway, add_user, "frank")
    stomp, reader = await watch(gateway, token, "/user/queue/query-execution")
    try:
        response = await gateway.post("/api/query/execute", headers={"Authorization": f"Bearer {token}"},
                                      json={"sql": "SELECT count(*) FROM orders", "databaseId": shop})
        assert response.status == 200
        request_id = (await response.json())["requestId"]
        uuid.UUID(request_id)
        events = [f.json() for f in stomp.messages if f.command == "MESSAGE"]
        assert events and {e["requestId"] for e in events} == {request_id}
        assert events[-1]["status"] == "SUCCESS"
    finally:
        reader.cancel()
        await stomp.close()


async def test_nl_to_sql_with_the_offline_provider(gateway, add_user, shop):
    token = await login(gateway, add_user, "gina")
    stomp, reader = await watch(gateway, token, "/user/queue/nl-to-sql")
    try:
        response = await gateway.post("/api/nl-to-sql", headers={"Authorization": f"Bearer {token}"},
                                      json={"question": "How many customers are there?", "databaseId": shop,
                                            "clientRequestId": "e2e-nl-1"})
        seen_before_response = stomp.events("e2e-nl-1")
        assert response.status == 200, await response.text()
        result = await response.json()
        assert result["requestId"] == "e2e-nl-1"
        assert "customers" in result["sql"].lower() and result["validation"]["valid"] is True
        assert "customers" in result["tables"] and result["attempts"] >= 1 and result["model"]
        stages = [e["stage"] for e in seen_before_response]
        assert stages[:4] == ["REQUEST_RECEIVED", "SCHEMA_RETRIEVAL", "PROMPT_BUILDING", "LLM_CALL"]
        assert "VALIDATION" in stages and stages[-1] == "COMPLETED"
        assert seen_before_response[-1]["status"] == "SUCCESS"
    finally:
        reader.cancel()
        await stomp.close()


@pytest.mark.parametrize("sql,database,status,code", [
    ("SELECT 1", "no-such-db", 404, "NOT_FOUND"),
    ("DELETE FROM customers", "shop", 422, "SQL_REJECTED"),
    ("SELECT nope FROM customers", "shop", 422, "QUERY_FAILED"),
])
async def test_real_executor_errors_map_to_problem_bodies(gateway, auth, shop, sql, database, status, code):
    request_id = f"e2e-err-{code.lower()}"
    response = await gateway.post("/api/query/execute", headers=auth("hank"),
                                  json={"sql": sql, "databaseId": database, "clientRequestId": request_id})
    assert response.status == status and response.content_type == "application/problem+json"
    problem = await response.json()
    assert problem["code"] == code and problem["requestId"] == request_id and problem["detail"]
    text = await response.text()
    for secret in ("not-needed-but-secret", "postgresql://", "Traceback"):
        assert secret not in text


async def test_registry_reads_for_everyone_writes_for_admins_passwords_never(gateway, auth, shop):
    listing = await gateway.get("/api/databases", headers=auth("ivy"))
    assert listing.status == 200
    assert [d["id"] for d in (await listing.json())["databases"]] == ["shop"]
    one = await gateway.get("/api/databases/shop", headers=auth("ivy"))
    assert one.status == 200 and (await one.json())["database"]
    for response in (listing, one):
        assert "not-needed-but-secret" not in await response.text() and "password" not in await response.text()
    refused = await gateway.post("/api/databases", headers=auth("ivy"), json={
        "id": "x", "name": "x", "host": "h", "database": "d", "user": "u"})
    assert refused.status == 403
    assert (await gateway.delete("/api/databases/shop", headers=auth("ivy"))).status == 403
    assert (await gateway.get("/api/databases/unknown", headers=auth("ivy"))).status == 404
    assert (await gateway.post("/api/databases/shop/schema/refresh", headers=auth("ivy"))).status == 403
    refreshed = await gateway.post("/api/databases/shop/schema/refresh", headers=auth("root", "admin"))
    assert refreshed.status == 202 and (await refreshed.json())["databaseId"] == "shop"
    tested = await gateway.post("/api/databases/shop/test", headers=auth("root", "admin"))
    assert tested.status == 200
    assert (await gateway.delete("/api/databases/shop", headers=auth("root", "admin"))).status == 204
    assert (await gateway.get("/api/databases/shop", headers=auth("ivy"))).status == 404


async def test_cancel_by_owner_or_admin_only(gateway, auth, shop, listen):
    listener = await listen("query-execution.user.#")
    running = asyncio.create_task(gateway.post("/api/query/execute", headers=auth("alice"), json={
        "sql": "SELECT pg_sleep(25)", "databaseId": shop, "clientRequestId": "e2e-cancel",
        "timeoutSeconds": 30}))
    for _ in range(300):
        if any(e["stage"] == "EXECUTING" for e in listener.of("e2e-cancel")):
            break
        await asyncio.sleep(0.02)
    assert (await gateway.delete("/api/query/e2e-cancel", headers=auth("bob"))).status == 404
    cancelled = await gateway.delete("/api/query/e2e-cancel", headers=auth("alice"))
    assert cancelled.status == 202
    assert await cancelled.json() == {"requestId": "e2e-cancel", "cancelled": True}
    response = await running
    assert response.status == 409 and (await response.json())["code"] == "CANCELLED"
    events = await listener.wait_terminal("e2e-cancel")
    assert events[-1]["stage"] == "CANCELLED"
    # Nothing is running any more: a second cancel says so (even for an admin).
    again = await gateway.delete("/api/query/e2e-cancel", headers=auth("root", "admin"))
    assert again.status == 409


@pytest.mark.parametrize("destination,user", [("/app/query/execute", "judy"),
                                               ("/app/query-execution", "judith")])
async def test_stomp_send_to_app_runs_the_same_request(gateway, add_user, shop, destination, user):
    request_id = f"e2e-app-{user}"
    token = await login(gateway, add_user, user)
    stomp, reader = await watch(gateway, token, "/user/queue/query-execution")
    try:
        await stomp.ws.send_str(
            f'SEND\ndestination:{destination}\ncontent-type:application/json\n\n'
            f'{{"sql": "SELECT 42 AS answer", "databaseId": "shop", "clientRequestId": "{request_id}"}}\0')
        for _ in range(500):
            events = stomp.events(request_id)
            if events and events[-1]["status"] != "IN_PROGRESS":
                break
            await asyncio.sleep(0.02)
        assert [e["stage"] for e in events] == EXECUTION_STAGES
        assert events[-1]["data"]["rowCount"] == 1
        # The request belongs to the STOMP user: the REST history check agrees.
        other = await gateway.get(f"/api/requests/{request_id}/events",
                                  headers={"Authorization": f"Bearer {token}"})
        assert other.status == 200
    finally:
        reader.cancel()
        await stomp.close()


async def test_nl_to_sql_errors_are_problem_bodies_with_the_request_id(gateway, auth, shop):
    unknown = await gateway.post("/api/nl-to-sql", headers=auth("kim"), json={
        "question": "How many customers are there?", "databaseId": "no-such-db", "clientRequestId": "e2e-nl-404"})
    assert unknown.status == 404 and unknown.content_type == "application/problem+json"
    assert (await unknown.json())["requestId"] == "e2e-nl-404"
    too_long = await gateway.post("/api/nl-to-sql", headers=auth("kim"), json={
        "question": "why " * 600, "databaseId": shop})
    assert too_long.status == 400
    nonsense = await gateway.post("/api/nl-to-sql", headers=auth("kim"), json={
        "question": "zxqv blorp wibble?", "databaseId": shop, "clientRequestId": "e2e-nl-nonsense"})
    assert nonsense.status == 422
    problem = await nonsense.json()
    assert problem["code"] == "CANNOT_ANSWER" and problem["requestId"] == "e2e-nl-nonsense"
    assert problem["suggestion"]  # what the user can do next
