"""REST request and response bodies (docs/architecture.md#rest)."""
from __future__ import annotations

import ipaddress
import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_serializer

from contracts.base import CamelModel
from contracts.status import Feature, RealTimeStatusMessage, format_timestamp
from contracts.text import SafeText

# A sane correlation id: it travels in STOMP/AMQP headers and URLs.
REQUEST_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
DATABASE_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,62}$"
FUNCTION_NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_$]{0,62}(\.[A-Za-z_][A-Za-z0-9_$]{0,62})?$"
MAX_QUESTION_CHARS = 2000
MAX_SQL_CHARS = 100_000
MAX_TIMEOUT_SECONDS = 300
MAX_ROWS = 10_000
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def _valid_host(value: str) -> str:
    """A DNS name or an IP address literal: anything else could never be connected to, and a
    driver handed such a string fails in ways a client should not see."""
    try:
        ipaddress.ip_address(value)
        return value
    except ValueError:
        pass
    labels = value[:-1].split(".") if value.endswith(".") else value.split(".")
    if not value or len(value) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise ValueError("must be a host name (letters, digits, hyphens, dots) or an IP address")
    return value


Hostname = Annotated[str, AfterValidator(_valid_host)]
MAX_HISTORY_PAGE = 100
HISTORY_PREVIEW_CHARS = 200


class LoginRequest(CamelModel):
    username: SafeText = Field(min_length=1, max_length=128)
    password: SafeText = Field(min_length=1, max_length=1024)


class TokenResponse(CamelModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int


class NlToSqlRequest(CamelModel):
    question: SafeText = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    database_id: str = Field(pattern=DATABASE_ID_PATTERN)
    client_request_id: str | None = Field(default=None, pattern=REQUEST_ID_PATTERN)


class ValidationReport(CamelModel):
    valid: bool
    errors: list[str] = Field(default_factory=list)


class NlToSqlResponse(CamelModel):
    request_id: str
    sql: str
    explanation: str
    tables: list[str]
    validation: ValidationReport
    attempts: int
    model: str
    duration_ms: int


class QueryExecuteRequest(CamelModel):
    sql: SafeText = Field(min_length=1, max_length=MAX_SQL_CHARS)
    database_id: str = Field(pattern=DATABASE_ID_PATTERN)
    client_request_id: str | None = Field(default=None, pattern=REQUEST_ID_PATTERN)
    timeout_seconds: int | None = Field(default=None, ge=1, le=MAX_TIMEOUT_SECONDS)
    max_rows: int | None = Field(default=None, ge=1, le=MAX_ROWS)


class ColumnInfo(CamelModel):
    name: str
    type: str


class QueryExecuteResponse(CamelModel):
    request_id: str
    columns: list[ColumnInfo]
    rows: list[list[Any]]
    row_count: int
    truncated: bool
    execution_time_ms: int


class DatabaseOptions(CamelModel):
    default_timeout_seconds: int = Field(default=30, ge=1, le=MAX_TIMEOUT_SECONDS)
    max_timeout_seconds: int = Field(default=120, ge=1, le=MAX_TIMEOUT_SECONDS)
    default_max_rows: int = Field(default=1000, ge=1, le=MAX_ROWS)
    ssl_mode: Literal["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] = "prefer"
    allow_privileged_role: bool = Field(default=False, description=(
        "Accept a role that is a superuser, may bypass row-level security, create roles, read or "
        "write server files, run programs or signal other sessions. Off by default: such a "
        "registration is refused with PRIVILEGED_ROLE."))
    allowed_functions: list[Annotated[str, Field(pattern=FUNCTION_NAME_PATTERN, max_length=130)]] = Field(
        default_factory=list, max_length=200, description=(
            "Functions of this database (beyond the built-in allow-list) that queries may call: "
            "`name` or `schema.name`, as PostgreSQL stores them (lower case unless created quoted)."))


class DatabaseCreate(CamelModel):
    id: str = Field(pattern=DATABASE_ID_PATTERN)
    name: SafeText = Field(min_length=1, max_length=200)
    host: Hostname = Field(max_length=253)
    port: int = Field(default=5432, ge=1, le=65535)
    database: SafeText = Field(min_length=1, max_length=63)
    user: SafeText = Field(min_length=1, max_length=63)
    password: SafeText = Field(default="", max_length=1024, json_schema_extra={"writeOnly": True})
    options: DatabaseOptions = Field(default_factory=DatabaseOptions)


class DatabaseInfo(CamelModel):
    """A registered database as anyone can see it: never the password."""

    id: str
    name: str
    host: str
    port: int
    database: str
    user: str
    options: DatabaseOptions
    created_at: datetime | None = None


class DatabaseList(CamelModel):
    databases: list[DatabaseInfo]


class RequestEvents(CamelModel):
    request_id: str
    events: list[RealTimeStatusMessage]


# The outcome of a request in the history: its terminal stage, or RUNNING while it has none yet.
RequestOutcome = Literal["RUNNING", "COMPLETED", "ERROR", "TIMEOUT", "CANCELLED"]


class RequestSummary(CamelModel):
    """One of the caller's past requests (GET /api/requests), newest first."""

    request_id: str
    feature: Feature
    user_id: str
    database_id: str | None = None
    preview: str = Field(description=f"The question or SQL, whitespace collapsed, at most "
                                     f"{HISTORY_PREVIEW_CHARS} characters ('' for requests recorded "
                                     "before previews were kept)")
    status: RequestOutcome
    created_at: datetime = Field(json_schema_extra={"example": "2026-11-25T21:36:45.123Z"})
    finished_at: datetime | None = None
    duration_ms: int | None = Field(default=None, ge=0)

    @field_serializer("created_at", "finished_at")
    def _serialize_moment(self, value: datetime | None) -> str | None:
        return None if value is None else format_timestamp(value)


class RequestDetail(RequestSummary):
    """GET /api/requests/{requestId}: the summary plus the full question or SQL (to re-run it)."""

    text: str | None = None


class RequestList(CamelModel):
    requests: list[RequestSummary]
    next_cursor: str | None = Field(default=None, description="Pass as `cursor` for the next "
                                                              "(older) page; absent on the last page")


class Problem(CamelModel):
    """RFC 9457 problem body (application/problem+json) with querycast's error fields."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    request_id: str | None = None
    code: str | None = None
    retryable: bool | None = None
    retry_after_seconds: float | None = None
    sql_state: str | None = None
    suggestion: str | None = None
    errors: list[dict[str, Any]] | None = None
    attempts: int | None = None                      # NL->SQL: model attempts made
    validation_errors: list[str] | None = None       # NL->SQL: every attempt's validation errors
