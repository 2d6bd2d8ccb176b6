"""`querycast-gateway`: serve the REST API and the STOMP proxy on QUERYCAST_HTTP_HOST:PORT."""
from __future__ import annotations

import asyncio
import errno
import socket
import sys
from collections.abc import Sequence
from typing import Any

from aiohttp import web

from broker.settings import BrokerSettings
from gateway.auth import AuthSettings
from gateway.http_limits import handler_args
from gateway.settings import GatewaySettings
from gateway.stomp.settings import StompSettings
from runtime.cli import run_command
from runtime.logs import configure_logging
from runtime.settings import RuntimeSettings

SHUTDOWN_TIMEOUT_SECONDS = 10
SETTINGS = (RuntimeSettings, BrokerSettings, GatewaySettings, AuthSettings, StompSettings)


def use_event_loop(kind: str) -> None:
    """uvloop by default: the STOMP proxy relays every frame, and uvloop's cheaper socket writes
    keep fan-out latency close to direct Web-STOMP (bench/stomp_bench.py --loop)."""
    if kind == "uvloop":
        try:
            import uvloop
        except ImportError:
            return
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind before anything starts, so a busy port is one line and nothing to clean up."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        reason = "is already in use; stop what runs there or set QUERYCAST_HTTP_PORT" \
            if exc.errno == errno.EADDRINUSE else f"cannot be listened on ({exc.strerror})"
        print(f"querycast-gateway: {host}:{port} {reason}", file=sys.stderr)
        raise SystemExit(1) from None
    sock.listen(socket.SOMAXCONN)
    return sock


def run_app_options() -> dict[str, Any]:
    """`web.run_app`'s keywords besides the socket. The parser's settings go in as keywords of
    their own: aiohttp 3.14 hands an unknown `handler_args=` to every request handler, fails, and
    falls back to its defaults (a header limit below the token limit) with a warning per connection."""
    return {"access_log": None, "shutdown_timeout": SHUTDOWN_TIMEOUT_SECONDS, "print": lambda *_: None,
            **handler_args()}


def serve() -> None:
    from gateway.app import create_app  # not needed for --help

    configure_logging("gateway")
    settings = GatewaySettings.from_env()
    use_event_loop(settings.event_loop)
    sock = listening_socket(settings.http_host, settings.http_port)
    web.run_app(create_app(settings), sock=sock, **run_app_options())


def main(argv: Sequence[str] | None = None) -> None:
    run_command("querycast-gateway", __doc__, SETTINGS, serve, argv)


if __name__ == "__main__":
    main()
