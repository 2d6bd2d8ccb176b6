"""The whole event path in one process for fault tests: gateway (aiohttp test server), executor
and recorder on this session's RabbitMQ node, in a virtual host of their own (other areas keep
session-scoped executors on the default one, and they must not take these commands), with a
migrated control database and a customer database served through a read-only role."""
from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from aiohttp.test_utils import TestClient, TestServer

from broker.status import RequestEvents
from contracts.rest import DatabaseCreate
from contracts.status import Stage
from controldb.migrate import apply_migrations
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings
from gateway.stomp.settings import StompSettings
from services.executor.app import RunningExecutor, running_executor
from services.recorder.app import running_recorder
from tests.executor.roles import READER_PASSWORD
from tests.vhosts import create_vhost, delete_vhost

SECRET = "foundation-tests-secret-0123456789abcdef-012345"
EXECUTOR_SECRET = "foundation-tests-executor-secret-0123456789"
DATABASE_ID = "outage-db"


@dataclass
class EmittedEvents:
    """What the executor itself emitted, per request: the ground truth the stored history is
    compared with (a spy on the real publisher's `for_request`)."""

    by_request: dict[str, RequestEvents] = field(default_factory=dict)

    def install(self, running: RunningExecutor) -> None:
        publisher = running.executor._publisher
        original = publisher.for_request

        def for_request(*args, **kwargs) -> RequestEvents:
            events = original(*args, **kwargs)
            self.by_request[events.request_id] = events
            return events

        publisher.for_request = for_request

    def query_ran(self) -> dict[str, RequestEvents]:
        return {rid: ev for rid, ev in self.by_request.items()
                if any(e.stage is Stage.EXECUTING for e in ev.history)}


@dataclass
class Stack:
    gateway: TestClient
    amqp_url: str
    control_dsn: str
    customer_db: str
    reader: str
    verifier: TokenVerifier
    exits: contextlib.AsyncExitStack
    executor: RunningExecutor | None = None
    emitted: EmittedEvents = field(default_factory=EmittedEvents)

    def auth(self, user: str = "alice", *roles: str) -> dict[str, str]:
        token, _ = self.verifier.issue(user, roles)
        return {"Authorization": f"Bearer {token}"}

    async def start_executor(self, *, register: bool = True) -> RunningExecutor:
        """An in-process executor (until the stack ends), spied on by `emitted`; `register`
        registers the customer database as DATABASE_ID through its registry."""
        self.executor = await self.exits.enter_async_context(running_executor(
            amqp_url=self.amqp_url, database_url=self.control_dsn, secret_key=EXECUTOR_SECRET))
        self.emitted.install(self.executor)
        if register:
            await self.executor.registry.register(self.database_spec())
        return self.executor

    def database_spec(self) -> DatabaseCreate:
        return DatabaseCreate(id=DATABASE_ID, name="Foundation test database", host="127.0.0.1", port=5432,
                              database=self.customer_db, user=self.reader, password=READER_PASSWORD)


@contextlib.asynccontextmanager
async def running_stack(node, control_dsn: str, customer_db: str, reader: str, *,
                        with_executor: bool = True, **gateway_overrides) -> AsyncIterator[Stack]:
    vhost = f"querycast-foundation-{uuid.uuid4().hex[:6]}"
    amqp_url = create_vhost(node, vhost)
    await apply_migrations(control_dsn)
    settings = GatewaySettings(
        auth=AuthSettings(secret=SECRET), amqp_url=amqp_url, database_url=control_dsn,
        stomp=StompSettings(web_stomp_url=node.web_stomp_url,
                            broker_vhost=amqp_url.rsplit("/", 1)[1]),
        **gateway_overrides)
    async with contextlib.AsyncExitStack() as exits:
        exits.callback(delete_vhost, node, vhost)  # last, after every service closed
        await exits.enter_async_context(running_recorder(amqp_url=amqp_url, database_url=control_dsn))
        gateway = TestClient(TestServer(create_app(settings)))
        await gateway.start_server()
        exits.push_async_callback(gateway.close)
        stack = Stack(gateway, amqp_url, control_dsn, customer_db, reader,
                      TokenVerifier(AuthSettings(secret=SECRET)), exits)
        if with_executor:
            await stack.start_executor()
        yield stack


async def wait_ready(gateway: TestClient, attempts: int = 100) -> None:
    for _ in range(attempts):
        if (await gateway.get("/readyz")).status == 200:
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the gateway never became ready")

