"""Fixtures for the REST gateway tests: a real gateway app (aiohttp test server) on this
session's RabbitMQ node and a throw-away control database, users, tokens, and an AMQP listener
for status events."""
from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from aiohttp.test_utils import TestClient, TestServer

from broker import Broker, RpcWorker, StatusPublisher, declare_topology
from broker.topology import QUERY_EXECUTION_KEY, STATUS_EXCHANGE, command_queue
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Operation
from contracts.status import Feature, Stage
from controldb.migrate import apply_migrations
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings
from gateway.stomp.settings import StompSettings
from services.admin import main as admin_main
from tests.vhosts import create_vhost

SECRET = "rest-tests-secret-0123456789abcdef-0123456789"
# Our own virtual host: other areas keep session-scoped executors and recorders on the same node,
# and they must not compete with this package's services and stand-in workers for commands.
VHOST = "querycast-rest-tests"


@pytest.fixture(scope="session")
def amqp_url(rabbit_node) -> str:
    """This package's broker URL: the session node, in this package's own virtual host."""
    return create_vhost(rabbit_node, VHOST)


@pytest.fixture
async def migrated_db(control_db: str) -> str:
    await apply_migrations(control_db)
    return control_db


@pytest.fixture
def gateway_settings(migrated_db: str, amqp_url: str, rabbit_node) -> GatewaySettings:
    return GatewaySettings(
        auth=AuthSettings(secret=SECRET), amqp_url=amqp_url, database_url=migrated_db,
        stomp=StompSettings(web_stomp_url=rabbit_node.web_stomp_url, broker_vhost=VHOST),
        rpc_grace_seconds=1.0, rpc_timeout_seconds=20.0, cancel_timeout_seconds=1.0,
        cors_origins=("http://frontend.example",), max_body_bytes=256 * 1024)


@pytest.fixture
async def start_gateway():
    """Factory: start a gateway for given settings; returns an aiohttp TestClient."""
    clients: list[TestClient] = []

    async def start(settings: GatewaySettings, *, wait_for_broker: bool = True) -> TestClient:
        client = TestClient(TestServer(create_app(settings)))
        await client.start_server()
        clients.append(client)
        if wait_for_broker:
            for _ in range(100):
                if (await client.get("/readyz")).status == 200:
                    break
                await asyncio.sleep(0.1)
        return client

    yield start
    for client in clients:
        await client.close()


@pytest.fixture
async def gateway(start_gateway, gateway_settings) -> TestClient:
    return await start_gateway(gateway_settings)


@pytest.fixture
def verifier() -> TokenVerifier:
    return TokenVerifier(AuthSettings(secret=SECRET))


@pytest.fixture
def auth(verifier):
    """auth(user, *roles) -> headers with a valid bearer token."""
    def headers(user: str = "alice", *roles: str) -> dict[str, str]:
        token, _ = verifier.issue(user, roles)
        return {"Authorization": f"Bearer {token}"}
    return headers


@pytest.fixture
def add_user(migrated_db: str):
    """Create a user through the operator CLI (`querycast-admin add-user`)."""
    async def add(username: str, password: str, *roles: str) -> None:
        argv = ["--database-url", migrated_db, "add-user", username, "--password", password]
        for role in roles:
            argv += ["--role", role]
        assert await asyncio.to_thread(admin_main, argv) == 0
    return add


class EventListener:
    """Collects the status events of one routing-key pattern from amq.topic over AMQP."""

    def __init__(self, broker: Broker, pattern: str):
        self._broker = broker
        self._pattern = pattern
        self.events: list[dict] = []
        self._changed = asyncio.Event()

    async def start(self) -> EventListener:
        self._channel = self._broker.channel(confirms=False)
        queue = f"qc-test-events-{uuid.uuid4().hex[:8]}"
        await self._channel.queue_declare(queue, durable=False, exclusive=True, auto_delete=True)
        await self._channel.queue_bind(queue, STATUS_EXCHANGE, self._pattern)
        await self._channel.consume(queue, self._on_event, auto_ack=True)
        return self

    async def _on_event(self, delivery) -> None:
        self.events.append(json.loads(delivery.body))
        self._changed.set()

    def of(self, request_id: str) -> list[dict]:
        return [e for e in self.events if e["requestId"] == request_id]

    async def wait_terminal(self, request_id: str, timeout: float = 15) -> list[dict]:
        async def terminal() -> None:
            while not any(e["status"] != "IN_PROGRESS" for e in self.of(request_id)):
                self._changed.clear()
                await self._changed.wait()
        await asyncio.wait_for(terminal(), timeout)
        return self.of(request_id)

    async def close(self) -> None:
        await self._channel.close()


@pytest.fixture
async def listen(broker):
    listeners: list[EventListener] = []

    async def start(pattern: str = "#") -> EventListener:
        listener = await EventListener(broker, pattern).start()
        listeners.append(listener)
        return listener

    yield start
    for listener in listeners:
        await listener.close()


LEAKY = "connection to postgresql://app:hunter2@db.internal:5432/shop failed"

ERRORS = {
    "missing-db": ServiceError(ErrorCode.NOT_FOUND, "Unknown database 'nope'."),
    "rejected": ServiceError(ErrorCode.SQL_REJECTED, "Only read-only statements are allowed.",
                             suggestion="Remove the UPDATE."),
    "failed": ServiceError(ErrorCode.QUERY_FAILED, "column \"x\" does not exist", sql_state="42703"),
    "rate": ServiceError(ErrorCode.RATE_LIMITED, "The LLM is busy.", retryable=True, retry_after_seconds=7),
    "timeout": ServiceError(ErrorCode.QUERY_TIMEOUT, "The query ran longer than 1 s.", sql_state="57014"),
    "unreachable": ServiceError(ErrorCode.CONNECTION_FAILED, "The database is unreachable.", retryable=True),
}


@pytest.fixture
async def stub_executor(broker):
    """A stand-in executor: records each command, answers by the SQL text, emits events."""
    setup = broker.channel(confirms=False)
    await setup.add_setup(declare_topology)
    await setup.queue_purge(command_queue(QUERY_EXECUTION_KEY))
    status = StatusPublisher(broker, "stub-executor")
    worker = RpcWorker(broker, command_queue(QUERY_EXECUTION_KEY), app_id="stub-executor")
    seen = []

    async def execute(command, _delivery):
        seen.append(command)
        sql = command.payload["sql"]
        events = status.for_request(Feature.QUERY_EXECUTION, command.request_id, command.caller.user_id)
        await events.step(Stage.REQUEST_RECEIVED, "received", progress=5)
        if sql == "boom":
            raise RuntimeError(LEAKY)
        if sql == "slow":
            await asyncio.sleep(30)
        if sql in ERRORS:
            await events.fail(ERRORS[sql].body.message, ERRORS[sql].event_data())
            raise ERRORS[sql]
        await events.succeed("done", {"rowCount": 1})
        return {"columns": [{"name": "one", "type": "int4"}], "rows": [[1]], "rowCount": 1,
                "truncated": False, "executionTimeMs": 1}

    worker.handle(Operation.EXECUTE, execute)
    await worker.start()
    yield seen
    await worker.close()
    await status.close()
    await setup.close()
