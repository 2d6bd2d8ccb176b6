"""`querycast-nl-to-sql` / `python -m services.nl_to_sql`: run the NL->SQL service."""
from broker.settings import amqp_url
from runtime.lifecycle import run_service
from services.nl_to_sql.app import SERVICE, running_nl_to_sql


def main() -> None:
    run_service(SERVICE, lambda: running_nl_to_sql(amqp_url=amqp_url()))


if __name__ == "__main__":
    main()
