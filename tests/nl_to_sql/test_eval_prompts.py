"""The LLM path on the eval's own questions (the development half only; the held-out half is
never looked at here): through a local fake of the Messages API, the prompt of every answerable
question carries each table its gold SQL reads and each join the gold SQL makes, as a join edge
(declared or inferred), and the gold SQL the fake answers with passes validation. The databases
are the eval's schemas, seeded into real PostgreSQL and registered with a real executor."""
from __future__ import annotations

import uuid

import pytest
import sqlglot
from sqlglot import exp

from bench.nl_to_sql.questions import DEV, SCHEMAS, load
from bench.nl_to_sql.runner import gold_tables
from bench.nl_to_sql.stack import grant_reader, seed_database
from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.rpc import Operation
from contracts.status import Stage
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.prompt_schema import ident, table_name
from services.nl_to_sql.schema import Schema
from tests.executor.roles import READER_PASSWORD, drop_reader
from tests.nl_to_sql.conftest import ADMIN, DEMO_ID
from tests.nl_to_sql.test_service import ask, settings_for

DEV_QUESTIONS = [q for q in load(SCHEMAS, DEV) if q.gold is not None]


@pytest.fixture(scope="module")
async def eval_databases(executor, rpc, session_databases) -> dict[str, str]:
    """schema -> registered database id; the shop is the demo database the executor serves."""
    reader = f"qc_nl_eval_reader_{uuid.uuid4().hex[:8]}"
    ids, names = {"shop": DEMO_ID}, []
    for schema in SCHEMAS:
        if schema == "shop":
            continue
        name, dsn = session_databases(f"qc_nl_eval_{schema}")
        names.append(name)
        await seed_database(schema, dsn)
        await grant_reader(dsn, reader, READER_PASSWORD)
        ids[schema] = f"nl-eval-{schema}-{uuid.uuid4().hex[:6]}"
        await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.DATABASES_REGISTER,
                       {"id": ids[schema], "name": f"eval {schema}", "host": "127.0.0.1", "port": 5432,
                        "database": name, "user": reader, "password": READER_PASSWORD,
                        "options": {"sslMode": "disable"}},
                       request_id=f"reg-{uuid.uuid4().hex[:8]}", caller=ADMIN, timeout=20)
    yield ids
    drop_reader(reader, names)


def _key(schema: Schema, lowered: str) -> str | None:
    return next((k for k in schema.tables if k.lower() == lowered), None)


def gold_joins(sql: str, schema: Schema) -> set[frozenset[tuple[str, str]]]:
    """The column equalities between two different tables that the gold SQL joins on, as
    {(table key, column), (table key, column)} in the schema's own spelling."""
    tree = sqlglot.parse_one(sql, read="postgres")
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    aliases: dict[str, str] = {}
    for t in tree.find_all(exp.Table):
        key = _key(schema, t.name.lower() if t.db in ("", "public") else f"{t.db}.{t.name}".lower())
        if key is not None and t.name.lower() not in ctes:
            aliases[t.alias_or_name.lower()] = key
    joins = set()
    for eq in tree.find_all(exp.EQ):
        left, right = eq.left, eq.right
        if not (isinstance(left, exp.Column) and isinstance(right, exp.Column) and left.table and right.table):
            continue
        lt, rt = aliases.get(left.table.lower()), aliases.get(right.table.lower())
        if lt and rt and lt != rt:
            lc, rc = schema.tables[lt].column(left.name), schema.tables[rt].column(right.name)
            if lc is not None and rc is not None:
                joins.add(frozenset({(lt, lc.name), (rt, rc.name)}))
    return joins


def edge_texts(join: frozenset[tuple[str, str]], schema: Schema) -> list[str]:
    """How the prompt writes this join as an edge, either way round."""
    (a, ac), (b, bc) = sorted(join)
    at, bt = table_name(schema.tables[a]), table_name(schema.tables[b])
    return [f"{at}.{ident(ac)} = {bt}.{ident(bc)}", f"{bt}.{ident(bc)} = {at}.{ident(ac)}"]


def test_the_development_half_is_a_real_sample():
    assert len(DEV_QUESTIONS) >= 100
    assert {q.schema for q in DEV_QUESTIONS} == set(SCHEMAS)


