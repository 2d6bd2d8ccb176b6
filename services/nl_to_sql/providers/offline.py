"""`offline`: the embedded engine as a provider. It never guesses, so it has nothing to
correct: a failed validation of its SQL ends the request with CANNOT_ANSWER. It runs in a worker
thread, so a long parse does not hold up the other requests of the process."""
from __future__ import annotations

import asyncio

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.offline.engine import MODEL_NAME, generate
from services.nl_to_sql.providers.base import Generation, GenerationRequest


class OfflineProvider:
    name = "offline"
    model = MODEL_NAME

    async def generate(self, request: GenerationRequest) -> Generation:
        if request.attempt > 1:
            raise ServiceError(ErrorCode.CANNOT_ANSWER,
                               "The offline engine cannot correct its query: " + "; ".join(request.errors),
                               suggestion="Rephrase the question, or configure an LLM provider.")
        result = await asyncio.to_thread(generate, request.question, request.schema, request.full_schema,
                                         request.value_hints)
        return Generation(result.sql, sql=result.sql, explanation=result.explanation, extract=False)

    async def close(self) -> None:
        return None
