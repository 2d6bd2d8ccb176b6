"""Virtual hosts on a test node (management API), for test packages whose services must not
compete with other packages' session-scoped workers for the same command queues."""
from __future__ import annotations

import base64
import json
import urllib.request
from urllib.parse import quote


def _management(node, method: str, path: str, body: dict | None = None) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{node.ports['management']}/api{path}", method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": "Basic " + base64.b64encode(b"guest:guest").decode(),
                 "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def create_vhost(node, vhost: str) -> str:
    """Create `vhost` on the node with guest's permissions; its AMQP URL."""
    name = quote(vhost, safe="")
    assert _management(node, "PUT", f"/vhosts/{name}", {}) in (201, 204)
    assert _management(node, "PUT", f"/permissions/{name}/guest",
                       {"configure": ".*", "write": ".*", "read": ".*"}) in (201, 204)
    return node.amqp_url.rsplit("/", 1)[0] + "/" + name


def delete_vhost(node, vhost: str) -> None:
    """Delete `vhost` and its queues (each quorum queue is a Raft group the node keeps running)."""
    _management(node, "DELETE", f"/vhosts/{quote(vhost, safe='')}")