async def test_every_dev_question_s_prompt_carries_its_gold_tables_and_joins(
        amqp_url, executor, rpc, tap, data_dir, fake_anthropic, eval_databases):
    asked: dict[str, str] = {}             # the question being asked: one text can be asked of two schemas
    fake_anthropic.answer = lambda body: "```sql\n" + asked["gold"] + "\n```\nThe gold query."
    missing_tables, missing_joins, failed, joins_checked = [], [], [], 0
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)) as service:
        for q in DEV_QUESTIONS:
            database_id = eval_databases[q.schema]
            before = len(fake_anthropic.requests)
            asked["gold"] = q.gold or ""
            result, error, events = await ask(rpc, tap, q.text, database_id=database_id)
            if error is not None:
                failed.append((q.schema, q.text, error.body.message))
                continue
            schema = await service.catalog.get(database_id, ADMIN)
            prompt = fake_anthropic.user_text(before)
            _, _, edges_part = prompt.partition("-- Join edges between these tables")
            for table in sorted(gold_tables(q.gold)):
                if f"CREATE TABLE {table_name(schema.tables[_key(schema, table)])} (" not in prompt:
                    missing_tables.append((q.schema, q.text, table))
            for join in gold_joins(q.gold, schema):
                joins_checked += 1
                if not any(text in edges_part for text in edge_texts(join, schema)):
                    missing_joins.append((q.schema, q.text, sorted(join)))
            building = next(e for e in events if e.stage is Stage.PROMPT_BUILDING)
            assert len(building.data["joinEdges"]) == edges_part.count("\n-- "), q.text
    assert not failed, failed                 # the gold SQL passes validation: no false reject
    assert not missing_tables, missing_tables
    assert joins_checked >= 50
    assert not missing_joins, missing_joins


def edge_ends(data: dict) -> tuple:
    return data["leftTable"], tuple(data["leftColumns"]), data["rightTable"], tuple(data["rightColumns"]), data["source"]


async def test_inferred_join_edges_are_in_the_retrieval_and_prompt_events(amqp_url, executor, rpc, tap, data_dir,
                                                                          fake_anthropic, eval_databases):
    """No declared keys (the university schema): the edges inferred from names reach the events a
    subscriber sees, with their confidence, and the prompt that the model gets."""
    fake_anthropic.answer = lambda body: "```sql\nSELECT count(*) FROM takes\n```"
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        _, error, events = await ask(rpc, tap, "How many students of each department took each course?",
                                     database_id=eval_databases["university"])
    assert error is None, error
    retrieval = next(e for e in events if e.stage is Stage.SCHEMA_RETRIEVAL).data
    building = next(e for e in events if e.stage is Stage.PROMPT_BUILDING).data
    wanted = {("takes", ("course_id",), "course", ("course_id",), "name"),
              ("takes", ("student_id",), "student", ("student_id",), "name"),
              ("student", ("dept_name",), "department", ("dept_name",), "name")}
    for data in (retrieval, building):
        assert wanted <= {edge_ends(e) for e in data["joinEdges"]}, data["joinEdges"]
        assert all(0 < e["confidence"] < 1 for e in data["joinEdges"])
    assert "-- takes.course_id = course.course_id  (inferred from column names, confidence" \
        in fake_anthropic.user_text(0)


async def test_joins_only_sampled_values_show_are_in_the_prompt_event(amqp_url, executor, rpc, tap, data_dir,
                                                                      eval_databases):
    """flights.origin holds airport codes under another name: only the value sample shows the join.
    Sampled values themselves never reach the events."""
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        _, _, events = await ask(rpc, tap, "How many flights depart from each airport?",
                                 database_id=eval_databases["flights"])
    building = next(e for e in events if e.stage is Stage.PROMPT_BUILDING).data
    ends = {edge_ends(e) for e in building["joinEdges"]}
    assert ("flights", ("origin",), "airports", ("code",), "values") in ends, ends
    assert ("flights", ("destination",), "airports", ("code",), "values") in ends, ends
    assert "FRA" not in str([e.data for e in events])
