"""Executor fixtures: a seeded customer database, a control database, an in-process executor,
an RPC client, a tap on /topic/query-execution, and servers that fail in the ways real ones do."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import pika
import psycopg2
import pytest

from broker import Broker, RpcClient
from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, command_queue
from contracts.rpc import Caller, Operation
from contracts.status import RealTimeStatusMessage
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings
from gateway.stomp.settings import StompSettings
from services.executor.app import running_executor
from tests.conftest import _admin_exec, dsn_for
from tests.executor.roles import READER_PASSWORD, create_reader, drop_reader

SECRET_KEY = "executor-tests-secret"
ADMIN = Caller(user_id="admin-1", roles=["admin"])
ALICE = Caller(user_id="alice", roles=["user"])
BOB = Caller(user_id="bob", roles=["user"])
ROOT = Path(__file__).resolve().parents[2]

SEED_SQL = """
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, email text);
COMMENT ON TABLE customers IS 'People who buy things';
COMMENT ON COLUMN customers.email IS 'Contact address';
CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL,
                    customer_id int REFERENCES customers (id));
CREATE SEQUENCE items_id_seq;
CREATE VIEW items_view AS
  SELECT i.id, i.name, c.name AS customer FROM items i JOIN customers c ON c.id = i.customer_id;
INSERT INTO customers VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', NULL), (3, 'Edsger', 'ew@example.com');
INSERT INTO items VALUES (1, 'pen', 1), (2, 'ink', 1), (3, 'paper', 2), (4, 'lamp', 3), (5, 'desk', NULL);
CREATE TABLE all_types (
  id int PRIMARY KEY, big bigint, huge numeric(30, 10), ratio double precision, flag boolean,
  label text, born date, at_tz timestamptz, at_local timestamp, clock time, uid uuid, blob bytea,
  tags text[], nums int[], doc jsonb, raw json, span interval, nothing text, nan double precision);
INSERT INTO all_types VALUES (
  1, 9007199254740993, 12345678901234567890.1234567890, 0.5, true, 'héllo "quoted"',
  '2024-02-29', '2026-11-25 21:36:45.123+00', '2026-01-02 03:04:05', '12:34:56',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\\x00ff10', '{a,"b c"}', '{1,2,3}',
  '{"k": [1, 2.5, null]}', '{"x": "y"}', '1 year 2 mons 3 days 04:05:06', NULL, 'NaN');
"""


def _create_database(prefix: str, seed: str | None = None) -> tuple[str, str]:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    _admin_exec(f'CREATE DATABASE "{name}"')
    if seed:
        conn = psycopg2.connect(dsn_for(name))
        conn.autocommit = True
        with conn, conn.cursor() as cur:
            cur.execute(seed)
        conn.close()
    return name, dsn_for(name)


@pytest.fixture(scope="session")
def shop_db():
    name, dsn = _create_database("qc_exec_shop", SEED_SQL)
    yield name, dsn
    _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def shop_reader(shop_db) -> str:
    """The read-only role the shop database is registered with (as the docs tell operators)."""
    role = create_reader(shop_db[0])
    yield role
    drop_reader(role, [shop_db[0]])


@pytest.fixture(scope="session")
def exec_control_db():
    name, dsn = _create_database("qc_exec_control")
    yield dsn
    _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="package")
async def executor(amqp_url, exec_control_db):
    async with running_executor(amqp_url=amqp_url, database_url=exec_control_db,
                                secret_key=SECRET_KEY, max_timeout_seconds=30,
                                connect_timeout_seconds=2, concurrency=8) as running:
        yield running


@pytest.fixture(scope="package")
async def rpc(amqp_url):
    broker = await Broker(amqp_url, "querycast-test-executor-client").start()
    client = await RpcClient(broker, app_id="querycast-test").start()
    yield client
    await client.close()
    await broker.close()


class Executor:
    """Calls the executor the way the REST API does."""

    def __init__(self, rpc: RpcClient):
        self.rpc = rpc

    async def call(self, operation: str, payload: dict, *, caller: Caller = ALICE,
                   request_id: str | None = None, timeout: float = 30):
        return await self.rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, operation, payload,
                                   request_id=request_id or new_request_id(), caller=caller,
                                   timeout=timeout)

    async def execute(self, sql: str, database_id: str, *, request_id: str | None = None,
                      caller: Caller = ALICE, timeout: float = 30, **options):
        return await self.call(Operation.EXECUTE, {"sql": sql, "databaseId": database_id, **options},
                               caller=caller, request_id=request_id, timeout=timeout)

    async def register(self, spec: dict):
        return await self.call(Operation.DATABASES_REGISTER, spec, caller=ADMIN)


def new_request_id() -> str:
    return f"t-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="package")
def calls(rpc, executor) -> Executor:
    return Executor(rpc)


@contextlib.asynccontextmanager
async def registered_database(calls: Executor, prefix: str, seed: str, *, role_sql: str = ""):
    """A throw-away database seeded by its owner (`seed`), a read-only role for it (`role_sql`
    run by the admin after it, `{role}` and `{database}` filled in) and its registration: yields
    the database id; dropped afterwards."""
    name, _ = _create_database(prefix, seed)
    role = create_reader(name, prefix)
    if role_sql:
        _admin_exec(role_sql.format(role=role, database=name))
    database_id = f"{prefix.removeprefix('qc_exec_')}-{uuid.uuid4().hex[:6]}"
    try:
        await calls.register({"id": database_id, "name": prefix, "host": "127.0.0.1",
                              "database": name, "user": role, "password": READER_PASSWORD})
        yield database_id
    finally:
        _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        drop_reader(role, [])


@pytest.fixture(scope="package")
async def shop(calls, shop_db, shop_reader) -> str:
    """The seeded shop database registered as `shop-<hex>` with its read-only role; returns its id."""
    name, _ = shop_db
    database_id = f"shop-{uuid.uuid4().hex[:6]}"
    await calls.register({"id": database_id, "name": "Test shop", "host": "127.0.0.1", "port": 5432,
                          "database": name, "user": shop_reader, "password": READER_PASSWORD,
                          "options": {"defaultTimeoutSeconds": 10, "maxTimeoutSeconds": 30}})
    return database_id


GATEWAY_SECRET = "executor-tests-gateway-secret-0123456789abcdef"


class Rest:
    """The public REST API of a gateway in front of this package's executor."""

    def __init__(self, client):
        self.client = client
        self._tokens = TokenVerifier(AuthSettings(secret=GATEWAY_SECRET))

    def headers(self, user: str = "alice", *roles: str) -> dict[str, str]:
        token, _ = self._tokens.issue(user, list(roles) or ["user"])
        return {"Authorization": f"Bearer {token}"}

    async def post(self, path: str, body: dict, *, user: str = "alice", roles: tuple = ()):
        """(status, JSON body)"""
        response = await self.client.post(path, json=body, headers=self.headers(user, *roles))
        return response.status, await response.json()

    async def get(self, path: str, *, user: str = "alice", roles: tuple = ()):
        response = await self.client.get(path, headers=self.headers(user, *roles))
        return response.status, await response.json()

    async def register(self, spec: dict):
        return await self.post("/api/databases", spec, user="root", roles=("admin",))

    async def execute(self, sql: str, database_id: str, **options):
        return await self.post("/api/query/execute", {"sql": sql, "databaseId": database_id, **options})


