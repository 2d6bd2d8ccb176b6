"""Recorder settings (environment variables, listed in docs/operations.md)."""
from __future__ import annotations

from typing import ClassVar

from broker.settings import DEFAULT_AMQP_URL
from runtime.settings import DEFAULT_DATABASE_URL, Port, QuerycastSettings, setting


class RecorderSettings(QuerycastSettings):
    section: ClassVar[str] = "Recorder (querycast-recorder)"

    amqp_url: str = setting(DEFAULT_AMQP_URL, "RabbitMQ for every process", env="QUERYCAST_AMQP_URL")
    database_url: str = setting(DEFAULT_DATABASE_URL, "control database (registry, users, history)",
                                env="QUERYCAST_DATABASE_URL")
    metrics_port: Port | None = setting(None, "serve Prometheus metrics on this port (GET /metrics)",
                                        env="QUERYCAST_RECORDER_METRICS_PORT", doc_default="off (compose: 9103)")
    # Prefetch is twice the batch so one batch fills while one is written.
    batch_size: int = setting(200, "events written per INSERT", env="QUERYCAST_RECORDER_BATCH_SIZE", ge=1)
    flush_interval: float = setting(0.05, "how long a partial batch waits before it is written anyway "
                                    "(0: write what has arrived at once)", env="QUERYCAST_RECORDER_FLUSH_SECONDS", ge=0)
    retention_days: int = setting(30, "history older than this is deleted (0 keeps all)",
                                  env="QUERYCAST_HISTORY_RETENTION_DAYS", ge=0)
    purge_interval: float = setting(3600.0, "how often old history is deleted",
                                    env="QUERYCAST_HISTORY_PURGE_INTERVAL_SECONDS", gt=0)

    @property
    def prefetch(self) -> int:
        return self.batch_size * 2
