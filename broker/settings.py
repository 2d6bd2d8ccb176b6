"""Broker settings shared by every process (environment variables, DESIGN §7)."""
from __future__ import annotations

import os

DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"


def amqp_url() -> str:
    return os.environ.get("QUERYCAST_AMQP_URL", DEFAULT_AMQP_URL)


def broadcast_enabled() -> bool:
    return os.environ.get("QUERYCAST_STATUS_BROADCAST", "true").lower() not in ("0", "false", "no")


def status_buffer_grace_seconds() -> float:
    """How long past a request's deadline its unconfirmed status events are kept (and
    republished) through a broker outage before they are given up."""
    return float(os.environ.get("QUERYCAST_STATUS_BUFFER_GRACE_SECONDS", "30"))


def status_buffer_max_events() -> int:
    """Upper bound on the unconfirmed status events one process keeps in memory."""
    return int(os.environ.get("QUERYCAST_STATUS_BUFFER_MAX_EVENTS", "100000"))


def shutdown_grace_seconds() -> float:
    """On stop, how long consumers wait for the messages in hand to be finished and acked
    before the rest are requeued for another worker."""
    return float(os.environ.get("QUERYCAST_SHUTDOWN_GRACE_SECONDS", "8"))
