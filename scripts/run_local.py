"""`make run`: the whole of querycast on this machine, with embedded defaults.

Starts a project-local RabbitMQ node from rabbitmq.conf, prepares PostgreSQL (control database,
migrations, the seeded demo database, the demo user), starts the recorder, executor, nl-to-sql and
gateway processes, registers the demo database as `demo`, builds its schema index, then prints
where to look. A child that exits once the system is up is restarted with backoff (a log line
each time); one that exits while starting stops the run with the end of its log. Ctrl-C stops
everything it started.

Environment (all optional):
  QUERYCAST_HTTP_HOST / QUERYCAST_HTTP_PORT     gateway address (127.0.0.1:8080)
  QUERYCAST_DATABASE_URL                        control database (postgresql://postgres@127.0.0.1:5432/querycast)
  QUERYCAST_DEMO_DATABASE_URL                   demo database (same server, querycast_demo)
  QUERYCAST_RABBITMQ_NODE / _PORT_OFFSET        local node name and port offset (run, 10)
  QUERYCAST_AMQP_URL + QUERYCAST_WEB_STOMP_URL  use this broker instead of starting a node
  QUERYCAST_DATA_DIR                            indexes, logs, generated dev secrets (.data)
  QUERYCAST_LLM_PROVIDER                        offline unless set (anthropic needs ANTHROPIC_API_KEY)
"""
from __future__ import annotations

import asyncio
import os
import secrets
import signal
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from broker.local_node import RABBITMQ_BIN, LocalNode, NodeError
from contracts.errors import ServiceError
from runtime.settings import database_url
from scripts.bootstrap import DEMO_PASSWORD, DEMO_USER, BootstrapError, demo_database_url, prepare, redacted, register
from scripts.supervisor import Child, Supervisor

ROOT = Path(__file__).resolve().parent.parent
# Start order; they stop in reverse (the gateway first, so no new work arrives).
PROCESSES = (
    ("recorder", "services.recorder"),
    ("executor", "services.executor"),
    ("nl-to-sql", "services.nl_to_sql"),
    ("gateway", "gateway"),
)
READY_TIMEOUT_SECONDS = 120
STOP_GRACE_SECONDS = 15


class RunError(RuntimeError):
    """Something the operator must fix; the message says what."""


@dataclass
class Broker:
    amqp_url: str
    web_stomp_url: str
    stomp_port: str
    management_url: str | None
    node: LocalNode | None = None  # set when this run started the node (and so stops it)


@dataclass
class System:
    supervisor: Supervisor | None = None
    broker: Broker | None = None

    def stop(self) -> None:
        if self.supervisor is not None:
            self.supervisor.stop()
        if self.broker and self.broker.node:
            say("stopping the RabbitMQ node")
            self.broker.node.stop()


def say(message: str) -> None:
    print(f"querycast: {message}", flush=True)


def data_dir() -> Path:
    path = Path(os.environ.get("QUERYCAST_DATA_DIR") or ROOT / ".data")
    return path if path.is_absolute() else ROOT / path


def dev_secret(name: str, directory: Path) -> str:
    """A secret generated once and kept under the data dir, so restarts keep tokens and the
    registry's encrypted passwords valid. Development only: deployments set the variables."""
    path = directory / "run" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def start_broker() -> Broker:
    if os.environ.get("QUERYCAST_AMQP_URL"):
        web_stomp = os.environ.get("QUERYCAST_WEB_STOMP_URL")
        if not web_stomp:
            raise RunError("QUERYCAST_AMQP_URL is set, so set QUERYCAST_WEB_STOMP_URL too "
                           "(the broker's Web-STOMP endpoint, e.g. ws://127.0.0.1:15674/ws)")
        say("using the broker from QUERYCAST_AMQP_URL")
        return Broker(os.environ["QUERYCAST_AMQP_URL"], web_stomp,
                      os.environ.get("QUERYCAST_STOMP_PORT", "61613"),
                      os.environ.get("QUERYCAST_RABBITMQ_MANAGEMENT_URL"))
    if not (RABBITMQ_BIN / "rabbitmq-server").exists():
        raise RunError(
            f"RabbitMQ is not installed ({RABBITMQ_BIN / 'rabbitmq-server'} is missing). Install it "
            "(Debian/Ubuntu: sudo apt-get install rabbitmq-server; the node this starts is "
            "project-local and leaves any system RabbitMQ alone), point QUERYCAST_AMQP_URL and "
            "QUERYCAST_WEB_STOMP_URL at a broker with the STOMP plugins, or run `docker compose up`.")
    node = LocalNode(os.environ.get("QUERYCAST_RABBITMQ_NODE", "run"),
                     int(os.environ.get("QUERYCAST_RABBITMQ_PORT_OFFSET", "10")))
    already = node.is_running()
    say(f"{'using the running' if already else 'starting the'} RabbitMQ node {node.nodename} "
        f"(AMQP port {node.ports['amqp']})")
    try:
        node.start()
    except NodeError as exc:
        raise RunError(str(exc)) from None
    env = node.env_vars()
    return Broker(node.amqp_url, node.web_stomp_url, env["QUERYCAST_STOMP_PORT"], node.management_url,
                  node=None if already else node)


