"""Run a service process: logs, then its lifespan until SIGINT/SIGTERM (graceful stop)."""
from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

from runtime.logs import configure_logging

log = logging.getLogger(__name__)


def run_service(service: str, lifespan: Callable[[], AbstractAsyncContextManager[Any]]) -> None:
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
