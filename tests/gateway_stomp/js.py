"""Run the real JS clients of tests/js (node) as subprocesses and read their JSON lines."""
from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest

JS_DIR = Path(__file__).resolve().parent.parent / "js"


def require_node() -> str:
    node = shutil.which("node")
    if node is None or not (JS_DIR / "node_modules" / "@stomp" / "stompjs").exists():
        pytest.fail("node and tests/js/node_modules are required: run `npm ci` in tests/js")
    return node


class NodeClient:
    def __init__(self, proc: asyncio.subprocess.Process):
        self.proc = proc
        self.lines: list[dict] = []

    @classmethod
    async def start(cls, script: str, config: dict) -> NodeClient:
        proc = await asyncio.create_subprocess_exec(
            require_node(), str(JS_DIR / script), json.dumps(config), cwd=JS_DIR,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        return cls(proc)

    async def next_event(self, timeout: float = 15) -> dict:
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not line:
            err = (await self.proc.stderr.read()).decode()[-2000:]
            raise AssertionError(f"node client ended early: {err}")
        event = json.loads(line)
        self.lines.append(event)
        return event

    async def until(self, name: str, timeout: float = 15) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                event = await self.next_event(timeout)
                if event["event"] == name:
                    return event

    async def messages(self, count: int, timeout: float = 20) -> list[dict]:
        got = []
        async with asyncio.timeout(timeout):
            while len(got) < count:
                event = await self.next_event(timeout)
                if event["event"] == "MESSAGE":
                    got.append(event)
        return got

    async def finish(self, timeout: float = 15) -> list[dict]:
        out, err = await asyncio.wait_for(self.proc.communicate(), timeout)
        self.lines.extend(json.loads(line) for line in out.decode().splitlines() if line.strip())
        return self.lines

    async def stop(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()
        await self.proc.wait()
