"""The LLM prompt: the retrieved tables as DDL that PostgreSQL accepts as written (comments after
the separating comma, identifiers quoted where needed), join edges declared and inferred, sampled
values of low-cardinality columns, the operator's examples; checked through a fake Messages API."""
from __future__ import annotations

import re

import aiopg
import sqlglot

from services.executor.introspect import introspect
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.joins import infer_join_edges
from services.nl_to_sql.prompt_schema import schema_section, table_ddl
from services.nl_to_sql.schema import Column, Schema, Table
from tests.nl_to_sql.test_service import ask, settings_for


def prefixed_schema() -> Schema:
    """No declared keys, a non-public schema, camelCase prefixed names, awkward comments and a
    reserved word as a column name."""
    schema = Schema("sb")
    for table in (
        Table("sales", "sbCustomer", (Column("sbCustId", "integer", False, "the id, never reused"),
                                      Column("sbCustName", "text", True, "full name -- as typed,\nby the clerk"),
                                      Column("order", "integer", True, "display order, 1 first"))),
        Table("sales", "sbTransaction", (Column("sbTxId", "integer", False),
                                         Column("sbTxCustId", "integer", False, "who paid"),
                                         Column("sbTxAmount", "numeric(10,2)", True, "in EUR, VAT included")),
              comment="One payment;\nrefunds are negative"),
    ):
        schema.tables[table.key] = table
    return schema


async def run_ddl_and_introspect(dsn: str, ddl: str, *schemas: str) -> Schema:
    async with aiopg.connect(dsn) as conn:
        async with conn.cursor() as cur:
            for name in schemas:
                await cur.execute(f'CREATE SCHEMA "{name}"')
            await cur.execute(ddl)
        info = await introspect(conn, "roundtrip")
    return Schema.from_introspection(info.to_dict())


def shape(schema: Schema) -> dict:
    return {k: ([(c.name, c.type, c.nullable) for c in t.columns], t.primary_key,
                sorted((fk.columns, fk.ref_table, fk.ref_columns) for fk in t.foreign_keys))
            for k, t in schema.tables.items()}


async def test_the_demo_schema_ddl_runs_as_written_and_round_trips(demo_schema, make_database):
    ddl, _ = schema_section(demo_schema, list(demo_schema.tables))
    assert all(s is not None for s in sqlglot.parse(ddl, read="postgres"))
    _, dsn = make_database("qc_nl_ddl")
    again = await run_ddl_and_introspect(dsn, ddl)
    assert shape(again) == shape(demo_schema)
    # The comment follows the comma, so the comma is not commented out.
    line = next(x for x in ddl.splitlines() if "loyalty_tier" in x)
    assert line.startswith("  loyalty_tier text NOT NULL,  -- "), line


async def test_prefixed_names_and_awkward_comments_stay_valid_ddl(make_database):
    schema = prefixed_schema()
    edges = infer_join_edges(schema)
    ddl, shown = schema_section(schema, list(schema.tables), edges)
    assert 'CREATE TABLE sales."sbCustomer" (' in ddl and '\n  "order" integer  -- display order, 1 first\n' in ddl
    assert [(e.left_table, e.right_table) for e in shown] == [("sales.sbTransaction", "sales.sbCustomer")]
    assert 'sales."sbTransaction"."sbTxCustId" = sales."sbCustomer"."sbCustId"  (inferred from column names' in ddl
    _, dsn = make_database("qc_nl_ddl")
    again = await run_ddl_and_introspect(dsn, ddl, "sales")
    assert shape(again) == shape(schema)


def test_only_low_cardinality_values_are_shown_in_the_column_comment(demo_schema):
    values = {("customers", "loyalty_tier"): ["bronze", "silver", "gold"],
              ("customers", "city"): [f"city {i}" for i in range(40)],
              ("customers", "email"): ["x" * 80]}
    ddl = table_ddl(demo_schema.tables["customers"], values)
    assert re.search(r"loyalty_tier text NOT NULL,  -- .*values: 'bronze', 'silver', 'gold'", ddl), ddl
    assert "city 1'" not in ddl and "xxxx" not in ddl


async def test_the_anthropic_prompt_carries_tables_edges_values_and_examples(
        amqp_url, executor, rpc, tap, data_dir, fake_anthropic):
    fake_anthropic.answer = lambda body: "```sql\nSELECT count(*) FROM orders\n```"
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        result, error, events = await ask(rpc, tap, "How many gold customers ordered in Berlin stores?")
    assert error is None, error
    prompt = fake_anthropic.user_text(0)
    for table in ("customers", "orders", "stores"):
        assert f"CREATE TABLE {table} (" in prompt
    assert "orders.customer_id = customers.id  (declared foreign key)" in prompt
    assert re.search(r"loyalty_tier text NOT NULL,  -- .*values: .*'gold'", prompt), prompt
    building = next(e for e in events if e.stage.value == "PROMPT_BUILDING").data
    assert {"leftTable": "orders", "leftColumns": ["customer_id"], "rightTable": "customers",
            "rightColumns": ["id"], "confidence": 1.0, "source": "declared"} in building["joinEdges"]
    assert building["valueColumns"] > 0
    assert "gold" not in str([e.data for e in events])  # values reach the model, never the events


async def test_values_stay_out_of_the_prompt_when_switched_off(amqp_url, executor, rpc, tap, data_dir,
                                                               fake_anthropic):
    fake_anthropic.answer = lambda body: "```sql\nSELECT count(*) FROM customers\n```"
    settings = settings_for("anthropic", fake_anthropic.url).replace(prompt_values=False)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        _, error, _ = await ask(rpc, tap, "How many gold customers are there?")
    assert error is None, error
    assert "values: " not in fake_anthropic.user_text(0)
