"""Retrieval recall of the gold tables of the eval's questions when their schema is one corner of a
large database (tests/nl_to_sql/big_schema.py pads it to 1,000 tables), with the offline hashing
embeddings: what share of the tables each gold query reads is retrieved, and how many tables are."""
from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import aiopg

from bench.nl_to_sql.questions import Question
from bench.nl_to_sql.runner import gold_tables
from bench.nl_to_sql.stack import seed_database
from bench.serving import admin, dsn
from services.executor.introspect import introspect
from services.nl_to_sql.embeddings import HashingEmbeddingFunction
from services.nl_to_sql.index import SchemaIndex
from services.nl_to_sql.retrieval import retrieve
from services.nl_to_sql.schema import Schema
from services.nl_to_sql.valueindex import ValueIndex
from tests.nl_to_sql.big_schema import padded

TOP_K = 5


@dataclass
class Retrieval:
    question: Question
    recall: float
    tables: int               # how many tables were retrieved
    missed: list[str]


async def eval_schema(schema_name: str) -> Schema:
    """An eval schema as the executor introspects it, from a throw-away database."""
    name = f"qc_recall_{schema_name}_{uuid.uuid4().hex[:8]}"
    admin(f'CREATE DATABASE "{name}"')
    try:
        await seed_database(schema_name, dsn(name))
        async with aiopg.connect(dsn(name)) as conn:
            info = await introspect(conn, f"recall-{schema_name}")
        return Schema.from_introspection(info.to_dict())
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def padded_recall(schema: Schema, questions: list[Question], size: int = 1000, *, near: bool = False,
                        values: Callable[[Schema], ValueIndex] | None = None) -> list[Retrieval]:
    """Each answerable question's retrieval in `schema` padded to `size` tables (`near`: see `padded`);
    `values`: builds the sampled-value index retrieval sees, given the padded schema."""
    big = padded(schema, size, near=near)
    value_index = values(big) if values is not None else None
    out = []
    with tempfile.TemporaryDirectory(prefix="qc-recall-") as tmp:
        index = SchemaIndex(tmp, HashingEmbeddingFunction())
        try:
            await index.sync_tables(big)
            for q in questions:
                if q.gold is None:
                    continue
                got = (await retrieve(index, big, q.text, TOP_K, values=value_index)).tables
                wanted = gold_tables(q.gold)
                lowered = {t.lower() for t in got}
                missed = sorted(wanted - lowered)
                out.append(Retrieval(q, 1 - len(missed) / len(wanted) if wanted else 1.0, len(got), missed))
        finally:
            index.close()
    return out
