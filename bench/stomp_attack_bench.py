"""The incomplete-frame attack of issue 15 against a gateway process, with a canary client:

    python -m bench.stomp_attack_bench                 # node "bench" (offset 90), defaults below
    python -m bench.stomp_attack_bench --sessions 200 --settle 30

A canary @stomp/stompjs client (tests/js/resilient.js) subscribes to /topic/query-execution
through the gateway while a publisher sends `--rate` events/s carrying their wall-clock send
time. Phases: quiet (`--quiet` s), attack (`--sessions` anonymous sessions each sending 1.9 MiB
of a frame that never ends, as in tests/gateway_stomp/test_memory_attack.py), then `--settle` s.
Prints the canary's p50/p99 per phase and the gateway's RSS: before, peak during the attack,
and after settling. The issue's targets: RSS growth < 100 MB, back within 20 MB after 30 s,
canary p50 within 2x of quiet.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time

import aiohttp

from tests.gateway_stomp.gateway_process import GatewayProcess, attacker
from tests.gateway_stomp.js import NodeClient

MB = 1000 * 1000


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] * 1000 if values else float("nan")


async def run(args) -> int:
    from broker import Broker
    from broker.local_node import LocalNode

    node = LocalNode(args.node, args.offset)
    await asyncio.to_thread(node.start)
    gateway = await GatewayProcess.start(node.web_stomp_url)
    canary = await NodeClient.start("resilient.js", {"url": gateway.ws_url, "destination": "/topic/query-execution",
                                                     "reconnectDelay": 200})
    broker = await Broker(node.amqp_url, "querycast-bench-attack").start()
    channel = broker.channel(confirms=False)
    phase = "quiet"
    latencies: dict[str, list[float]] = {"quiet": [], "attack": [], "after": []}
    try:
        await canary.until("READY", timeout=30)

        async def publish() -> None:
            while True:
                body = json.dumps({"t": time.time()}).encode()
                await channel.publish("amq.topic", "query-execution", body)
                await asyncio.sleep(1 / args.rate)

        async def listen() -> None:
            while True:
                event = await canary.next_event(timeout=600)
                if event["event"] == "MESSAGE":
                    latencies[phase].append(time.time() - json.loads(event["body"])["t"])

        tasks = [asyncio.create_task(publish()), asyncio.create_task(listen())]
        await asyncio.sleep(args.quiet)
        phase = "attack"
        started = time.monotonic()
        async with gateway.peak_rss() as memory, \
                aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            results = await asyncio.gather(*(attacker(http, gateway.ws_url) for _ in range(args.sessions)))
        attack_seconds = time.monotonic() - started
        baseline, peak = memory["baseline"], memory["peak"]
        phase = "after"
        await asyncio.sleep(args.settle)
        after = gateway.rss()
        for task in tasks:
            task.cancel()
        closes = [e["code"] for e in canary.lines if e["event"] == "CLOSE"]
    finally:
        await canary.stop()
        await channel.close()
        await broker.close()
        await gateway.stop()

    limits = sorted({limit for _, limit in results if limit})
    print(f"attack: {args.sessions} sessions x 1.9 MiB unterminated, {attack_seconds:.1f} s; "
          f"slowest close {max(e for e, _ in results):.1f} s; limits named {limits}")
    print(f"gateway RSS: baseline {baseline / MB:.1f} MB, peak {peak / MB:.1f} MB "
          f"(+{(peak - baseline) / MB:.1f}, target < 100), after {args.settle:g} s {after / MB:.1f} MB "
          f"(+{(after - baseline) / MB:.1f}, target < 20)")
    for name, values in latencies.items():
        print(f"canary {name:7s}: {len(values):5d} events  p50 {pct(values, 50):7.2f} ms  "
              f"p99 {pct(values, 99):7.2f} ms")
    quiet, attack = pct(latencies["quiet"], 50), pct(latencies["attack"], 50)
    print(f"canary p50 attack/quiet: {attack / quiet:.2f}x (target <= 2); canary closes: {closes or 'none'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="canary events per second")
    parser.add_argument("--quiet", type=float, default=10.0)
    parser.add_argument("--settle", type=float, default=30.0)
    parser.add_argument("--node", default=os.environ.get("QUERYCAST_BENCH_NODE", "bench"))
    parser.add_argument("--offset", type=int, default=int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", 90)))
    args = parser.parse_args(argv)
    from bench.support import bench_node
    from broker.local_node import LocalNode

    with bench_node(LocalNode(args.node, args.offset)):  # stopped again if started here
        return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
