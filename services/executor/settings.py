"""Executor configuration (environment variables, documented in docs/executor.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from contracts.rest import MAX_TIMEOUT_SECONDS
from runtime.settings import database_url, env_float, env_int


@dataclass(frozen=True)
class ExecutorSettings:
    database_url: str = field(default_factory=database_url)
    # Commands one process works on at once (AMQP prefetch on the command queue).
    concurrency: int = 8
    # Connections per customer database per process.
    pool_max_size: int = 5
    # Pools unused this long are closed.
    pool_idle_seconds: float = 300.0
    connect_timeout_seconds: float = 5.0
    # Hard ceiling on any statement, whatever a database or request asks for.
    max_timeout_seconds: int = 60
    secret_key: str | None = None
    # The executor stops a request this long before the caller's deadline, so its answer and
    # terminal event arrive while the caller still waits (docs/executor.md, Deadlines).
    deadline_margin_seconds: float = 1.0
    # Per-execution limits (SET LOCAL): waiting for a lock, memory per sort/hash (a cap: a lower
    # server setting stays), temporary files (only where the role may set it; 0 = leave as is).
    lock_timeout_seconds: float = 5.0
    work_mem_cap_kb: int = 65536
    temp_file_limit_kb: int = 1048576
    # A transaction idle this long beyond the statement's own limit is ended by the server.
    idle_in_transaction_grace_seconds: float = 5.0

    @classmethod
    def from_env(cls, **overrides) -> ExecutorSettings:
        values = dict(
            database_url=database_url(),
            concurrency=env_int("QUERYCAST_EXECUTOR_CONCURRENCY", 8),
            pool_max_size=env_int("QUERYCAST_EXECUTOR_POOL_MAX_SIZE", 5),
            pool_idle_seconds=env_float("QUERYCAST_EXECUTOR_POOL_IDLE_SECONDS", 300.0),
            connect_timeout_seconds=env_float("QUERYCAST_EXECUTOR_CONNECT_TIMEOUT_SECONDS", 5.0),
            max_timeout_seconds=min(MAX_TIMEOUT_SECONDS,
                                    env_int("QUERYCAST_EXECUTOR_MAX_TIMEOUT_SECONDS", 60)),
            secret_key=os.environ.get("QUERYCAST_SECRET_KEY") or None,
            deadline_margin_seconds=env_float("QUERYCAST_EXECUTOR_DEADLINE_MARGIN_SECONDS", 1.0),
            lock_timeout_seconds=env_float("QUERYCAST_EXECUTOR_LOCK_TIMEOUT_SECONDS", 5.0),
            work_mem_cap_kb=env_int("QUERYCAST_EXECUTOR_WORK_MEM_CAP_KB", 65536),
            temp_file_limit_kb=env_int("QUERYCAST_EXECUTOR_TEMP_FILE_LIMIT_KB", 1048576),
            idle_in_transaction_grace_seconds=env_float(
                "QUERYCAST_EXECUTOR_IDLE_IN_TRANSACTION_GRACE_SECONDS", 5.0),
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
