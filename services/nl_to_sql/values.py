"""Sampled values of categorical text columns ("status" is one of pending/shipped/...), so the
offline engine can tell that "Berlin" is a city and "cancelled" a status.

The service holds no database credentials: the sample runs through the executor's
`query.execute` RPC (read-only, with a timeout), one query per table, as the service's own caller
(so its query-execution events go to that identity, not into the asking user's stream).
Best effort: any failure just means no hints for that table.
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
from services.nl_to_sql.offline.linking import TEXT_TYPES, type_is
from services.nl_to_sql.schema import Schema, Table

log = logging.getLogger(__name__)

MAX_DISTINCT = 50          # more distinct values than this: not a category, no hints
SCAN_ROWS = 5000           # rows looked at per table, so a huge table costs the same as a small one
MAX_COLUMNS = 8
_SKIP = ("email", "phone", "url", "password", "token", "secret", "description", "body", "comment",
         "note", "address", "street", "hash", "sku", "serial")

Hints = dict[tuple[str, str], list[str]]
SAMPLER = Caller(user_id="querycast-nl-to-sql", roles=["service"])


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def sample_sql(table: Table) -> str | None:
    columns = [c.name for c in table.columns if type_is(c.type, TEXT_TYPES)
               and not any(s in c.name.lower() for s in _SKIP)][:MAX_COLUMNS]
    if not columns:
        return None
    source = ".".join(_quote(p) for p in ([table.schema, table.name]))
    parts = []
    for column in columns:
        col = _quote(column)
        literal = "'" + column.replace("'", "''") + "'"
        parts.append(f"(SELECT {literal} AS c, v FROM (SELECT {col}::text AS v FROM {source} LIMIT {SCAN_ROWS}) s "
                     f"WHERE v IS NOT NULL GROUP BY v ORDER BY count(*) DESC, v LIMIT {MAX_DISTINCT + 1})")
    return "\nUNION ALL\n".join(parts)


class ValueSampler:
    def __init__(self, rpc: RpcClient, *, ttl_seconds: float = 300.0, timeout_seconds: int = 5):
        self._rpc = rpc
        self._ttl = ttl_seconds
        self._timeout = timeout_seconds
        self._cache: dict[tuple[str, str], tuple[float, Hints]] = {}

    async def hints(self, schema: Schema, tables: list[str]) -> Hints:
        """Hints for `tables`; missing or stale ones are sampled concurrently, all within one
        timeout, so a slow executor delays a question by at most that much."""
        now = time.monotonic()
        stale = [key for key in tables if key in schema.tables and (
            (cached := self._cache.get((schema.database_id, key))) is None or now - cached[0] > self._ttl)]
        if stale:
            samples = await asyncio.gather(*(self._sample(schema.database_id, schema.tables[key]) for key in stale))
            for key, sample in zip(stale, samples):
                self._cache[(schema.database_id, key)] = (time.monotonic(), sample)
        out: Hints = {}
        for key in tables:
            cached = self._cache.get((schema.database_id, key))
            if cached:
                out.update(cached[1])
        return out

    async def _sample(self, database_id: str, table: Table) -> Hints:
        sql = sample_sql(table)
        if sql is None:
            return {}
        try:
            result = await self._rpc.call(
                COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                {"sql": sql, "databaseId": database_id, "timeoutSeconds": self._timeout,
                 "maxRows": MAX_COLUMNS * (MAX_DISTINCT + 1)},
                request_id=f"values-{uuid.uuid4().hex[:16]}", caller=SAMPLER, timeout=self._timeout + 1)
        except ServiceError as err:
            log.info("no value sample for %s.%s: %s", database_id, table.key, err.code.value)
            return {}
        values: dict[str, list[str]] = {}
        for column, value in result.get("rows", []):
            values.setdefault(column, []).append(value)
        return {(table.key, c): v for c, v in values.items() if len(v) <= MAX_DISTINCT}
