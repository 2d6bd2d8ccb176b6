"""Schema retrieval latency on chromadb with the offline hashing embeddings, for 100 and 1,000
tables (the ~110 business tables, padded with distinct distractor tables): cold index build,
incremental re-sync with nothing changed, and per-question retrieval
(embedding + chromadb query + re-ranking + FK-path expansion).

    python -m bench.retrieval_bench            (or: python -m bench retrieval)

Then the recall of the eval's questions (bench/nl_eval; `--split dev` for the development half
only): each eval schema as one corner of a 1,000-table database, padded with distractor tables of
other topics, and again with the enterprise tables of neighbouring topics (other employees, orders,
invoices) in the padding. Retrieval sees the sampled values of the tables (the eval tables' own,
sampled with the service's query; decoy statuses, sizes and channels for the padding) unless
`--no-values`. `--misses` lists the development half's misses (never the held-out half's).

The first part needs no broker and no database: the schema is generated
(tests/nl_to_sql/big_schema.py) and the index lives in a temporary directory. The eval part seeds
throw-away PostgreSQL databases to introspect them. QUERYCAST_BENCH_ROUNDS (default 5) repeats the
question set.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable

import aiopg

from bench.nl_to_sql.questions import DEV, HELD_OUT, SCHEMAS, load
from bench.nl_to_sql.recall import padded_recall
from bench.nl_to_sql.stack import seed_database
from bench.serving import admin, dsn
from services.executor.introspect import introspect
from services.nl_to_sql.embeddings import HashingEmbeddingFunction
from services.nl_to_sql.index import SchemaIndex
from services.nl_to_sql.retrieval import retrieve
from services.nl_to_sql.schema import Schema
from services.nl_to_sql.valueindex import ValueIndex
from services.nl_to_sql.values import batch_sample_sql, hints_from_rows
from tests.nl_to_sql.big_schema import QUESTIONS, decoy_values, enterprise_schema

TOP_K = 5


async def bench(size: int, rounds: int) -> None:
    schema = enterprise_schema(f"bench-{size}", tables=size)
    with tempfile.TemporaryDirectory() as tmp:
        index = SchemaIndex(tmp, HashingEmbeddingFunction())
        try:
            started = time.perf_counter()
            await index.sync_tables(schema)
            build = time.perf_counter() - started
            started = time.perf_counter()
            report = await index.sync_tables(schema)
            resync = time.perf_counter() - started
            latencies, found, needed = [], 0, 0
            for _ in range(rounds):
                for question, tables in QUESTIONS:
                    started = time.perf_counter()
                    got = await retrieve(index, schema, question, TOP_K)
                    latencies.append((time.perf_counter() - started) * 1000)
                    found += len(tables & set(got.tables))
                    needed += len(tables)
        finally:
            index.close()
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"{len(schema.tables):5d} tables | build {build:6.2f} s | re-sync (unchanged {report.unchanged}) "
          f"{resync * 1000:7.1f} ms | retrieval p50 {statistics.median(latencies):6.1f} ms "
          f"p95 {p95:6.1f} ms max {latencies[-1]:6.1f} ms (n={len(latencies)}) | recall@{TOP_K} {found / needed:.3f}",
          flush=True)


async def sampled_eval_schema(schema_name: str) -> tuple[Schema, dict[str, dict[str, list[str]]]]:
    """An eval schema as the executor introspects it, with its tables' sampled values (the
    service's own sample query, services/nl_to_sql/values.py), from a throw-away database."""
    name = f"qc_recall_{schema_name}_{uuid.uuid4().hex[:8]}"
    admin(f'CREATE DATABASE "{name}"')
    try:
        await seed_database(schema_name, dsn(name))
        values: dict[str, dict[str, list[str]]] = {}
        async with aiopg.connect(dsn(name)) as conn:
            schema = Schema.from_introspection((await introspect(conn, f"recall-{schema_name}")).to_dict())
            async with conn.cursor() as cur:
                if (sql := batch_sample_sql(list(schema.tables.values()))) is not None:
                    await cur.execute(sql)
                    for (table, column), v in hints_from_rows(await cur.fetchall()).items():
                        values.setdefault(table, {})[column] = v
        return schema, values
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def eval_value_index(schema: Schema, sampled: dict[str, dict[str, list[str]]]) -> Callable[[Schema], ValueIndex]:
    """The sampled values retrieval sees in `schema` padded: the eval tables' real ones, decoys
    for the padding."""
    def build(big: Schema) -> ValueIndex:
        values = ValueIndex()
        extra = Schema(big.database_id, {k: t for k, t in big.tables.items() if k not in schema.tables})
        for key, columns in {**decoy_values(extra), **sampled}.items():
            values.set_table(key, columns)
        return values
    return build


async def eval_recall(splits: tuple[str, ...], *, size: int = 1000, with_values: bool = True,
                      misses: bool = False) -> None:
    print(f"\neval questions, each schema padded to {size} tables, sampled values "
          f"{'indexed' if with_values else 'not indexed'}: recall of the gold tables (most tables retrieved)")
    print(f"{'schema':<12}{'split':<10}{'questions':>10}{'distractors':>18}{'+ neighbours':>18}")
    totals: dict[tuple[str, bool], list[float]] = {}
    for name in SCHEMAS:
        schema, sampled = await sampled_eval_schema(name)
        for split in splits:
            cells = []
            for near in (False, True):
                results = await padded_recall(schema, load((name,), split), size, near=near,
                                              values=eval_value_index(schema, sampled) if with_values else None)
                totals.setdefault((split, near), []).extend(r.recall for r in results)
                cells.append(f"{sum(r.recall for r in results) / len(results):.3f} ({max(r.tables for r in results)})")
                if misses and split == DEV:   # held-out misses are never looked at
                    for r in results:
                        if r.missed:
                            print(f"   miss{' (near)' if near else ''}: {r.question.text!r} -> {r.missed}")
            print(f"{name:<12}{split:<10}{len(results):>10}{cells[0]:>18}{cells[1]:>18}", flush=True)
    for split in splits:
        cells = [sum(v) / len(v) for v in (totals[(split, False)], totals[(split, True)])]
        print(f"{'all':<12}{split:<10}{len(totals[(split, False)]):>10}{cells[0]:>18.3f}{cells[1]:>18.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.retrieval_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=(DEV, HELD_OUT, "both"), default="both")
    parser.add_argument("--no-values", action="store_true", help="retrieval without the sampled values")
    parser.add_argument("--misses", action="store_true", help="list the development half's misses")
    parser.add_argument("--recall-only", action="store_true", help="skip the latency part")
    args = parser.parse_args(argv)
    rounds = int(os.environ.get("QUERYCAST_BENCH_ROUNDS", "5"))
    if not args.recall_only:
        print(f"retrieval benchmark: top_k={TOP_K}, {len(QUESTIONS)} questions x {rounds} rounds, "
              f"hashing embeddings; load average {os.getloadavg()[0]:.2f}")
        for size in (100, 1000):
            asyncio.run(bench(size, rounds))
    splits = (DEV, HELD_OUT) if args.split == "both" else (args.split,)
    asyncio.run(eval_recall(splits, with_values=not args.no_values, misses=args.misses))


if __name__ == "__main__":
    main()
