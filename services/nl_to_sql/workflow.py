"""One NL->SQL request, stage by stage: retrieval, prompt, LLM, validation, bounded corrections.
Every stage becomes a status event; exactly one terminal event, always the last.

Extraction and validation of an answer (sqlglot) run in a worker thread, so a long query does
not stall the other requests the process is serving."""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from broker.status import RequestEvents, sql_preview
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import NlToSqlResponse, ValidationReport
from contracts.rpc import Caller
from contracts.status import Stage
from services.nl_to_sql.catalog import SchemaCatalog
from services.nl_to_sql.index import SchemaIndex
from services.nl_to_sql.joins import value_edges
from services.nl_to_sql.prompt import Prompt, build_prompt
from services.nl_to_sql.providers import Generation, GenerationRequest, Provider
from services.nl_to_sql.providers.hybrid import HybridProvider, reading_hint
from services.nl_to_sql.retrieval import fits_whole, retrieve
from services.nl_to_sql.validator import CheckedAnswer, check_answer
from services.nl_to_sql.values import ValueSampler

log = logging.getLogger(__name__)

PASSED, FAILED = "PASSED", "FAILED"
DEADLINE_MARGIN = 1.0  # seconds kept for the terminal event and the reply
OFFLINE = "offline"


@dataclass
class WorkflowSettings:
    top_k: int = 5
    max_corrections: int = 2
    prompt_values: bool = True       # sampled category values go into LLM prompts


