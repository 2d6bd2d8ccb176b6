"""`querycast-recorder` / `python -m services.recorder`: the status-history recorder process
(writes every status event to the control database) until SIGINT/SIGTERM."""
from collections.abc import Sequence

from broker.settings import BrokerSettings
from runtime.cli import run_command
from runtime.lifecycle import run_service
from runtime.metrics import MetricsSettings, serve_metrics
from runtime.settings import RuntimeSettings
from services.recorder.settings import RecorderSettings

SETTINGS = (RuntimeSettings, BrokerSettings, MetricsSettings, RecorderSettings)


def start() -> None:
    from services.recorder.app import running_recorder  # not needed for --help

    serve_metrics(RecorderSettings.from_env().metrics_port, "QUERYCAST_RECORDER_METRICS_PORT")
    run_service("recorder", running_recorder)


def main(argv: Sequence[str] | None = None) -> None:
    run_command("querycast-recorder", __doc__, SETTINGS, start, argv)


if __name__ == "__main__":
    main()
