"""`python -m services.executor` / `querycast-executor`: run one executor process."""
from runtime.lifecycle import run_service
from services.executor.app import SERVICE, running_executor


def main() -> None:
    run_service(SERVICE, running_executor)


if __name__ == "__main__":
    main()
