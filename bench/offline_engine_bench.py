"""Offline engine answer latency on a 100-table schema (and the padded 1,000-table one): the time
`generate()` takes for a question, given the tables retrieval picked (retrieval itself is measured
by retrieval_bench), answered or refused alike. The first question on a schema also builds its
lexicon and join edges (reported as "cold"); later ones reuse them.

    python -m bench.offline_engine_bench            (or: python -m bench offline_engine)

Needs no broker and no database (tests/nl_to_sql/big_schema.py). QUERYCAST_BENCH_ROUNDS
(default 5) repeats the question set. Target (issue 12): p95 <= 50 ms on 100 tables.
"""
from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time

from contracts.errors import ServiceError
from services.nl_to_sql.embeddings import HashingEmbeddingFunction
from services.nl_to_sql.index import SchemaIndex
from services.nl_to_sql.offline.engine import generate
from services.nl_to_sql.retrieval import retrieve
from tests.nl_to_sql.big_schema import QUESTIONS, enterprise_schema

TOP_K = 5


async def bench(size: int, rounds: int) -> None:
    schema = enterprise_schema(f"bench-engine-{size}", tables=size)
    with tempfile.TemporaryDirectory() as tmp:
        index = SchemaIndex(tmp, HashingEmbeddingFunction())
        try:
            await index.sync_tables(schema)
            subsets = [(q, schema.subset((await retrieve(index, schema, q, TOP_K)).tables)) for q, _ in QUESTIONS]
        finally:
            index.close()
    latencies, answered, cold = [], 0, None
    for r in range(rounds):
        for question, subset in subsets:
            started = time.perf_counter()
            try:
                generate(question, subset, schema)
                answered += r == 0
            except ServiceError:
                pass
            elapsed = (time.perf_counter() - started) * 1000
            if cold is None:
                cold = elapsed
            else:
                latencies.append(elapsed)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"{len(schema.tables):5d} tables | cold {cold:6.1f} ms | p50 {statistics.median(latencies):5.1f} ms "
          f"p95 {p95:5.1f} ms max {latencies[-1]:6.1f} ms (n={len(latencies)}) | "
          f"answered {answered}/{len(subsets)}", flush=True)


def main() -> None:
    rounds = int(os.environ.get("QUERYCAST_BENCH_ROUNDS", "5"))
    print(f"offline engine benchmark: {len(QUESTIONS)} questions x {rounds} rounds")
    for size in (100, 1000):
        asyncio.run(bench(size, rounds))


if __name__ == "__main__":
    main()
