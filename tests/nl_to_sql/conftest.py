"""NL->SQL fixtures: the seeded demo database registered with a real in-process executor, an RPC
client, a tap on the status events, and local fakes of the LLM HTTP APIs."""
from __future__ import annotations

import asyncio
import json
import time
import uuid
from pathlib import Path

import aiopg
import pytest
from aiohttp import web

from broker import Broker, RpcClient
from broker.status import user_key
from broker.topology import COMMANDS_EXCHANGE, NL_TO_SQL_KEY, QUERY_EXECUTION_KEY, STATUS_EXCHANGE
from contracts.rpc import Caller, Operation
from contracts.status import RealTimeStatusMessage
from services.demo.seed import ensure_reader_role, seed_demo
from services.executor.app import running_executor
from services.executor.introspect import introspect
from services.nl_to_sql.schema import Schema
from tests.conftest import ThrowAwayDatabases
from tests.executor.roles import READER_PASSWORD, drop_reader

ADMIN = Caller(user_id="nl-admin", roles=["admin"])
DEMO_ID = "nl-demo"
DEMO_READER = f"qc_nl_reader_{uuid.uuid4().hex[:8]}"  # the read-only role the demo is served as


async def register_as_reader(rpc: RpcClient, name: str, dsn: str, prefix: str) -> str:
    """Register database `name` with the executor, read as the demo's read-only role; its id."""
    await ensure_reader_role(dsn, DEMO_READER, READER_PASSWORD)
    database_id = f"{prefix}-{uuid.uuid4().hex[:6]}"
    await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                   {"id": database_id, "name": prefix, "host": "127.0.0.1", "port": 5432, "database": name,
                    "user": DEMO_READER, "password": READER_PASSWORD, "options": {"sslMode": "disable"}},
                   request_id=f"reg-{uuid.uuid4().hex[:8]}", caller=ADMIN, timeout=20)
    return database_id



@pytest.fixture(scope="session")
def session_databases():
    databases = ThrowAwayDatabases()
    yield databases.make
    databases.drop_all()


@pytest.fixture(scope="session")
async def demo_db(session_databases) -> tuple[str, str]:
    name, dsn = session_databases("qc_nl_demo")
    await seed_demo(dsn)
    await ensure_reader_role(dsn, DEMO_READER, READER_PASSWORD)
    yield name, dsn
    drop_reader(DEMO_READER, [name])


@pytest.fixture(scope="session")
async def demo_schema(demo_db) -> Schema:
    """The demo database's schema as the executor's introspection reports it."""
    async with aiopg.connect(demo_db[1]) as conn:
        info = await introspect(conn, "demo")
    return Schema.from_introspection(info.to_dict())


@pytest.fixture(scope="session")
async def session_broker(amqp_url):
    b = Broker(amqp_url, "querycast-nl-tests", max_backoff=1.0)
    await b.start()
    yield b
    await b.close()


@pytest.fixture(scope="session")
async def rpc(session_broker) -> RpcClient:
    client = await RpcClient(session_broker, app_id="querycast-nl-tests").start()
    yield client
    await client.close()


@pytest.fixture(scope="module")
async def executor(amqp_url, session_databases, demo_db, rpc):
    """A real executor with the demo database registered as `nl-demo`; stopped after the module
    so no other area's tests meet a worker they did not start."""
    _, control = session_databases("qc_nl_control")
    async with running_executor(amqp_url=amqp_url, database_url=control,
                                secret_key="nl-tests-secret-key-0123456789abcdef") as running:
        name, _ = demo_db
        await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                       {"id": DEMO_ID, "name": "Demo shop", "host": "127.0.0.1", "port": 5432,
                        "database": name, "user": DEMO_READER, "password": READER_PASSWORD,
                        "options": {"sslMode": "disable"}},
                       request_id=f"reg-{uuid.uuid4().hex[:8]}", caller=ADMIN, timeout=20)
        yield running


