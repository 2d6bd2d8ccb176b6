"""The demo console (`gateway/static/`): `/` serves the page, `/static/**` its scripts and styles.

create_app calls `setup_static(app)`. The page only talks to the public REST API and STOMP
endpoint, so it doubles as the reference client for frontend authors (docs/frontend.md).
"""
from __future__ import annotations

from pathlib import Path

from aiohttp import web

STATIC_DIR = Path(__file__).with_name("static")
_HEADERS = {
    # The console loads nothing from elsewhere; say so to the browser.
    "Content-Security-Policy": "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


async def _index(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html", headers=_HEADERS)


def setup_static(app: web.Application) -> None:
    app.router.add_get("/", _index)
    app.router.add_static("/static/", STATIC_DIR, append_version=False)
