"""A STOMP-only gateway process, for measuring the proxy alone (benchmarks, memory tests):

    python -m gateway.stomp.standalone --port 0 [--loop asyncio]

Serves `/ws` exactly as the full gateway does (`setup_stomp`, settings from the environment:
QUERYCAST_WEB_STOMP_URL and the STOMP settings), without the REST part: no token verifier (tokens
are refused, anonymous compat sessions work) and no `/app` handler. Prints `READY <port>` once
it listens, and stops on SIGTERM/SIGINT. The event loop is the full gateway's
(`QUERYCAST_EVENT_LOOP`, uvloop by default) unless `--loop` says otherwise.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import resource
import signal

from aiohttp import web

from gateway.http_limits import handler_args
from gateway.stomp import StompSettings, setup_stomp


def _raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def serve(host: str, port: int) -> None:
    app = web.Application()
    setup_stomp(app, StompSettings.from_env(), None, None)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0, **handler_args())
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    print(f"READY {runner.addresses[0][1]}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port (printed)")
    parser.add_argument("--loop", choices=("asyncio", "uvloop"),
                        default=os.environ.get("QUERYCAST_EVENT_LOOP", "uvloop"))
    args = parser.parse_args(argv)
    _raise_fd_limit()
    if args.loop == "uvloop":
        import uvloop
        uvloop.run(serve(args.host, args.port))
    else:
        asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
