"""Every command answers --help with its usage and the variables it reads, exits 0 at once and
opens no socket; a busy port stops `make run` and the gateway with one clear line."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
COMMANDS = sorted(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"])
SCRIPTS = sorted(f"scripts.{p.stem}" for p in (ROOT / "scripts").glob("*.py")
                 if p.stem != "__init__" and "def main(" in p.read_text())
MODULES = ["gateway", "services.executor", "services.nl_to_sql", "services.recorder", "broker.local_node"]
# Any socket a command would open is refused and written down here.
AUDIT = '''
import os, socket
def _guard(kind):
    def refuse(self, *args, **kwargs):
        with open(os.environ["QUERYCAST_SOCKET_AUDIT"], "a") as log:
            log.write(f"{kind} {args!r}\\n")
        raise OSError("sockets are blocked in this test")
    return refuse
for _name in ("connect", "connect_ex", "bind", "sendto", "listen"):
    setattr(socket.socket, _name, _guard(_name))
'''
BLOCKED = {"QUERYCAST_AMQP_URL": "amqp://guest:guest@127.0.0.1:1/%2F",
           "QUERYCAST_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
           "QUERYCAST_WEB_STOMP_URL": "ws://127.0.0.1:1/ws"}


@pytest.fixture
def audited(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(AUDIT)
    log = tmp_path / "sockets.log"
    env = {**os.environ, **BLOCKED, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}",
           "QUERYCAST_SOCKET_AUDIT": str(log)}

    def run(argv: list[str]) -> tuple[subprocess.CompletedProcess, str]:
        # A hang guard, not a speed check: a command that started for real would wait for its
        # (blocked) broker forever. How fast --help answers is measured, not asserted (report).
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
        return done, log.read_text() if log.exists() else ""
    return run


def test_the_audit_sees_a_socket(audited):
    _, sockets = audited([sys.executable, "-c", "import socket\ntry: socket.create_connection(('127.0.0.1', 1))\n"
                          "except OSError: pass"])
    assert "connect" in sockets


@pytest.mark.parametrize("argv", [[str(BIN / c)] for c in COMMANDS]
                         + [[sys.executable, "-m", m] for m in SCRIPTS + MODULES],
                         ids=lambda argv: Path(argv[-1]).name)
def test_help_exits_0_with_the_variables_and_no_socket(audited, argv):
    done, sockets = audited([*argv, "--help"])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:") and "environment variables" in done.stdout, done.stdout
    assert sockets == "", sockets
    assert done.stderr == ""


@pytest.mark.parametrize("command,variables", [
    ("querycast-executor", ["QUERYCAST_EXECUTOR_CONCURRENCY", "QUERYCAST_AMQP_URL", "QUERYCAST_DATABASE_URL"]),
    ("querycast-gateway", ["QUERYCAST_HTTP_PORT", "QUERYCAST_JWT_SECRET", "QUERYCAST_STOMP_PROFILE"]),
    ("querycast-nl-to-sql", ["QUERYCAST_LLM_PROVIDER", "ANTHROPIC_API_KEY", "QUERYCAST_NL_TO_SQL_PREFETCH"]),
    ("querycast-recorder", ["QUERYCAST_RECORDER_BATCH_SIZE", "QUERYCAST_HISTORY_RETENTION_DAYS"]),
    ("querycast-rabbitmq", ["QUERYCAST_RABBITMQ_NODE", "QUERYCAST_RABBITMQ_BIN"]),
])
def test_help_names_what_the_command_reads(audited, command, variables):
    done, _ = audited([str(BIN / command), "--help"])
    for variable in variables:
        assert variable in done.stdout


@pytest.fixture
def busy_port():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


@pytest.mark.parametrize("argv", [[sys.executable, "-m", "scripts.run_local"], [str(BIN / "querycast-gateway")]],
                         ids=["make-run", "gateway"])
def test_a_busy_port_is_one_clear_line(busy_port, argv):
    env = {**os.environ, **BLOCKED, "QUERYCAST_HTTP_PORT": str(busy_port), "QUERYCAST_JWT_SECRET": "s" * 40,
           "QUERYCAST_MIGRATE": "false"}
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if "already in use" in line]
    assert len(errors) == 1 and f"127.0.0.1:{busy_port}" in errors[0] and "QUERYCAST_HTTP_PORT" in errors[0]
    assert "Traceback" not in done.stderr
