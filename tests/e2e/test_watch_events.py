"""The README's "other services can watch" examples: scripts/watch_events.py (plain stomp.py on the
broker's STOMP port) and scripts/watch_events_amqp.py (plain pika) see every event of a demo request."""
import json
import subprocess
import sys
import threading
import time
import uuid

import pytest

from tests.e2e.conftest import ROOT
from tests.e2e.console_page import EXECUTION_STAGES, rest_post


def _watcher_command(kind: str, running_system, rabbit_node) -> list[str]:
    if kind == "stomp":
        return [sys.executable, "-m", "scripts.watch_events", "--port", str(running_system.stomp_port)]
    return [sys.executable, "-m", "scripts.watch_events_amqp", "--url", rabbit_node.amqp_url]


@pytest.mark.parametrize("kind", ["stomp", "amqp"])
def test_watcher_sees_every_event_of_a_demo_request(kind, running_system, rabbit_node):
    watcher = subprocess.Popen(_watcher_command(kind, running_system, rabbit_node), cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(watcher.stdout), daemon=True).start()
    mine: list[dict] = []
    try:
        assert watcher.stderr.readline().strip() == "watching"
        token = rest_post(running_system.base_url, "/api/auth/login",
                      {"username": "demo", "password": "demo"})["accessToken"]
        request_id = f"watch-{kind}-{uuid.uuid4().hex[:8]}"
        rest_post(running_system.base_url, "/api/query/execute",
              {"sql": "SELECT name FROM stores", "databaseId": "demo", "clientRequestId": request_id}, token)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            mine = [json.loads(line) for line in list(lines) if request_id in line]
            if mine and mine[-1]["status"] != "IN_PROGRESS":
                break
            time.sleep(0.1)
    finally:
        watcher.terminate()
        watcher.wait(10)
    assert [e["stage"] for e in mine] == EXECUTION_STAGES
    assert [e["sequence"] for e in mine] == list(range(1, len(EXECUTION_STAGES) + 1))
    assert {e["feature"] for e in mine} == {"QUERY_EXECUTION"}
    assert mine[-1]["data"]["rowCount"] >= 1
