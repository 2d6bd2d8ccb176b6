"""`querycast-gateway`: serve the REST API and the STOMP proxy on QUERYCAST_HTTP_HOST:PORT."""
from __future__ import annotations

from aiohttp import web

from gateway.app import create_app
from gateway.settings import GatewaySettings
from services.common.logs import configure_logging

SHUTDOWN_TIMEOUT_SECONDS = 10


def main() -> None:
    configure_logging("gateway")
    settings = GatewaySettings.from_env()
    web.run_app(create_app(settings), host=settings.http_host, port=settings.http_port,
                access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT_SECONDS,
                print=lambda *_: None)


if __name__ == "__main__":
    main()
