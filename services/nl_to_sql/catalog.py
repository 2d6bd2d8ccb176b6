"""Where schemas come from: the executor's `schema.introspect` RPC, cached per database and
indexed into chromadb (incrementally) whenever it is fetched."""
from __future__ import annotations

import asyncio
import logging
import time
import uuid

from broker import RpcClient
from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from contracts.schema_info import SchemaInfo
from services.nl_to_sql.index import SchemaIndex, SyncReport
from services.nl_to_sql.schema import Schema

log = logging.getLogger(__name__)


class SchemaCatalog:
    def __init__(self, rpc: RpcClient, index: SchemaIndex, *, timeout: float = 30.0,
                 ttl_seconds: float = 300.0):
        self._rpc = rpc
        self._index = index
        self._timeout = timeout
        self._ttl = ttl_seconds
        self._cache: dict[str, tuple[float, Schema]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def get(self, database_id: str, caller: Caller) -> Schema:
        cached = self._cache.get(database_id)
        if cached and time.monotonic() - cached[0] < self._ttl:
            return cached[1]
        async with self._locks.setdefault(database_id, asyncio.Lock()):
            cached = self._cache.get(database_id)
            if cached and time.monotonic() - cached[0] < self._ttl:
                return cached[1]
            schema, _ = await self._load(database_id, caller)
            return schema

    async def refresh(self, database_id: str, caller: Caller) -> tuple[Schema, SyncReport]:
        async with self._locks.setdefault(database_id, asyncio.Lock()):
            return await self._load(database_id, caller)

    async def _load(self, database_id: str, caller: Caller) -> tuple[Schema, SyncReport]:
        info = await self._introspect(database_id, caller)
        schema = Schema.from_introspection(SchemaInfo.model_validate(info).to_dict())
        report = await self._index.sync_tables(schema)
        log.info("schema of %s indexed", database_id, extra=report.as_data())
        self._cache[database_id] = (time.monotonic(), schema)
        return schema, report

    async def _introspect(self, database_id: str, caller: Caller) -> dict:
        try:
            return await self._rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.SCHEMA_INTROSPECT,
                                        {"databaseId": database_id}, request_id=f"schema-{uuid.uuid4().hex}",
                                        caller=caller, timeout=self._timeout)
        except ServiceError as err:
            if err.code in (ErrorCode.UNAVAILABLE, ErrorCode.DEADLINE_EXCEEDED):
                # Not the NL->SQL service's own unavailability: say what is missing.
                raise ServiceError(ErrorCode.CONNECTION_FAILED,
                                   f"The schema of database '{database_id}' could not be read: "
                                   "the query executor did not answer.", retryable=True,
                                   suggestion="Check that the query executor is running, then try again.") from None
            raise
