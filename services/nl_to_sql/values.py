"""Sampled values of categorical text columns ("status" is one of pending/shipped/...), so the
offline engine can tell that "Berlin" is a city and "cancelled" a status, and so retrieval finds
the table a question names only through a value (services/nl_to_sql/valueindex.py).

The service holds no database credentials: the sample runs through the executor's
`query.execute` RPC (read-only, with a timeout), one query per retrieved table (SAMPLE_BATCH tables a
query when a whole schema is indexed), as the service's own caller
(so its query-execution events go to that identity, not into the asking user's stream).
Best effort: any failure just means no hints for that table.

For retrieval in a schema too big to send whole, every table is sampled in the background (at most
INDEX_CONCURRENCY queries at once, SAMPLE_BATCH tables each) when the schema is first used and again after the TTL; a
question waits at most INDEX_WAIT_SECONDS for a first build and then goes on with what is sampled
so far (a rebuild after the TTL is not waited for: the old values serve meanwhile).
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid

from broker import RpcClient
from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.errors import ServiceError
from contracts.rpc import Caller, Operation
from services.nl_to_sql.named_values import MAX_LOOKUPS, lookup_sql, named_hints, phrases
from services.nl_to_sql.offline.coltypes import TEXT_TYPES, type_is
from services.nl_to_sql.schema import Schema, Table
from services.nl_to_sql.sqltext import sql_identifier, sql_literal
from services.nl_to_sql.valueindex import ValueIndex

log = logging.getLogger(__name__)

MAX_DISTINCT = 50          # more distinct values than this: not a category, no hints
SCAN_ROWS = 5000           # rows looked at per table, so a huge table costs the same as a small one
MAX_COLUMNS = 8
INDEX_CONCURRENCY = 4      # sample queries in flight at once while indexing a whole schema
SAMPLE_BATCH = 10          # tables one sample query covers while indexing a whole schema
INDEX_WAIT_SECONDS = 10.0  # how long a question waits for a schema's value index being built
_SKIP = ("email", "phone", "url", "password", "token", "secret", "description", "body", "comment",
         "note", "address", "street", "hash", "sku", "serial")

Hints = dict[tuple[str, str], list[str]]
SAMPLER = Caller(user_id="querycast-nl-to-sql", roles=["service"])


def sampled_columns(table: Table) -> list[str]:
    """The text columns of `table` worth sampling (no e-mails, phones, free text), at most MAX_COLUMNS.
    The description of a code table (`sizes(size_code, size_description)`) is what its codes mean."""
    coded = len(table.columns) <= 3
    return [c.name for c in table.columns if type_is(c.type, TEXT_TYPES)
            and not any(s in c.name.lower() for s in _SKIP if not (coded and s == "description"))][:MAX_COLUMNS]


def sample_sql(table: Table) -> str | None:
    """The sample query of one table: rows (column, value)."""
    return _sample_sql([table], with_table=False)


def batch_sample_sql(tables: list[Table]) -> str | None:
    """One query sampling several tables: rows (table key, column, value)."""
    return _sample_sql(tables, with_table=True)


def _sample_sql(tables: list[Table], *, with_table: bool) -> str | None:
    """The most frequent values of the sampled columns of `tables`, at most MAX_DISTINCT + 1 per
    column; None if there is nothing to sample."""
    parts = []
    for table in tables:
        source = ".".join(sql_identifier(p) for p in ([table.schema, table.name]))
        key = f"{sql_literal(table.key)} AS t, " if with_table else ""
        for column in sampled_columns(table):
            parts.append(f"(SELECT {key}{sql_literal(column)} AS c, v FROM (SELECT {sql_identifier(column)}::text AS v "
                         f"FROM {source} LIMIT {SCAN_ROWS}) s WHERE v IS NOT NULL GROUP BY v "
                         f"ORDER BY count(*) DESC, v LIMIT {MAX_DISTINCT + 1})")
    return "\nUNION ALL\n".join(parts) if parts else None


def hints_from_rows(rows: list) -> Hints:
    """The result rows (table, column, value) of `batch_sample_sql` as hints: only columns with at most
    MAX_DISTINCT values (categories, not free text)."""
    values: Hints = {}
    for table, column, value in rows:
        values.setdefault((table, column), []).append(value)
    return {tc: v for tc, v in values.items() if len(v) <= MAX_DISTINCT}


class ValueSampler:
    def __init__(self, rpc: RpcClient, *, ttl_seconds: float = 300.0, timeout_seconds: int = 5):
        self._rpc = rpc
        self._ttl = ttl_seconds
        self._timeout = timeout_seconds
        self._cache: dict[tuple[str, str], tuple[float, Hints]] = {}
        self._indexes: dict[str, ValueIndex] = {}
        self._indexing: dict[str, asyncio.Task] = {}
        self._indexed_at: dict[str, float] = {}

    async def value_index(self, schema: Schema) -> ValueIndex:
        """The values of every table of `schema`, for retrieval: sampled in the background (again
        after the TTL), waited for at most INDEX_WAIT_SECONDS; possibly partial."""
        database = schema.database_id
        index = self._indexes.setdefault(database, ValueIndex())
        task = self._indexing.get(database)
        if task is None and time.monotonic() - self._indexed_at.get(database, -1e18) > self._ttl:
            self._indexed_at[database] = time.monotonic()
            task = self._indexing[database] = asyncio.create_task(self._index_all(schema, index))
            task.add_done_callback(lambda _t: self._indexing.pop(database, None))
        if task is not None and not len(index):
            await asyncio.wait([task], timeout=INDEX_WAIT_SECONDS)
        return index

    async def _index_all(self, schema: Schema, index: ValueIndex) -> None:
        for key in [k for k in list(index.tables()) if k not in schema.tables]:
            index.remove(key)
        limit = asyncio.Semaphore(INDEX_CONCURRENCY)
        keys = [k for k, t in schema.tables.items() if sampled_columns(t)]

        async def batch(part: list[str]) -> None:
            async with limit:
                await self._refresh(schema, part, SAMPLE_BATCH)

        try:
            await asyncio.gather(*(batch(keys[i:i + SAMPLE_BATCH]) for i in range(0, len(keys), SAMPLE_BATCH)))
        except Exception:  # noqa: BLE001 - best effort: a failed sample only means fewer hints
            log.warning("value index of %s incomplete", schema.database_id, exc_info=True)

    async def close(self) -> None:
        tasks = list(self._indexing.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def hints(self, schema: Schema, tables: list[str]) -> Hints:
        """Hints for `tables`; missing or stale ones are sampled concurrently, all within one
        timeout, so a slow executor delays a question by at most that much."""
        now = time.monotonic()
        stale = [key for key in tables if key in schema.tables and (
            (cached := self._cache.get((schema.database_id, key))) is None or now - cached[0] > self._ttl)]
        if stale:
            await self._refresh(schema, stale, 1)
        out: Hints = {}
        for key in tables:
            cached = self._cache.get((schema.database_id, key))
            if cached:
                out.update(cached[1])
        return out

    async def _refresh(self, schema: Schema, keys: list[str], per_query: int) -> None:
        """Sample `keys` (`per_query` tables a query, concurrently) into the cache and the index."""
        parts = [[schema.tables[k] for k in keys[i:i + per_query]] for i in range(0, len(keys), per_query)]
        samples = await asyncio.gather(*(self._sample(schema.database_id, part) for part in parts))
        index = self._indexes.get(schema.database_id)
        for part, sample in zip(parts, samples):
            for table in part:
                hints = {tc: v for tc, v in sample.items() if tc[0] == table.key}
                self._cache[(schema.database_id, table.key)] = (time.monotonic(), hints)
                if index is not None:
                    index.set_table(table.key, {column: v for (_, column), v in hints.items()})

    async def named(self, schema: Schema, tables: list[str], question: str, hints: Hints) -> Hints:
        """Hints of the values the question names in free-text columns of `tables` (named_values.py);
        {} when it names none, or on any failure."""
        said = phrases(question, {v.lower() for values in hints.values() for v in values})
        targets = [(t, [c for c in sampled_columns(t) if (t.key, c) not in hints])
                   for t in (schema.tables[k] for k in tables if k in schema.tables)]
        sql = lookup_sql(targets, said) if said else None
        if sql is None:
            return {}
        try:
            result = await self._execute(schema.database_id, sql, MAX_LOOKUPS)
        except ServiceError as err:
            log.info("no named-value lookup for %s: %s", schema.database_id, err.code.value)
            return {}
        return named_hints(result.get("rows", []))

    async def _execute(self, database_id: str, sql: str, max_rows: int) -> dict:
        return await self._rpc.call(
            COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
            {"sql": sql, "databaseId": database_id, "timeoutSeconds": self._timeout, "maxRows": max_rows},
            request_id=f"values-{uuid.uuid4().hex[:16]}", caller=SAMPLER, timeout=self._timeout + 1)

    async def _sample(self, database_id: str, tables: list[Table]) -> Hints:
        sql = batch_sample_sql(tables)
        if sql is None:
            return {}
        try:
            result = await self._execute(database_id, sql, len(tables) * MAX_COLUMNS * (MAX_DISTINCT + 1))
        except ServiceError as err:
            if len(tables) > 1:   # one unreadable table must not cost the others their values
                parts = await asyncio.gather(*(self._sample(database_id, [t]) for t in tables))
                return {tc: v for part in parts for tc, v in part.items()}
            log.info("no value sample for %s.%s: %s", database_id, tables[0].key, err.code.value)
            return {}
        return hints_from_rows(result.get("rows", []))
