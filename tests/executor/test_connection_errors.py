"""A wrong password, an unknown database id, a refused port and a host that never answers each
end in one clear ERROR event and an error reply, quickly, without leaking the password."""
from __future__ import annotations

import uuid

import pytest

from contracts.errors import ErrorCode, ServiceError
from contracts.status import Stage, Status
from tests.executor.conftest import PASSWORD_SERVER_PASSWORD, PASSWORD_SERVER_READER, free_port, new_request_id

WRONG_PASSWORD = "wrong-password-d0-not-leak"


async def _register(calls, host_port: tuple[str, int], database: str = "postgres",
                    password: str = WRONG_PASSWORD, user: str = "postgres") -> str:
    database_id = f"bad-{uuid.uuid4().hex[:6]}"
    host, port = host_port
    await calls.register({"id": database_id, "name": "Broken", "host": host, "port": port,
                          "database": database, "user": user, "password": password})
    return database_id


async def _fails(calls, tap, database_id: str) -> tuple[ServiceError, list]:
    request_id = new_request_id()
    with pytest.raises(ServiceError) as caught:
        await calls.execute("SELECT 1", database_id, request_id=request_id)
    events = await tap.terminal(request_id)
    assert sum(e.is_terminal for e in events) == 1 and events[-1].is_terminal
    assert events[-1].stage is Stage.ERROR and events[-1].status is Status.ERROR
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    everything = caught.value.body.model_dump_json() + "".join(r.decode() for r in tap.raw[request_id])
    assert WRONG_PASSWORD not in everything and PASSWORD_SERVER_PASSWORD not in everything
    return caught.value, events


async def test_wrong_password(calls, tap, password_server):
    database_id = await _register(calls, ("127.0.0.1", password_server))
    error, events = await _fails(calls, tap, database_id)
    assert (error.code, error.body.sql_state) == (ErrorCode.CONNECTION_FAILED, "28P01")
    assert error.body.suggestion and "password" in error.body.message
    assert events[-2].stage is Stage.CONNECTING
    assert events[-1].data["sqlState"] == "28P01" and events[-1].data["errorCode"] == "CONNECTION_FAILED"


async def test_right_password_works(calls, password_server):
    database_id = await _register(calls, ("127.0.0.1", password_server), password=PASSWORD_SERVER_PASSWORD,
                                  user=PASSWORD_SERVER_READER)
    assert (await calls.execute("SELECT 41 + 1 AS answer", database_id))["rows"] == [[42]]


async def test_unknown_database_id(calls, tap):
    error, events = await _fails(calls, tap, "never-registered")
    assert error.code is ErrorCode.NOT_FOUND and "never-registered" in error.body.message
    assert [e.stage for e in events] == [Stage.REQUEST_RECEIVED, Stage.VALIDATION, Stage.ERROR]


async def test_refused_port(calls, tap):
    database_id = await _register(calls, ("127.0.0.1", free_port()))
    error, _ = await _fails(calls, tap, database_id)
    assert (error.code, error.body.sql_state, error.body.retryable) == (ErrorCode.CONNECTION_FAILED, "08001", True)


async def test_host_that_never_answers(calls, tap, silent_server, shop):
    database_id = await _register(calls, ("127.0.0.1", silent_server))
    error, events = await _fails(calls, tap, database_id)
    assert (error.code, error.body.sql_state) == (ErrorCode.CONNECTION_FAILED, "08001")
    assert "did not answer" in error.body.message
    assert events[-1].data["retryable"] is True
    # nothing is stuck: the executor goes on serving other databases
    assert (await calls.execute("SELECT 1", shop))["rows"] == [[1]]
