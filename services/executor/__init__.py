"""The query executor: runs read-only SQL against registered customer databases, keeps the
database registry and introspects schemas (DESIGN §6, issue 3)."""
