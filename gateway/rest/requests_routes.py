"""The caller's request history (GET /api/requests, GET /api/requests/{requestId}).

Everyone sees their own requests; an admin may pass `user` to see another user's. Newest first,
`limit` per page (default 20, at most 100), and `cursor` (opaque, from `nextCursor`) for the
next, older page. A malformed `limit` or `cursor` is a 400 problem, never a 500.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import datetime

from aiohttp import web

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import MAX_HISTORY_PAGE, REQUEST_ID_PATTERN, RequestList
from controldb.ownership import RequestOwners
from controldb.request_history import PageKey, RequestHistory
from gateway.rest.context import DB, REQUEST_ID
from gateway.rest.security import principal

DEFAULT_PAGE = 20
_REQUEST_ID = re.compile(REQUEST_ID_PATTERN)
_USER = re.compile(r"^[^\x00-\x1f]{1,128}$")
_LIMIT = re.compile(r"^[0-9]{1,4}$")  # ASCII digits only: str.isdigit() accepts "²", which int() refuses


def encode_cursor(key: PageKey) -> str:
    created_at, request_id = key
    raw = json.dumps({"t": created_at.isoformat(), "r": request_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> PageKey:
    bad = ServiceError(ErrorCode.VALIDATION_ERROR, "The cursor is not valid.",
                       suggestion="Pass the nextCursor of a previous page unchanged, or omit it.")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
        created_at = datetime.fromisoformat(value["t"])
        request_id = value["r"]
    except (binascii.Error, ValueError, UnicodeDecodeError, TypeError, KeyError):
        raise bad from None
    if created_at.tzinfo is None or not isinstance(request_id, str) or not _REQUEST_ID.match(request_id):
        raise bad
    return created_at, request_id


def _limit(request: web.Request) -> int:
    text = request.query.get("limit")
    if text is None:
        return DEFAULT_PAGE
    if not _LIMIT.match(text) or not 1 <= int(text) <= MAX_HISTORY_PAGE:
        raise ServiceError(ErrorCode.VALIDATION_ERROR,
                           f"limit must be a whole number from 1 to {MAX_HISTORY_PAGE}.")
    return int(text)


def _user(request: web.Request) -> str:
    caller = principal(request)
    wanted = request.query.get("user")
    if wanted is None or wanted == caller.user_id:
        return caller.user_id
    if not _USER.match(wanted):
        raise ServiceError(ErrorCode.VALIDATION_ERROR, "user is not a valid user name.")
    if not caller.is_admin:
        raise ServiceError(ErrorCode.FORBIDDEN, "Only admins may list another user's requests.",
                           suggestion="Omit `user` to list your own requests.")
    return wanted


async def list_requests(request: web.Request) -> web.Response:
    user, limit = _user(request), _limit(request)
    cursor = request.query.get("cursor")
    before = decode_cursor(cursor) if cursor else None
    items, last = await RequestHistory(request.app[DB]).page(user, limit, before)
    page = RequestList(requests=items, next_cursor=encode_cursor(last) if last else None)
    return web.json_response(page.to_dict())


async def get_request(request: web.Request) -> web.Response:
    request_id = request.match_info["requestId"]
    if not _REQUEST_ID.match(request_id):
        raise ServiceError(ErrorCode.NOT_FOUND, "No such request.")
    request[REQUEST_ID] = request_id
    pool = request.app[DB]
    await RequestOwners(pool).check_access(request_id, principal(request))
    detail = await RequestHistory(pool).get(request_id)
    if detail is None:  # forgotten between the two reads (retention)
        raise ServiceError(ErrorCode.NOT_FOUND, "No such request.")
    return web.json_response(detail.to_dict())


def add_routes(app: web.Application) -> None:
    app.router.add_get("/api/requests", list_requests)
    app.router.add_get("/api/requests/{requestId}", get_request)
