"""aiohttp wiring: `/ws` raw STOMP over WebSocket and SockJS under the same prefix.

SockJS routes come from the `sockjs` package, registered by hand (not `sockjs.add_endpoint`)
because `GET /ws` must serve both the raw WebSocket upgrade and the SockJS greeting, and
`/ws/websocket` is served by our own raw handler (binary frames, subprotocols).
"""
from __future__ import annotations

import asyncio
import logging

from aiohttp import hdrs, web
from sockjs import MsgType, SessionManager
from sockjs.route import SockJSRoute
from sockjs.transports import transport_handlers

from gateway.stomp.context import ProxyContext
from gateway.stomp.session import ProxySession
from gateway.stomp.settings import StompSettings
from gateway.stomp.transports import SockJSClient, StompAwareSockJSSession, WebSocketClient
from gateway.stomp.upstream import STOMP_SUBPROTOCOLS

log = logging.getLogger(__name__)

SOCKJS_NAME = "querycast-stomp"
# Loaded by the iframe page of iframe-based transports (old browsers).
SOCKJS_CLIENT_URL = "https://cdn.jsdelivr.net/npm/sockjs-client@1/dist/sockjs.min.js"
_ALL_METHODS_BUT_OPTIONS = hdrs.METH_ALL - {hdrs.METH_OPTIONS}


def origin_allowed(request: web.Request, allowed: tuple[str, ...]) -> bool:
    origin = request.headers.get(hdrs.ORIGIN)
    # Non-browser clients send no Origin; the list only restrains browsers on other sites.
    return not allowed or origin is None or origin in allowed or "*" in allowed


class StompEndpoints:
    def __init__(self, context_key: web.AppKey[ProxyContext], settings: StompSettings, prefix: str = "/ws"):
        self.context_key = context_key
        self.settings = settings
        self._tasks: set[asyncio.Task] = set()
        self.prefix = prefix.rstrip("/")
        self._sockjs_clients: dict[str, SockJSClient] = {}
        self.sockjs_route: SockJSRoute | None = None

    async def wait_sessions_closed(self, timeout: float) -> None:
        """At shutdown: let the SockJS proxy sessions (tasks of their own) finish."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    def _ctx(self, request: web.Request) -> ProxyContext:
        return request.app[self.context_key]

    def _check_origin(self, request: web.Request) -> None:
        if not origin_allowed(request, self.settings.allowed_origins):
            raise web.HTTPForbidden(text="Origin not allowed.")

    async def raw_websocket(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get(hdrs.UPGRADE, "").lower() != "websocket":
            assert self.sockjs_route is not None
            return await self.sockjs_route.greeting(request)
        self._check_origin(request)
        ctx = self._ctx(request)
        # aiohttp does the handshake and writes; the client's frames are read by the gateway
        # itself (wsreader.py), so no message is assembled and every byte meets the budgets.
        ws = web.WebSocketResponse(protocols=STOMP_SUBPROTOCOLS, autoping=False, heartbeat=None, compress=False)
        await ws.prepare(request)
        if request.transport is None:  # the client left during the handshake
            return ws
        transport = "websocket" if request.path.rstrip("/") == self.prefix else "sockjs-websocket-raw"
        await ProxySession(WebSocketClient(ws, request, transport), ctx,
                           url_token=request.query.get("access_token")).run()
        return ws

    async def sockjs_transport(self, request: web.Request) -> web.StreamResponse:
        self._check_origin(request)
        assert self.sockjs_route is not None
        return await self.sockjs_route.handler(request)

    async def sockjs_info(self, request: web.Request) -> web.StreamResponse:
        self._check_origin(request)
        assert self.sockjs_route is not None
        return await self.sockjs_route.info(request)

    async def on_sockjs_message(self, manager: SessionManager, session, msg) -> None:
        if msg.type == MsgType.OPEN:
            request = session.request
            transport = "sockjs-" + (request.get("sockjs_transport_name", "unknown") if request else "unknown")
            ctx: ProxyContext = manager.app[self.context_key]
            client = SockJSClient(session, transport, max_pending_bytes=ctx.settings.max_pending_bytes)
            self._sockjs_clients[session.id] = client
            url_token = request.query.get("access_token") if request is not None else None
            task = asyncio.create_task(ProxySession(client, ctx, url_token=url_token).run())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        elif msg.type == MsgType.MESSAGE:
            known = self._sockjs_clients.get(session.id)
            if known is not None:
                await known.deliver(msg.data)
        elif msg.type in (MsgType.CLOSE, MsgType.CLOSED):
            gone = self._sockjs_clients.pop(session.id, None)
            if gone is not None:
                gone.gone()

    async def _sockjs_cors(self, request: web.Request, response: web.StreamResponse) -> None:
        # sockjs-client sends XHRs with credentials: browsers on another (listed) origin need these.
        if not request.path.startswith(self.prefix + "/"):
            return
        origin = request.headers.get(hdrs.ORIGIN)
        allowed = self.settings.allowed_origins
        if origin and allowed and (origin in allowed or "*" in allowed):
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_ORIGIN] = origin
            response.headers[hdrs.ACCESS_CONTROL_ALLOW_CREDENTIALS] = "true"
            response.headers.add(hdrs.VARY, "Origin")

    def register(self, app: web.Application) -> None:
        manager = SessionManager(SOCKJS_NAME, app, self.on_sockjs_message,
                                 heartbeat_delay=self.settings.sockjs_heartbeat_seconds,
                                 disconnect_delay=self.settings.sockjs_disconnect_delay_seconds)
        manager.factory = StompAwareSockJSSession
        # "websocket-raw" (/ws/websocket) is served by raw_websocket, not by the package.
        self.sockjs_route = SockJSRoute(SOCKJS_NAME, manager, SOCKJS_CLIENT_URL, transport_handlers,
                                        disable_transports=("websocket-raw",), cookie_needed=False)
        router = app.router
        p = self.prefix
        router.add_get(p, self.raw_websocket)
        router.add_get(f"{p}/", self.sockjs_route.greeting)
        router.add_get(f"{p}/info", self.sockjs_info)
        router.add_get(f"{p}/iframe.html", self.sockjs_route.iframe)
        router.add_get(f"{p}/iframe{{version}}.html", self.sockjs_route.iframe)
        router.add_get(f"{p}/websocket", self.raw_websocket)
        resource = router.add_resource(f"{p}/{{server}}/{{session}}/{{transport}}")
        for method in _ALL_METHODS_BUT_OPTIONS:
            resource.add_route(method, self.sockjs_transport)
        app.on_cleanup.append(manager.stop)
        app.on_response_prepare.append(self._sockjs_cors)
