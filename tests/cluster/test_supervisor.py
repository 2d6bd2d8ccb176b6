"""scripts/supervisor.py with real child processes: a child killed from outside comes back after
its backoff with a log line, the others are left alone, and stop() ends every child."""
from __future__ import annotations

import os
import signal
import sys
import time

from scripts.supervisor import Child, Supervisor

SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]


def _poll_until(supervisor: Supervisor, predicate, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        supervisor.poll()
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not reached")


def test_a_killed_child_is_restarted_with_backoff_and_stop_ends_all(tmp_path):
    said: list[str] = []
    supervisor = Supervisor([Child("recorder", SLEEPER), Child("gateway", SLEEPER)], dict(os.environ),
                            tmp_path, tmp_path, say=said.append, initial_backoff=0.3, max_backoff=1.2)
    supervisor.start_all()
    try:
        recorder, gateway = supervisor.child("recorder"), supervisor.child("gateway")
        first_pid, gateway_pid = recorder.proc.pid, gateway.proc.pid
        os.kill(first_pid, signal.SIGKILL)
        _poll_until(supervisor, lambda: recorder.restarts == 1)
        assert recorder.proc.pid != first_pid and recorder.proc.poll() is None
        assert gateway.proc.pid == gateway_pid and gateway.restarts == 0
        assert any(line.startswith("recorder exited unexpectedly (code -9); restarting it in 0s")
                   for line in said), said
        assert any(line.startswith("recorder restarted") for line in said)

        # Quick exits in a row back off further each time, up to the cap.
        delays = []
        for _ in range(3):
            said.clear()
            os.kill(recorder.proc.pid, signal.SIGKILL)
            started = time.monotonic()
            before = recorder.restarts
            _poll_until(supervisor, lambda: recorder.restarts == before + 1)  # noqa: B023
            delays.append(time.monotonic() - started)
        assert delays[0] >= 0.55 and delays[1] >= 1.1 and delays[2] >= 1.1, delays
        assert delays[2] < 3, delays  # capped
    finally:
        supervisor.stop()
    assert all(c.proc.poll() is not None for c in supervisor.children)
    supervisor.poll()  # stopping: nothing comes back
    assert all(c.proc.poll() is not None for c in supervisor.children)
