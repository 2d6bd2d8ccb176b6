"""Start, stop and wait for a project-local RabbitMQ node built from the repo's `rabbitmq.conf`.

The node gets its own Erlang node name, ports (the standard ones shifted by an offset) and data
directory under `.rabbitmq/<name>/`, so it never collides with a RabbitMQ already on the machine.
Every listener (AMQP, STOMP, Web-STOMP, management, Erlang distribution) is bound to 127.0.0.1,
and the Erlang cookie is random per data directory (whoever knows it controls the node).

    python -m broker.local_node start --name run --offset 10
    python -m broker.local_node env   --name run --offset 10   # QUERYCAST_* variables for it
    python -m broker.local_node stop  --name run
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from broker.settings import LocalNodeSettings
from runtime import cli

ROOT = Path(__file__).resolve().parent.parent


def rabbitmq_bin() -> Path:
    return LocalNodeSettings.from_env().rabbitmq_bin


STANDARD_PORTS = {"amqp": 5672, "stomp": 61613, "web_stomp": 15674, "management": 15672, "dist": 25672}
# Listener lines of rabbitmq.conf rewritten per node: (port name, loopback form of the value).
_PORT_LINES = {
    "listeners.tcp.default": ("amqp", "127.0.0.1:{port}"),
    "stomp.listeners.tcp.1": ("stomp", "127.0.0.1:{port}"),
    "web_stomp.tcp.port": ("web_stomp", "{port}\nweb_stomp.tcp.ip = 127.0.0.1"),
    "management.tcp.port": ("management", "{port}\nmanagement.tcp.ip = 127.0.0.1"),
}
# The cookie every project-local node shared before cookies were random; replaced when seen.
_OLD_FIXED_COOKIE = "QUERYCASTLOCALNODECOOKIE"


class NodeError(RuntimeError):
    pass


@dataclass
class LocalNode:
    name: str = "test"
    offset: int = 20
    root: Path = ROOT
    cookie: str | None = None  # None: this node's own random cookie (a cluster passes its shared one)

    @property
    def ports(self) -> dict[str, int]:
        return {k: v + self.offset for k, v in STANDARD_PORTS.items()}

    @property
    def base_dir(self) -> Path:
        return self.root / ".rabbitmq" / self.name

    @property
    def nodename(self) -> str:
        return f"querycast-{self.name}@localhost"

    @property
    def amqp_url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{self.ports['amqp']}/%2F"

    @property
    def web_stomp_url(self) -> str:
        return f"ws://127.0.0.1:{self.ports['web_stomp']}/ws"

    @property
    def management_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['management']}/"

    def env_vars(self) -> dict[str, str]:
        return {
            "QUERYCAST_AMQP_URL": self.amqp_url,
            "QUERYCAST_WEB_STOMP_URL": self.web_stomp_url,
            "QUERYCAST_STOMP_PORT": str(self.ports["stomp"]),
            "QUERYCAST_RABBITMQ_MANAGEMENT_URL": self.management_url,
        }

    def render_config(self) -> str:
        """The repo's rabbitmq.conf with this node's ports and definitions path."""
        out = []
        for line in (self.root / "rabbitmq.conf").read_text().splitlines():
            key = line.split("=", 1)[0].strip()
            if key in _PORT_LINES:
                port_name, value = _PORT_LINES[key]
                line = f"{key} = " + value.format(port=self.ports[port_name])
            elif key == "load_definitions":
                line = f"load_definitions = {self.root / 'broker' / 'definitions.json'}"
            out.append(line)
        return "\n".join(out) + "\n"

    def _env(self) -> dict[str, str]:
        base = self.base_dir
        env = dict(os.environ)
        env.update(
            RABBITMQ_NODENAME=self.nodename,
            RABBITMQ_CONFIG_FILE=str(base / "rabbitmq.conf"),
            RABBITMQ_ENABLED_PLUGINS_FILE=str(self.root / "broker" / "enabled_plugins"),
            RABBITMQ_MNESIA_BASE=str(base / "mnesia"),
            RABBITMQ_LOG_BASE=str(base / "log"),
            RABBITMQ_DIST_PORT=str(self.ports["dist"]),
            RABBITMQ_PID_FILE=str(base / "node.pid"),
            RABBITMQ_ADVANCED_CONFIG_FILE=str(base / "advanced.config"),
            # Distribution (clustering, rabbitmqctl) on loopback only.
            RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}",
            HOME=str(base),
        )
        return env

    def _ctl(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(rabbitmq_bin() / "rabbitmqctl"), "-n", self.nodename, *args],
            env=self._env(), capture_output=True, text=True, timeout=timeout,
        )

    def is_running(self) -> bool:
        return _port_open(self.ports["amqp"]) and self._ctl("status", timeout=30).returncode == 0

    def start(self, timeout: float = 90) -> None:
        if self.launch():
            self.wait_ready(timeout)

    def launch(self) -> bool:
        """Start the node without waiting for it; False when it was running already."""
        server = rabbitmq_bin() / "rabbitmq-server"
        if not server.exists():
            raise NodeError(
                f"{server} not found. Install RabbitMQ (Debian: apt-get install rabbitmq-server) "
                "or run the system with `docker compose up` (compose.yaml)."
            )
        if _port_open(self.ports["amqp"]):
            if self.is_running():
                return False
            raise NodeError(f"port {self.ports['amqp']} is taken by something else")
        shutil.rmtree(self.base_dir / "log", ignore_errors=True)
        for sub in ("mnesia", "log"):
            (self.base_dir / sub).mkdir(parents=True, exist_ok=True)
        (self.base_dir / "rabbitmq.conf").write_text(self.render_config())
        (self.base_dir / "advanced.config").write_text("[].\n")
        self._write_cookie()
        subprocess.run([str(server), "-detached"], env=self._env(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return True

    def _write_cookie(self) -> None:
        path = self.base_dir / ".erlang.cookie"
        current = path.read_text().strip() if path.exists() else None
        wanted = self.cookie or (current if current and current != _OLD_FIXED_COOKIE
                                 else secrets.token_hex(20).upper())
        if current != wanted:
            if path.exists():
                path.chmod(0o600)
            path.write_text(wanted)
            path.chmod(0o400)

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        needed = ("amqp", "stomp", "web_stomp", "management")
        while time.monotonic() < deadline:
            if all(_port_open(self.ports[p]) for p in needed):
                return
            self._raise_if_boot_failed()
            time.sleep(0.25)
        raise NodeError(f"RabbitMQ node {self.nodename} not ready after {timeout}s; "
                        f"see {self.base_dir / 'log'}")

    def _raise_if_boot_failed(self) -> None:
        for log in (self.base_dir / "log").glob("*.log"):
            text = log.read_text(errors="replace")
            if "BOOT FAILED" in text:
                errors = [line for line in text.splitlines() if "[error]" in line][:8]
                raise NodeError("RabbitMQ failed to boot:\n" + "\n".join(errors))

    def stop_app(self) -> None:
        """Stop the broker application (clients lose their connections); the VM stays up."""
        res = self._ctl("stop_app")
        if res.returncode != 0:
            raise NodeError(res.stderr.strip())
        deadline = time.monotonic() + 30
        while _port_open(self.ports["amqp"]) and time.monotonic() < deadline:
            time.sleep(0.1)

    def start_app(self, timeout: float = 60) -> None:
        res = self._ctl("start_app", timeout=timeout)
        if res.returncode != 0:
            raise NodeError(res.stderr.strip())
        self.wait_ready(timeout)

    def stop(self) -> None:
        if not (self.base_dir / "rabbitmq.conf").exists():
            return
        self._ctl("stop")
        deadline = time.monotonic() + 30
        while _port_open(self.ports["amqp"]) and time.monotonic() < deadline:
            time.sleep(0.2)

    def reset(self) -> None:
        self.stop()
        shutil.rmtree(self.base_dir, ignore_errors=True)


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def main(argv: list[str] | None = None) -> int:
    code: int = cli.guarded("querycast-rabbitmq", lambda: _main(argv))
    return code


def _main(argv: list[str] | None) -> int:
    defaults = LocalNodeSettings.from_env()
    parser = cli.parser("querycast-rabbitmq", __doc__, [LocalNodeSettings])
    parser.add_argument("action", choices=["start", "stop", "reset", "env", "status"])
    parser.add_argument("--name", default=defaults.name)
    parser.add_argument("--offset", type=int, default=defaults.port_offset)
    args = parser.parse_args(argv)
    node = LocalNode(args.name, args.offset)
    return run_action(node, args.action,
                      started=lambda: f"RabbitMQ node {node.nodename} ready: AMQP {node.amqp_url} "
                                      f"management {node.management_url}",
                      running=node.is_running)


def run_action(target: Any, action: str, *, started: Callable[[], str], running: Callable[[], bool]) -> int:
    """One command-line action on a node or a cluster (both start, stop, reset and list their
    QUERYCAST_* variables); `running` answers `status` (exit 0 when all of it runs)."""
    try:
        if action == "start":
            target.start()
            print(started(), file=sys.stderr)
        elif action == "stop":
            target.stop()
        elif action == "reset":
            target.reset()
        elif action == "status":
            return 0 if running() else 1
        elif action == "env":
            for k, v in target.env_vars().items():
                print(f"export {k}={v}")
    except NodeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
