"""The two workflows over RPC, cancel, and a request's stored timeline (docs/architecture.md#rest)."""
from __future__ import annotations

import re

from aiohttp import web

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import REQUEST_ID_PATTERN, NlToSqlRequest, QueryExecuteRequest, RequestEvents
from controldb.history import StatusHistory
from controldb.ownership import RequestOwners
from gateway.rest.context import DB, REQUEST_ID, SUBMITTER
from gateway.rest.problems import read_model
from gateway.rest.security import principal
from gateway.submit import new_request_id

_REQUEST_ID = re.compile(REQUEST_ID_PATTERN)


def _path_request_id(request: web.Request) -> str:
    request_id = request.match_info["requestId"]
    if not _REQUEST_ID.match(request_id):
        raise ServiceError(ErrorCode.NOT_FOUND, "No such request.")
    request[REQUEST_ID] = request_id
    return request_id


async def nl_to_sql(request: web.Request) -> web.Response:
    body = await read_model(request, NlToSqlRequest)
    request_id = request[REQUEST_ID] = body.client_request_id or new_request_id()
    result = await request.app[SUBMITTER].nl_to_sql(principal(request), body, request_id)
    return web.json_response(result, headers={"X-Request-Id": request_id})


async def execute(request: web.Request) -> web.Response:
    body = await read_model(request, QueryExecuteRequest)
    request_id = request[REQUEST_ID] = body.client_request_id or new_request_id()
    result = await request.app[SUBMITTER].execute(principal(request), body, request_id)
    return web.json_response(result, headers={"X-Request-Id": request_id})


async def cancel(request: web.Request) -> web.Response:
    request_id = _path_request_id(request)
    result = await request.app[SUBMITTER].cancel(principal(request), request_id)
    cancelled = bool(result.get("cancelled", True)) if isinstance(result, dict) else True
    return web.json_response({"requestId": request_id, "cancelled": cancelled}, status=202)


async def events(request: web.Request) -> web.Response:
    request_id = _path_request_id(request)
    pool, caller = request.app[DB], principal(request)
    if not caller.is_admin:
        # Only the owner's own events: an id whose claim another user won (docs/security.md,
        # "Request ownership") never shows the events published for someone else.
        await RequestOwners(pool).check_access(request_id, caller)
    timeline = await StatusHistory(pool).events(request_id, None if caller.is_admin else caller.user_id)
    if not timeline and caller.is_admin and await RequestOwners(pool).owner(request_id) is None:
        # Admins also see requests submitted around the gateway, but unknown ids stay 404.
        raise ServiceError(ErrorCode.NOT_FOUND, "No such request.")
    return web.json_response(RequestEvents(request_id=request_id, events=timeline).to_dict())


def add_routes(app: web.Application) -> None:
    app.router.add_post("/api/nl-to-sql", nl_to_sql)
    app.router.add_post("/api/query/execute", execute)
    # `execute` is the POST route's name, never a requestId: DELETE on it is a 405, not a cancel.
    app.router.add_delete(r"/api/query/{requestId:(?!execute$)[^{}/]+}", cancel)
    app.router.add_get("/api/requests/{requestId}/events", events)
