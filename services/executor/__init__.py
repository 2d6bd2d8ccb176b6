"""The query executor: runs read-only SQL against registered customer databases, keeps the
database registry and introspects schemas (docs/architecture.md#workflows, issue 3)."""
