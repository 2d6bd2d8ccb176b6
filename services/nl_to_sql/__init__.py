"""NL->SQL service: schema retrieval on chromadb, LLM providers, sqlglot validation (docs/architecture.md#workflows)."""
