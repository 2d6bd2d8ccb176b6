"""`make eval` / `python -m bench.nl_to_sql`: the NL->SQL eval.

    python -m bench.nl_to_sql [--split dev|held-out|all] [--schemas shop,hr] [--failures] [--json FILE]

Runs the question sets of bench/nl_eval through the public REST API and the executor with the
provider the environment configures (offline by default; QUERYCAST_LLM_PROVIDER=anthropic with
ANTHROPIC_API_KEY, or openai-compatible with QUERYCAST_LLM_BASE_URL / QUERYCAST_LLM_MODEL), and
prints per schema and overall: answered %, correct % (execution accuracy), wrong-but-confident %,
unanswerable questions refused, retrieval recall of the gold tables, latency p50/p95, and the
refusal reasons. Starts its own RabbitMQ node (QUERYCAST_EVAL_NODE, default "eval", port offset
QUERYCAST_EVAL_PORT_OFFSET, default 95) unless --amqp-url is given.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from bench.nl_to_sql.questions import DATA, DEV, HELD_OUT, SCHEMAS, load
from bench.nl_to_sql.report import figures, render
from bench.nl_to_sql.runner import run_eval


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.nl_to_sql", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--split", choices=[DEV, HELD_OUT, "all"], default="all")
    parser.add_argument("--schemas", default=",".join(SCHEMAS), help="comma-separated (default: all)")
    parser.add_argument("--data", type=Path, default=DATA, help="directory of <schema>.txt and <schema>.sql")
    parser.add_argument("--amqp-url", default=None, help="use this broker instead of starting a node")
    parser.add_argument("--failures", action="store_true", help="list every wrong or refused question")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    schemas = tuple(s.strip() for s in args.schemas.split(",") if s.strip())
    unknown = [s for s in schemas if not (args.data / f"{s}.txt").exists()]
    if unknown:
        print(f"no question set for {', '.join(unknown)} in {args.data}", file=sys.stderr)
        return 2
    questions = load(schemas, None if args.split == "all" else args.split, args.data)
    outcomes = asyncio.run(run_eval(questions, amqp_url=args.amqp_url, data=args.data))
    print(render(outcomes, failures=args.failures))
    if args.json:
        result = {split: [figures(s, [o for o in outcomes if o.question.split == split and o.question.schema == s])
                          .as_dict() for s in schemas] +
                  [figures("all", [o for o in outcomes if o.question.split == split]).as_dict()]
                  for split in sorted({o.question.split for o in outcomes})}
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
