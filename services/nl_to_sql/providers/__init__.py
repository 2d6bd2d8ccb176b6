"""LLM providers behind one interface (`Provider.generate`) and the factory that picks one."""
from services.nl_to_sql.providers.base import Generation, GenerationRequest, Provider
from services.nl_to_sql.providers.factory import make_provider

__all__ = ["Generation", "GenerationRequest", "Provider", "make_provider"]
