"""POST /api/auth/login: username + password against the users table -> a signed JWT."""
from __future__ import annotations

from aiohttp import web

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import LoginRequest, TokenResponse
from controldb.users import UserStore
from gateway.rest.context import DB, VERIFIER
from gateway.rest.login_throttle import LoginThrottle
from gateway.rest.problems import read_model

USER_THROTTLE = web.AppKey("login_throttle_by_user", LoginThrottle)
ADDRESS_THROTTLE = web.AppKey("login_throttle_by_address", LoginThrottle)


async def login(request: web.Request) -> web.Response:
    body = await read_model(request, LoginRequest)
    by_user, by_address = request.app[USER_THROTTLE], request.app[ADDRESS_THROTTLE]
    address = request.remote or "unknown"
    by_user.check(body.username)
    by_address.check(address)
    user = await UserStore(request.app[DB]).authenticate(body.username, body.password)
    if user is None:
        by_user.failed(body.username)
        by_address.failed(address)
        raise ServiceError(ErrorCode.UNAUTHORIZED, "Invalid username or password.")
    by_user.succeeded(body.username)
    token, expires_in = request.app[VERIFIER].issue(user.username, user.roles)
    return web.json_response(TokenResponse(access_token=token, expires_in=expires_in).to_dict())


def add_routes(app: web.Application) -> None:
    app[USER_THROTTLE] = LoginThrottle(max_failures=5)
    # Many users may share one address (NAT, a reverse proxy): a looser limit there.
    app[ADDRESS_THROTTLE] = LoginThrottle(max_failures=30)
    app.router.add_post("/api/auth/login", login)