@contextlib.asynccontextmanager
async def open_gateway(amqp_url: str, control_dsn: str, rabbit_node, **settings):
    """A gateway (aiohttp test server) on the executor's broker and control database."""
    from aiohttp.test_utils import TestClient, TestServer

    settings = GatewaySettings(
        auth=AuthSettings(secret=GATEWAY_SECRET), amqp_url=amqp_url, database_url=control_dsn,
        stomp=StompSettings(web_stomp_url=rabbit_node.web_stomp_url), **settings)
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    try:
        for _ in range(100):
            if (await client.get("/readyz")).status == 200:
                break
            await asyncio.sleep(0.1)
        yield Rest(client)
    finally:
        await client.close()


@pytest.fixture(scope="package")
async def rest(amqp_url, exec_control_db, executor, rabbit_node) -> Rest:
    async with open_gateway(amqp_url, exec_control_db, rabbit_node, rpc_grace_seconds=2.0) as gateway:
        yield gateway


class EventTap:
    """Every event on the broadcast key `query-execution` (what /topic/query-execution shows),
    grouped by requestId."""

    def __init__(self):
        self.events: dict[str, list[RealTimeStatusMessage]] = {}
        self.raw: dict[str, list[bytes]] = {}
        self._changed = asyncio.Condition()

    async def on_delivery(self, delivery) -> None:
        event = RealTimeStatusMessage.model_validate_json(delivery.body)
        self.events.setdefault(event.request_id, []).append(event)
        self.raw.setdefault(event.request_id, []).append(delivery.body)
        async with self._changed:
            self._changed.notify_all()

    async def until(self, request_id: str, predicate, timeout: float = 30) -> list[RealTimeStatusMessage]:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(
                lambda: predicate(self.events.get(request_id, []))), timeout)
        return sorted(self.events[request_id], key=lambda e: e.sequence)

    async def terminal(self, request_id: str, timeout: float = 30) -> list[RealTimeStatusMessage]:
        return await self.until(request_id, lambda evs: any(e.is_terminal for e in evs), timeout)


@pytest.fixture(scope="package")
async def tap(amqp_url):
    broker = await Broker(amqp_url, "querycast-test-executor-tap").start()
    channel = broker.channel(confirms=False)
    queue = f"qc-test-exec-tap-{uuid.uuid4().hex[:6]}"

    async def declare(ch) -> None:  # again after a broker restart
        await ch.queue_declare(queue, durable=False, exclusive=True, auto_delete=True)
        await ch.queue_bind(queue, "amq.topic", QUERY_EXECUTION_KEY)

    await channel.wait_open(30)
    await channel.add_setup(declare)
    event_tap = EventTap()
    await channel.consume(queue, event_tap.on_delivery, auto_ack=True)
    yield event_tap
    await broker.close()


