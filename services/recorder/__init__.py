"""Status history: consumes `querycast.status-history` and writes every event to PostgreSQL once
(docs/architecture.md#workflows). Run it with `python -m services.recorder`; tests use `app.running_recorder`."""
