"""Status history: consumes `querycast.status-history` and writes every event to PostgreSQL once
(DESIGN §6). Run it with `python -m services.recorder`; tests use `app.running_recorder`."""
