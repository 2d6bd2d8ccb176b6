"""The REST half of the RPC path, with a tiny stand-in worker on the real command queue: the
requestId choice, the caller's identity on the command, every error mapping (incl. 429 with
Retry-After), nothing internal leaking, and the no-worker / no-broker cases."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from broker.topology import QUERY_EXECUTION_KEY, command_queue
from broker.user_keys import user_routing_key
from contracts.status import Feature
from tests.gateway_rest.conftest import ERRORS

PROBLEM = "application/problem+json"
def body(sql: str = "SELECT 1", **extra) -> dict:
    return {"sql": sql, "databaseId": "demo", **extra}


async def test_client_request_id_is_used_everywhere(gateway, auth, stub_executor, listen, caplog):
    caplog.set_level("INFO", logger="gateway.access")
    listener = await listen(user_routing_key(Feature.QUERY_EXECUTION, "alice"))
    response = await gateway.post("/api/query/execute", json=body(clientRequestId="my-req-1"),
                                  headers=auth("alice", "analyst"))
    assert response.status == 200
    result = await response.json()
    assert result["requestId"] == "my-req-1" and result["rows"] == [[1]]
    assert response.headers["X-Request-Id"] == "my-req-1"
    command = stub_executor[-1]
    assert command.request_id == "my-req-1"
    assert command.caller.user_id == "alice" and command.caller.roles == ("analyst",)
    assert "clientRequestId" not in command.payload
    events = await listener.wait_terminal("my-req-1")
    assert [e["sequence"] for e in events] == [1, 2]
    # ...in the access log line and the RPC latency metric too.
    assert any(getattr(r, "requestId", None) == "my-req-1" and r.route == "/api/query/execute"
               for r in caplog.records)
    metrics = await (await gateway.get("/metrics")).text()
    assert 'querycast_rpc_duration_seconds_count{operation="query.execute",outcome="ok"}' in metrics


async def test_omitted_client_request_id_becomes_a_uuid(gateway, auth, stub_executor):
    response = await gateway.post("/api/query/execute", json=body(), headers=auth())
    request_id = (await response.json())["requestId"]
    assert uuid.UUID(request_id) and stub_executor[-1].request_id == request_id


@pytest.mark.parametrize("bad", [
    {"clientRequestId": "has spaces"}, {"clientRequestId": "x" * 65}, {"clientRequestId": "../etc"},
    {"timeoutSeconds": 0}, {"timeoutSeconds": 301}, {"maxRows": 0}, {"maxRows": 10_001},
    {"databaseId": "Bad Id!"}, {"sql": ""}, {"sql": "x" * 100_001}, {"unexpected": 1},
])
async def test_invalid_bodies_are_400_without_any_rpc(gateway, auth, stub_executor, bad):
    response = await gateway.post("/api/query/execute", json={**body(), **bad}, headers=auth())
    assert response.status == 400 and response.content_type == PROBLEM
    assert (await response.json())["code"] == "VALIDATION_ERROR"
    assert stub_executor == []


@pytest.mark.parametrize("sql,status", [("missing-db", 404), ("rejected", 422), ("failed", 422),
                                        ("rate", 429), ("timeout", 504), ("unreachable", 502)])
async def test_service_errors_map_to_http_statuses(gateway, auth, stub_executor, sql, status):
    response = await gateway.post("/api/query/execute", json=body(sql, clientRequestId=f"map-{sql}"),
                                  headers=auth())
    assert response.status == status and response.content_type == PROBLEM
    problem = await response.json()
    expected = ERRORS[sql].body
    assert problem["requestId"] == f"map-{sql}"
    assert problem["code"] == expected.code.value and problem["detail"] == expected.message
    assert problem.get("sqlState") == expected.sql_state
    if sql == "rate":
        assert response.headers["Retry-After"] == "7" and problem["retryAfterSeconds"] == 7


async def test_unexpected_worker_failure_leaks_nothing(gateway, auth, stub_executor):
    response = await gateway.post("/api/query/execute", json=body("boom"), headers=auth())
    assert response.status == 500 and response.content_type == PROBLEM
    text = await response.text()
    for secret in ("hunter2", "postgresql://", "Traceback", "RuntimeError"):
        assert secret not in text


async def test_no_executor_running_is_503_at_once_with_a_terminal_event(gateway, auth, broker, listen):
    """Nobody consumes the command queue: 503 UNAVAILABLE with Retry-After, not a wait for the
    deadline (issue 13; the 504 of a command held past its deadline: tests/foundation/test_no_worker.py)."""
    setup = broker.channel(confirms=False)
    await setup.queue_purge(command_queue(QUERY_EXECUTION_KEY))
    listener = await listen(user_routing_key(Feature.QUERY_EXECUTION, "bob"))
    call = asyncio.create_task(gateway.post(
        "/api/query/execute", json=body(clientRequestId="nobody-home", timeoutSeconds=30),
        headers=auth("bob")))
    # Meanwhile the gateway keeps serving other routes.
    assert (await gateway.get("/healthz")).status == 200
    response = await asyncio.wait_for(call, 15)
    assert response.status == 503 and response.content_type == PROBLEM
    problem = await response.json()
    assert problem["requestId"] == "nobody-home" and problem["code"] == "UNAVAILABLE"
    assert problem["retryable"] is True and int(response.headers["Retry-After"]) == problem["retryAfterSeconds"]
    events = await listener.wait_terminal("nobody-home")
    assert events[-1]["status"] == "ERROR" and events[-1]["stage"] == "ERROR"
    assert events[-1]["data"]["errorCode"] == "UNAVAILABLE"
    await setup.queue_purge(command_queue(QUERY_EXECUTION_KEY))
    await setup.close()


async def test_no_broker_is_503(start_gateway, gateway_settings, auth):
    settings = gateway_settings.replace(amqp_url="amqp://guest:guest@127.0.0.1:1/%2F")
    gateway = await start_gateway(settings, wait_for_broker=False)
    response = await gateway.post("/api/query/execute", json=body(clientRequestId="no-broker", timeoutSeconds=1),
                                  headers=auth())
    assert response.status == 503 and response.content_type == PROBLEM
    problem = await response.json()
    assert problem["requestId"] == "no-broker" and problem["code"] == "UNAVAILABLE"
    assert problem["retryable"] is True
