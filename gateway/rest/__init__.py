"""The gateway's REST API (DESIGN §3): handlers, middlewares and the stores they read."""
