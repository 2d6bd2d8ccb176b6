"""The whole system started the way `make run` starts it (scripts.run_local as a subprocess, on the
test broker and throw-away databases), and a headless Debian chromium driven by Playwright.

Environment: QUERYCAST_CHROMIUM (default /usr/bin/chromium). Screenshots go to artifacts/ (e2e-*.png;
failure-<test>-*.png: every page of a failed test as it was when it failed).
"""
from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import _admin_exec, dsn_for

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path(os.environ.get("QUERYCAST_CHROMIUM", "/usr/bin/chromium"))
STARTUP_TIMEOUT_SECONDS = 150
READY_LINE = "querycast is running"


@dataclass
class RunningSystem:
    base_url: str
    stomp_port: int
    process: subprocess.Popen
    demo_dsn: str
    control_dsn: str = ""
    output: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)

    def read_output(self) -> None:
        for line in self.process.stdout:
            self.output.append(line.rstrip("\n"))
            if line.startswith(READY_LINE):
                self.ready.set()
        self.ready.set()  # exited: wake the waiter so it can report


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def start_system(rabbit_node, extra_env: dict[str, str] | None = None) -> Iterator[RunningSystem]:
    """`scripts.run_local` on the test broker and two throw-away databases; `extra_env` adds to or
    overrides its environment (e.g. the LLM provider)."""
    names = [f"qc_e2e_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("control", "demo")]
    for name in names:
        _admin_exec(f'CREATE DATABASE "{name}"')
    port = _free_port()
    data_dir = ROOT / ".data" / f"e2e-{uuid.uuid4().hex[:6]}"
    env = {
        **os.environ,
        "QUERYCAST_AMQP_URL": rabbit_node.amqp_url,
        "QUERYCAST_WEB_STOMP_URL": rabbit_node.web_stomp_url,
        "QUERYCAST_STOMP_PORT": str(rabbit_node.ports["stomp"]),
        "QUERYCAST_RABBITMQ_MANAGEMENT_URL": rabbit_node.management_url,
        "QUERYCAST_HTTP_PORT": str(port),
        "QUERYCAST_DATABASE_URL": dsn_for(names[0]),
        "QUERYCAST_DEMO_DATABASE_URL": dsn_for(names[1]),
        "QUERYCAST_DATA_DIR": str(data_dir),
        **(extra_env or {}),
    }
    process = subprocess.Popen([sys.executable, "-m", "scripts.run_local"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    system = RunningSystem(f"http://127.0.0.1:{port}", rabbit_node.ports["stomp"], process, dsn_for(names[1]),
                           control_dsn=dsn_for(names[0]))
    threading.Thread(target=system.read_output, daemon=True).start()
    try:
        system.ready.wait(STARTUP_TIMEOUT_SECONDS)
        if process.poll() is not None or not any(line.startswith(READY_LINE) for line in system.output):
            pytest.fail("scripts.run_local did not come up:\n" + "\n".join(system.output[-40:]))
        yield system
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for name in names:
            _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        subprocess.run(["rm", "-rf", str(data_dir)], check=False)


# Package scope: the system's workers and recorder must be gone before other areas' tests use the
# same broker (they would compete for the command and history queues).
@pytest.fixture(scope="package")
def running_system(rabbit_node):
    with start_system(rabbit_node) as system:
        yield system


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) "
                    "or set QUERYCAST_CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield instance
        instance.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    report = (yield).get_result()
    if report.when == "call" and report.failed:
        item.e2e_failed = True


def _close(request, contexts) -> None:
    """Close the test's browser contexts; after a failure, keep a screenshot of each page first."""
    failed = getattr(request.node, "e2e_failed", False)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
    for n, context in enumerate(contexts):
        for m, page in enumerate(context.pages if failed else ()):
            path = ARTIFACTS / f"failure-{name}-{n}{m}.png"
            try:
                ARTIFACTS.mkdir(exist_ok=True)
                page.screenshot(path=str(path), full_page=True, timeout=5000)
                print(f"screenshot of the failed page: {path}")
            except Exception as exc:  # a crashed page: the failure itself says more
                print(f"no screenshot of the failed page ({exc})")
        context.close()


@pytest.fixture
def page(request, browser, running_system):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, base_url=running_system.base_url)
    page = context.new_page()
    page.errors = []  # uncaught exceptions in the console's own script
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    _close(request, [context])


# How the console reaches /ws: SockJS (its default: WebSocket first), a raw WebSocket
# (`?transport=websocket`), or SockJS in a browser without WebSocket (it falls back to xhr-streaming).
TRANSPORTS = ("websocket", "sockjs-no-websocket")
_NO_WEBSOCKET = "Object.defineProperty(window, 'WebSocket', { value: undefined, configurable: true });"


@pytest.fixture
def open_console(request, browser, running_system):
    """open_console(transport="sockjs", width=1280, route_socket=None, **context_options) -> a new
    page (own context) at the console, not signed in; `page.errors` collects uncaught script errors."""
    contexts = []

    def open_page(transport: str = "sockjs", width: int = 1280, height: int = 1000, route_socket=None,
                  **context_options):
        context = browser.new_context(viewport={"width": width, "height": height},
                                      base_url=running_system.base_url, accept_downloads=True,
                                      **context_options)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=running_system.base_url)
        if transport == "sockjs-no-websocket":
            context.add_init_script(_NO_WEBSOCKET)
        if route_socket:  # a Playwright WebSocketRoute handler between the page and /ws
            context.route_web_socket(re.compile(r"/ws"), route_socket)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.goto("/?transport=websocket" if transport == "websocket" else "/")
        return page

    yield open_page
    _close(request, contexts)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
