"""`make eval` / `python -m bench.nl_to_sql`: the NL->SQL eval.

    python -m bench.nl_to_sql [--split dev|held-out|all] [--schemas shop,hr] [--failures] [--json FILE]
                              [--provider P] [--model M] [--base-url URL]

Runs the question sets of bench/nl_eval through the public REST API and the executor with the
provider the environment configures (offline by default; QUERYCAST_LLM_PROVIDER=anthropic with
ANTHROPIC_API_KEY, or openai-compatible with QUERYCAST_LLM_BASE_URL / QUERYCAST_LLM_MODEL /
QUERYCAST_LLM_API_KEY, or hybrid; --provider, --model and --base-url override those variables),
and prints per schema and overall: answered %, correct % (execution accuracy), wrong-but-confident
%, unanswerable questions refused, retrieval recall of the gold tables, latency p50/p95, and the
refusal reasons. Starts its own RabbitMQ node (QUERYCAST_EVAL_NODE, default "eval", port offset
QUERYCAST_EVAL_PORT_OFFSET, default 95; stopped at the end unless it was already running) unless
--amqp-url is given.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from pathlib import Path

from bench.nl_to_sql.questions import DATA, DEV, HELD_OUT, PROBE_ONLY, SCHEMAS, load
from bench.nl_to_sql.report import as_json, render
from bench.nl_to_sql.runner import run_eval
from services.nl_to_sql.settings import PROVIDERS, LlmSettings

OVERRIDES = {"provider": "QUERYCAST_LLM_PROVIDER", "model": "QUERYCAST_LLM_MODEL",
             "base_url": "QUERYCAST_LLM_BASE_URL"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.nl_to_sql", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--split", choices=[DEV, HELD_OUT, "all"], default="all")
    parser.add_argument("--schemas", default=",".join(SCHEMAS),
                        help=f"comma-separated (default: all but the probe-only sets: {', '.join(PROBE_ONLY)})")
    parser.add_argument("--data", type=Path, default=DATA, help="directory of <schema>.txt and <schema>.sql")
    parser.add_argument("--amqp-url", default=None, help="use this broker instead of starting a node")
    parser.add_argument("--provider", choices=PROVIDERS, default=None, help="sets QUERYCAST_LLM_PROVIDER")
    parser.add_argument("--model", default=None, help="sets QUERYCAST_LLM_MODEL")
    parser.add_argument("--base-url", default=None, help="sets QUERYCAST_LLM_BASE_URL (an OpenAI-compatible "
                        "server: http://127.0.0.1:11434/v1 for Ollama)")
    parser.add_argument("--failures", action="store_true", help="list every wrong or refused question")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for option, variable in OVERRIDES.items():
        if getattr(args, option) is not None:
            os.environ[variable] = getattr(args, option)
    try:
        llm = LlmSettings.from_env()
    except ValueError as err:
        print(f"python -m bench.nl_to_sql: {err}", file=sys.stderr)
        return 2
    schemas = tuple(s.strip() for s in args.schemas.split(",") if s.strip())
    unknown = [s for s in schemas if not (args.data / f"{s}.txt").exists()]
    if unknown:
        print(f"no question set for {', '.join(unknown)} in {args.data}", file=sys.stderr)
        return 2
    questions = load(schemas, None if args.split == "all" else args.split, args.data)
    if not questions:
        print("no questions to run", file=sys.stderr)
        return 2
    print(f"provider {llm.provider}" + ("" if llm.provider == "offline" else f" ({llm.llm}, model {llm.model}"
          + (f", {llm.base_url}" if llm.base_url else "") + ")")
          + f"; {len(questions)} questions over {', '.join(schemas)}", flush=True)
    outcomes = asyncio.run(run_eval(questions, amqp_url=args.amqp_url, data=args.data))
    print(render(outcomes, failures=args.failures))
    if args.json:
        args.json.write_text(json.dumps(as_json(outcomes), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
