"""Run the benchmarks: `python -m bench` runs all, `python -m bench executor stomp` some.

Each bench/<name>_bench.py is a standalone script that starts what it needs (a project-local
RabbitMQ node named "bench", throw-away databases) and prints comparable figures.
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("*_bench.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removesuffix("_bench") in argv]
    status = 0
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        status |= subprocess.call([sys.executable, "-m", f"bench.{script.stem}"])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
