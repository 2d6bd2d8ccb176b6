"""`python -m services.recorder` (or `querycast-recorder`): the status-history recorder process."""
from runtime.lifecycle import run_service
from services.recorder.app import running_recorder


def main() -> None:
    run_service("recorder", running_recorder)


if __name__ == "__main__":
    main()
