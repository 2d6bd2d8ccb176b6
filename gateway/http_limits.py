"""Settings of aiohttp's HTTP parser for the gateway (passed as `handler_args`).

A header may hold a bearer token of up to `gateway.auth.MAX_TOKEN_CHARS`, so header fields are
allowed a little more than that; the token's own limit is then answered by the API (401, "too
long") instead of the parser. Requests the parser refuses are logged in one line that names the
client and the kind of error only: aiohttp's own log line carries the offending bytes (the start
of a token) and a stack trace.
"""
from __future__ import annotations

import logging
from typing import Any

from gateway.auth import MAX_TOKEN_CHARS

MAX_FIELD_BYTES = MAX_TOKEN_CHARS + 1024


class _WithoutContent(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            kind = type(record.exc_info[1]).__name__
            peer = record.args[-1:] if isinstance(record.args, tuple) else ()
            record.msg, record.args = "refused a malformed HTTP request (%s) from %s", (kind, *peer)
            record.exc_info = record.exc_text = None
        return True


def _parser_logger() -> logging.Logger:
    logger = logging.getLogger("querycast.gateway.http")
    if not any(isinstance(f, _WithoutContent) for f in logger.filters):
        logger.addFilter(_WithoutContent())
    return logger


def handler_args() -> dict[str, Any]:
    return {"max_field_size": MAX_FIELD_BYTES, "logger": _parser_logger()}
