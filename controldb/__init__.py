"""The control database: migrations, users, request owners, status history, the registry."""
