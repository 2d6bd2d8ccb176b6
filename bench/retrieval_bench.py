"""Schema retrieval latency on chromadb with the offline hashing embeddings, for 100 and 1,000
tables (the ~110 business tables, padded with distinct distractor tables): cold index build,
incremental re-sync with nothing changed, and per-question retrieval
(embedding + chromadb query + re-ranking + FK-path expansion).

    python -m bench.retrieval_bench            (or: python -m bench retrieval)

Then the recall of the eval's questions (bench/nl_eval, both halves): each eval schema as one
corner of a 1,000-table database, padded with distractor tables of other topics, and again with the
enterprise tables of neighbouring topics (other employees, orders, invoices) in the padding.

The first part needs no broker and no database: the schema is generated
(tests/nl_to_sql/big_schema.py) and the index lives in a temporary directory. The eval part seeds
throw-away PostgreSQL databases to introspect them. QUERYCAST_BENCH_ROUNDS (default 5) repeats the
question set.
"""
from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time

from bench.nl_to_sql.questions import DEV, HELD_OUT, SCHEMAS, load
from bench.nl_to_sql.recall import eval_schema, padded_recall
from services.nl_to_sql.embeddings import HashingEmbeddingFunction
from services.nl_to_sql.index import SchemaIndex
from services.nl_to_sql.retrieval import retrieve
from tests.nl_to_sql.big_schema import QUESTIONS, enterprise_schema

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


async def eval_recall(size: int = 1000) -> None:
    print(f"\neval questions, each schema padded to {size} tables: recall of the gold tables "
          "(most tables retrieved)")
    print(f"{'schema':<12}{'split':<10}{'questions':>10}{'distractors':>18}{'+ neighbours':>18}")
    totals: dict[tuple[str, bool], list[float]] = {}
    for name in SCHEMAS:
        schema = await eval_schema(name)
        for split in (DEV, HELD_OUT):
            cells = []
            for near in (False, True):
                results = await padded_recall(schema, load((name,), split), size, near=near)
                totals.setdefault((split, near), []).extend(r.recall for r in results)
                recall = sum(r.recall for r in results) / len(results)
                cells.append(f"{recall:.3f} ({max(r.tables for r in results)})")
            print(f"{name:<12}{split:<10}{len(results):>10}{cells[0]:>18}{cells[1]:>18}", flush=True)
    for split in (DEV, HELD_OUT):
        cells = [sum(v) / len(v) for v in (totals[(split, False)], totals[(split, True)])]
        print(f"{'all':<12}{split:<10}{len(totals[(split, False)]):>10}{cells[0]:>18.3f}{cells[1]:>18.3f}")


def main() -> None:
    rounds = int(os.environ.get("QUERYCAST_BENCH_ROUNDS", "5"))
    print(f"retrieval benchmark: top_k={TOP_K}, {len(QUESTIONS)} questions x {rounds} rounds, hashing embeddings")
    for size in (100, 1000):
        asyncio.run(bench(size, rounds))
    asyncio.run(eval_recall())


if __name__ == "__main__":
    main()
