"""A bad setting stops a real process at start: exit code 2, one line, no traceback. And
QUERYCAST_STATUS_BROADCAST=off keeps a real executor's events off the broadcast destination."""
from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import stomp

from broker import RpcClient, user_routing_key
from broker.topology import COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY
from contracts.errors import ServiceError
from contracts.rpc import Caller, Operation
from contracts.status import Feature

BIN = Path(sys.executable).parent
UNREACHABLE = {"QUERYCAST_AMQP_URL": "amqp://guest:guest@127.0.0.1:1/%2F",
               "QUERYCAST_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}


def run(command: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / command)], env={**os.environ, **UNREACHABLE, **env}, capture_output=True,
                          text=True, timeout=60)  # a hang guard: a started worker would wait for its broker


@pytest.mark.parametrize("value", ["eight", "0", "-3"])
def test_a_bad_executor_concurrency_stops_the_executor_with_one_line(value):
    done = run("querycast-executor", QUERYCAST_EXECUTOR_CONCURRENCY=value)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "QUERYCAST_EXECUTOR_CONCURRENCY" in lines[0] and repr(value) in lines[0]


@pytest.mark.parametrize("command,variable,value", [
    ("querycast-gateway", "QUERYCAST_HTTP_PORT", "http"),
    ("querycast-gateway", "QUERYCAST_MIGRATE", "perhaps"),
    ("querycast-nl-to-sql", "QUERYCAST_LLM_CONCURRENCY", "0"),
    ("querycast-recorder", "QUERYCAST_RECORDER_FLUSH_SECONDS", "-1"),
    ("querycast-recorder", "QUERYCAST_LOG_LEVEL", "LOUD"),
])
def test_every_service_stops_on_a_bad_value(command, variable, value):
    done = run(command, **{variable: value, "QUERYCAST_JWT_SECRET": "s" * 40})
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and variable in done.stderr and "Traceback" not in done.stderr


def test_a_secret_never_reaches_the_error_line():
    done = run("querycast-gateway", QUERYCAST_JWT_SECRET="short-secret-value")
    assert done.returncode == 2 and "QUERYCAST_JWT_SECRET" in done.stderr
    assert "short-secret-value" not in done.stderr


class _Collector(stomp.ConnectionListener):
    def __init__(self):
        self.frames: queue.Queue = queue.Queue()

    def on_message(self, frame):
        self.frames.put(frame)


def _subscribe(port: int, destination: str) -> tuple[stomp.Connection, _Collector]:
    conn = stomp.Connection([("127.0.0.1", port)], heartbeats=(0, 0))
    collector = _Collector()
    conn.set_listener("c", collector)
    conn.connect("guest", "guest", wait=True)
    conn.subscribe(destination, id=uuid.uuid4().hex, ack="auto", headers={"receipt": "r"})
    return conn, collector


def _frames(collector: _Collector, request_id: str) -> list:
    found = []
    while not collector.frames.empty():
        frame = collector.frames.get()
        if request_id in frame.body:
            found.append(frame)
    return found


@pytest.fixture
def executor_process(amqp_url, control_db):
    started: list[subprocess.Popen] = []

    def start(**env: str) -> subprocess.Popen:
        process = subprocess.Popen(
            [str(BIN / "querycast-executor")], stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QUERYCAST_AMQP_URL": amqp_url, "QUERYCAST_DATABASE_URL": control_db,
                 "QUERYCAST_SECRET_KEY": "floor-tests", **env})
        started.append(process)
        ready = threading.Event()

        def watch() -> None:
            for line in process.stderr:
                if "executor ready" in line:
                    ready.set()
        threading.Thread(target=watch, daemon=True).start()
        assert ready.wait(60), "the executor did not start"
        return process

    yield start
    for process in started:
        process.terminate()
        process.wait(15)


@pytest.mark.parametrize("word,broadcast", [("off", False), ("no", False), ("on", True)])
async def test_status_broadcast_flag_reaches_a_real_subscriber(word, broadcast, executor_process, broker, rabbit_node):
    user = f"floor-{uuid.uuid4().hex[:6]}"
    port = rabbit_node.ports["stomp"]
    everyone, on_broadcast = await asyncio.to_thread(_subscribe, port, "/topic/query-execution")
    mine, on_user = await asyncio.to_thread(
        _subscribe, port, "/topic/" + user_routing_key(Feature.QUERY_EXECUTION, user))
    executor_process(QUERYCAST_STATUS_BROADCAST=word)
    rpc = await RpcClient(broker, app_id="querycast-floor-test").start()
    request_id = f"floor-{uuid.uuid4().hex[:10]}"
    try:
        with pytest.raises(ServiceError):  # no such database: an ERROR timeline all the same
            await rpc.call(COMMANDS_EXCHANGE, QUERY_EXECUTION_KEY, Operation.EXECUTE,
                           {"sql": "SELECT 1", "databaseId": "no-such-db"}, request_id=request_id,
                           caller=Caller(user_id=user, roles=["user"]), timeout=30)
        deadline = time.monotonic() + 15
        mine_frames: list = []
        while time.monotonic() < deadline and not any('"ERROR"' in f.body for f in mine_frames):
            await asyncio.sleep(0.1)
            mine_frames += _frames(on_user, request_id)
        assert any('"ERROR"' in f.body for f in mine_frames), "the user's own destination got no terminal event"
        await asyncio.sleep(0.5)  # the same message carries both keys: the broadcast copy would be here
        assert bool(_frames(on_broadcast, request_id)) is broadcast
    finally:
        await rpc.close()
        for conn in (everyone, mine):
            await asyncio.to_thread(conn.disconnect)
