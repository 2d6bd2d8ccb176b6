"""CORS for browser frontends on other origins (QUERYCAST_CORS_ORIGINS)."""
from __future__ import annotations

from aiohttp import web

ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-Id"
EXPOSED_HEADERS = "X-Request-Id, Retry-After, Location"
PREFLIGHT_MAX_AGE = "600"


def cors_middleware(origins: tuple[str, ...]):
    allow_any = "*" in origins
    allowed = frozenset(origins)

    def allowed_origin(request: web.Request) -> str | None:
        origin = request.headers.get("Origin")
        if not origin or not (allow_any or origin.rstrip("/") in allowed):
            return None
        return origin

    @web.middleware
    async def middleware(request: web.Request, handler) -> web.StreamResponse:
        origin = allowed_origin(request)
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            if origin is None:
                return web.Response(status=403, text="origin not allowed")
            return web.Response(status=204, headers={
                "Access-Control-Allow-Origin": origin,
                "Access-Control-Allow-Methods": ALLOWED_METHODS,
                "Access-Control-Allow-Headers": ALLOWED_HEADERS,
                "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
                "Vary": "Origin",
            })
        response = await handler(request)
        if origin is not None and not response.prepared:
            # Tokens travel in the Authorization header, never cookies: no credentials mode.
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
            response.headers.add("Vary", "Origin")
        return response

    return middleware
