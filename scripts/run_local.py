"""`make run`: the whole of querycast on this machine, with embedded defaults.

Starts a project-local RabbitMQ node from rabbitmq.conf, prepares PostgreSQL (control database,
migrations, the seeded demo database, the demo user), starts the recorder, executor, nl-to-sql and
gateway processes, registers the demo database as `demo`, builds its schema index, then prints
where to look. A child that exits once the system is up is restarted with backoff (a log line
each time); one that exits while starting stops the run with the end of its log. Ctrl-C stops
everything it started.

`--help` lists the variables it reads; it passes the rest on to the processes it starts.
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
from typing import ClassVar

from broker.local_node import LocalNode, NodeError, rabbitmq_bin
from broker.settings import LocalNodeSettings
from contracts.errors import ServiceError
from runtime import cli
from runtime.settings import Port, QuerycastSettings, RuntimeSettings, database_url, setting
from scripts.bootstrap import (
    DEMO_PASSWORD,
    DEMO_USER,
    BootstrapError,
    BootstrapSettings,
    demo_database_url,
    prepare,
    redacted,
    register,
)
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


class RunSettings(QuerycastSettings):
    section: ClassVar[str] = "make run (scripts.run_local)"
    section_order: ClassVar[int] = 85

    http_host: str = setting("127.0.0.1", "gateway listen address", env="QUERYCAST_HTTP_HOST")
    http_port: Port = setting(8080, "gateway listen port", env="QUERYCAST_HTTP_PORT")
    amqp_url: str | None = setting(None, "use this broker instead of starting a local node (then set "
                                   "QUERYCAST_WEB_STOMP_URL too)", env="QUERYCAST_AMQP_URL",
                                   doc_default="a local node")
    web_stomp_url: str | None = setting(None, "Web-STOMP endpoint of that broker", env="QUERYCAST_WEB_STOMP_URL",
                                        doc_default="the local node's")
    stomp_port: Port = setting(61613, "STOMP port of that broker (shown in the banner)", env="QUERYCAST_STOMP_PORT")
    management_url: str | None = setting(None, "management UI of that broker (shown in the banner)",
                                         env="QUERYCAST_RABBITMQ_MANAGEMENT_URL")


SETTINGS = (RunSettings, RuntimeSettings, BootstrapSettings, LocalNodeSettings)


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
    path = Path(RuntimeSettings.from_env().data_dir)
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
    settings = RunSettings.from_env()
    if settings.amqp_url:
        if not settings.web_stomp_url:
            raise RunError("QUERYCAST_AMQP_URL is set, so set QUERYCAST_WEB_STOMP_URL too "
                           "(the broker's Web-STOMP endpoint, e.g. ws://127.0.0.1:15674/ws)")
        say("using the broker from QUERYCAST_AMQP_URL")
        return Broker(settings.amqp_url, settings.web_stomp_url, str(settings.stomp_port), settings.management_url)
    server = rabbitmq_bin() / "rabbitmq-server"
    if not server.exists():
        raise RunError(
            f"RabbitMQ is not installed ({server} is missing). Install it "
            "(Debian/Ubuntu: sudo apt-get install rabbitmq-server; the node this starts is "
            "project-local and leaves any system RabbitMQ alone), point QUERYCAST_AMQP_URL and "
            "QUERYCAST_WEB_STOMP_URL at a broker with the STOMP plugins, or run `docker compose up`.")
    local = LocalNodeSettings.from_env()
    node = LocalNode(local.name, local.port_offset)
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
    assert system.supervisor is not None  # started before anything is checked
    dead = system.supervisor.exited()
    if dead:
        tail = (log_dir / f"{dead.name}.log").read_text(errors="replace").splitlines()[-15:]
        code = dead.proc.returncode if dead.proc is not None else None
        raise RunError(f"{dead.name} exited with code {code}; the end of "
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
    cli.check(SETTINGS)
    host, port = RunSettings.from_env().http_host, RunSettings.from_env().http_port
    if not port_free(host, port):  # before anything starts, so there is nothing to stop
        print(f"querycast: error: {host}:{port} is already in use; stop what runs there or set "
              "QUERYCAST_HTTP_PORT", file=sys.stderr, flush=True)
        return 1
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
        assert system.supervisor is not None
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


def main(argv: list[str] | None = None) -> None:
    cli.parser("make run (python -m scripts.run_local)", __doc__, SETTINGS).parse_args(argv)
    sys.exit(cli.guarded("querycast", run))


if __name__ == "__main__":
    main()
