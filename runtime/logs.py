"""Structured JSON logs (one object per line) carrying requestId where there is one."""
from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar

from contracts.status import format_timestamp, utc_now
from runtime.settings import RuntimeSettings

current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str):
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, str | int | float | bool | None] = {
            "ts": format_timestamp(utc_now()),
            "level": record.levelname.lower(),
            "service": self.service,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = getattr(record, "requestId", None) or current_request_id.get()
        if request_id:
            entry["requestId"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry and not key.startswith("_"):
                entry[key] = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
        if record.exc_info:
            # Stack traces go to the operator's log only, never to clients.
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def configure_logging(service: str) -> None:
    level = RuntimeSettings.from_env().log_level
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("pika").setLevel(logging.WARNING)
