"""The whole system (`make run`'s launcher, plus a second gateway process) on a three-node cluster
under REST load spread over both gateways (query execution and NL->SQL): stop the node holding the command queues' leaders, SIGKILL the recorder
(the launcher restarts it), start the node again; then (load over) stop and start the node most
STOMP.js clients' upstreams are on. Every request that got a 200 has its complete history (one terminal
event, last) in the recorder, equal to what a subscriber saw; every service ends up connected to a
live node without a restart; the STOMP.js clients reconnect and receive the events of a new request."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import aiohttp
import pytest

from broker.topology import NL_TO_SQL_KEY, QUERY_EXECUTION_KEY, command_queue
from tests.conftest import _admin_exec, dsn_for
from tests.gateway_stomp.js import NodeClient

pytestmark = pytest.mark.cluster
ROOT = Path(__file__).resolve().parents[2]
READY_LINE = "querycast is running"
SERVICES = ("gateway", "executor", "nl-to-sql", "recorder")
QUESTIONS = ("How many customers are there?", "How many orders are there?", "List the stores")


@pytest.fixture
def cluster_system(cluster, restore_nodes):
    names = [f"qc_cluster_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("control", "demo")]
    for name in names:
        _admin_exec(f'CREATE DATABASE "{name}"')
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data_dir = ROOT / ".data" / f"cluster-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, **cluster.env_vars(), "QUERYCAST_HTTP_PORT": str(port),
           "QUERYCAST_DATABASE_URL": dsn_for(names[0]), "QUERYCAST_DEMO_DATABASE_URL": dsn_for(names[1]),
           "QUERYCAST_DATA_DIR": str(data_dir)}
    process = subprocess.Popen([sys.executable, "-m", "scripts.run_local"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in process.stdout:
            output.append(line.rstrip("\n"))
            if line.startswith(READY_LINE):
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        ready.wait(150)
        if not any(line.startswith(READY_LINE) for line in output):
            pytest.fail("scripts.run_local did not come up:\n" + "\n".join(output[-40:]))
        # A second gateway process, as behind a load balancer (same JWT secret and control DB).
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port2 = s.getsockname()[1]
        second = subprocess.Popen(
            [sys.executable, "-m", "gateway"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**env, "QUERYCAST_HTTP_PORT": str(port2),
                 "QUERYCAST_JWT_SECRET": (data_dir / "run" / "jwt-secret").read_text().strip()})
        gateways = [f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port2}"]
        _wait_ready(gateways[1] + "/readyz")
        yield gateways, process, output
        second.send_signal(signal.SIGTERM)
        second.wait(30)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
        for name in names:
            _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        subprocess.run(["rm", "-rf", str(data_dir)], check=False)


def _wait_ready(url: str, timeout: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} not ready")


def child_pid(parent: int, module: str) -> int:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if int(stat[1]) == parent and module.encode() in cmdline:
                return int(entry.name)
    raise AssertionError(f"no child {module} of {parent}")


class Load:
    """POST /api/query/execute at ~20 req/s and /api/nl-to-sql at ~2 req/s until stopped."""

    def __init__(self, http: aiohttp.ClientSession, bases: list[str], token: str):
        self.http, self.bases, self.token = http, bases, token
        self._n = 0
        self.ok: dict[str, str] = {}  # requestId -> feature key, for every 200
        self.failed: list[int] = []
        self.stop = asyncio.Event()
        self._tasks: set[asyncio.Task] = set()

    async def _one(self, path: str, body: dict, feature: str) -> None:
        request_id = f"fo-{uuid.uuid4().hex[:12]}"
        self._n += 1
        base = self.bases[self._n % len(self.bases)]  # both gateways take requests
        try:
            async with self.http.post(base + path, json={**body, "clientRequestId": request_id},
                                      headers={"Authorization": f"Bearer {self.token}"},
                                      timeout=aiohttp.ClientTimeout(total=90)) as response:
                await response.read()
                if response.status == 200:
                    self.ok[request_id] = feature
                else:
                    self.failed.append(response.status)
        except (aiohttp.ClientError, TimeoutError):
            self.failed.append(0)

    async def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            coros = [self._one("/api/query/execute", {"databaseId": "demo", "sql": "SELECT count(*) FROM orders"},
                               QUERY_EXECUTION_KEY)]
            if n % 10 == 0:
                coros.append(self._one("/api/nl-to-sql", {"databaseId": "demo",
                                                          "question": QUESTIONS[n % len(QUESTIONS)]},
                                       NL_TO_SQL_KEY))
            for coro in coros:
                task = asyncio.create_task(coro)
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            await asyncio.sleep(0.05)
        await asyncio.gather(*self._tasks)


def _terminal_seen(js: NodeClient, request_id: str) -> bool:
    return any(e["event"] == "MESSAGE" and e["headers"].get("x-request-id") == request_id
               and '"IN_PROGRESS"' not in e["body"] for e in js.lines)


async def _history(http, base, token, request_id) -> list[dict]:
    async with http.get(f"{base}/api/requests/{request_id}/events",
                        headers={"Authorization": f"Bearer {token}"}) as response:
        if response.status != 200:
            return []
        return (await response.json())["events"]


async def _keep_reading(js: NodeClient) -> None:
    """The clients see every event of the load: read their output all along (a full pipe would
    stall them, and the gateway would cut them off as slow)."""
    try:
        while True:
            await js.next_event(timeout=3600)
    except (AssertionError, asyncio.CancelledError):
        pass


def _stomp_upstream_nodes(cluster) -> list[str]:
    return [c["node"] for c in cluster.management("connections") if "STOMP" in (c.get("protocol") or "")]


async def test_leader_node_stop_and_recorder_kill_under_load_lose_nothing(
        cluster, cluster_system, cluster_tap):
    gateways, launcher, output = cluster_system
    base = gateways[0]
    cfg = {"destination": "/topic/query-execution", "heartbeat": 1000, "reconnectDelay": 500}
    clients = [await NodeClient.start("resilient.js", {**cfg, "url": gateways[n % 2].replace("http", "ws", 1) + "/ws"})
               for n in range(4)]
    readers = []
    async with aiohttp.ClientSession() as http:
        async with http.post(base + "/api/auth/login", json={"username": "demo", "password": "demo"}) as r:
            token = (await r.json())["accessToken"]
        for js in clients:
            await js.until("READY", timeout=30)
        readers = [asyncio.create_task(_keep_reading(js)) for js in clients]
        load = Load(http, gateways, token)
        pump = asyncio.create_task(load.run())
        try:
            await asyncio.sleep(3)
            leader = cluster.leader_of(command_queue(QUERY_EXECUTION_KEY))
            await asyncio.to_thread(leader.stop_app)
            await asyncio.sleep(3)
            os.kill(child_pid(launcher.pid, "services.recorder"), signal.SIGKILL)
            await asyncio.sleep(2)
            await asyncio.to_thread(leader.start_app, 120)
            await asyncio.sleep(2)
        finally:
            load.stop.set()
            await pump
        # Then the node most STOMP upstreams are on (without load: the suite's time budget).
        nodes = _stomp_upstream_nodes(cluster)
        stomp_node = cluster.node_named(max(set(nodes), key=nodes.count))
        await asyncio.to_thread(stomp_node.stop_app)
        await asyncio.sleep(2)
        await asyncio.to_thread(stomp_node.start_app, 120)
        print(f"\nfailover load: {len(load.ok)} x 200, non-200: {sorted(set(load.failed))} x {len(load.failed)}")
        assert len(load.ok) > 100, (len(load.ok), load.failed[:20])
        assert any(f == NL_TO_SQL_KEY for f in load.ok.values())

        # Every 200 has its whole timeline in the recorder (restarted by the launcher).
        incomplete = dict(load.ok)
        histories: dict[str, list[dict]] = {}
        deadline = time.monotonic() + 60
        while incomplete and time.monotonic() < deadline:
            batch = list(incomplete)[:400]
            found = await asyncio.gather(*(_history(http, base, token, rid) for rid in batch))
            for request_id, events in zip(batch, found):
                if events and events[-1]["status"] != "IN_PROGRESS":
                    histories[request_id] = events
                    del incomplete[request_id]
            await asyncio.sleep(0.2)
        assert not incomplete, f"{len(incomplete)} requests without a terminal event, e.g. {list(incomplete)[:3]}"
        for request_id, events in histories.items():
            terminal = [e for e in events if e["status"] != "IN_PROGRESS"]
            assert len(terminal) == 1, (request_id, [(e["sequence"], e["stage"], e["status"], e["timestamp"],
                                                      e["data"].get("attempt")) for e in events])
            assert events[0]["stage"] == "REQUEST_RECEIVED", (request_id, events)
            if load.ok[request_id] == QUERY_EXECUTION_KEY:
                # At-least-once: a republished event (its confirm was lost with a node) may reach
                # the subscriber twice; the recorder keeps one per message id.
                seen = await cluster_tap.terminal(request_id)
                assert [(e["sequence"], e["stage"]) for e in events] == \
                    sorted({(e.sequence, e.stage.value) for e in seen}), request_id

        # The STOMP.js clients on the stopped node reconnected and see a new request's events.
        request_id = f"fo-after-{uuid.uuid4().hex[:8]}"
        async with http.post(base + "/api/query/execute", headers={"Authorization": f"Bearer {token}"},
                             json={"databaseId": "demo", "sql": "SELECT 1", "clientRequestId": request_id}) as r:
            assert r.status == 200
        try:
            async with asyncio.timeout(20):
                while not all(_terminal_seen(js, request_id) for js in clients):
                    await asyncio.sleep(0.2)
        finally:
            for task in readers:
                task.cancel()
            for js in clients:
                await js.stop()
        reconnected = [js for js in clients if any(e["event"] == "CLOSE" for e in js.lines)]
        assert reconnected, "no STOMP.js client was on the stopped node"
        for js in reconnected:
            assert max(e["count"] for e in js.lines if e["event"] == "READY") >= 2

    assert any(line.startswith("querycast: recorder restarted") for line in output), output[-20:]
    # Every service is connected to a live node, without having been restarted (but the recorder).
    live = {n.nodename for n in cluster.live_nodes()}
    assert len(live) == 3
    connections = cluster.management("connections")
    for service in SERVICES:
        nodes = {c["node"] for c in connections
                 if (c.get("client_properties") or {}).get("connection_name", "").startswith(f"querycast-{service}@")}
        assert nodes and nodes <= live, (service, nodes)
