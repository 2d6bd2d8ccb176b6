"""The status event every stage of both workflows publishes (docs/architecture.md#status-message)."""
from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any

from pydantic import Field, field_serializer, field_validator

from contracts.base import CamelModel
from contracts.text import clean_json_value


class Feature(str, Enum):
    NL_TO_SQL = "NL_TO_SQL"
    QUERY_EXECUTION = "QUERY_EXECUTION"

    @property
    def routing_key(self) -> str:
        return "nl-to-sql" if self is Feature.NL_TO_SQL else "query-execution"

    @property
    def topic(self) -> str:
        return f"/topic/{self.routing_key}"


class Stage(str, Enum):
    REQUEST_RECEIVED = "REQUEST_RECEIVED"
    SCHEMA_RETRIEVAL = "SCHEMA_RETRIEVAL"
    PROMPT_BUILDING = "PROMPT_BUILDING"
    LLM_CALL = "LLM_CALL"
    VALIDATION = "VALIDATION"
    CORRECTION = "CORRECTION"
    DATABASE_LOOKUP = "DATABASE_LOOKUP"
    CONNECTING = "CONNECTING"
    EXECUTING = "EXECUTING"
    COMPLETED = "COMPLETED"
    TIMEOUT = "TIMEOUT"
    CANCELLED = "CANCELLED"
    ERROR = "ERROR"


class Status(str, Enum):
    IN_PROGRESS = "IN_PROGRESS"
    SUCCESS = "SUCCESS"
    ERROR = "ERROR"


NL_TO_SQL_STAGES = (
    Stage.REQUEST_RECEIVED, Stage.SCHEMA_RETRIEVAL, Stage.PROMPT_BUILDING, Stage.LLM_CALL,
    Stage.VALIDATION, Stage.CORRECTION, Stage.COMPLETED, Stage.CANCELLED, Stage.ERROR,
)
QUERY_EXECUTION_STAGES = (
    Stage.REQUEST_RECEIVED, Stage.VALIDATION, Stage.DATABASE_LOOKUP, Stage.CONNECTING,
    Stage.EXECUTING, Stage.COMPLETED, Stage.TIMEOUT, Stage.CANCELLED, Stage.ERROR,
)
STAGES_BY_FEATURE = {Feature.NL_TO_SQL: NL_TO_SQL_STAGES, Feature.QUERY_EXECUTION: QUERY_EXECUTION_STAGES}
TERMINAL_STAGES = frozenset({Stage.COMPLETED, Stage.TIMEOUT, Stage.CANCELLED, Stage.ERROR})


def format_timestamp(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds and `Z`, e.g. 2026-11-25T21:36:45.123Z."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_now() -> datetime:
    return datetime.now(UTC)


class RealTimeStatusMessage(CamelModel):
    """One event on /topic/nl-to-sql or /topic/query-execution. The first seven fields are the
    compatibility contract with the original frontends; sequence and progress are additive."""

    feature: Feature
    request_id: str = Field(min_length=1, max_length=128)
    stage: Stage
    status: Status
    message: str
    data: dict[str, Any] = Field(default_factory=dict)
    timestamp: datetime = Field(default_factory=utc_now, json_schema_extra={"example": "2026-11-25T21:36:45.123Z"})
    sequence: int = Field(ge=1)
    progress: int = Field(ge=0, le=100)

    @field_validator("message", "data")
    @classmethod
    def _clean(cls, value: Any) -> Any:
        # Events repeat user input (SQL previews, questions, error texts): never let a NUL or a
        # lone surrogate through to the broker, the browser or the history's jsonb.
        return clean_json_value(value)

    @field_validator("timestamp")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value

    @field_serializer("timestamp")
    def _serialize_timestamp(self, value: datetime) -> str:
        return format_timestamp(value)

    @property
    def is_terminal(self) -> bool:
        return self.status is not Status.IN_PROGRESS

    def to_json(self) -> bytes:
        # `data` is always present (possibly empty) so the frontend shape never changes.
        return self.model_dump_json(by_alias=True).encode()
