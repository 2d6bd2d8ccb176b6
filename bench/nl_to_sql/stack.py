"""Everything the eval runs against, for real and in this process: a RabbitMQ node (project-local,
started here unless an AMQP URL is given, stopped afterwards only if started here), throw-away
PostgreSQL databases seeded from bench/nl_eval and served through a read-only role, an executor,
the NL->SQL service with the provider the environment configures, and the gateway on a real TCP
port."""
from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import aiopg

from bench.nl_to_sql.questions import DATA, seed_script
from bench.serving import admin, consumed, dsn, local_node, serving_gateway
from broker.topology import NL_TO_SQL_KEY, command_queue
from contracts.rpc import Caller
from services.demo.seed import seed_demo
from services.executor.app import running_executor
from services.executor.privileges import reader_role_sql
from services.nl_to_sql.app import NlToSqlService, running_nl_to_sql

EVAL_CALLER = Caller(user_id="eval-user", roles=[])
READER_PASSWORD = "eval-reader-password"
# The node the eval starts when no AMQP URL is given (a second eval at the same time needs its own).
NODE_ENV, OFFSET_ENV = "QUERYCAST_EVAL_NODE", "QUERYCAST_EVAL_PORT_OFFSET"
DEFAULT_NODE, DEFAULT_OFFSET = "eval", 95


@dataclass
class Stack:
    http: aiohttp.ClientSession
    user: dict[str, str]                  # the eval user's Authorization header
    service: NlToSqlService
    databases: dict[str, str] = field(default_factory=dict)   # schema -> registered database id


async def seed_database(schema: str, database_dsn: str, data: Path = DATA) -> None:
    """Create and fill an eval schema in an empty database."""
    script = seed_script(schema, data)
    if script is None:
        await seed_demo(database_dsn)
        return
    async with aiopg.connect(database_dsn) as conn, conn.cursor() as cur:
        await cur.execute(script)


async def grant_reader(database_dsn: str, reader: str, password: str) -> None:
    """Let the role `reader` (created here, or given `password`) read every schema of the database,
    and nothing else."""
    async with aiopg.connect(database_dsn) as conn, conn.cursor() as cur:
        await cur.execute("SELECT current_database(), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)",
                          (reader,))
        database, exists = await cur.fetchone()
        await cur.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                          "AND nspname <> 'information_schema'")
        schemas = tuple(row[0] for row in await cur.fetchall())
        for statement in reader_role_sql(database, reader, schemas, password, create=not exists):
            await cur.execute(statement)


@contextlib.asynccontextmanager
async def _broker(amqp_url: str | None) -> AsyncIterator[str]:
    if amqp_url is not None:
        yield amqp_url
        return
    async with local_node(os.environ.get(NODE_ENV, DEFAULT_NODE),
                          int(os.environ.get(OFFSET_ENV, str(DEFAULT_OFFSET)))) as node:
        yield node.amqp_url


@contextlib.asynccontextmanager
async def running_stack(schemas: list[str], *, amqp_url: str | None = None, data: Path = DATA
                        ) -> AsyncIterator[Stack]:
    suffix = uuid.uuid4().hex[:8]
    names = {s: f"qc_eval_{s}_{suffix}" for s in ["control", *schemas]}
    reader = f"qc_eval_reader_{suffix}"
    async with _broker(amqp_url) as url:
        try:
            for name in names.values():
                admin(f'CREATE DATABASE "{name}"')
            for schema in schemas:
                await seed_database(schema, dsn(names[schema]), data)
                await grant_reader(dsn(names[schema]), reader, READER_PASSWORD)
            with tempfile.TemporaryDirectory(prefix="qc-eval-") as tmp:
                async with running_executor(amqp_url=url, database_url=dsn(names["control"]),
                                            secret_key="eval-executor-secret-0123456789abcdef"), \
                        running_nl_to_sql(amqp_url=url, data_dir=tmp) as service, \
                        serving_gateway(url, dsn(names["control"])) as gateway:
                    await consumed(service.broker, command_queue(NL_TO_SQL_KEY))
                    stack = Stack(gateway.http, gateway.headers(EVAL_CALLER.user_id), service)
                    operator = gateway.headers("eval-admin", ("admin",))
                    for schema in schemas:
                        db_id = f"eval-{schema}"
                        async with gateway.http.post("/api/databases", headers=operator, json={
                                "id": db_id, "name": f"eval {schema}", "host": "127.0.0.1",
                                "database": names[schema], "user": reader,
                                "password": READER_PASSWORD,
                                "options": {"sslMode": "disable"}}) as response:
                            if response.status != 201:
                                raise RuntimeError(f"registering {schema}: HTTP {response.status} "
                                                   f"{await response.text()}")
                        stack.databases[schema] = db_id
                    yield stack
        finally:
            for name in names.values():
                admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin(f'DROP ROLE IF EXISTS "{reader}"')
