"""The whole system as tests/e2e starts it, but with its NL->SQL service on the `anthropic`
provider pointed at a local fake Messages API that takes its time: a question waits at LLM_CALL
long enough to be cancelled. A package of its own, so this system never runs beside tests/e2e's
(both would consume the same command queues)."""
from __future__ import annotations

import json
import select
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.e2e.conftest import (  # noqa: F401  (fixtures and the failure-screenshot hook)
    TRANSPORTS,
    artifacts,
    browser,
    open_console,
    pytest_runtest_makereport,
    start_system,
)

ANSWER = "```sql\nSELECT count(*) FROM orders\n```"


class SlowMessagesApi(ThreadingHTTPServer):
    """POST /v1/messages answered after `delay` seconds, unless the caller hangs up first: then
    counted in `dropped` (and nothing is sent)."""

    daemon_threads = True

    def __init__(self, delay: float):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay = delay
        self.arrived = 0
        self.dropped = 0
        self.answered = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: SlowMessagesApi

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.server.arrived += 1
        until = time.monotonic() + self.server.delay
        while time.monotonic() < until:
            readable, _, _ = select.select([self.connection], [], [], 0.05)
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                self.server.dropped += 1  # the caller closed the connection
                self.close_connection = True
                return
        self.server.answered += 1
        body = json.dumps({
            "id": f"msg_{uuid.uuid4().hex[:8]}", "type": "message", "role": "assistant", "model": "claude-test",
            "content": [{"type": "text", "text": ANSWER}], "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 100, "output_tokens": 10}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="package")
def slow_llm():
    server = SlowMessagesApi(delay=120.0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="package")
def running_system(rabbit_node, slow_llm):
    with start_system(rabbit_node, {"QUERYCAST_LLM_PROVIDER": "anthropic", "ANTHROPIC_API_KEY": "e2e-fake-key",
                                    "QUERYCAST_LLM_BASE_URL": slow_llm.url, "QUERYCAST_LLM_MODEL": "claude-test",
                                    "QUERYCAST_LLM_TIMEOUT_SECONDS": "150"}) as system:
        yield system
