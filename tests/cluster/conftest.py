"""Fixtures for the failover, drain and supervision tests: executor processes against the test
node, without the executor package's in-process executor competing for the commands."""
from __future__ import annotations

import asyncio
import base64
import json
import os
import urllib.request
import uuid

import pytest

from broker.local_cluster import LocalCluster, parse_nodes
from broker.local_node import LocalNode
from tests.executor.conftest import (  # noqa: F401  (fixtures re-used here)
    ADMIN,
    READER_PASSWORD,
    Executor,
    ExecutorProcess,
    rpc,
    shop_db,
    shop_reader,
    tap,
    wait_for_consumers,
)


@pytest.fixture
def executor_processes(amqp_url, control_db):
    """start(**env) -> a running `python -m services.executor`; all stopped at the end."""
    started: list[ExecutorProcess] = []

    async def start(url: str | None = None, **env) -> ExecutorProcess:
        proc = await ExecutorProcess(url or amqp_url, control_db, **env).start()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.kill()


async def register_shop(rpc, shop_db, shop_reader) -> str:  # noqa: F811
    calls = Executor(rpc)
    database_id = f"shop-{uuid.uuid4().hex[:6]}"
    await calls.register({"id": database_id, "name": "Test shop", "host": "127.0.0.1", "port": 5432,
                          "database": shop_db[0], "user": shop_reader, "password": READER_PASSWORD,
                          "options": {"defaultTimeoutSeconds": 20, "maxTimeoutSeconds": 30}})
    return database_id


async def consumers(amqp_url: str, count: int) -> None:
    await asyncio.to_thread(wait_for_consumers, amqp_url, count)


# --- a real three-node cluster ----------------------------------------------------------------

CLUSTER_NODES = os.environ.get("QUERYCAST_TEST_CLUSTER_NODES", "clusa:110,clusb:120,clusc:130")


class Cluster(LocalCluster):
    def management(self, path: str, node: LocalNode | None = None):
        for candidate in [node] if node else self.live_nodes():
            request = urllib.request.Request(candidate.management_url + "api/" + path)
            request.add_header("Authorization", "Basic " + base64.b64encode(b"guest:guest").decode())
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.load(response)
        raise AssertionError("no live node")

    def live_nodes(self) -> list[LocalNode]:
        return [n for n in self.nodes if _accepts(n.ports["amqp"])]

    def node_named(self, erlang_name: str) -> LocalNode:
        return next(n for n in self.nodes if n.nodename == erlang_name)

    def leader_of(self, queue: str) -> LocalNode:
        return self.node_named(self.management(f"queues/%2F/{queue}")["leader"])


def _accepts(port: int) -> bool:
    import socket

    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="session")
def cluster():
    """Three local nodes clustered (started once; stopped at the end if this session started them).
    Tests that stop a node start it again before they end."""
    cluster = Cluster(parse_nodes(CLUSTER_NODES))
    was_running = all(n.is_running() for n in cluster.nodes)
    cluster.start()
    yield cluster
    if not was_running:
        cluster.stop()


@pytest.fixture
def restore_nodes(cluster):
    """Every node of the cluster is up again after the test, whatever it stopped."""
    yield
    for node in cluster.nodes:
        if not _accepts(node.ports["amqp"]):
            node.start_app(timeout=120)


@pytest.fixture
async def cluster_rpc(cluster):
    from broker import Broker, RpcClient

    broker = await Broker(cluster.amqp_url, "querycast-test-cluster-client", max_backoff=1.0).start()
    client = await RpcClient(broker, app_id="querycast-test").start()
    yield client
    await client.close()
    await broker.close()


@pytest.fixture
async def cluster_tap(cluster):
    """Every query-execution event (broadcast key) on the cluster, grouped by requestId."""
    from broker import Broker
    from broker.topology import QUERY_EXECUTION_KEY
    from tests.executor.conftest import EventTap

    broker = await Broker(cluster.amqp_url, "querycast-test-cluster-tap", max_backoff=1.0).start()
    channel = broker.channel(confirms=False)
    queue = f"qc-test-cluster-tap-{uuid.uuid4().hex[:6]}"

    async def declare(ch) -> None:
        # A quorum queue: the tap must not lose events while the node it is on stops.
        await ch.queue_declare(queue, arguments={"x-queue-type": "quorum"})
        await ch.queue_bind(queue, "amq.topic", QUERY_EXECUTION_KEY)

    await channel.wait_open(30)
    await channel.add_setup(declare)
    event_tap = EventTap()
    await channel.consume(queue, event_tap.on_delivery, auto_ack=True)
    yield event_tap
    await channel.queue_delete(queue)
    await broker.close()
