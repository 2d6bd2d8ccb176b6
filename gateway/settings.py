"""The gateway's configuration, read once from the environment (DESIGN §7).

Environment (besides the JWT variables of `gateway.auth` and the STOMP ones of
`gateway.stomp.settings`):
  QUERYCAST_HTTP_HOST / QUERYCAST_HTTP_PORT    where the gateway listens (127.0.0.1:8080)
  QUERYCAST_AMQP_URL, QUERYCAST_DATABASE_URL   broker and control database
  QUERYCAST_CORS_ORIGINS                       comma-separated allowed origins, or "*" (default: none)
  QUERYCAST_HTTP_MAX_BODY_BYTES                request body limit (default 1 MiB)
  QUERYCAST_NL_TO_SQL_DEADLINE_SECONDS         how long POST /api/nl-to-sql waits (default 120)
  QUERYCAST_QUERY_DEADLINE_SECONDS             execute wait when the body has no timeoutSeconds (120)
  QUERYCAST_RPC_GRACE_SECONDS                  added to timeoutSeconds so the executor's own timeout
                                               answers first (default 5)
  QUERYCAST_RPC_TIMEOUT_SECONDS                registry and other short calls (default 15)
  QUERYCAST_CANCEL_TIMEOUT_SECONDS             wait for an executor to confirm a cancel (default 3)
  QUERYCAST_MIGRATE                            apply control-DB migrations at start (default true)
  QUERYCAST_HISTORY_RETENTION_DAYS             request owners are forgotten after this many days,
                                               like the recorder's history (default 30, 0 = never)
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from broker.settings import amqp_url, broadcast_enabled
from gateway.auth import AuthSettings
from gateway.stomp.settings import StompSettings
from runtime.settings import database_url


def _flag(value: str) -> bool:
    return value.strip().lower() not in ("0", "false", "no", "off", "")


def _origins(value: str) -> tuple[str, ...]:
    return tuple(origin.strip().rstrip("/") for origin in value.split(",") if origin.strip())


@dataclass(frozen=True)
class GatewaySettings:
    auth: AuthSettings
    amqp_url: str = "amqp://guest:guest@127.0.0.1:5672/%2F"
    database_url: str = "postgresql://postgres@127.0.0.1:5432/querycast"
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 1024 * 1024
    nl_to_sql_deadline_seconds: float = 120.0
    query_deadline_seconds: float = 120.0
    rpc_grace_seconds: float = 5.0
    rpc_timeout_seconds: float = 15.0
    cancel_timeout_seconds: float = 3.0
    status_broadcast: bool = True
    migrate: bool = True
    retention_days: int = 30
    stomp: Any = field(default=None)  # gateway.stomp.settings.StompSettings when installed

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> GatewaySettings:
        env = os.environ if env is None else env
        return cls(
            auth=AuthSettings.from_env(env),
            amqp_url=env.get("QUERYCAST_AMQP_URL") or amqp_url(),
            database_url=env.get("QUERYCAST_DATABASE_URL") or database_url(),
            http_host=env.get("QUERYCAST_HTTP_HOST", "127.0.0.1"),
            http_port=int(env.get("QUERYCAST_HTTP_PORT", 8080)),
            cors_origins=_origins(env.get("QUERYCAST_CORS_ORIGINS", "")),
            max_body_bytes=int(env.get("QUERYCAST_HTTP_MAX_BODY_BYTES", 1024 * 1024)),
            nl_to_sql_deadline_seconds=float(env.get("QUERYCAST_NL_TO_SQL_DEADLINE_SECONDS", 120)),
            query_deadline_seconds=float(env.get("QUERYCAST_QUERY_DEADLINE_SECONDS", 120)),
            rpc_grace_seconds=float(env.get("QUERYCAST_RPC_GRACE_SECONDS", 5)),
            rpc_timeout_seconds=float(env.get("QUERYCAST_RPC_TIMEOUT_SECONDS", 15)),
            cancel_timeout_seconds=float(env.get("QUERYCAST_CANCEL_TIMEOUT_SECONDS", 3)),
            status_broadcast=broadcast_enabled(),
            migrate=_flag(env.get("QUERYCAST_MIGRATE", "true")),
            retention_days=max(0, int(env.get("QUERYCAST_HISTORY_RETENTION_DAYS", 30))),
            stomp=StompSettings.from_env(env) if StompSettings is not None else None,
        )
