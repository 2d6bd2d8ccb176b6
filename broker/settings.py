"""Broker settings shared by every process (environment variables, docs/architecture.md)."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar

from runtime.settings import Flag, QuerycastSettings, setting

DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"


class BrokerSettings(QuerycastSettings):
    section: ClassVar[str] = "Every process"
    section_order: ClassVar[int] = 0

    amqp_url: str = setting(DEFAULT_AMQP_URL, "RabbitMQ for every process; a comma-separated list names the "
                            "nodes of a cluster (tried in a shuffled order, docs/operations.md)",
                            env="QUERYCAST_AMQP_URL")
    status_broadcast: Flag = setting(True, "also publish events under the broadcast key `<feature>`",
                                     env="QUERYCAST_STATUS_BROADCAST")
    # How long past a request's deadline its unconfirmed status events are kept (and
    # republished) through a broker outage before they are given up.
    status_buffer_grace_seconds: float = setting(
        30.0, "unconfirmed status events are kept this long past their request's deadline",
        env="QUERYCAST_STATUS_BUFFER_GRACE_SECONDS", gt=0)
    status_buffer_max_events: int = setting(100_000, "upper bound on unconfirmed status events kept in memory",
                                            env="QUERYCAST_STATUS_BUFFER_MAX_EVENTS", ge=1)
    amqp_coalesce_writes: Flag = setting(
        True, "send what pika buffered in one socket write per loop iteration instead of one per frame",
        env="QUERYCAST_AMQP_COALESCE_WRITES")
    shutdown_grace_seconds: float = setting(
        8.0, "on stop, commands in hand get this long to finish before the rest are requeued",
        env="QUERYCAST_SHUTDOWN_GRACE_SECONDS", gt=0)


def amqp_url(env: Mapping[str, str] | None = None) -> str:
    return BrokerSettings.from_env(env).amqp_url


def broadcast_enabled(env: Mapping[str, str] | None = None) -> bool:
    return BrokerSettings.from_env(env).status_broadcast


def status_buffer_grace_seconds(env: Mapping[str, str] | None = None) -> float:
    return BrokerSettings.from_env(env).status_buffer_grace_seconds


def status_buffer_max_events(env: Mapping[str, str] | None = None) -> int:
    return BrokerSettings.from_env(env).status_buffer_max_events


class LocalNodeSettings(QuerycastSettings):
    section: ClassVar[str] = "Local RabbitMQ node (querycast-rabbitmq, make run)"
    section_order: ClassVar[int] = 90

    name: str = setting("run", "name of the project-local node `make run` starts", env="QUERYCAST_RABBITMQ_NODE")
    port_offset: int = setting(10, "its ports are the standard ones plus this", env="QUERYCAST_RABBITMQ_PORT_OFFSET",
                               ge=0, le=30000)
    rabbitmq_bin: Path = setting(Path("/usr/lib/rabbitmq/bin"), "where the Debian RabbitMQ scripts are",
                                 env="QUERYCAST_RABBITMQ_BIN")


def shutdown_grace_seconds(env: Mapping[str, str] | None = None) -> float:
    """On stop, how long consumers wait for the messages in hand to be finished and acked
    before the rest are requeued for another worker."""
    return BrokerSettings.from_env(env).shutdown_grace_seconds