# --- servers that fail ------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PG_BIN = Path("/usr/lib/postgresql/15/bin")
PASSWORD_SERVER_PASSWORD = "correct horse battery staple"
PASSWORD_SERVER_READER = "reader"  # a plain LOGIN role there, with the same password


@pytest.fixture(scope="session")
def password_server():
    """A throw-away PostgreSQL cluster that really checks passwords (scram-sha-256), since the
    machine's server trusts local connections. Returns its port."""
    base = Path(tempfile.mkdtemp(prefix="qc_exec_pg_"))
    postgres = pwd.getpwnam("postgres")
    os.chown(base, postgres.pw_uid, postgres.pw_gid)
    pwfile = base / "pw"
    pwfile.write_text(PASSWORD_SERVER_PASSWORD + "\n")
    os.chown(pwfile, postgres.pw_uid, postgres.pw_gid)
    data, port = base / "data", free_port()

    def as_postgres(*args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                "--auth=scram-sha-256", f"--pwfile={pwfile}")
    as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    conn = psycopg2.connect(host="127.0.0.1", port=port, dbname="postgres", user="postgres",
                            password=PASSWORD_SERVER_PASSWORD)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"CREATE ROLE {PASSWORD_SERVER_READER} LOGIN PASSWORD %s", (PASSWORD_SERVER_PASSWORD,))
    conn.close()
    yield port
    as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
async def silent_server():
    """A TCP server that accepts connections and never says a word (a hung host). Returns its port."""
    writers = []

    async def hold(_reader, writer):
        writers.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()
    for w in writers:
        w.close()


# --- a second executor as a real process ------------------------------------------------------

class ExecutorProcess:
    def __init__(self, amqp_url: str, control_dsn: str, **env):
        self.env = {**os.environ, "QUERYCAST_AMQP_URL": amqp_url, "QUERYCAST_DATABASE_URL": control_dsn,
                    "QUERYCAST_SECRET_KEY": SECRET_KEY, "QUERYCAST_EXECUTOR_MAX_TIMEOUT_SECONDS": "30",
                    "QUERYCAST_LOG_LEVEL": "INFO", **env}
        self.proc: subprocess.Popen | None = None

    async def start(self) -> ExecutorProcess:
        self.proc = subprocess.Popen([sys.executable, "-m", "services.executor"], cwd=ROOT, env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        # Ready once it logs so (JSON lines on stderr); read off the loop.
        def wait_ready() -> None:
            for line in self.proc.stderr:
                try:
                    if json.loads(line).get("msg") == "executor started":
                        return
                except ValueError:
                    continue
            raise RuntimeError("executor process exited before it was ready")

        await asyncio.wait_for(asyncio.to_thread(wait_ready), 60)
        # Keep draining stderr so the process never blocks on a full pipe (own thread: the loop's
        # default executor is the executor-under-test's too).
        threading.Thread(target=lambda: [None for _ in self.proc.stderr], daemon=True).start()
        return self

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
async def executor_process(amqp_url, exec_control_db, executor):
    started: list[ExecutorProcess] = []

    async def start(**env) -> ExecutorProcess:
        proc = await ExecutorProcess(amqp_url, exec_control_db, **env).start()
        started.append(proc)
        await asyncio.to_thread(wait_for_consumers, amqp_url, 1 + len(started))
        return proc

    yield start
    for proc in started:
        proc.stop()


def wait_for_consumers(amqp_url: str, count: int, timeout: float = 30) -> None:
    """Block until the executor command queue has `count` consumers (a process that logged
    "started" may still be a round trip away from consuming)."""
    deadline = time.monotonic() + timeout
    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    try:
        channel = conn.channel()
        while time.monotonic() < deadline:
            declared = channel.queue_declare(command_queue(QUERY_EXECUTION_KEY), passive=True)
            if declared.method.consumer_count >= count:
                return
            time.sleep(0.05)
    finally:
        conn.close()
    raise TimeoutError(f"fewer than {count} executors consume the command queue")


def wait_for_backends(dsn: str, request_ids: list[str], timeout: float = 20) -> list[str]:
    """Poll pg_stat_activity until each request's query has been seen running; return the
    application_name of each ("querycast-executor/<pid>/<requestId>"), in order."""
    deadline = time.monotonic() + timeout
    seen: dict[str, str] = {}
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            while len(seen) < len(request_ids) and time.monotonic() < deadline:
                cur.execute("SELECT application_name FROM pg_stat_activity WHERE state = 'active'")
                for (app,) in cur.fetchall():
                    for request_id in request_ids:
                        if app.endswith("/" + request_id):
                            seen[request_id] = app
                time.sleep(0.05)
    finally:
        conn.close()
    missing = [r for r in request_ids if r not in seen]
    if missing:
        raise TimeoutError(f"no backend ran {missing}")
    return [seen[r] for r in request_ids]
