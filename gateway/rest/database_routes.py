"""The customer-database registry, proxied to the executor (and schema refresh to the NL->SQL
service). Anyone signed in may read; writing needs the admin role. Passwords are write-only."""
from __future__ import annotations

import re
from typing import Any

from aiohttp import web

from broker.topology import COMMANDS_EXCHANGE, NL_TO_SQL_KEY, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import DATABASE_ID_PATTERN, DatabaseCreate
from contracts.rpc import Operation
from gateway.rest.context import SUBMITTER
from gateway.rest.problems import read_model
from gateway.rest.security import principal, require_admin

_DATABASE_ID = re.compile(DATABASE_ID_PATTERN)
_SECRET_KEYS = frozenset({"password", "dsn", "passwordHash"})


def _without_secrets(value: Any) -> Any:
    """Defence in depth: whatever the executor answers, no password leaves the gateway."""
    if isinstance(value, dict):
        return {k: _without_secrets(v) for k, v in value.items() if k not in _SECRET_KEYS}
    if isinstance(value, list):
        return [_without_secrets(v) for v in value]
    return value


def _database_id(request: web.Request) -> str:
    database_id = request.match_info["databaseId"]
    if not _DATABASE_ID.match(database_id):
        raise ServiceError(ErrorCode.NOT_FOUND, "No such database.")
    return database_id


async def _executor(request: web.Request, operation: str, payload: dict, caller) -> Any:
    result = await request.app[SUBMITTER].call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, operation,
                                               payload, caller)
    return _without_secrets(result)


async def list_databases(request: web.Request) -> web.Response:
    result = await _executor(request, Operation.DATABASES_LIST, {}, principal(request))
    if isinstance(result, list):
        result = {"databases": result}
    return web.json_response(result)


async def get_database(request: web.Request) -> web.Response:
    payload = {"id": _database_id(request)}
    return web.json_response(await _executor(request, Operation.DATABASES_GET, payload, principal(request)))


async def register_database(request: web.Request) -> web.Response:
    caller = require_admin(request)
    body = await read_model(request, DatabaseCreate)
    result = await _executor(request, Operation.DATABASES_REGISTER, body.model_dump(mode="json", by_alias=True), caller)
    return web.json_response(result, status=201, headers={"Location": f"/api/databases/{body.id}"})


async def delete_database(request: web.Request) -> web.Response:
    caller = require_admin(request)
    await _executor(request, Operation.DATABASES_DELETE, {"id": _database_id(request)}, caller)
    return web.Response(status=204)


async def test_database(request: web.Request) -> web.Response:
    caller = require_admin(request)
    return web.json_response(await _executor(request, Operation.DATABASES_TEST,
                                             {"id": _database_id(request)}, caller))


async def refresh_schema(request: web.Request) -> web.Response:
    caller = require_admin(request)
    database_id = _database_id(request)
    result = await request.app[SUBMITTER].call(COMMANDS_EXCHANGE, NL_TO_SQL_KEY, Operation.SCHEMA_REFRESH,
                                               {"databaseId": database_id}, caller)
    body = {"databaseId": database_id, **(result if isinstance(result, dict) else {})}
    return web.json_response(_without_secrets(body), status=202)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/api/databases", list_databases)
    app.router.add_post("/api/databases", register_database)
    app.router.add_get("/api/databases/{databaseId}", get_database)
    app.router.add_delete("/api/databases/{databaseId}", delete_database)
    app.router.add_post("/api/databases/{databaseId}/test", test_database)
    app.router.add_post("/api/databases/{databaseId}/schema/refresh", refresh_schema)
