"""broker.local_cluster: three nodes in one cluster, every quorum queue replicated on each, one
random cookie shared by the members, every listener on loopback."""
from __future__ import annotations

from pathlib import Path

import pytest

from broker.topology import QUEUES

pytestmark = pytest.mark.cluster


def test_three_nodes_form_one_cluster_with_quorum_queues_on_every_member(cluster):
    assert sorted(cluster.running_nodes()) == sorted(n.nodename for n in cluster.nodes)
    for queue in QUEUES:
        info = cluster.management(f"queues/%2F/{queue.name}")
        assert sorted(info["members"]) == sorted(n.nodename for n in cluster.nodes), queue.name


def test_members_share_one_random_cookie(cluster):
    cookies = {(n.base_dir / ".erlang.cookie").read_text() for n in cluster.nodes}
    assert len(cookies) == 1
    cookie = cookies.pop()
    assert cookie != "QUERYCASTLOCALNODECOOKIE" and len(cookie) >= 32
    assert all(((n.base_dir / ".erlang.cookie").stat().st_mode & 0o077) == 0 for n in cluster.nodes)


def _listening() -> dict[int, set[str]]:
    """port -> local addresses with a listening TCP socket (IPv4 and IPv6)."""
    found: dict[int, set[str]] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A":
                address, port = fields[1].split(":")
                found.setdefault(int(port, 16), set()).add(address)
    return found


def test_every_listener_of_every_node_is_on_loopback_only(cluster):
    listening = _listening()
    for node in cluster.nodes:
        for name, port in node.ports.items():
            assert port in listening, (node.name, name)
            assert listening[port] == {"0100007F"}, (node.name, name, listening[port])
