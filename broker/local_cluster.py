"""Start and stop a project-local RabbitMQ cluster of N nodes, each a `LocalNode` built from the
repo's `rabbitmq.conf` (own node name, port block, data dir), sharing one random Erlang cookie.

    python -m broker.local_cluster start --nodes clusa:110,clusb:120,clusc:130
    python -m broker.local_cluster env   --nodes clusa:110,clusb:120,clusc:130
    python -m broker.local_cluster stop  --nodes clusa:110,clusb:120,clusc:130
    python -m broker.local_cluster start --size 3 --name cluster --offset 40   # cluster1..3, 40/50/60

Every node boots on its own (loading `definitions.json`), then the others `join_cluster` the first
one, and the quorum queues get a replica on every member (`rabbitmq-queues grow`), so one node can
stop without losing a command. A stopped cluster restarts with its membership (all nodes are
launched together: a node that was not the last to stop waits for its peers).
"""
from __future__ import annotations

import argparse
import json
import secrets
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from broker.local_node import ROOT, LocalNode, NodeError, rabbitmq_bin, run_action


def parse_nodes(spec: str) -> list[tuple[str, int]]:
    """"a:110,b:120" -> [("a", 110), ("b", 120)]."""
    nodes = []
    for part in spec.split(","):
        name, _, offset = part.strip().partition(":")
        if not name or not offset.isdigit():
            raise ValueError(f"expected name:offset, got {part!r}")
        nodes.append((name, int(offset)))
    return nodes


@dataclass
class LocalCluster:
    members: list[tuple[str, int]]
    root: Path = ROOT
    nodes: list[LocalNode] = field(init=False)

    def __post_init__(self) -> None:
        if len(self.members) < 1:
            raise ValueError("a cluster needs at least one node")
        cookie = self._cookie()
        self.nodes = [LocalNode(name, offset, self.root, cookie=cookie) for name, offset in self.members]

    @property
    def first(self) -> LocalNode:
        return self.nodes[0]

    def _cookie(self) -> str:
        """One random cookie per cluster, kept next to the members' data dirs."""
        path = self.root / ".rabbitmq" / f"cluster-{self.members[0][0]}.cookie"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(20).upper())
            path.chmod(0o600)
        return path.read_text().strip()

    @property
    def amqp_url(self) -> str:
        return ",".join(n.amqp_url for n in self.nodes)

    @property
    def web_stomp_url(self) -> str:
        return ",".join(n.web_stomp_url for n in self.nodes)

    def env_vars(self) -> dict[str, str]:
        return {
            "QUERYCAST_AMQP_URL": self.amqp_url,
            "QUERYCAST_WEB_STOMP_URL": self.web_stomp_url,
            "QUERYCAST_STOMP_PORT": str(self.first.ports["stomp"]),
            "QUERYCAST_RABBITMQ_MANAGEMENT_URL": self.first.management_url,
        }

    def start(self, timeout: float = 120) -> None:
        for node in self.nodes:
            node.launch()
        with ThreadPoolExecutor(len(self.nodes)) as pool:
            list(pool.map(lambda n: n.wait_ready(timeout), self.nodes))
        for node in self.nodes[1:]:
            if self.first.nodename not in self.running_nodes(node):
                self._join(node)
        for node in self.nodes[1:]:
            self._grow_quorum_queues(node)

    def _join(self, node: LocalNode) -> None:
        for args in (("stop_app",), ("reset",), ("join_cluster", self.first.nodename)):
            res = node._ctl(*args, timeout=120)
            if res.returncode != 0:
                raise NodeError(f"{node.nodename}: rabbitmqctl {' '.join(args)} failed: "
                                f"{(res.stderr or res.stdout).strip()[:500]}")
        node.start_app(timeout=120)

    def _grow_quorum_queues(self, node: LocalNode) -> None:
        """Give every quorum queue a replica on `node` (no-op where it has one)."""
        res = subprocess.run(
            [str(rabbitmq_bin() / "rabbitmq-queues"), "-n", self.first.nodename, "grow",
             node.nodename, "all"], env=self.first._env(), capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            raise NodeError(f"growing quorum queues onto {node.nodename} failed: {res.stderr.strip()[:500]}")

    def running_nodes(self, node: LocalNode | None = None) -> list[str]:
        res = (node or self.first)._ctl("cluster_status", "--formatter", "json", timeout=60)
        if res.returncode != 0:
            return []
        nodes: list[str] = json.loads(res.stdout).get("running_nodes", [])
        return nodes

    def stop(self) -> None:
        with ThreadPoolExecutor(len(self.nodes)) as pool:
            list(pool.map(lambda n: n.stop(), self.nodes))

    def reset(self) -> None:
        self.stop()
        for node in self.nodes:
            node.reset()
        (self.root / ".rabbitmq" / f"cluster-{self.members[0][0]}.cookie").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop", "reset", "env", "status"])
    parser.add_argument("--nodes", help="name:offset,name:offset,... (overrides --size/--name/--offset)")
    parser.add_argument("--size", type=int, default=3)
    parser.add_argument("--name", default="cluster")
    parser.add_argument("--offset", type=int, default=40, help="port offset of the first node; +10 per node")
    args = parser.parse_args(argv)
    members = (parse_nodes(args.nodes) if args.nodes
               else [(f"{args.name}{i + 1}", args.offset + 10 * i) for i in range(args.size)])
    cluster = LocalCluster(members)

    def all_running() -> bool:
        running = cluster.running_nodes()
        print("\n".join(running))
        return len(running) == len(cluster.nodes)

    return run_action(cluster, args.action, running=all_running,
                      started=lambda: f"RabbitMQ cluster of {len(cluster.nodes)} ready: "
                                      f"{', '.join(cluster.running_nodes())}")


if __name__ == "__main__":
    sys.exit(main())
