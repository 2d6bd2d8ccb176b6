"""Run the benchmarks: `python -m bench` runs all, `python -m bench executor stomp` some.

Each bench/<name>_bench.py is a standalone script that starts what it needs (a project-local
RabbitMQ node named "bench", throw-away databases) and prints comparable figures. Run together,
they share one node, started here and stopped at the end (unless it was running before).
"""
import subprocess
import sys
from pathlib import Path

from bench.support import bench_node, load_average

HERE = Path(__file__).parent
# Run together, the STOMP fan-out is offered 50 x 200 = 10,000 deliveries/s (issue 13's target).
ARGS = {"stomp_bench": ["--subscribers", "50", "--rate", "200"]}


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("*_bench.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removesuffix("_bench") in argv]
    status = 0
    with bench_node():
        for script in scripts:
            print(f"\n=== {script.stem} ({load_average()}) ===", flush=True)
            status |= subprocess.call([sys.executable, "-m", f"bench.{script.stem}", *ARGS.get(script.stem, [])])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
