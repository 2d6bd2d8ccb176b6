"""`querycast-gateway`: serve the REST API and the STOMP proxy on QUERYCAST_HTTP_HOST:PORT."""
from __future__ import annotations

import asyncio
import os

from aiohttp import web

from gateway.app import create_app
from gateway.http_limits import handler_args
from gateway.settings import GatewaySettings
from runtime.logs import configure_logging

SHUTDOWN_TIMEOUT_SECONDS = 10


def use_event_loop(kind: str) -> None:
    """uvloop by default: the STOMP proxy relays every frame, and uvloop's cheaper socket writes
    keep fan-out latency close to direct Web-STOMP (bench/stomp_bench.py --loop)."""
    if kind == "uvloop":
        try:
            import uvloop
        except ImportError:
            return
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def main() -> None:
    configure_logging("gateway")
    use_event_loop(os.environ.get("QUERYCAST_EVENT_LOOP", "uvloop"))
    settings = GatewaySettings.from_env()
    web.run_app(create_app(settings), host=settings.http_host, port=settings.http_port,
                access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT_SECONDS, handler_args=handler_args(),
                print=lambda *_: None)


if __name__ == "__main__":
    main()
