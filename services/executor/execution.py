"""`query.execute`: one read-only statement against a registered database, every stage published
(docs/architecture.md#status-message, #workflows): REQUEST_RECEIVED, VALIDATION, DATABASE_LOOKUP,
CONNECTING, EXECUTING, then COMPLETED, TIMEOUT, CANCELLED or ERROR. The reply is the authoritative
result."""
from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiopg
import psycopg2
import psycopg2.errors

from broker import StatusPublisher
from broker.connection import Delivery
from broker.errors import BrokerUnavailable
from broker.rpc import delivery_count
from broker.status import sql_preview
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import MAX_ROWS
from contracts.rpc import Command, ExecutePayload
from contracts.status import Feature, Stage
from controldb.registry import Registry, StoredDatabase
from services.executor.deadlines import Deadline
from services.executor.errors import query_cancelled, query_failed, query_timeout
from services.executor.executions import Execution
from services.executor.payloads import parse_payload
from services.executor.pools import APPLICATION_NAME, DatabasePools, cursor_of, fingerprint_of, session_of
from services.executor.result_size import (
    FIRST_CHUNK_ROWS,
    rest_of_rows,
    result_too_large,
    rows_before_size_limit,
    size_guarded,
)
from services.executor.session import REFUSAL_MARK, Ask, Limits, operators_stale, preamble, shadowed_names
from services.executor.settings import ExecutorSettings
from services.executor.shadows import Uses, uses_of
from services.executor.shadows import check as check_shadows
from services.executor.values import json_safe_rows
from services.executor.verdicts import Verdicts
from services.outcomes import RecentOutcomes
from services.sqlguard import shadowed_function_error, statement_text

log = logging.getLogger(__name__)

# A redelivered command (its worker died) continues numbering after the block of the previous
# attempt, so clients never see a sequence number twice; one attempt emits at most 6 events.
SEQUENCE_BLOCK = 10
CURSOR_NAME = "querycast_result"
# Above this many rows, converting values moves off the event loop.
ROWS_CONVERTED_INLINE = 500

_TERMINAL_STAGE = {ErrorCode.QUERY_TIMEOUT: Stage.TIMEOUT, ErrorCode.CANCELLED: Stage.CANCELLED}


