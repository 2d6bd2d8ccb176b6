"""`querycast-executor` / `python -m services.executor`: run one executor process (SQL execution
and the database registry) until SIGINT/SIGTERM."""
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

    serve_metrics(ExecutorSettings.from_env().metrics_port, "QUERYCAST_EXECUTOR_METRICS_PORT")
    run_service(SERVICE, running_executor)


def main(argv: Sequence[str] | None = None) -> None:
    run_command("querycast-executor", __doc__, SETTINGS, start, argv)


if __name__ == "__main__":
    main()
