"""NL->SQL service: schema retrieval on chromadb, LLM providers, sqlglot validation (DESIGN §6)."""
