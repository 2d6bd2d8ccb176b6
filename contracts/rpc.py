"""RPC command and reply envelopes on `querycast.commands` (docs/architecture.md#commands)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field, model_validator

from contracts.base import CamelModel
from contracts.errors import ErrorBody
from contracts.rest import REQUEST_ID_PATTERN, QueryExecuteRequest


class Operation:
    """Operation names, per command queue."""

    # query-execution queue (executor)
    EXECUTE = "query.execute"
    DATABASES_LIST = "databases.list"
    DATABASES_GET = "databases.get"
    DATABASES_REGISTER = "databases.register"
    DATABASES_DELETE = "databases.delete"
    DATABASES_TEST = "databases.test"
    SCHEMA_INTROSPECT = "schema.introspect"
    # executor control fanout
    CANCEL = "query.cancel"
    # nl-to-sql queue
    NL_TO_SQL = "nl-to-sql.generate"
    SCHEMA_REFRESH = "schema.refresh"
    DOCS_ADD = "knowledge.add"
    DOCS_LIST = "knowledge.list"
    DOCS_REMOVE = "knowledge.remove"


class Caller(CamelModel):
    """Who is asking: the verified identity the gateway puts on every command (one type for the
    gateway's principal and the services' caller)."""

    model_config = ConfigDict(frozen=True)

    user_id: str = Field(min_length=1, max_length=128)
    roles: tuple[str, ...] = ()

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles


class Command(CamelModel):
    operation: str
    request_id: str = Field(pattern=REQUEST_ID_PATTERN)
    caller: Caller
    payload: dict[str, Any] = Field(default_factory=dict)
    deadline: datetime | None = None


class ExecutePayload(QueryExecuteRequest):
    """`query.execute` payload: the REST body (clientRequestId already resolved to requestId)."""


class NlToSqlPayload(CamelModel):
    question: str
    database_id: str


class CancelPayload(CamelModel):
    request_id: str = Field(pattern=REQUEST_ID_PATTERN)


class Reply(CamelModel):
    result: Any | None = None
    error: ErrorBody | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Reply:
        if (self.result is None) == (self.error is None):
            raise ValueError("a reply carries exactly one of result or error")
        return self
