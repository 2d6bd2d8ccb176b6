"""The gateway's REST API (docs/architecture.md#rest): handlers, middlewares and the stores they read."""
