"""The gateway's configuration, read once from the environment: the fields below, with the JWT
ones of `gateway.auth.AuthSettings` and the STOMP ones of `gateway.stomp.settings` (README's
configuration table is generated from them)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator

from broker.settings import DEFAULT_AMQP_URL
from gateway.auth import AuthSettings
from gateway.stomp.settings import StompSettings
from runtime.settings import DEFAULT_DATABASE_URL, Flag, Port, QuerycastSettings, lower, setting, split_list


def _origins(value: Any) -> Any:
    value = split_list(value)
    return tuple(origin.rstrip("/") for origin in value) if isinstance(value, tuple) else value


class GatewaySettings(QuerycastSettings):
    section: ClassVar[str] = "Gateway (querycast-gateway)"

    auth: AuthSettings
    amqp_url: str = setting(DEFAULT_AMQP_URL, "RabbitMQ for every process", env="QUERYCAST_AMQP_URL")
    database_url: str = setting(DEFAULT_DATABASE_URL, "control database (registry, users, history)",
                                env="QUERYCAST_DATABASE_URL")
    http_host: str = setting("127.0.0.1", "gateway listen address", env="QUERYCAST_HTTP_HOST")
    http_port: Port = setting(8080, "gateway listen port", env="QUERYCAST_HTTP_PORT")
    event_loop: Annotated[Literal["uvloop", "asyncio"], BeforeValidator(lower)] = setting(
        "uvloop", "gateway event loop", env="QUERYCAST_EVENT_LOOP")
    cors_origins: Annotated[tuple[str, ...], BeforeValidator(_origins)] = setting(
        (), "allowed browser origins for REST (comma-separated, or `*`)", env="QUERYCAST_CORS_ORIGINS",
        doc_default="none")
    max_body_bytes: int = setting(1024 * 1024, "request size limit (413)", env="QUERYCAST_HTTP_MAX_BODY_BYTES",
                                  ge=1, doc_default="1 MiB")
    nl_to_sql_deadline_seconds: float = setting(120.0, "how long POST /api/nl-to-sql waits",
                                                env="QUERYCAST_NL_TO_SQL_DEADLINE_SECONDS", gt=0)
    query_deadline_seconds: float = setting(120.0, "execute wait when the body has no timeoutSeconds",
                                            env="QUERYCAST_QUERY_DEADLINE_SECONDS", gt=0)
    rpc_grace_seconds: float = setting(5.0, "added to timeoutSeconds so the executor's own timeout answers first",
                                       env="QUERYCAST_RPC_GRACE_SECONDS", ge=0)
    rpc_timeout_seconds: float = setting(15.0, "registry and other short calls", env="QUERYCAST_RPC_TIMEOUT_SECONDS",
                                         gt=0)
    cancel_timeout_seconds: float = setting(3.0, "wait for an executor (or NL->SQL process) to confirm a cancel",
                                            env="QUERYCAST_CANCEL_TIMEOUT_SECONDS", gt=0)
    status_broadcast: Flag = setting(True, "also publish events under the broadcast key `<feature>`",
                                     env="QUERYCAST_STATUS_BROADCAST")
    migrate: Flag = setting(True, "apply control-DB migrations on start", env="QUERYCAST_MIGRATE")
    retention_days: int = setting(30, "request owners are forgotten after this many days, like the recorder's "
                                  "history (0 = never)", env="QUERYCAST_HISTORY_RETENTION_DAYS", ge=0)
    stomp: StompSettings | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> GatewaySettings:
        overrides.setdefault("auth", AuthSettings.from_env(env))
        overrides.setdefault("stomp", StompSettings.from_env(env))
        return super().from_env(env, **overrides)
