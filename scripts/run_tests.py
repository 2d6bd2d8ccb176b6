"""`make test`'s pytest step: the suite in a few groups that run side by side, each on its own
RabbitMQ test node, so the slow fault and soak tests (which mostly wait) overlap the rest.

    python -m scripts.run_tests            # every group, in parallel; exit 0 only if all pass
    python -m scripts.run_tests -- ARGS    # one plain pytest run with ARGS (e.g. a test file)

Each group's output goes to artifacts/tests-<group>.log and is printed when the group ends. A
group that selects no tests fails the run (pytest's exit code 5), as an empty suite would.

Environment: QUERYCAST_TEST_GROUPS (comma-separated group names, default all), plus what
tests/conftest.py reads (the first group keeps QUERYCAST_TEST_NODE / _PORT_OFFSET).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
SLOW = "browser or long or outage or cluster"


@dataclass(frozen=True)
class Group:
    name: str
    markers: str
    node: str
    offset: int


# Port offsets 20/24/27/30 keep every port of the four nodes apart (see broker/local_node.py:
# each port is its standard one plus the offset, and no two offsets differ by 2).
GROUPS = (
    Group("core", f"not ({SLOW})", os.environ.get("QUERYCAST_TEST_NODE", "test"),
          int(os.environ.get("QUERYCAST_TEST_PORT_OFFSET", "20"))),
    Group("browser", "browser", "test-browser", 24),
    Group("long", "long", "test-long", 30),
    Group("faults", "outage or cluster", "test-faults", 27),
)


def start(group: Group) -> tuple[subprocess.Popen, Path]:
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"tests-{group.name}.log"
    env = {**os.environ, "QUERYCAST_TEST_NODE": group.node, "QUERYCAST_TEST_PORT_OFFSET": str(group.offset)}
    out = log.open("w")
    proc = subprocess.Popen([*PYTEST, "-m", group.markers], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    out.close()
    return proc, log


def stop_node(group: Group) -> None:
    subprocess.run([sys.executable, "-m", "broker.local_node", "stop", "--name", group.node,
                    "--offset", str(group.offset)], cwd=ROOT, capture_output=True)


def run_groups(groups: list[Group]) -> int:
    began = time.monotonic()
    running = {g.name: (g, *start(g)) for g in groups}
    failed: list[str] = []
    while running:
        for name, (group, proc, log) in list(running.items()):
            code = proc.poll()
            if code is None:
                continue
            del running[name]
            stop_node(group)
            print(f"\n===== tests: {name} ({group.markers}) exit {code} after {time.monotonic() - began:.0f} s =====")
            print(log.read_text(), end="", flush=True)
            if code != 0:
                failed.append(f"{name} (exit {code})")
        time.sleep(0.5)
    print(f"\n===== tests: {'FAILED ' + ', '.join(failed) if failed else 'all groups passed'}"
          f" in {time.monotonic() - began:.0f} s =====")
    return 1 if failed else 0


ENVIRONMENT = """environment variables:
  QUERYCAST_TEST_GROUPS       comma-separated group names (default: all)
  QUERYCAST_TEST_NODE         the first group's RabbitMQ test node (default: test)
  QUERYCAST_TEST_PORT_OFFSET  its port offset (default: 20)
  QUERYCAST_TEST_PG_DSN       admin DSN tests create throw-away databases with"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.run_tests", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=ENVIRONMENT)
    parser.add_argument("pytest_args", nargs="*", help="after --: one plain pytest run with these arguments")
    args = parser.parse_args(argv)
    if args.pytest_args:
        return subprocess.call([*PYTEST, *args.pytest_args], cwd=ROOT)
    wanted = [n.strip() for n in os.environ.get("QUERYCAST_TEST_GROUPS", "").split(",") if n.strip()]
    unknown = sorted(set(wanted) - {g.name for g in GROUPS})
    if unknown:
        print(f"QUERYCAST_TEST_GROUPS: unknown group(s) {', '.join(unknown)}; "
              f"allowed: {', '.join(g.name for g in GROUPS)}", file=sys.stderr)
        return 2
    return run_groups([g for g in GROUPS if not wanted or g.name in wanted])


if __name__ == "__main__":
    sys.exit(main())
