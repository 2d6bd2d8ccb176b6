"""The NL->SQL service process: an RPC worker on `querycast.nl-to-sql.requests`.

    async with running_nl_to_sql(amqp_url=..., data_dir=...) as service: ...
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from broker import Broker, Delivery, RpcClient, RpcWorker, StatusPublisher, declare_topology
from broker.rpc import delivery_count
from broker.service import connect_broker
from broker.topology import NL_TO_SQL_KEY, command_queue
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import MAX_QUESTION_CHARS
from contracts.rpc import Command, NlToSqlPayload, Operation
from contracts.status import Feature
from runtime.settings import RuntimeSettings
from services.nl_to_sql.catalog import SchemaCatalog
from services.nl_to_sql.control import RunningQuestions, cancel_listener
from services.nl_to_sql.embeddings import embedding_function
from services.nl_to_sql.history import EarlierAttempts
from services.nl_to_sql.index import DOC, EXAMPLE, SchemaIndex
from services.nl_to_sql.knowledge import DatabaseRef, KnowledgeAdd, KnowledgeItem, KnowledgeRemove
from services.nl_to_sql.providers import Provider, make_provider
from services.nl_to_sql.settings import NlToSqlSettings
from services.nl_to_sql.validator import validate_sql
from services.nl_to_sql.values import ValueSampler
from services.nl_to_sql.workflow import NlToSqlWorkflow, WorkflowSettings

log = logging.getLogger(__name__)

SERVICE = "nl-to-sql"
APP_ID = "querycast-nl-to-sql"


def _parse(model: type[BaseModel], payload: dict[str, Any]):
    try:
        return model.model_validate(payload)
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'payload'}: {e['msg']}"
                             for e in err.errors(include_url=False, include_input=False))
        raise ServiceError(ErrorCode.VALIDATION_ERROR, f"Invalid request: {problems}") from None


def _require_admin(command: Command) -> None:
    if not command.caller.is_admin:
        raise ServiceError(ErrorCode.FORBIDDEN, "Only administrators can change a database's knowledge.")


# Events one attempt can emit at most, with room for many correction rounds (see
# RequestEvents.resume_after_redelivery).
SEQUENCE_BLOCK = 100


def _keep_seconds(command: Command) -> float:
    """How long an answer is kept for redelivered copies: the caller's deadline plus a minute."""
    if command.deadline is None:
        return 600.0
    return max(0.0, (command.deadline - datetime.now(UTC)).total_seconds()) + 60.0


