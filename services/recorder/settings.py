"""Recorder settings (environment variables, listed in docs/operations.md)."""
from __future__ import annotations

from dataclasses import dataclass

from broker.settings import amqp_url
from runtime.settings import database_url, env_float, env_int


@dataclass(frozen=True)
class RecorderSettings:
    amqp_url: str
    database_url: str
    # Events written per INSERT; prefetch is twice this so one batch fills while one is written.
    batch_size: int = 200
    # How long a partial batch waits for company before it is written anyway.
    flush_interval: float = 0.05
    # 0 keeps history forever.
    retention_days: int = 30
    purge_interval: float = 3600.0

    @property
    def prefetch(self) -> int:
        return self.batch_size * 2

    @classmethod
    def from_env(cls, **overrides) -> RecorderSettings:
        values = dict(
            amqp_url=amqp_url(),
            database_url=database_url(),
            batch_size=max(1, env_int("QUERYCAST_RECORDER_BATCH_SIZE", 200)),
            flush_interval=env_float("QUERYCAST_RECORDER_FLUSH_SECONDS", 0.05),
            retention_days=max(0, env_int("QUERYCAST_HISTORY_RETENTION_DAYS", 30)),
            purge_interval=env_float("QUERYCAST_HISTORY_PURGE_INTERVAL_SECONDS", 3600.0),
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
