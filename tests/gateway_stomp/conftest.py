"""Fixtures for the STOMP proxy tests: a gateway app (setup_stomp only) on a free port, proxying
to the test node's Web-STOMP, a token verifier, and a raw WebSocket STOMP client."""
from __future__ import annotations

import uuid

import aiohttp
import pytest
from aiohttp import web

from broker import StatusPublisher
from contracts.errors import ErrorCode, ServiceError
from gateway.auth import AuthSettings, TokenVerifier
from gateway.stomp import StompSettings, setup_stomp
from tests.gateway_stomp.stomp_client import RawStompClient


@pytest.fixture(scope="session")
def verifier() -> TokenVerifier:
    return TokenVerifier(AuthSettings(secret="querycast-stomp-tests-secret-0123456789abcdef"))


class AppCalls:
    """The /app destination handler of the tests: records calls, refuses empty bodies."""

    def __init__(self):
        self.calls: list[tuple[str, bytes, dict, object]] = []

    async def __call__(self, destination, body, headers, principal):
        if not body.strip():
            raise ServiceError(ErrorCode.VALIDATION_ERROR, "The request body is empty.",
                               suggestion="Send a JSON body.")
        self.calls.append((destination, body, headers, principal))


class Gateway:
    def __init__(self, runner: web.AppRunner, port: int, settings: StompSettings, app_calls: AppCalls):
        self.runner = runner
        self.port = port
        self.settings = settings
        self.app_calls = app_calls

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/ws"


@pytest.fixture
async def make_gateway(rabbit_node, verifier):
    started: list[web.AppRunner] = []

    async def make(*, revoked_tokens=None, **overrides) -> Gateway:
        settings = StompSettings(**{"web_stomp_url": rabbit_node.web_stomp_url,
                                    "connect_timeout_seconds": 5.0, **overrides})
        app = web.Application()
        calls = AppCalls()
        setup_stomp(app, settings, verifier, calls, revoked_tokens=revoked_tokens)
        runner = web.AppRunner(app, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        started.append(runner)
        port = runner.addresses[-1][1]
        return Gateway(runner, port, settings, calls)

    yield make
    for runner in started:
        if runner.server is not None:  # not already shut down by the test
            await runner.cleanup()


@pytest.fixture
async def gateway(make_gateway) -> Gateway:
    return await make_gateway()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def raw_client(http):
    clients: list[RawStompClient] = []

    async def connect(url: str, **kwargs) -> RawStompClient:
        client = await RawStompClient.open(http, url, **kwargs)
        clients.append(client)
        return client

    yield connect
    for c in clients:
        await c.close()


@pytest.fixture
async def publisher(broker):
    pub = StatusPublisher(broker, "querycast-stomp-test")
    yield pub
    await pub.close()


def new_request_id(prefix: str = "req") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
