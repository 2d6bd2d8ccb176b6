"""One error envelope for every service (docs/architecture.md#commands), and the expected errors it can carry.

A service raises `ServiceError`; the RPC layer puts `ErrorBody` on the wire; the caller gets the
same `ServiceError` back. Anything else becomes `INTERNAL` with no details leaked.
"""
from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import Field

from contracts.base import CamelModel


class ErrorCode(str, Enum):
    VALIDATION_ERROR = "VALIDATION_ERROR"      # bad input
    UNAUTHORIZED = "UNAUTHORIZED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"                    # unknown request, database, document
    CONFLICT = "CONFLICT"                      # e.g. clientRequestId already used, duplicate id
    SQL_REJECTED = "SQL_REJECTED"              # read-only guard or schema validation refused it
    CANNOT_ANSWER = "CANNOT_ANSWER"            # the NL->SQL engine has no confident answer
    QUERY_FAILED = "QUERY_FAILED"              # the database raised an error (sqlState set)
    QUERY_TIMEOUT = "QUERY_TIMEOUT"            # statement_timeout (57014)
    CANCELLED = "CANCELLED"
    CONNECTION_FAILED = "CONNECTION_FAILED"    # customer database unreachable / bad credentials
    PRIVILEGED_ROLE = "PRIVILEGED_ROLE"        # the registered role could do more than read
    RATE_LIMITED = "RATE_LIMITED"              # upstream LLM 429/529
    LLM_ERROR = "LLM_ERROR"
    UNAVAILABLE = "UNAVAILABLE"                # no broker / no route / no worker
    DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED"    # no reply within the request's deadline
    INTERNAL = "INTERNAL"


HTTP_STATUS = {
    ErrorCode.VALIDATION_ERROR: 400,
    ErrorCode.UNAUTHORIZED: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.CONFLICT: 409,
    ErrorCode.SQL_REJECTED: 422,
    ErrorCode.CANNOT_ANSWER: 422,
    ErrorCode.QUERY_FAILED: 422,
    ErrorCode.QUERY_TIMEOUT: 504,
    ErrorCode.CANCELLED: 409,
    ErrorCode.CONNECTION_FAILED: 502,
    ErrorCode.PRIVILEGED_ROLE: 422,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.LLM_ERROR: 502,
    ErrorCode.UNAVAILABLE: 503,
    ErrorCode.DEADLINE_EXCEEDED: 504,
    ErrorCode.INTERNAL: 500,
}


class ErrorBody(CamelModel):
    code: ErrorCode
    message: str
    retryable: bool = False
    retry_after_seconds: float | None = Field(default=None, ge=0)
    sql_state: str | None = None
    suggestion: str | None = None
    details: dict[str, Any] | None = None


class ServiceError(Exception):
    """An expected, user-facing failure. `message` and `suggestion` must be safe to show."""

    def __init__(self, code: ErrorCode | str, message: str, *, retryable: bool = False,
                 retry_after_seconds: float | None = None, sql_state: str | None = None,
                 suggestion: str | None = None, details: dict[str, Any] | None = None):
        super().__init__(message)
        self.body = ErrorBody(code=ErrorCode(code), message=message, retryable=retryable,
                              retry_after_seconds=retry_after_seconds, sql_state=sql_state,
                              suggestion=suggestion, details=details)

    @property
    def code(self) -> ErrorCode:
        return self.body.code

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self.body.code]

    @classmethod
    def from_body(cls, body: ErrorBody | dict[str, Any]) -> ServiceError:
        if isinstance(body, dict):
            body = ErrorBody.model_validate(body)
        err = cls(body.code, body.message)
        err.body = body
        return err

    def event_data(self) -> dict[str, Any]:
        """The error fields as they go into a status event's `data`."""
        data: dict[str, Any] = {"errorCode": self.body.code.value, "retryable": self.body.retryable}
        for key, value in (("retryAfterSeconds", self.body.retry_after_seconds),
                           ("sqlState", self.body.sql_state), ("suggestion", self.body.suggestion)):
            if value is not None:
                data[key] = value
        return data

    def __repr__(self) -> str:
        return f"ServiceError({self.body.code.value}: {self.body.message})"
