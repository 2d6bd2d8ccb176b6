"""The registry and schema operations on the query-execution queue (called by the REST API and
the NL->SQL service). Changing the registry is for administrators; reading it is for everyone,
and no result ever carries a password."""
from __future__ import annotations

import logging
from typing import Any

import psycopg2
from pydantic import Field

from broker import RpcWorker
from broker.connection import Delivery
from contracts.base import CamelModel
from contracts.rest import DATABASE_ID_PATTERN, DatabaseCreate, DatabaseList
from contracts.rpc import Command, Operation
from controldb.registry import Registry, StoredDatabase
from services.executor.errors import query_failed
from services.executor.introspect import introspect
from services.executor.payloads import parse_payload, require_admin
from services.executor.pools import DatabasePools

log = logging.getLogger(__name__)


class DatabaseRef(CamelModel):
    id: str = Field(pattern=DATABASE_ID_PATTERN)


class SchemaRequest(CamelModel):
    database_id: str = Field(pattern=DATABASE_ID_PATTERN)


class RegistryHandlers:
    def __init__(self, registry: Registry, pools: DatabasePools):
        self._registry = registry
        self._pools = pools

    def install(self, worker: RpcWorker) -> None:
        worker.handle(Operation.DATABASES_LIST, self.list)
        worker.handle(Operation.DATABASES_GET, self.get)
        worker.handle(Operation.DATABASES_REGISTER, self.register)
        worker.handle(Operation.DATABASES_DELETE, self.delete)
        worker.handle(Operation.DATABASES_TEST, self.test)
        worker.handle(Operation.SCHEMA_INTROSPECT, self.introspect)

    async def list(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        return DatabaseList(databases=await self._registry.list()).to_dict()

    async def get(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        ref = parse_payload(DatabaseRef, command.payload)
        return (await self._registry.get(ref.id)).info().to_dict()

    async def register(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        require_admin(command, "register databases")
        spec = parse_payload(DatabaseCreate, command.payload)
        if spec.options.allow_privileged_role:
            log.warning("database registered with allowPrivilegedRole", extra={
                "databaseId": spec.id, "userId": command.caller.user_id})
        await self._pools.check_registration(StoredDatabase.from_create(spec))
        info = await self._registry.register(spec)
        self._pools.discard(spec.id)
        return info.to_dict()

    async def delete(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        require_admin(command, "delete databases")
        ref = parse_payload(DatabaseRef, command.payload)
        await self._registry.delete(ref.id)
        self._pools.discard(ref.id)
        return {"id": ref.id, "deleted": True}

    async def test(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        """Test a registered database (`{id}`) or, before registering, a full DatabaseCreate."""
        require_admin(command, "test database connections")
        if set(command.payload) == {"id"}:
            db = await self._registry.get(parse_payload(DatabaseRef, command.payload).id)
        else:
            db = StoredDatabase.from_create(parse_payload(DatabaseCreate, command.payload))
        return {"id": db.id, **await self._pools.probe(db)}

    async def introspect(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        request = parse_payload(SchemaRequest, command.payload)
        db = await self._registry.get(request.database_id)
        async with self._pools.connection(db) as conn:
            try:
                schema = await introspect(conn, db.id)
            except psycopg2.Error as exc:
                raise query_failed(exc) from None
        schema.allowed_functions = list(db.options.allowed_functions)
        return schema.to_dict()
