"""Keep `make run`'s child processes running: one that exits unexpectedly is started again after
a capped exponential backoff (reset once it has stayed up a while), with one log line each time.
Stopping is in reverse start order: SIGTERM, a grace period, then SIGKILL."""
from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Child:
    name: str
    argv: list[str]
    proc: subprocess.Popen | None = None
    restarts: int = 0
    started_at: float = 0.0
    failures: int = 0  # consecutive quick exits (drives the backoff)
    restart_at: float | None = None


@dataclass
class Supervisor:
    children: list[Child]
    env: dict[str, str]
    log_dir: Path
    cwd: Path
    say: Callable[[str], None] = print
    initial_backoff: float = 1.0
    max_backoff: float = 30.0
    stable_seconds: float = 30.0  # up this long: the next exit starts the backoff from scratch
    stop_grace: float = 15.0
    _stopping: bool = field(default=False, init=False)

    def child(self, name: str) -> Child:
        return next(c for c in self.children if c.name == name)

    def start_all(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for child in self.children:
            self._spawn(child)

    def _spawn(self, child: Child) -> None:
        log = open(self.log_dir / f"{child.name}.log", "ab")
        # A session of its own: Ctrl-C reaches the launcher only, which stops them in order.
        child.proc = subprocess.Popen(child.argv, cwd=self.cwd, env=self.env, stdout=log,
                                      stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                      start_new_session=True)
        log.close()
        child.started_at = time.monotonic()
        child.restart_at = None

    def exited(self) -> Child | None:
        """The first child that is not running (and not waiting for its restart)."""
        for child in self.children:
            if child.proc is not None and child.proc.poll() is not None and child.restart_at is None:
                return child
        return None

    def poll(self) -> None:
        """Schedule restarts for children that exited, start those whose backoff is over."""
        if self._stopping:
            return
        now = time.monotonic()
        for child in self.children:
            if child.proc is None:
                continue
            if child.restart_at is None and child.proc.poll() is not None:
                if now - child.started_at >= self.stable_seconds:
                    child.failures = 0
                delay = min(self.max_backoff, self.initial_backoff * (2 ** child.failures))
                child.failures += 1
                child.restart_at = now + delay
                self.say(f"{child.name} exited unexpectedly (code {child.proc.returncode}); "
                         f"restarting it in {delay:.0f}s (see {self.log_dir / (child.name + '.log')})")
            elif child.restart_at is not None and now >= child.restart_at:
                child.restarts += 1
                self._spawn(child)
                self.say(f"{child.name} restarted (pid {child.proc.pid}, restart #{child.restarts})")

    def stop(self) -> None:
        self._stopping = True
        running = [c.proc for c in reversed(self.children) if c.proc is not None and c.proc.poll() is None]
        for proc in running:
            proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.stop_grace
        for proc in running:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
