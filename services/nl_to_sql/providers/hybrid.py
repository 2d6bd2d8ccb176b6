"""`hybrid`: the offline engine answers what it fully understands (no tokens, milliseconds); the
rest goes to the LLM, with the engine's partial reading as a hint. The workflow drives the two
steps (`offline_first`, then `generate`) so that its LLM_CALL event can say which one answered."""
from __future__ import annotations

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.providers.base import Generation, GenerationRequest, Provider
from services.nl_to_sql.providers.offline import OfflineProvider


class HybridProvider:
    name = "hybrid"

    def __init__(self, offline: OfflineProvider, llm: Provider):
        self.offline = offline
        self.llm = llm
        self.model = llm.model

    async def offline_first(self, request: GenerationRequest) -> Generation | ServiceError:
        """The offline engine's answer, or its refusal (CANNOT_ANSWER) for the LLM to take over."""
        try:
            return await self.offline.generate(request)
        except ServiceError as err:
            if err.code is ErrorCode.CANNOT_ANSWER:
                return err
            raise

    async def generate(self, request: GenerationRequest) -> Generation:
        return await self.llm.generate(request)

    async def close(self) -> None:
        await self.llm.close()
        await self.offline.close()


def reading_hint(refusal: ServiceError | None, generation: Generation | None = None,
                 errors: list[str] | None = None) -> str:
    """What the offline engine made of the question, for the LLM: its refusal (which names what it
    did not understand) or the SQL it wrote that failed validation."""
    if refusal is not None:
        details = refusal.body.details or {}
        reading = details.get("reading") or details.get("understood")
        text = ("Hint: a rule-based parser read this question but could not finish it: "
                f"{refusal.body.message}")
        if reading:
            text += f" What it did understand: {reading}."
        return text + " Use this only as a hint; answer the whole question."
    sql = generation.sql if generation is not None else ""
    problems = "; ".join(errors or [])
    return (f"Hint: a rule-based parser proposed this SQL, which failed validation ({problems}):\n"
            f"```sql\n{sql}\n```\nUse it only as a hint.")
