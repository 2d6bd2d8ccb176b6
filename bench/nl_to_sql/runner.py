"""Run question sets through the public REST API: `POST /api/nl-to-sql`, then the generated SQL and
the gold SQL both through `POST /api/query/execute` (the executor), and compare the result sets
(bench/nl_to_sql/compare.py). What runs is set up by bench/nl_to_sql/stack.py."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path

import sqlglot
from sqlglot import exp

from bench.nl_to_sql.compare import same_result
from bench.nl_to_sql.questions import DATA, Question
from bench.nl_to_sql.stack import EVAL_CALLER, Stack, running_stack
from bench.nl_to_sql.ties import Ties, ranked_sql
from services.nl_to_sql.retrieval import retrieve
from services.nl_to_sql.validator import validate_sql

CORRECT, WRONG, REFUSED, GOLD_ERROR = "correct", "wrong", "refused", "gold-error"


@dataclass
class Outcome:
    question: Question
    verdict: str                 # correct | wrong | refused | gold-error
    latency_ms: float
    sql: str | None = None
    reason: str | None = None    # the refusal message, or why an answer was wrong
    recall: float | None = None  # share of the gold tables retrieval found (answerable questions)
    gold_rejected: str | None = None   # why the service's validator rejects the gold SQL (a false reject)
    tie: bool = False            # correct only as another choice of the rows tied at the gold's LIMIT


async def _execute(stack: Stack, database_id: str, sql: str) -> tuple[list[list] | None, str | None]:
    async with stack.http.post("/api/query/execute", headers=stack.user, json={
            "sql": sql, "databaseId": database_id, "maxRows": 10_000, "timeoutSeconds": 30}) as response:
        body = await response.json(content_type=None)
        if response.status != 200:
            return None, f"HTTP {response.status}: {body.get('message') or body.get('detail') or body}"
        return body["rows"], None


def gold_tables(sql: str) -> set[str]:
    """The tables a gold query reads (CTE names excluded), as lower-case table keys."""
    tree = sqlglot.parse_one(sql, read="postgres")
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    out = set()
    for table in tree.find_all(exp.Table):
        key = (table.name if table.db in ("", "public") else f"{table.db}.{table.name}").lower()
        if key not in ctes:
            out.add(key)
    return out


def recall_of(gold_sql: str, retrieved: list[str]) -> float | None:
    wanted = gold_tables(gold_sql)
    got = {t.lower() for t in retrieved}
    return len(wanted & got) / len(wanted) if wanted else None


async def _retrieval_and_validation(stack: Stack, q: Question, database_id: str) -> tuple[float | None, str | None]:
    """(retrieval recall of the gold tables, the validator's objection to the gold SQL or None)."""
    service = stack.service
    schema = await service.catalog.get(database_id, EVAL_CALLER)
    retrieved = await retrieve(service.index, schema, q.text, service.settings.top_k)
    validation = await asyncio.to_thread(validate_sql, q.gold, schema)
    return recall_of(q.gold, retrieved.tables), None if validation.valid else "; ".join(validation.errors)


async def ask(stack: Stack, q: Question, gold_rows: dict[str, list[list] | None]) -> Outcome:
    database_id = stack.databases[q.schema]
    started = time.perf_counter()
    async with stack.http.post("/api/nl-to-sql", headers=stack.user,
                               json={"question": q.text, "databaseId": database_id}) as response:
        body = await response.json(content_type=None)
        status = response.status
    latency = (time.perf_counter() - started) * 1000
    outcome = await _judge(stack, q, database_id, status, body, latency, gold_rows)
    if q.gold is not None:
        outcome.recall, outcome.gold_rejected = await _retrieval_and_validation(stack, q, database_id)
    return outcome


async def _judge(stack: Stack, q: Question, database_id: str, status: int, body: dict, latency: float,
                 gold_rows: dict[str, list[list] | None]) -> Outcome:
    if status != 200:
        reason = body.get("message") or body.get("detail") or body.get("title") or f"HTTP {status}"
        return Outcome(q, CORRECT if q.gold is None else REFUSED, latency, reason=reason)
    sql = body["sql"]
    if q.gold is None:
        return Outcome(q, WRONG, latency, sql=sql, reason="answered a question the schema cannot answer")
    key = f"{q.schema}: {q.text}"     # the same question can be asked of two schemas (with other rows)
    if key not in gold_rows:
        gold_rows[key], error = await _execute(stack, database_id, q.gold)
        if error:
            return Outcome(q, GOLD_ERROR, latency, sql=sql, reason=f"gold SQL failed: {error}")
    rows, error = await _execute(stack, database_id, sql)
    if error:
        return Outcome(q, WRONG, latency, sql=sql, reason=f"generated SQL failed: {error}")
    if same_result(gold_rows[key], rows):
        return Outcome(q, CORRECT, latency, sql=sql)
    ties = await gold_ties(stack, database_id, q.gold)
    if ties is not None and ties.accepts(rows):
        return Outcome(q, CORRECT, latency, sql=sql, tie=True)
    return Outcome(q, WRONG, latency, sql=sql, reason=f"{len(rows)} rows, gold has {len(gold_rows[key])}")


async def gold_ties(stack: Stack, database_id: str, gold: str) -> Ties | None:
    """The rows tied at the gold query's LIMIT (bench/nl_to_sql/ties.py), None when there are none."""
    ranked = ranked_sql(gold)
    if ranked is None:
        return None
    rows, error = await _execute(stack, database_id, ranked[0])
    return Ties.of(rows, ranked[1]) if rows is not None and not error else None


async def run_eval(questions: list[Question], *, amqp_url: str | None = None, data: Path = DATA
                   ) -> list[Outcome]:
    """Every question's outcome, in order."""
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
