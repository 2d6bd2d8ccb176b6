"""Prepare a querycast installation, in two steps that compose.yaml and `make run` share:

    python -m scripts.bootstrap prepare    # PostgreSQL only: databases, migrations, demo data,
                                           # demo user (QUERYCAST_DEV_MODE=true only)
    python -m scripts.bootstrap register   # needs the executor and nl-to-sql running: registers
                                           # the demo database as `demo`, builds its schema index

`--help` lists the variables it reads (control and demo databases, broker, demo role, dev mode).
"""
from __future__ import annotations

import asyncio
import logging
import sys
import time
import uuid
from typing import ClassVar
from urllib.parse import unquote, urlsplit, urlunsplit

import aiopg
import psycopg2

from broker import Broker, RpcClient
from broker.settings import BrokerSettings, amqp_url
from broker.topology import COMMANDS_EXCHANGE, NL_TO_SQL_KEY, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import DatabaseCreate
from contracts.rpc import Caller, Operation
from controldb.migrate import apply_migrations
from runtime import cli
from runtime.settings import Flag, QuerycastSettings, RuntimeSettings, database_url, setting

log = logging.getLogger("querycast.bootstrap")

DEMO_DATABASE_ID = "demo"
DEMO_DATABASE_NAME = "querycast_demo"
DEMO_USER, DEMO_PASSWORD = "demo", "demo"
# The database role the demo database is served as: read-only (see ensure_reader_role).
DEMO_READER_ROLE, DEMO_READER_PASSWORD = "querycast_demo_reader", "querycast-demo-reader"
BOOTSTRAP_CALLER = Caller(user_id="querycast-bootstrap", roles=["admin"])
_RETRYABLE = {ErrorCode.UNAVAILABLE, ErrorCode.DEADLINE_EXCEEDED}


class BootstrapError(RuntimeError):
    """A step failed in a way the operator can fix; the message says how."""


class BootstrapSettings(QuerycastSettings):
    section: ClassVar[str] = "Bootstrap (make run, compose, scripts.bootstrap)"
    section_order: ClassVar[int] = 80

    demo_database_url: str | None = setting(None, "demo customer database (make run / compose)",
                                            env="QUERYCAST_DEMO_DATABASE_URL",
                                            doc_default="same server, `querycast_demo`")
    demo_db_user: str = setting(DEMO_READER_ROLE, "the read-only role the demo database is served as",
                                env="QUERYCAST_DEMO_DB_USER")
    demo_db_password: str = setting(DEMO_READER_PASSWORD, "its password", env="QUERYCAST_DEMO_DB_PASSWORD",
                                    secret=True, doc_default="a fixed development password")
    dev_mode: Flag = setting(False, "creates the demo user", env="QUERYCAST_DEV_MODE",
                             doc_default="false (make run: true)")


SETTINGS = (RuntimeSettings, BrokerSettings, BootstrapSettings)


def dev_mode() -> bool:
    return BootstrapSettings.from_env().dev_mode


def with_database(dsn: str, name: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + name))


def database_name(dsn: str) -> str:
    return unquote(urlsplit(dsn).path.lstrip("/"))


def demo_database_url(control_dsn: str | None = None) -> str:
    return BootstrapSettings.from_env().demo_database_url or with_database(
        control_dsn or database_url(), DEMO_DATABASE_NAME)


def demo_reader() -> tuple[str, str]:
    settings = BootstrapSettings.from_env()
    return settings.demo_db_user, settings.demo_db_password


def redacted(dsn: str) -> str:
    """The DSN without its password, for messages."""
    parts = urlsplit(dsn)
    if parts.password is None:
        return dsn
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


async def ensure_database(dsn: str) -> bool:
    """Create the database `dsn` names if its server lacks it; True if it was created."""
    name = database_name(dsn)
    try:
        async with aiopg.connect(with_database(dsn, "postgres"), timeout=10) as conn, conn.cursor() as cur:
            await cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if await cur.fetchone():
                return False
            await cur.execute(f'CREATE DATABASE "{name.replace(chr(34), "")}"')
            return True
    except psycopg2.OperationalError as exc:
        raise BootstrapError(
            f"cannot reach PostgreSQL at {redacted(dsn)} ({str(exc).strip().splitlines()[0]}). "
            "Install and start it (Debian: apt-get install postgresql), point QUERYCAST_DATABASE_URL "
            "at one, or run everything with `docker compose up`.") from None


async def ensure_demo_user(control_dsn: str) -> None:
    from controldb.users import UserStore  # the REST part owns the users table

    pool = await aiopg.create_pool(control_dsn, minsize=1, maxsize=1)
    try:
        await UserStore(pool).upsert(DEMO_USER, DEMO_PASSWORD, ["user"])
    finally:
        pool.close()
        await pool.wait_closed()


