"""Run a service process: logs, broker connection with topology, graceful stop on SIGINT/SIGTERM."""
from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager

from broker import Broker, connection_name, declare_topology
from broker.settings import amqp_url
from services.common.logs import configure_logging

log = logging.getLogger(__name__)


async def connect_broker(service: str, url: str | None = None) -> Broker:
    """Connect (waiting for the broker as long as it takes) and declare the topology."""
    broker = Broker(url or amqp_url(), connection_name(service))
    await broker.start(wait=False)
    while True:
        try:
            await broker.wait_connected(timeout=30)
            break
        except Exception:
            log.warning("still waiting for the message broker")
    channel = broker.channel(confirms=False)
    await channel.add_setup(declare_topology)
    return broker


def run_service(service: str, lifespan: Callable[[], AbstractAsyncContextManager]) -> None:
    """Run `lifespan()` (an async context manager that starts the service) until a signal."""
    configure_logging(service)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        async with lifespan():
            log.info("%s started", service)
            await stop.wait()
            log.info("%s stopping", service)

    asyncio.run(main())