class EventTap:
    """Collects a user's NL->SQL events through an exclusive queue bound to the per-user key."""

    def __init__(self, broker: Broker, user_id: str):
        self._broker = broker
        self.user_id = user_id
        self.events: dict[str, list[RealTimeStatusMessage]] = {}
        self._terminal: dict[str, asyncio.Event] = {}

    async def start(self) -> EventTap:
        self._channel = self._broker.channel(confirms=False)
        queue = f"nl-tests-{uuid.uuid4().hex[:8]}"
        await self._channel.wait_open(10)
        await self._channel.queue_declare(queue, durable=False, exclusive=True, auto_delete=True)
        await self._channel.queue_bind(queue, STATUS_EXCHANGE, f"{NL_TO_SQL_KEY}.user.{user_key(self.user_id)}")
        await self._channel.consume(queue, self._on_event, auto_ack=True)
        return self

    async def _on_event(self, delivery) -> None:
        event = RealTimeStatusMessage.model_validate_json(delivery.body)
        self.events.setdefault(event.request_id, []).append(event)
        if event.is_terminal:
            self._terminal.setdefault(event.request_id, asyncio.Event()).set()

    async def wait(self, request_id: str, timeout: float = 20) -> list[RealTimeStatusMessage]:
        await asyncio.wait_for(self._terminal.setdefault(request_id, asyncio.Event()).wait(), timeout)
        return sorted(self.events[request_id], key=lambda e: e.sequence)

    async def close(self) -> None:
        await self._channel.close()


@pytest.fixture
async def tap(session_broker):
    t = await EventTap(session_broker, f"nl-user-{uuid.uuid4().hex[:6]}").start()
    yield t
    await t.close()


class FakeLlm:
    """A local HTTP server playing an LLM API. `script` holds the next answers: text, or
    ("status", code, headers) for an error, ("raw", content_type, body) for a 200 with any body,
    or "hang". With no script left it calls `answer(body)` if set. `hold`, when set, keeps every
    request waiting until it is set; `in_flight`/`max_in_flight`/`arrivals` record the load."""

    def __init__(self, kind: str):
        self.kind = kind
        self.script: list = []
        self.requests: list[dict] = []
        self.url = ""
        self.answer = None
        self.hold: asyncio.Event | None = None
        self.in_flight = 0
        self.max_in_flight = 0
        self.arrivals: list[float] = []

    async def start(self) -> FakeLlm:
        app = web.Application()
        path = "/v1/messages" if self.kind == "anthropic" else "/v1/chat/completions"
        app.router.add_post(path, self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def _handle(self, request: web.Request) -> web.Response:
        self.arrivals.append(time.monotonic())
        body = await request.json()
        self.requests.append({"headers": {k.lower(): v for k, v in request.headers.items()}, "body": body})
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.hold is not None:
                await asyncio.wait_for(self.hold.wait(), 30)
            return await self._reply(body)
        finally:
            self.in_flight -= 1

    async def _reply(self, body: dict) -> web.Response:
        if self.script:
            step = self.script.pop(0)
        else:
            step = self.answer(body) if self.answer else "I have no answer."
        if step == "hang":
            await asyncio.sleep(3600)
        if isinstance(step, tuple) and step[0] == "raw":
            _, content_type, text = step
            return web.Response(text=text, content_type=content_type)
        if isinstance(step, tuple):
            _, status, headers = step
            return web.json_response({"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}},
                                     status=status, headers=headers)
        if self.kind == "anthropic":
            return web.json_response({
                "id": f"msg_{uuid.uuid4().hex[:8]}", "type": "message", "role": "assistant",
                "model": "claude-test", "content": [{"type": "text", "text": step}],
                "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 321, "output_tokens": 45}})
        return web.json_response({
            "id": "chatcmpl-1", "object": "chat.completion", "model": "local-test",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": step}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 210, "completion_tokens": 30, "total_tokens": 240}})

    def prompt_text(self, index: int) -> str:
        return json.dumps(self.requests[index]["body"])

    def user_text(self, index: int) -> str:
        """The first user turn of request `index`, as the model reads it."""
        messages = [m for m in self.requests[index]["body"]["messages"] if m["role"] == "user"]
        return messages[0]["content"]

    async def close(self) -> None:
        await self._runner.cleanup()


@pytest.fixture
async def fake_anthropic():
    fake = await FakeLlm("anthropic").start()
    yield fake
    await fake.close()


@pytest.fixture
async def fake_openai():
    fake = await FakeLlm("openai").start()
    yield fake
    await fake.close()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"
