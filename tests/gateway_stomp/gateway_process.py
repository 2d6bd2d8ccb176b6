"""The STOMP gateway in a process of its own (gateway/stomp/standalone.py), so that its memory
can be read from /proc alone, and the incomplete-frame attacker of issue 15 (also used by
bench/stomp_attack_bench.py)."""
from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

from tests.gateway_stomp.stomp_client import RawStompClient

ROOT = Path(__file__).resolve().parents[2]
ATTACK_BYTES = int(1.9 * 1024 * 1024)
CHUNK = "x" * (64 * 1024)


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


class GatewayProcess:
    def __init__(self, proc: asyncio.subprocess.Process, port: int):
        self.proc = proc
        self.port = port

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def rss(self) -> int:
        return rss_bytes(self.proc.pid)

    @contextlib.asynccontextmanager
    async def peak_rss(self, every: float = 0.05) -> AsyncIterator[dict[str, int]]:
        """Samples the RSS while the block runs: {"baseline": at the start, "peak": highest seen}."""
        seen = {"baseline": self.rss(), "peak": self.rss()}

        async def sample() -> None:
            while True:
                seen["peak"] = max(seen["peak"], self.rss())
                await asyncio.sleep(every)

        sampler = asyncio.create_task(sample())
        try:
            yield seen
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
            seen["peak"] = max(seen["peak"], self.rss())

    @classmethod
    async def start(cls, web_stomp_url: str, **env: str) -> GatewayProcess:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "gateway.stomp.standalone", "--port", "0", cwd=ROOT,
            env={**os.environ, "QUERYCAST_WEB_STOMP_URL": web_stomp_url, **env},
            stdout=asyncio.subprocess.PIPE)
        line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode().split()
        if line[:1] != ["READY"]:
            proc.kill()
            raise RuntimeError("the gateway process did not start")
        return cls(proc, int(line[1]))

    async def stop(self) -> None:
        if self.proc.returncode is None:
            self.proc.terminate()
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()


async def attacker(http, url: str) -> tuple[float, str | None]:
    """Seconds from the first byte of the endless frame to the close, and the `limit` named."""
    client = await RawStompClient.open(http, url)
    try:
        assert (await client.connect()).command == "CONNECTED"
        started = time.monotonic()
        sent = 0
        head = "SEND\ndestination:/topic/query-execution\n\n"
        while sent < ATTACK_BYTES and not client.closed.is_set():
            chunk = CHUNK[:ATTACK_BYTES - sent]
            try:
                await client.send(head + chunk if sent == 0 else chunk)
            except ConnectionError:
                break
            sent += len(chunk)
        await client.wait_closed(timeout=120)
        elapsed = time.monotonic() - started
        limit = None
        while not client.frames.empty():
            frame = client.frames.get_nowait()
            if frame.command == "ERROR":
                limit = frame.get("limit")
        return elapsed, limit
    finally:
        await client.close()
