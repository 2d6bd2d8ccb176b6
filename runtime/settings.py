"""Settings every service process reads (environment variables, documented in the README)."""
from __future__ import annotations

import os

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/querycast"


def database_url() -> str:
    """The control database: registry, users, status history."""
    return os.environ.get("QUERYCAST_DATABASE_URL", DEFAULT_DATABASE_URL)


def data_dir() -> str:
    return os.environ.get("QUERYCAST_DATA_DIR", ".data")


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))
