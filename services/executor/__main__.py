"""`querycast-executor` / `python -m services.executor`: run one executor process (SQL execution
and the database registry) until SIGINT/SIGTERM."""
import asyncio
import contextlib
from collections.abc import Sequence

from broker.settings import BrokerSettings
from runtime.cli import run_command
from runtime.lifecycle import run_service
from runtime.metrics import MetricsSettings, serve_metrics
from runtime.settings import RuntimeSettings
from services.executor.settings import ExecutorSettings

SETTINGS = (RuntimeSettings, BrokerSettings, MetricsSettings, ExecutorSettings)


def start() -> None:
    from services.executor.app import SERVICE, running_executor  # not needed for --help

    settings = ExecutorSettings.from_env()
    serve_metrics(settings.metrics_port, "QUERYCAST_EXECUTOR_METRICS_PORT")
    if settings.event_loop == "uvloop":
        with contextlib.suppress(ImportError):  # uvloop is not on every platform
            import uvloop

            asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    run_service(SERVICE, running_executor)


def main(argv: Sequence[str] | None = None) -> None:
    run_command("querycast-executor", __doc__, SETTINGS, start, argv)


if __name__ == "__main__":
    main()
