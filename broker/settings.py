"""Broker settings shared by every process (environment variables, DESIGN §7)."""
from __future__ import annotations

import os

DEFAULT_AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"


def amqp_url() -> str:
    return os.environ.get("QUERYCAST_AMQP_URL", DEFAULT_AMQP_URL)


def broadcast_enabled() -> bool:
    return os.environ.get("QUERYCAST_STATUS_BROADCAST", "true").lower() not in ("0", "false", "no")
