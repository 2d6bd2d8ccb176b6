"""Executor configuration (environment variables, documented in docs/executor.md)."""
from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BeforeValidator

from contracts.rest import MAX_TIMEOUT_SECONDS
from runtime.settings import DEFAULT_DATABASE_URL, Port, QuerycastSettings, lower, setting


class ExecutorSettings(QuerycastSettings):
    section: ClassVar[str] = "Executor (querycast-executor)"

    database_url: str = setting(DEFAULT_DATABASE_URL, "control database (registry, users, history)",
                                env="QUERYCAST_DATABASE_URL")
    metrics_port: Port | None = setting(None, "serve Prometheus metrics on this port (GET /metrics)",
                                        env="QUERYCAST_EXECUTOR_METRICS_PORT", doc_default="off (compose: 9101)")
    # uvloop took about a tenth off the executor's CPU per request (docs/performance.md).
    event_loop: Annotated[Literal["uvloop", "asyncio"], BeforeValidator(lower)] = setting(
        "uvloop", "executor event loop (uvloop when installed)", env="QUERYCAST_EXECUTOR_EVENT_LOOP")
    concurrency: int = setting(8, "commands one executor process works on at once (AMQP prefetch)",
                               env="QUERYCAST_EXECUTOR_CONCURRENCY", ge=1)
    pool_max_size: int = setting(5, "connections per customer database per process",
                                 env="QUERYCAST_EXECUTOR_POOL_MAX_SIZE", ge=1)
    pool_idle_seconds: float = setting(300.0, "pools unused this long are closed",
                                       env="QUERYCAST_EXECUTOR_POOL_IDLE_SECONDS", gt=0)
    connect_timeout_seconds: float = setting(5.0, "opening a customer connection",
                                             env="QUERYCAST_EXECUTOR_CONNECT_TIMEOUT_SECONDS", gt=0)
    max_timeout_seconds: int = setting(60, "ceiling on any statement timeout and on `pg_sleep`",
                                       env="QUERYCAST_EXECUTOR_MAX_TIMEOUT_SECONDS", ge=1, le=MAX_TIMEOUT_SECONDS)
    secret_key: str | None = setting(None, "Fernet key(s) encrypting registered passwords; comma list rotates",
                                     env="QUERYCAST_SECRET_KEY", secret=True,
                                     doc_default="dev key (warning logged)")
    # The executor stops a request this long before the caller's deadline, so its answer and
    # terminal event arrive while the caller still waits (docs/executor.md, Deadlines).
    deadline_margin_seconds: float = setting(1.0, "a request stops this long before the caller's deadline",
                                             env="QUERYCAST_EXECUTOR_DEADLINE_MARGIN_SECONDS", ge=0)
    # Per-execution limits (SET LOCAL): waiting for a lock, memory per sort/hash (a cap: a lower
    # server setting stays), temporary files (only where the role may set it; 0 = leave as is).
    lock_timeout_seconds: float = setting(5.0, "longest wait for a lock (SET LOCAL lock_timeout)",
                                          env="QUERYCAST_EXECUTOR_LOCK_TIMEOUT_SECONDS", gt=0)
    work_mem_cap_kb: int = setting(65536, "cap on work_mem per execution (a lower server setting stays)",
                                   env="QUERYCAST_EXECUTOR_WORK_MEM_CAP_KB", ge=64)
    temp_file_limit_kb: int = setting(1048576, "temp_file_limit per execution where the role may set it "
                                      "(0 = leave as is)", env="QUERYCAST_EXECUTOR_TEMP_FILE_LIMIT_KB", ge=0)
    max_result_bytes: int = setting(
        16 * 1024 * 1024, "largest result an answer may carry (about its JSON size); larger ones stop "
        "with QUERY_FAILED", env="QUERYCAST_EXECUTOR_MAX_RESULT_BYTES", ge=1024, le=100 * 1024 * 1024)
    idle_in_transaction_grace_seconds: float = setting(
        5.0, "`idle_in_transaction_session_timeout` = statement limit + this",
        env="QUERYCAST_EXECUTOR_IDLE_IN_TRANSACTION_GRACE_SECONDS", gt=0)
