"""`querycast-nl-to-sql` / `python -m services.nl_to_sql`: run the NL->SQL service (questions to
validated SQL) until SIGINT/SIGTERM."""
from collections.abc import Sequence

from broker.settings import BrokerSettings, amqp_url
from runtime.cli import run_command
from runtime.lifecycle import run_service
from runtime.metrics import MetricsSettings, serve_metrics
from runtime.settings import RuntimeSettings
from services.nl_to_sql.settings import LlmSettings, NlToSqlSettings

SETTINGS = (RuntimeSettings, BrokerSettings, MetricsSettings, NlToSqlSettings, LlmSettings)


def start() -> None:
    from services.nl_to_sql.app import SERVICE, running_nl_to_sql  # chromadb & co: not for --help

    serve_metrics(NlToSqlSettings.from_env().metrics_port, "QUERYCAST_NL_TO_SQL_METRICS_PORT")
    run_service(SERVICE, lambda: running_nl_to_sql(amqp_url=amqp_url()))


def main(argv: Sequence[str] | None = None) -> None:
    run_command("querycast-nl-to-sql", __doc__, SETTINGS, start, argv)


if __name__ == "__main__":
    main()
