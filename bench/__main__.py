"""Run the benchmarks: `python -m bench` runs all, `python -m bench executor stomp` some.

Each bench/<name>_bench.py is a standalone script that starts what it needs (a project-local
RabbitMQ node named "bench", throw-away databases) and prints comparable figures.
"""
import os
import subprocess
import sys
from pathlib import Path

from broker.local_node import LocalNode

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("*_bench.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removesuffix("_bench") in argv]
    status = 0
    # The benchmarks share one node; stop it at the end unless it was running before.
    node = LocalNode(os.environ.get("QUERYCAST_BENCH_NODE", "bench"),
                     int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", "90")))
    was_running = node.is_running()
    try:
        for script in scripts:
            print(f"\n=== {script.stem} ===", flush=True)
            status |= subprocess.call([sys.executable, "-m", f"bench.{script.stem}"])
    finally:
        if not was_running:
            node.stop()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