async def prepare(control_dsn: str, demo_dsn: str, *, demo_user: bool) -> None:
    from services.demo.seed import ensure_reader_role, seed_demo

    for dsn in (control_dsn, demo_dsn):
        if await ensure_database(dsn):
            log.info("created database %s", database_name(dsn))
    applied = await apply_migrations(control_dsn)
    log.info("control database migrated (%d new migrations)", len(applied))
    await seed_demo(demo_dsn)
    log.info("demo database seeded")
    role, password = demo_reader()
    try:
        await ensure_reader_role(demo_dsn, role, password)
    except psycopg2.Error as exc:
        raise BootstrapError(f"cannot create the read-only role {role} in {redacted(demo_dsn)} "
                             f"({str(exc).strip().splitlines()[0]}): connect as a role that may "
                             "create roles, or create it yourself (docs/executor.md)") from None
    log.info("demo database served as the read-only role %s", role)
    if demo_user:
        await ensure_demo_user(control_dsn)
        log.info("demo user %s ready", DEMO_USER)


def demo_registration(demo_dsn: str) -> DatabaseCreate:
    """The demo database on the server `demo_dsn` names, served as the read-only role."""
    parts = urlsplit(demo_dsn)
    role, password = demo_reader()
    return DatabaseCreate(
        id=DEMO_DATABASE_ID, name="Demo shop", host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432, database=database_name(demo_dsn), user=role, password=password,
    )


async def _call_until_served(rpc: RpcClient, key: str, operation: str, payload: dict,
                             deadline: float, call_timeout: float = 30):
    """Retry while no worker serves the queue yet (it may still be starting)."""
    while True:
        try:
            return await rpc.call(COMMANDS_EXCHANGE, key, operation, payload,
                                  request_id=f"bootstrap-{uuid.uuid4().hex[:12]}",
                                  caller=BOOTSTRAP_CALLER, timeout=call_timeout)
        except ServiceError as exc:
            if exc.code not in _RETRYABLE or time.monotonic() > deadline:
                raise
            await asyncio.sleep(1)


async def _register_demo(rpc: RpcClient, spec: DatabaseCreate, deadline: float) -> None:
    """Register the demo database; an older registration with another role (installations
    before the read-only role, which served it as the superuser) is replaced."""
    try:
        await _call_until_served(rpc, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                                 spec.to_dict(), deadline)
        log.info("registered the demo database as %s (role %s)", spec.id, spec.user)
        return
    except ServiceError as exc:
        if exc.code is not ErrorCode.CONFLICT:
            raise
    existing = await _call_until_served(rpc, QUERY_EXECUTION_KEY, Operation.DATABASES_GET,
                                        {"id": spec.id}, deadline)
    if existing.get("user") == spec.user:
        log.info("demo database already registered")
        return
    await _call_until_served(rpc, QUERY_EXECUTION_KEY, Operation.DATABASES_DELETE, {"id": spec.id}, deadline)
    await _call_until_served(rpc, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER, spec.to_dict(), deadline)
    log.info("registered the demo database again, as the read-only role %s (was %s)",
             spec.user, existing.get("user"))


async def register(broker_url: str, demo_dsn: str, *, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    broker = await Broker(broker_url, "querycast-bootstrap").start(timeout=timeout)
    rpc = await RpcClient(broker, app_id="querycast-bootstrap").start()
    try:
        await _register_demo(rpc, demo_registration(demo_dsn), deadline)
        await _call_until_served(rpc, NL_TO_SQL_KEY, Operation.SCHEMA_REFRESH,
                                 {"databaseId": DEMO_DATABASE_ID}, deadline, call_timeout=60)
        log.info("schema index of %s built", DEMO_DATABASE_ID)
    finally:
        await rpc.close()
        await broker.close()


def main(argv: list[str] | None = None) -> int:
    parser = cli.parser("python -m scripts.bootstrap", __doc__.split("\n\nEnvironment")[0], SETTINGS)
    parser.add_argument("step", choices=["prepare", "register", "all"])
    args = parser.parse_args(argv)
    return cli.guarded("bootstrap", lambda: _run(args.step))


def _run(step: str) -> int:
    cli.check(SETTINGS)
    logging.basicConfig(level=logging.INFO, format="bootstrap: %(message)s")
    control = database_url()
    demo = demo_database_url(control)
    try:
        if step in ("prepare", "all"):
            asyncio.run(prepare(control, demo, demo_user=dev_mode()))
        if step in ("register", "all"):
            asyncio.run(register(amqp_url(), demo))
    except (BootstrapError, ServiceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