class _QueryCanceledFilter(logging.Filter):
    """aiopg reports every cancelled statement (timeouts, cancels) to the loop's exception
    handler before raising; those are expected outcomes here, not errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, psycopg2.extensions.QueryCanceledError)


logging.getLogger("asyncio").addFilter(_QueryCanceledFilter())


@dataclass
class QueryResult:
    columns: list[dict[str, str]]
    rows: list[list[Any]]
    truncated: bool
    execution_time_ms: int


class QueryExecutor:
    def __init__(self, registry: Registry, pools: DatabasePools, publisher: StatusPublisher,
                 settings: ExecutorSettings, history=None):
        """`history` (controldb.history.StatusHistory) lets a redelivered command continue
        after the progress its earlier attempt reached."""
        self._registry = registry
        self._history = history
        self._recent = RecentOutcomes()
        self._verdicts = Verdicts()
        self._pools = pools
        self._publisher = publisher
        self._settings = settings
        self.in_flight: dict[str, Execution] = {}
        self.completed = 0  # requests answered with rows, by this process
        # Type names by OID, per database connection target (custom types differ between servers).
        self._type_names: dict[str, dict[int, str]] = {}

    async def handle(self, command: Command, delivery: Delivery) -> dict[str, Any]:
        request_id = command.request_id
        running = self.in_flight.get(request_id)
        if running is not None:
            if running.user_id != command.caller.user_id:
                raise ServiceError(ErrorCode.CONFLICT, f"Request {request_id} is already running.")
            # RabbitMQ redelivered a command this process still works on (its channel was lost
            # meanwhile): answer with the first run's outcome instead of running it twice.
            return await asyncio.shield(running.outcome)
        finished = self._recent.get(request_id)
        if finished is not None and finished.user_id == command.caller.user_id:
            # A copy redelivered after this process already answered (the first copy's ack was
            # lost with the broker connection): the same answer, no second run.
            if finished.error is not None:
                raise finished.error
            assert finished.result is not None  # remembered with a result or an error
            return finished.result
        events = self._publisher.for_request(Feature.QUERY_EXECUTION, request_id,
                                             command.caller.user_id, deadline=command.deadline)
        redeliveries = delivery_count(delivery)
        events.resume_after_redelivery(redeliveries, SEQUENCE_BLOCK)
        if redeliveries:
            await self._resume_timeline(events)
        execution = self.in_flight[request_id] = Execution(request_id, command.caller.user_id)
        facts: dict[str, Any] = {}  # what the terminal event reports besides the error
        started = time.monotonic()
        keep = self._keep_seconds(command)
        try:
            result = await self._run(command, events, execution, facts, started, redeliveries)
            execution.outcome.set_result(result)
            self._recent.remember(request_id, command.caller.user_id, keep, result=result)
            self._log(command, facts, started, "COMPLETED", rowCount=result["rowCount"])
            return result
        except ServiceError as err:
            await self._fail(events, err, facts, started, execution)
            execution.outcome.set_exception(err)
            self._recent.remember(request_id, command.caller.user_id, keep, error=err)
            self._log(command, facts, started, err.code.value, sqlState=err.body.sql_state)
            await execution.hold_late_reply()
            raise
        except BrokerUnavailable:
            # The terminal event could not be confirmed before the request's deadline plus
            # grace (the outbox logged what it gave up); nobody waits for this answer any more.
            unavailable = ServiceError(ErrorCode.UNAVAILABLE, "The message broker is not available.",
                                       retryable=True, suggestion="Try again in a few seconds.")
            execution.outcome.set_exception(unavailable)
            raise unavailable from None
        except Exception:
            internal = ServiceError(ErrorCode.INTERNAL, "The executor failed unexpectedly.", retryable=True,
                                    suggestion="Try again; if it persists, contact the operator.")
            await self._fail(events, internal, facts, started, execution)
            execution.outcome.set_exception(internal)
            await execution.hold_late_reply()
            raise
        finally:
            execution.outcome.cancel()  # no-op once set; frees any waiting copy on shutdown
            self.in_flight.pop(request_id, None)

    async def _resume_timeline(self, events) -> None:
        """A redelivered command: continue after what the earlier attempt recorded, so progress
        never goes backwards (the sequence block already keeps numbers unique)."""
        if self._history is None:
            return
        try:
            earlier = await self._history.events(events.request_id)
        except Exception as exc:  # the control database is down: numbering stays unique anyway
            log.warning("could not read the earlier attempt's events: %s", type(exc).__name__)
            return
        if earlier:
            events.resume_from(max(e.sequence for e in earlier), max(e.progress for e in earlier))

    def _keep_seconds(self, command: Command) -> float:
        if command.deadline is None:
            return self._publisher.keep_seconds + self._publisher.grace_seconds
        return max(0.0, (command.deadline - datetime.now(UTC)).total_seconds()) + self._publisher.grace_seconds

    @staticmethod
    def _log(command: Command, facts: dict, started: float, outcome: str, **extra) -> None:
        log.info("query finished: %s", outcome, extra={
            "requestId": command.request_id, "userId": command.caller.user_id,
            "databaseId": facts.get("databaseId"), "outcome": outcome,
            "durationMs": _ms_since(started), **{k: v for k, v in extra.items() if v is not None}})

    async def _fail(self, events, err: ServiceError, facts: dict, started: float,
                    execution: Execution) -> None:
        if events.finished or execution.handed_off():
            return
        data = {**facts, **err.event_data(), "durationMs": _ms_since(started)}
        try:
            await events.fail(err.body.message, data, stage=_TERMINAL_STAGE.get(err.code, Stage.ERROR))
            execution.published_end = True
        except Exception:
            log.warning("could not publish the terminal event", exc_info=True)

    async def _run(self, command: Command, events, execution: Execution, facts: dict,
                   started: float, redeliveries: int) -> dict[str, Any]:
        payload = parse_payload(ExecutePayload, command.payload)
        facts["databaseId"] = payload.database_id
        received: dict[str, Any] = {"databaseId": payload.database_id, "sqlPreview": sql_preview(payload.sql)}
        if payload.timeout_seconds:
            received["timeoutSeconds"] = payload.timeout_seconds
        if redeliveries:
            received["attempt"] = redeliveries + 1
        await events.step(Stage.REQUEST_RECEIVED, "Request received", received, 5)

        # The registration says which functions of the database a query may call, so it is read
        # before the check; a missing database is reported at its own stage, after the check.
        try:
            db, lookup_error = await self._registry.get(payload.database_id), None
        except ServiceError as err:
            db, lookup_error = None, err
        allowed = frozenset(db.options.allowed_functions) if db else frozenset()
        try:
            # pg_sleep(n) longer than the request's limit is refused rather than run into it.
            limit = self._limit_for(db, payload.timeout_seconds)
            uses = await self._verdicts.check(_validate, payload.sql, limit, allowed)
        except ServiceError as err:
            facts.update(validationStatus="INVALID", validationErrors=[err.body.message])
            raise
        await events.step(Stage.VALIDATION, "The query is a single read-only statement",
                          {"validationStatus": "VALID"}, 15)
        if lookup_error is not None:
            raise lookup_error
        assert db is not None

        deadline = self._deadline_for(db, payload.timeout_seconds, command.deadline, started)
        execution.deadline = deadline
        timeout = round(deadline.seconds, 1)
        max_rows = min(payload.max_rows or db.options.default_max_rows, MAX_ROWS)
        facts["timeoutSeconds"] = timeout
        await events.step(Stage.DATABASE_LOOKUP, f"Found database '{db.name}'",
                          {"databaseId": db.id, "databaseName": db.name}, 25)

        execution.check_cancelled()
        await events.step(Stage.CONNECTING, f"Connecting to '{db.name}'", {"databaseId": db.id}, 35)
        async with self._pools.connection(db, deadline) as conn:
            execution.check_cancelled()
            await events.step(Stage.EXECUTING, "Running the query",
                              {"timeoutSeconds": timeout, "maxRows": max_rows}, 50)
            try:
                result = await self._fetch(conn, db, payload.sql, deadline, max_rows, execution,
                                           uses)
            except ServiceError as err:
                if err.code is ErrorCode.SQL_REJECTED:  # a function of the database, see _fetch
                    facts.update(validationStatus="INVALID", validationErrors=[err.body.message])
                raise
            row_count = len(result.rows)
            self.completed += 1
            if execution.handed_off():
                raise query_timeout(timeout)  # the caller answers, by its deadline
            # The terminal event goes out now and its confirm is awaited after the connection's
            # reset (as the block ends): the two round trips overlap, and the reply still waits
            # for both.
            await events.succeed(
                f"Query returned {row_count} row{'s' if row_count != 1 else ''}"
                + (" (truncated)" if result.truncated else ""),
                {"databaseId": db.id, "rowCount": row_count, "columnCount": len(result.columns),
                 "truncated": result.truncated, "executionTimeMs": result.execution_time_ms,
                 "durationMs": _ms_since(started)}, wait=False)
        await events.confirmed()
        return {"requestId": command.request_id, "columns": result.columns, "rows": result.rows,
                "rowCount": row_count, "truncated": result.truncated,
                "executionTimeMs": result.execution_time_ms}

    def _limit_for(self, db: StoredDatabase | None, requested: int | None) -> int:
        """The request's time limit: asked for or the database's default, within its maximum
        and the executor's ceiling."""
        if db is None:
            return self._settings.max_timeout_seconds
        wanted = requested or db.options.default_timeout_seconds
        return min(wanted, db.options.max_timeout_seconds, self._settings.max_timeout_seconds)

    def _deadline_for(self, db: StoredDatabase, requested: int | None, caller_deadline: datetime | None,
                      received: float) -> Deadline:
        limit = self._limit_for(db, requested)
        # Nobody waits for an answer after the caller's deadline: stop the query before then.
        return Deadline.start(limit, caller_deadline, self._settings.deadline_margin_seconds,
                              received=received)

    def _limits(self, conn: aiopg.Connection, deadline: Deadline) -> Limits:
        settings = self._settings
        may_limit_temp = session_of(conn).may_set_temp_file_limit and settings.temp_file_limit_kb > 0
        return Limits(statement_ms=deadline.statement_ms(), lock_ms=int(settings.lock_timeout_seconds * 1000),
                      work_mem_kb=settings.work_mem_cap_kb,
                      temp_file_limit_kb=settings.temp_file_limit_kb if may_limit_temp else None,
                      idle_grace_ms=int(settings.idle_in_transaction_grace_seconds * 1000))

    async def _fetch(self, conn: aiopg.Connection, db: StoredDatabase, sql: str, deadline: Deadline,
                     max_rows: int, execution: Execution, uses) -> QueryResult:
        """`uses`: what the statement names (shadows.Uses); a function or operator of the
        database that could run in their place is refused before the statement runs."""
        timeout = round(deadline.seconds, 1)
        # The connection's own cursor, kept with it (pools.cursor_of): not one per statement.
        cur = await cursor_of(conn)
        refusal = ""  # the mark of this execution's refusal, when its preamble checks names
        try:
            # Read-only at the database too (whatever the guard missed, PostgreSQL refuses to
            # write), the limits, the request id for operators looking at pg_stat_activity,
            # and which of the names are functions of this database. A cursor also makes
            # PostgreSQL itself insist on a single SELECT/VALUES, and FETCH stops at
            # max_rows + 1 however many rows there are; PostgreSQL stops rows that together
            # pass the size limit before sending them (result_size.size_guarded).
            session = session_of(conn)
            limits = self._limits(conn, deadline)
            first = min(max_rows + 1, FIRST_CHUNK_ROWS)
            statement = (f"DECLARE {CURSOR_NAME} NO SCROLL CURSOR FOR"
                         f" {size_guarded(statement_text(sql), self._settings.max_result_bytes)};"
                         f" FETCH FORWARD {first} FROM {CURSOR_NAME}")
            application = f"{APPLICATION_NAME}/{execution.request_id}"
            names = sorted(uses.names)
            statement_arguments: tuple[Any, ...] | None = None
            if operators_stale(session):
                # The database's operators must be asked first: one round trip, then the statement.
                await cur.execute(preamble(limits, Ask.ROW), (application, names))
                row = await cur.fetchone()
                session.operators, session.casts, session.operators_at = row[3], row[4], time.monotonic()
                check_shadows(row[2], session.operators, uses, session.casts)
            else:
                # One round trip: the preamble (whose check of the names, if any, stops the
                # statement from running) and the statement; `%` in the statement is doubled
                # for the preamble's parameters.
                check_shadows([], session.operators, uses, session.casts)
                if names:
                    refusal = f"{REFUSAL_MARK}{secrets.token_hex(8)}:"
                    ask, statement_arguments = Ask.REFUSE, (application, refusal, names)
                else:
                    ask, statement_arguments = Ask.NOTHING, (application,)
                statement = preamble(limits, ask) + "; " + statement.replace("%", "%%")
            async with execution.lock:
                execution.connection = conn
            execution.check_cancelled()
            began = time.monotonic()
            try:
                await cur.execute(statement, statement_arguments)
                rows = await rest_of_rows(cur, CURSOR_NAME, await cur.fetchall(), first, max_rows + 1,
                                          self._settings.max_result_bytes)
            except (asyncio.CancelledError, psycopg2.errors.QueryCanceled):
                # aiopg turns a cancelled statement into CancelledError; only a cancelled
                # task is a real cancellation.
                task = asyncio.current_task()
                if task is not None and task.cancelling():
                    raise
                raise (query_cancelled() if execution.cancel_requested.is_set()
                       else query_timeout(timeout)) from None
            except TimeoutError:
                raise query_timeout(timeout) from None
            elapsed = _ms_since(began)
            description = (cur.description or ())[:-1]  # the last column is size_guarded's
            type_names = await self._column_types(cur, fingerprint_of(db), [c.type_code for c in description])
            columns = [{"name": c.name, "type": type_names.get(c.type_code, "unknown")}
                       for c in description]
        except psycopg2.Error as exc:
            if (before := rows_before_size_limit(exc)) is not None:
                raise result_too_large(self._settings.max_result_bytes, before) from None
            shadowed = shadowed_names(exc, refusal)
            if shadowed:
                raise shadowed_function_error(shadowed[0]) from None
            raise query_failed(exc) from None
        finally:
            # The transaction is rolled back with the connection's reset, in one round trip
            # (pools.py), as the connection leaves the request.
            async with execution.lock:
                execution.connection = None
        truncated = len(rows) > max_rows
        rows = rows[:max_rows]
        values = (json_safe_rows(rows, len(columns)) if len(rows) <= ROWS_CONVERTED_INLINE
                  else await asyncio.to_thread(json_safe_rows, rows, len(columns)))
        return QueryResult(columns, values, truncated, elapsed)

    async def _column_types(self, cur, target: str, oids: list[int]) -> dict[int, str]:
        known = self._type_names.setdefault(target, {})
        missing = sorted({oid for oid in oids if oid not in known})
        if missing:
            await cur.execute("SELECT oid::int, pg_catalog.format_type(oid, NULL) FROM pg_catalog.pg_type"
                              " WHERE oid = ANY(%s::oid[])",
                              (missing,))
            known.update(dict(await cur.fetchall()))
        return known


def _validate(sql: str, timeout_seconds: float, allowed: frozenset[str]) -> Uses:
    """The guard's check; what the statement uses."""
    return uses_of(sql, timeout_seconds, allowed)


def _ms_since(moment: float) -> int:
    return int((time.monotonic() - moment) * 1000)
