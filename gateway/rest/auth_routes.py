"""POST /api/auth/login: username + password against the users table -> a signed JWT."""
from __future__ import annotations

from aiohttp import web

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import LoginRequest, TokenResponse
from gateway.rest.context import DB, VERIFIER
from gateway.rest.problems import read_json
from gateway.rest.users import UserStore


async def login(request: web.Request) -> web.Response:
    body = LoginRequest.model_validate(await read_json(request))
    user = await UserStore(request.app[DB]).authenticate(body.username, body.password)
    if user is None:
        raise ServiceError(ErrorCode.UNAUTHORIZED, "Invalid username or password.")
    token, expires_in = request.app[VERIFIER].issue(user.username, user.roles)
    return web.json_response(TokenResponse(access_token=token, expires_in=expires_in).to_dict())


def add_routes(app: web.Application) -> None:
    app.router.add_post("/api/auth/login", login)
