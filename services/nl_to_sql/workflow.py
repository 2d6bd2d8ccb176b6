"""One NL->SQL request, stage by stage: retrieval, prompt, LLM, validation, bounded corrections.
Every stage becomes a status event; exactly one terminal event, always the last."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from broker.status import RequestEvents, sql_preview
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import NlToSqlResponse, ValidationReport
from contracts.rpc import Caller
from contracts.status import Stage
from services.nl_to_sql.catalog import SchemaCatalog
from services.nl_to_sql.index import SchemaIndex
from services.nl_to_sql.prompt import build_prompt
from services.nl_to_sql.providers import GenerationRequest, Provider
from services.nl_to_sql.retrieval import retrieve
from services.nl_to_sql.validator import validate_sql
from services.nl_to_sql.values import ValueSampler

log = logging.getLogger(__name__)

PASSED, FAILED = "PASSED", "FAILED"
DEADLINE_MARGIN = 1.0  # seconds kept for the terminal event and the reply


@dataclass
class WorkflowSettings:
    top_k: int = 5
    max_corrections: int = 2


class NlToSqlWorkflow:
    def __init__(self, catalog: SchemaCatalog, index: SchemaIndex, provider: Provider,
                 settings: WorkflowSettings, values: ValueSampler | None = None):
        self.values = values
        self.catalog = catalog
        self.index = index
        self.provider = provider
        self.settings = settings

    def _window(self, attempt: int) -> tuple[int, int]:
        """Progress range of one attempt: the attempts share 40..95."""
        rounds = self.settings.max_corrections + 1
        width = 55 / rounds
        return int(40 + width * (attempt - 1)), int(40 + width * attempt)

    async def run(self, request_id: str, question: str, database_id: str, caller: Caller,
                  events: RequestEvents, deadline: datetime | None = None) -> NlToSqlResponse:
        started = time.monotonic()
        # Finish (with our own terminal event) before the caller gives up on us.
        finish_by = started + (deadline - datetime.now(UTC)).total_seconds() - DEADLINE_MARGIN \
            if deadline else None
        try:
            return await self._run(request_id, question, database_id, caller, events, started, finish_by)
        except ServiceError as err:
            await events.fail(err.body.message, {"databaseId": database_id, **err.event_data(),
                                                 **(err.body.details or {}),
                                                 "durationMs": _ms(started)})
            raise
        except Exception:
            log.exception("nl-to-sql request failed unexpectedly")
            if not events.finished:
                await events.fail("The NL->SQL service failed unexpectedly.",
                                  {"databaseId": database_id, "errorCode": ErrorCode.INTERNAL.value,
                                   "retryable": True, "durationMs": _ms(started)})
            raise

    async def _run(self, request_id, question, database_id, caller, events, started,
                   finish_by: float | None) -> NlToSqlResponse:
        await events.step(Stage.REQUEST_RECEIVED, "Question received.",
                          {"databaseId": database_id, "provider": self.provider.name}, progress=5)

        schema = await self.catalog.get(database_id, caller)
        retrieved = await retrieve(self.index, schema, question, self.settings.top_k)
        if not retrieved.tables:
            raise ServiceError(ErrorCode.CANNOT_ANSWER, f"Database '{database_id}' has no tables I can read.",
                               suggestion="Check the database registration and the user's privileges.")
        await events.step(Stage.SCHEMA_RETRIEVAL, f"Found {len(retrieved.tables)} relevant tables.",
                          {"databaseId": database_id, "tablesRetrieved": len(retrieved.tables),
                           "tables": retrieved.tables, "tablesInSchema": len(schema.tables),
                           "docsRetrieved": len(retrieved.docs), "examplesRetrieved": len(retrieved.examples)},
                          progress=20)

        prompt = build_prompt(question, schema, retrieved)
        subset = schema.subset(retrieved.tables)
        await events.step(Stage.PROMPT_BUILDING, "Prompt built.",
                          {"tables": retrieved.tables, "promptChars": sum(len(m["content"]) for m in prompt.messages)
                           + len(prompt.system)}, progress=30)

        # Only the offline engine links words to column values; LLMs read the question themselves.
        hints = await self.values.hints(schema, retrieved.tables) \
            if self.values is not None and self.provider.name == "offline" else {}
        errors: list[str] = []
        usage = {"inputTokens": 0, "outputTokens": 0}
        rounds = self.settings.max_corrections + 1
        for attempt in range(1, rounds + 1):
            low, high = self._window(attempt)
            await events.step(Stage.LLM_CALL, f"Asking {self.provider.model} (attempt {attempt}).",
                              {"model": self.provider.model, "provider": self.provider.name, "attempt": attempt},
                              progress=low)
            generation = await self.provider.generate(GenerationRequest(
                question=question, prompt=prompt, schema=subset, full_schema=schema,
                attempt=attempt, errors=errors, value_hints=hints, timeout_seconds=_time_left(finish_by, attempt)))
            tokens = {k: v for k, v in (("inputTokens", generation.input_tokens),
                                        ("outputTokens", generation.output_tokens)) if v is not None}
            for key, value in tokens.items():
                usage[key] += value
            if generation.sql is None:
                errors = ["The answer contained no SQL query in a ```sql block."]
                validation_tables: list[str] = []
            else:
                validation = validate_sql(generation.sql, schema)
                errors, validation_tables = validation.errors, validation.tables
            data = {"validationStatus": FAILED if errors else PASSED, "validationErrors": errors,
                    "attempt": attempt, "model": self.provider.model, **tokens}
            if generation.sql:
                data["sqlPreview"] = sql_preview(generation.sql)
            await events.step(Stage.VALIDATION, "Query is valid." if not errors else
                              f"Query failed validation: {errors[0]}", data, progress=low + (high - low) * 3 // 4)
            if not errors:
                duration = _ms(started)
                tables = validation_tables or retrieved.tables
                await events.succeed("SQL ready.", {
                    "databaseId": database_id, "sqlPreview": sql_preview(generation.sql), "tables": tables,
                    "attempts": attempt, "model": self.provider.model, "validationStatus": PASSED,
                    "durationMs": duration, **(usage if any(usage.values()) else {})})
                return NlToSqlResponse(
                    request_id=request_id, sql=generation.sql, explanation=generation.explanation,
                    tables=tables, validation=ValidationReport(valid=True, errors=[]), attempts=attempt,
                    model=self.provider.model, duration_ms=duration)
            if attempt < rounds:
                await events.step(Stage.CORRECTION, "Asking the model to fix the query.",
                                  {"attempt": attempt + 1, "validationErrors": errors}, progress=high)
                prompt.add_correction(generation.raw, errors)
        raise ServiceError(ErrorCode.SQL_REJECTED,
                           f"No valid query after {rounds} attempt{'s' if rounds > 1 else ''}: {errors[0]}",
                           suggestion="Rephrase the question with the table or column names you mean.",
                           details={"validationErrors": errors, "attempts": rounds})


def _time_left(finish_by: float | None, attempt: int) -> float | None:
    if finish_by is None:
        return None
    left = finish_by - time.monotonic()
    if left <= 0:
        raise ServiceError(ErrorCode.LLM_ERROR, f"Ran out of time before attempt {attempt} could start.",
                           retryable=True, suggestion="Try again, or ask a simpler question.",
                           details={"attempts": attempt - 1})
    return left


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