@dataclass
class NlToSqlService:
    settings: NlToSqlSettings
    broker: Broker
    index: SchemaIndex
    catalog: SchemaCatalog
    provider: Provider
    workflow: NlToSqlWorkflow
    publisher: StatusPublisher
    running: RunningQuestions = field(default_factory=RunningQuestions)
    earlier: EarlierAttempts = field(default_factory=lambda: EarlierAttempts(None))

    def register(self, worker: RpcWorker) -> None:
        worker.handle(Operation.NL_TO_SQL, self.nl_to_sql)
        worker.handle(Operation.SCHEMA_REFRESH, self.schema_refresh)
        worker.handle(Operation.DOCS_ADD, self.knowledge_add)
        worker.handle(Operation.DOCS_LIST, self.knowledge_list)
        worker.handle(Operation.DOCS_REMOVE, self.knowledge_remove)

    async def nl_to_sql(self, command: Command, delivery: Delivery) -> dict[str, Any]:
        """One JSON log line per question, like the executor's per query: requestId, outcome
        (COMPLETED or the error code), duration."""
        started, outcome, facts = time.monotonic(), ErrorCode.INTERNAL.value, {}
        try:
            result = await self._nl_to_sql(command, delivery)
            outcome, facts = "COMPLETED", {"model": result.get("model"), "attempts": result.get("attempts")}
            return result
        except ServiceError as err:
            outcome = err.code.value
            raise
        finally:
            payload = command.payload if isinstance(command.payload, dict) else {}
            log.info("question finished: %s", outcome, extra={
                "requestId": command.request_id, "userId": command.caller.user_id,
                "databaseId": payload.get("databaseId"), "outcome": outcome,
                "durationMs": round((time.monotonic() - started) * 1000), **facts})

    async def _nl_to_sql(self, command: Command, delivery: Delivery) -> dict[str, Any]:
        earlier = await self.running.earlier_answer(command.request_id, command.caller.user_id)
        if earlier is not None:
            return earlier  # a redelivered copy: no second run, no second terminal event
        events = self.publisher.for_request(Feature.NL_TO_SQL, command.request_id, command.caller.user_id)
        redeliveries = delivery_count(delivery)
        events.resume_after_redelivery(redeliveries, SEQUENCE_BLOCK)
        if redeliveries:
            await self.earlier.resume(events)   # progress goes on from where the dead worker was
        try:
            payload = _parse(NlToSqlPayload, command.payload)
            if not payload.question.strip() or len(payload.question) > MAX_QUESTION_CHARS:
                raise ServiceError(ErrorCode.VALIDATION_ERROR,
                                   f"The question must have 1 to {MAX_QUESTION_CHARS} characters.")
        except ServiceError as err:
            await events.fail(err.body.message, err.event_data())
            raise
        async def work() -> dict[str, Any]:
            response = await self.workflow.run(command.request_id, payload.question.strip(), payload.database_id,
                                               command.caller, events, command.deadline)
            return response.to_dict()

        return await self.running.run(command.request_id, command.caller.user_id, events, work(),
                                      {"databaseId": payload.database_id}, keep_seconds=_keep_seconds(command))

    async def schema_refresh(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        _require_admin(command)
        ref = _parse(DatabaseRef, command.payload)
        schema, report = await self.catalog.refresh(ref.database_id, command.caller)
        return {"databaseId": ref.database_id, "tables": len(schema.tables), **report.as_data()}

    async def knowledge_add(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        _require_admin(command)
        item = _parse(KnowledgeAdd, command.payload)
        if item.kind == EXAMPLE:
            schema = await self.catalog.get(item.database_id, command.caller)
            validation = await asyncio.to_thread(validate_sql, item.sql, schema)
            if not validation.valid:
                raise ServiceError(ErrorCode.SQL_REJECTED, "The example's SQL is not valid for this database: "
                                   + "; ".join(validation.errors), suggestion="Fix the SQL and add it again.")
            doc_id = await self.index.add_knowledge(item.database_id, EXAMPLE, item.question, item.sql)
        else:
            doc_id = await self.index.add_knowledge(item.database_id, DOC, item.text)
        return {"id": doc_id, **item.to_dict()}

    async def knowledge_list(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        ref = _parse(DatabaseRef, command.payload)
        items = []
        for hit in await self.index.list_knowledge(ref.database_id):
            kind = hit.metadata.get("kind")
            if kind == EXAMPLE:
                items.append(KnowledgeItem(id=hit.id, kind=kind, question=hit.document, sql=hit.metadata.get("sql")))
            else:
                items.append(KnowledgeItem(id=hit.id, kind=DOC, text=hit.document))
        return {"databaseId": ref.database_id, "items": [i.to_dict() for i in items]}

    async def knowledge_remove(self, command: Command, _delivery: Delivery) -> dict[str, Any]:
        _require_admin(command)
        ref = _parse(KnowledgeRemove, command.payload)
        if not await self.index.remove_knowledge(ref.database_id, ref.id):
            raise ServiceError(ErrorCode.NOT_FOUND, f"No documentation or example '{ref.id}' for database "
                               f"'{ref.database_id}'.")
        return {"id": ref.id, "removed": True}


@contextlib.asynccontextmanager
async def running_nl_to_sql(*, amqp_url: str | None = None, data_dir: str | Path | None = None,
                            settings: NlToSqlSettings | None = None,
                            provider: Provider | None = None,
                            database_url: str | None = None) -> AsyncIterator[NlToSqlService]:
    """Run the service until the block exits. `settings` defaults to the environment; `data_dir`
    overrides where the chromadb index lives; `provider` replaces the configured LLM provider;
    `database_url` is the control database a redelivered question reads its earlier progress
    from (default: QUERYCAST_DATABASE_URL)."""
    settings = settings or NlToSqlSettings.from_env()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": Path(data_dir)})
    async with contextlib.AsyncExitStack() as stack:
        index = SchemaIndex(settings.index_dir, embedding_function(settings.embeddings),
                            server_url=settings.chroma_url)
        stack.callback(index.close)
        provider = provider or make_provider(settings.llm)
        stack.push_async_callback(provider.close)
        broker = await connect_broker(SERVICE, amqp_url)
        stack.push_async_callback(broker.close)
        setup = broker.channel(confirms=False)
        await setup.wait_open(30)
        await declare_topology(setup)  # the command queue must exist before we consume from it
        await setup.close()
        rpc = await RpcClient(broker, app_id=APP_ID).start()
        stack.push_async_callback(rpc.close)
        publisher = StatusPublisher(broker, APP_ID, broadcast=settings.broadcast)
        stack.push_async_callback(publisher.close)
        catalog = SchemaCatalog(rpc, index, timeout=settings.executor_timeout_seconds,
                                ttl_seconds=settings.schema_ttl_seconds)
        sampler = ValueSampler(rpc, ttl_seconds=settings.schema_ttl_seconds)
        stack.push_async_callback(sampler.close)
        workflow = NlToSqlWorkflow(catalog, index, provider, WorkflowSettings(
            top_k=settings.top_k, max_corrections=settings.max_corrections,
            prompt_values=settings.prompt_values), values=sampler)
        earlier = EarlierAttempts(database_url or RuntimeSettings.from_env().database_url)
        stack.push_async_callback(earlier.close)
        service = NlToSqlService(settings, broker, index, catalog, provider, workflow, publisher, earlier=earlier)
        worker = RpcWorker(broker, command_queue(NL_TO_SQL_KEY), prefetch=settings.prefetch, app_id=APP_ID)
        service.register(worker)
        cancels = await cancel_listener(broker, service.running, app_id=APP_ID).start()
        stack.push_async_callback(cancels.close)
        await worker.start()
        stack.push_async_callback(worker.close)
        yield service