@dataclass
class _Progress:
    """What one request has been through, for the error that may end it."""
    attempts: int = 0
    history: list[str] = field(default_factory=list)     # every attempt's validation errors, in order
    usage: dict[str, int] = field(default_factory=lambda: {"inputTokens": 0, "outputTokens": 0})

    def add_errors(self, errors: list[str]) -> None:
        self.history.extend(e for e in errors if e not in self.history)

    def details(self) -> dict:
        out: dict = {"attempts": self.attempts} if self.attempts else {}
        if self.history:
            out["validationErrors"] = list(self.history)
        return out


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
        progress = _Progress()
        try:
            return await self._run(request_id, question, database_id, caller, events, started, finish_by,
                                   progress)
        except ServiceError as err:
            # Whatever ended the request, the rounds before it are not forgotten.
            err.body.details = {**progress.details(), **(err.body.details or {})} or None
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
                   finish_by: float | None, progress: _Progress) -> NlToSqlResponse:
        await events.step(Stage.REQUEST_RECEIVED, "Question received.",
                          {"databaseId": database_id, "provider": self.provider.name}, progress=5)

        schema = await self.catalog.get(database_id, caller)
        engine_reads_values = self.provider.name in (OFFLINE, HybridProvider.name)
        llm_reads_values = self.provider.name != OFFLINE and self.settings.prompt_values
        sampling = self.values is not None and (engine_reads_values or llm_reads_values)
        # A schema too big to send whole: the sampled values of all its tables help choose.
        value_index = await self.values.value_index(schema) \
            if self.values is not None and sampling and not fits_whole(schema) else None
        retrieved = await retrieve(self.index, schema, question, self.settings.top_k, values=value_index)
        if not retrieved.tables:
            raise ServiceError(ErrorCode.CANNOT_ANSWER, f"Database '{database_id}' has no tables I can read.",
                               suggestion="Check the database registration and the user's privileges.")
        await events.step(Stage.SCHEMA_RETRIEVAL, f"Found {len(retrieved.tables)} relevant tables.",
                          {"databaseId": database_id, "tablesRetrieved": len(retrieved.tables),
                           "tables": retrieved.tables, "tablesInSchema": len(schema.tables),
                           "docsRetrieved": len(retrieved.docs), "examplesRetrieved": len(retrieved.examples),
                           **retrieved.event_data()},
                          progress=20)

        hints = await self.values.hints(schema, retrieved.tables) if self.values is not None and sampling else {}
        if self.values is not None and sampling:      # titles, names: values no sample holds
            hints = {**hints, **await self.values.named(schema, retrieved.tables, question, hints)}
        # Sampled values also show joins no name gives away (`flights.origin` holds `airports.code`s).
        edges = retrieved.edges + value_edges(schema.subset(retrieved.tables), hints, retrieved.edges)
        prompt = build_prompt(question, schema, retrieved, edges=edges,
                              values=hints if llm_reads_values else None)
        # Sampled values are customer data: the event says how many columns, never which values.
        await events.step(Stage.PROMPT_BUILDING, "Prompt built.",
                          {"tables": retrieved.tables, "promptChars": prompt.chars,
                           "joinEdges": [e.as_data() for e in prompt.edges],
                           "valueColumns": len(hints) if llm_reads_values else 0}, progress=30)

        subset = schema.subset(retrieved.tables)
        errors: list[str] = []
        rounds = self.settings.max_corrections + 1
        for attempt in range(1, rounds + 1):
            low, high = self._window(attempt)
            progress.attempts = attempt
            request = GenerationRequest(
                question=question, prompt=prompt, schema=subset, full_schema=schema, attempt=attempt,
                errors=errors, value_hints=hints if engine_reads_values else {},
                timeout_seconds=_time_left(finish_by, attempt))
            generation, answered_by, model = await self._ask(request, prompt, events, low)
            tokens = {k: v for k, v in (("inputTokens", generation.input_tokens),
                                        ("outputTokens", generation.output_tokens)) if v is not None}
            for key, value in tokens.items():
                progress.usage[key] += value
            checked: CheckedAnswer = await asyncio.to_thread(
                check_answer, generation.raw, schema, sql=generation.sql, explanation=generation.explanation,
                extract=generation.extract)
            errors = checked.errors
            progress.add_errors(errors)
            data = {"validationStatus": FAILED if errors else PASSED, "validationErrors": errors,
                    "attempt": attempt, "model": model, "answeredBy": answered_by, **tokens}
            if checked.sql:
                data["sqlPreview"] = sql_preview(checked.sql)
            await events.step(Stage.VALIDATION, "Query is valid." if not errors else
                              f"Query failed validation: {errors[0]}", data, progress=low + (high - low) * 3 // 4)
            if not errors:
                duration = _ms(started)
                assert checked.sql is not None  # a passed check has its SQL
                tables = checked.tables or retrieved.tables
                usage = progress.usage if any(progress.usage.values()) else {}
                await events.succeed("SQL ready.", {
                    "databaseId": database_id, "sqlPreview": sql_preview(checked.sql), "tables": tables,
                    "attempts": attempt, "model": model, "answeredBy": answered_by, "validationStatus": PASSED,
                    "durationMs": duration, **usage})
                return NlToSqlResponse(
                    request_id=request_id, sql=checked.sql, explanation=checked.explanation,
                    tables=tables, validation=ValidationReport(valid=True, errors=[]), attempts=attempt,
                    model=model, duration_ms=duration)
            if attempt < rounds:
                await events.step(Stage.CORRECTION, "Asking the model to fix the query.",
                                  {"attempt": attempt + 1, "validationErrors": errors}, progress=high)
                if answered_by == OFFLINE and isinstance(self.provider, HybridProvider):
                    prompt.add_hint(reading_hint(None, generation, errors))  # the LLM takes over
                else:
                    prompt.add_correction(generation.raw, errors)
        raise ServiceError(ErrorCode.SQL_REJECTED,
                           f"No valid query after {rounds} attempt{'s' if rounds > 1 else ''}: {errors[0]}",
                           suggestion="Rephrase the question with the table or column names you mean.",
                           details={"validationErrors": list(progress.history), "attempts": rounds})

    async def _ask(self, request: GenerationRequest, prompt: Prompt, events: RequestEvents,
                   progress: int) -> tuple[Generation, str, str]:
        """One provider call with its LLM_CALL event: (answer, which engine answered, its model).
        In hybrid mode the first attempt goes to the offline engine; what it refuses goes to the
        LLM with the engine's reading as a hint."""
        provider = self.provider
        data = {"provider": provider.name, "attempt": request.attempt}
        if isinstance(provider, HybridProvider):
            llm = provider.llm
            if request.attempt == 1:
                first = await provider.offline_first(request)
                if isinstance(first, Generation):
                    await events.step(Stage.LLM_CALL, "The offline engine answered (attempt 1).",
                                      {**data, "model": provider.offline.model, "answeredBy": OFFLINE},
                                      progress=progress)
                    return first, OFFLINE, provider.offline.model
                prompt.add_hint(reading_hint(first))
                data["offlineRefusal"] = first.body.message
            await events.step(Stage.LLM_CALL, f"Asking {llm.model} (attempt {request.attempt})"
                              + (": the offline engine could not answer." if request.attempt == 1 else "."),
                              {**data, "model": llm.model, "answeredBy": llm.name}, progress=progress)
            return await provider.generate(request), llm.name, llm.model
        await events.step(Stage.LLM_CALL, f"Asking {provider.model} (attempt {request.attempt}).",
                          {**data, "model": provider.model, "answeredBy": provider.name}, progress=progress)
        return await provider.generate(request), provider.name, provider.model


def _time_left(finish_by: float | None, attempt: int) -> float | None:
    if finish_by is None:
        return None
    left = finish_by - time.monotonic()
    if left <= 0:
        raise ServiceError(ErrorCode.LLM_ERROR, f"Ran out of time before attempt {attempt} could start.",
                           retryable=True, suggestion="Try again with a longer request timeout, or ask a "
                           "simpler question.", details={"attempts": attempt - 1, "limit": "requestDeadline"})
    return left


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
