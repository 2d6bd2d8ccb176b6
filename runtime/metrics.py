"""A worker's own Prometheus endpoint (`GET /metrics`), on the port its settings name.

Off unless the port is set (QUERYCAST_<SERVICE>_METRICS_PORT); it listens on
QUERYCAST_METRICS_HOST (127.0.0.1 by default: metrics are for the operator's scraper)."""
from __future__ import annotations

from typing import ClassVar

from prometheus_client import start_http_server

from runtime.settings import QuerycastSettings, SettingsError, setting


class MetricsSettings(QuerycastSettings):
    section: ClassVar[str] = "Every process"
    section_order: ClassVar[int] = 0

    host: str = setting("127.0.0.1", "address the workers' metrics endpoints listen on (compose: 0.0.0.0)",
                        env="QUERYCAST_METRICS_HOST")


def serve_metrics(port: int | None, variable: str) -> None:
    """Serve the default registry on `port` in a background thread; None: no endpoint."""
    if port is None:
        return
    host = MetricsSettings.from_env().host
    try:
        start_http_server(port, addr=host)
    except OSError as exc:
        raise SettingsError(f"{variable}={port!r} cannot be used: {host}:{port} ({exc.strerror})", variable) from None
