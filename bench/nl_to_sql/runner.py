"""Run question sets through the public REST API: `POST /api/nl-to-sql`, then the generated SQL and
the gold SQL both through `POST /api/query/execute` (the executor), and compare the result sets.

Everything runs for real: a RabbitMQ node (project-local, started here unless an AMQP URL is
given), throw-away PostgreSQL databases seeded from bench/nl_eval, an executor, the NL->SQL service
with the provider the environment configures (QUERYCAST_LLM_PROVIDER, ANTHROPIC_API_KEY, ...)
and the gateway on a real TCP port, all in this process.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import aiopg
import psycopg2
import sqlglot
from aiohttp import web
from sqlglot import exp

from bench.nl_to_sql.compare import same_result
from bench.nl_to_sql.questions import DATA, Question, seed_script
from broker.local_node import LocalNode
from contracts.rpc import Caller
from gateway.app import create_app
from gateway.auth import AuthSettings, TokenVerifier
from gateway.settings import GatewaySettings
from services.demo.seed import seed_demo
from services.executor.app import running_executor
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.retrieval import retrieve

ADMIN_DSN = os.environ.get("QUERYCAST_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
SECRET = "eval-secret-0123456789abcdef-0123456789abcdef"
EVAL_CALLER = Caller(user_id="eval-user", roles=[])
CORRECT, WRONG, REFUSED, GOLD_ERROR = "correct", "wrong", "refused", "gold-error"


@dataclass
class Outcome:
    question: Question
    verdict: str                 # correct | wrong | refused | gold-error
    latency_ms: float
    sql: str | None = None
    reason: str | None = None    # the refusal message, or why an answer was wrong
    recall: float | None = None  # share of the gold tables retrieval found (answerable questions)


@dataclass
class Stack:
    http: aiohttp.ClientSession
    user: dict[str, str]
    databases: dict[str, str] = field(default_factory=dict)   # schema -> registered database id
    service: object = None


def _admin(sql: str) -> None:
    conn = psycopg2.connect(ADMIN_DSN)
    conn.autocommit = True
    try:
        conn.cursor().execute(sql)
    finally:
        conn.close()


def _dsn(name: str) -> str:
    return f"{ADMIN_DSN.rpartition('/')[0]}/{name}"


async def _seed(schema: str, dsn: str, data: Path) -> None:
    script = seed_script(schema, data)
    if script is None:
        await seed_demo(dsn)
        return
    async with aiopg.connect(dsn) as conn, conn.cursor() as cur:
        await cur.execute(script)


@contextlib.asynccontextmanager
async def running_stack(schemas: list[str], *, amqp_url: str | None = None, data: Path = DATA
                        ) -> AsyncIterator[Stack]:
    node = None
    if amqp_url is None:
        node = LocalNode(os.environ.get("QUERYCAST_EVAL_NODE", "eval"),
                         int(os.environ.get("QUERYCAST_EVAL_PORT_OFFSET", "95")))
        await asyncio.to_thread(node.start)
        amqp_url = node.amqp_url
    suffix = uuid.uuid4().hex[:8]
    names = {s: f"qc_eval_{s}_{suffix}" for s in ["control", *schemas]}
    try:
        for name in names.values():
            _admin(f'CREATE DATABASE "{name}"')
        for schema in schemas:
            await _seed(schema, _dsn(names[schema]), data)
        with tempfile.TemporaryDirectory(prefix="qc-eval-") as tmp:
            async with running_executor(amqp_url=amqp_url, database_url=_dsn(names["control"]),
                                        secret_key="eval-executor-secret-0123456789abcdef"), \
                    running_nl_to_sql(amqp_url=amqp_url, data_dir=tmp) as service:
                settings = GatewaySettings(auth=AuthSettings(secret=SECRET), amqp_url=amqp_url,
                                           database_url=_dsn(names["control"]))
                runner = web.AppRunner(create_app(settings), access_log=None)
                await runner.setup()
                site = web.TCPSite(runner, "127.0.0.1", 0)
                await site.start()
                port = site._server.sockets[0].getsockname()[1]
                verifier = TokenVerifier(AuthSettings(secret=SECRET))
                admin = {"Authorization": f"Bearer {verifier.issue('eval-admin', ['admin'])[0]}"}
                user = {"Authorization": f"Bearer {verifier.issue(EVAL_CALLER.user_id, [])[0]}"}
                try:
                    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
                        for _ in range(100):
                            if (await http.get("/readyz")).status == 200:
                                break
                            await asyncio.sleep(0.1)
                        stack = Stack(http, user, service=service)
                        for schema in schemas:
                            db_id = f"eval-{schema}"
                            async with http.post("/api/databases", headers=admin, json={
                                    "id": db_id, "name": f"eval {schema}", "host": "127.0.0.1",
                                    "database": names[schema], "user": "postgres",
                                    "options": {"allowPrivilegedRole": True}}) as response:  # throw-away
                                if response.status != 201:
                                    raise RuntimeError(f"registering {schema}: HTTP {response.status} "
                                                       f"{await response.text()}")
                            stack.databases[schema] = db_id
                        yield stack
                finally:
                    await runner.cleanup()
    finally:
        for name in names.values():
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if node is not None:
            await asyncio.to_thread(node.stop)


async def _execute(stack: Stack, database_id: str, sql: str) -> tuple[list[list] | None, str | None]:
    async with stack.http.post("/api/query/execute", headers=stack.user, json={
            "sql": sql, "databaseId": database_id, "maxRows": 10_000, "timeoutSeconds": 30}) as response:
        body = await response.json(content_type=None)
        if response.status != 200:
            return None, f"HTTP {response.status}: {body.get('message') or body.get('detail') or body}"
        return body["rows"], None


def gold_tables(sql: str) -> set[str]:
    out = set()
    for table in sqlglot.parse_one(sql, read="postgres").find_all(exp.Table):
        out.add((table.name if table.db in ("", "public") else f"{table.db}.{table.name}").lower())
    return out


async def _recall(stack: Stack, q: Question, database_id: str) -> float | None:
    service = stack.service
    schema = await service.catalog.get(database_id, EVAL_CALLER)
    retrieved = await retrieve(service.index, schema, q.text, service.settings.top_k)
    wanted = gold_tables(q.gold)
    got = {t.lower() for t in retrieved.tables}
    return len(wanted & got) / len(wanted) if wanted else None


async def ask(stack: Stack, q: Question, gold_rows: dict[str, list[list] | None]) -> Outcome:
    database_id = stack.databases[q.schema]
    started = time.perf_counter()
    async with stack.http.post("/api/nl-to-sql", headers=stack.user,
                               json={"question": q.text, "databaseId": database_id}) as response:
        body = await response.json(content_type=None)
        status = response.status
    latency = (time.perf_counter() - started) * 1000
    recall = await _recall(stack, q, database_id) if q.gold else None
    if status != 200:
        reason = body.get("message") or body.get("detail") or body.get("title") or f"HTTP {status}"
        verdict = CORRECT if q.gold is None else REFUSED
        return Outcome(q, verdict, latency, reason=reason, recall=recall)
    sql = body["sql"]
    if q.gold is None:
        return Outcome(q, WRONG, latency, sql=sql, reason="answered a question the schema cannot answer")
    if q.text not in gold_rows:
        gold_rows[q.text], error = await _execute(stack, database_id, q.gold)
        if error:
            return Outcome(q, GOLD_ERROR, latency, sql=sql, reason=f"gold SQL failed: {error}", recall=recall)
    rows, error = await _execute(stack, database_id, sql)
    if error:
        return Outcome(q, WRONG, latency, sql=sql, reason=f"generated SQL failed: {error}", recall=recall)
    if same_result(gold_rows[q.text], rows):
        return Outcome(q, CORRECT, latency, sql=sql, recall=recall)
    return Outcome(q, WRONG, latency, sql=sql, reason=f"{len(rows)} rows, gold has {len(gold_rows[q.text])}",
                   recall=recall)


async def run_eval(questions: list[Question], *, amqp_url: str | None = None, data: Path = DATA) -> list[Outcome]:
    schemas = list(dict.fromkeys(q.schema for q in questions))
    outcomes: list[Outcome] = []
    async with running_stack(schemas, amqp_url=amqp_url, data=data) as stack:
        gold_rows: dict[str, list[list] | None] = {}
        for schema in schemas:
            # One warm-up question per database: schema introspection, indexing and value sampling
            # happen once per database, not per question, and are not what the latency measures.
            warm = next(q for q in questions if q.schema == schema)
            await ask(stack, warm, {})
        for q in questions:
            outcomes.append(await ask(stack, q, gold_rows))
    return outcomes
