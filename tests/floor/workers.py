"""Real worker processes for the floor tests: started from their console scripts, watched through
their JSON log lines on stderr, stopped with SIGTERM."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Worker:
    def __init__(self, command: str, env: dict[str, str]):
        self.lines: list[str] = []
        self._ready = threading.Event()
        self.process = subprocess.Popen([str(BIN / command)], stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, **env})
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)
            if '"msg": "' in line and ' started"' in line:
                self._ready.set()

    def wait_started(self, timeout: float = 90) -> None:
        assert self._ready.wait(timeout), "".join(self.lines[-20:])

    def logged(self) -> list[dict]:
        return [json.loads(line) for line in list(self.lines) if line.startswith("{")]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
