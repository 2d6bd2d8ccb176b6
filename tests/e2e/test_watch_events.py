"""The README's "other services can watch" example: scripts/watch_events.py (plain stomp.py on the
broker's STOMP port) sees every event of a demo request."""
import json
import subprocess
import sys
import threading
import time
import urllib.request
import uuid

from tests.e2e.conftest import ROOT


def _post(base_url: str, path: str, body: dict, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(base_url + path, json.dumps(body).encode(), headers, method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def test_stomp_py_watcher_sees_a_demo_requests_events(running_system):
    watcher = subprocess.Popen(
        [sys.executable, "-m", "scripts.watch_events", "--port", str(running_system.stomp_port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(watcher.stdout), daemon=True).start()
    try:
        assert watcher.stderr.readline().strip() == "watching"
        token = _post(running_system.base_url, "/api/auth/login",
                      {"username": "demo", "password": "demo"})["accessToken"]
        request_id = f"watch-{uuid.uuid4().hex[:8]}"
        _post(running_system.base_url, "/api/query/execute",
              {"sql": "SELECT name FROM stores", "databaseId": "demo", "clientRequestId": request_id}, token)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            mine = [json.loads(l) for l in list(lines) if request_id in l]
            if mine and mine[-1]["status"] != "IN_PROGRESS":
                break
            time.sleep(0.1)
    finally:
        watcher.terminate()
        watcher.wait(10)
    assert [e["stage"] for e in mine] == ["REQUEST_RECEIVED", "VALIDATION", "DATABASE_LOOKUP",
                                          "CONNECTING", "EXECUTING", "COMPLETED"]
    assert [e["sequence"] for e in mine] == [1, 2, 3, 4, 5, 6]
    assert {e["feature"] for e in mine} == {"QUERY_EXECUTION"}
    assert mine[-1]["data"]["rowCount"] >= 1