def child_env(broker: Broker, control_dsn: str, directory: Path, host: str, port: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QUERYCAST_AMQP_URL=broker.amqp_url,
        QUERYCAST_WEB_STOMP_URL=broker.web_stomp_url,
        QUERYCAST_DATABASE_URL=control_dsn,
        QUERYCAST_DATA_DIR=str(directory),
        QUERYCAST_HTTP_HOST=host,
        QUERYCAST_HTTP_PORT=str(port),
        PYTHONUNBUFFERED="1",
    )
    env.setdefault("QUERYCAST_LLM_PROVIDER", "offline")
    env.setdefault("QUERYCAST_JWT_SECRET", dev_secret("jwt-secret", directory))
    env.setdefault("QUERYCAST_SECRET_KEY", dev_secret("secret-key", directory))
    return env


def start_processes(system: System, env: dict[str, str], log_dir: Path) -> None:
    system.supervisor = Supervisor([Child(name, [sys.executable, "-m", module]) for name, module in PROCESSES],
                                   env, log_dir, ROOT, say=say, stop_grace=STOP_GRACE_SECONDS)
    system.supervisor.start_all()
    say(f"started {', '.join(name for name, _ in PROCESSES)} (logs in {log_dir})")


def check_alive(system: System, log_dir: Path) -> None:
    """While starting up, a child that exits is a configuration problem: stop and say why."""
    dead = system.supervisor.exited()
    if dead:
        tail = (log_dir / f"{dead.name}.log").read_text(errors="replace").splitlines()[-15:]
        raise RunError(f"{dead.name} exited with code {dead.proc.returncode}; the end of "
                       f"{log_dir / (dead.name + '.log')}:\n" + "\n".join(tail))


def port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
            return True
        except OSError:
            return False


def wait_ready(system: System, url: str, log_dir: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        check_alive(system, log_dir)
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise RunError(f"the gateway was not ready within {READY_TIMEOUT_SECONDS}s ({url}); see {log_dir}")


def banner(base_url: str, broker: Broker, log_dir: Path, seconds: float) -> str:
    lines = [
        f"querycast is running (ready in {seconds:.0f}s)",
        f"  console     {base_url}/   sign in as {DEMO_USER} / {DEMO_PASSWORD}",
        f"  REST API    {base_url}/api/   (OpenAPI: {base_url}/api/openapi.json)",
        f"  STOMP       {base_url.replace('http', 'ws', 1)}/ws (browsers), "
        f"127.0.0.1:{broker.stomp_port} (other services)",
    ]
    if broker.management_url:
        lines.append(f"  RabbitMQ    {broker.management_url}   (guest / guest)")
    lines += [f"  logs        {log_dir}/", "Press Ctrl-C to stop."]
    return "\n".join(lines)


def run() -> int:
    started = time.monotonic()
    host = os.environ.get("QUERYCAST_HTTP_HOST", "127.0.0.1")
    port = int(os.environ.get("QUERYCAST_HTTP_PORT", "8080"))
    if not port_free(host, port):
        raise RunError(f"{host}:{port} is already in use; stop what runs there or set QUERYCAST_HTTP_PORT")
    directory = data_dir()
    log_dir = directory / "logs"
    control_dsn = database_url()
    demo_dsn = demo_database_url(control_dsn)
    system = System()

    def request_stop(*_):
        raise KeyboardInterrupt

    # Explicitly: a launcher started in the background inherits an ignored SIGINT.
    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    try:
        say(f"preparing PostgreSQL ({redacted(control_dsn)})")
        asyncio.run(prepare(control_dsn, demo_dsn, demo_user=True))
        system.broker = start_broker()
        start_processes(system, child_env(system.broker, control_dsn, directory, host, port), log_dir)
        say("registering the demo database and building its schema index")
        asyncio.run(register(system.broker.amqp_url, demo_dsn, timeout=READY_TIMEOUT_SECONDS))
        base_url = f"http://{host}:{port}"
        wait_ready(system, f"{base_url}/readyz", log_dir, started + READY_TIMEOUT_SECONDS)
        print(banner(base_url, system.broker, log_dir, time.monotonic() - started), flush=True)
        while True:  # from now on a child that exits is restarted (scripts/supervisor.py)
            system.supervisor.poll()
            time.sleep(0.5)
    except KeyboardInterrupt:
        say("stopping")
        return 0
    except (RunError, BootstrapError) as exc:
        print(f"querycast: error: {exc}", file=sys.stderr, flush=True)
        return 1
    except ServiceError as exc:
        print(f"querycast: error: {exc.code.value}: {exc} (see {log_dir})", file=sys.stderr, flush=True)
        return 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the stop short
        system.stop()
        say("stopped")


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
