"""STOMP proxy benchmark: the same fan-out through the gateway and directly on Web-STOMP, and the
gateway's memory per idle session.

    python -m bench.stomp_bench                       # defaults below, node "bench" (offset 90)
    python -m bench.stomp_bench --subscribers 20 --rate 100 --seconds 10 --rounds 2 --idle 1000
    QUERYCAST_BENCH_NODE=gw QUERYCAST_BENCH_PORT_OFFSET=50 python -m bench.stomp_bench

Fan-out: N raw STOMP-over-WebSocket subscribers on /topic/query-execution, one AMQP publisher at a
fixed rate to amq.topic (N x rate deliveries/s). Rounds alternate direct / gateway so both see
the same machine state. Latency = receive time - publish time (same process, monotonic clock).
The gateway runs in its own process (gateway/stomp/standalone.py, so its memory can be measured
alone), with the compat profile and the production code path (`setup_stomp`).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from gateway.stomp.frames import HEARTBEAT, FrameParser

TOPIC = "/topic/query-execution"
ROUTING_KEY = "query-execution"


def _raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


# -- the gateway process (gateway/stomp/standalone.py) -----------------------------------------

# Every bench client connects from 127.0.0.1: lift the per-address (and anonymous) session limits
# that would stop the idle-session measurement at 256.
GATEWAY_ENV = {"QUERYCAST_STOMP_MAX_SESSIONS_PER_ADDRESS": "1000000",
               "QUERYCAST_STOMP_MAX_ANONYMOUS_SESSIONS": "1000000"}


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


# -- clients ----------------------------------------------------------------------------------

@dataclass
class Subscriber:
    ws: aiohttp.ClientWebSocketResponse
    latencies: list[float] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    run_id: str = ""
    task: asyncio.Task | None = None

    async def read(self) -> None:
        parser = FrameParser(max_frame_bytes=1 << 20, max_headers=1000, lazy_headers=True)
        async for msg in self.ws:
            data = msg.data if isinstance(msg.data, bytes) else msg.data.encode()
            now = time.perf_counter()
            for frame in parser.feed(data):
                if frame is HEARTBEAT or frame.command != "MESSAGE":
                    continue
                body = json.loads(frame.body)
                if body.get("run") == self.run_id:
                    self.latencies.append(now - body["t"])
                    self.seen.add(body["seq"])


async def stomp_session(http: aiohttp.ClientSession, url: str, login: bool, destination: str | None):
    ws = await http.ws_connect(url, protocols=("v12.stomp",), max_msg_size=0)
    creds = "login:guest\npasscode:guest\n" if login else ""
    await ws.send_str(f"CONNECT\naccept-version:1.2\nhost:/\n{creds}heart-beat:0,0\n\n\x00")
    msg = await ws.receive(timeout=30)
    text = msg.data if isinstance(msg.data, str) else msg.data.decode()
    if not text.startswith("CONNECTED"):
        raise RuntimeError(f"not connected: {text[:200]}")
    if destination:
        await ws.send_str(f"SUBSCRIBE\nid:1\ndestination:{destination}\nreceipt:r\n\n\x00")
        msg = await ws.receive(timeout=30)
        text = msg.data if isinstance(msg.data, str) else msg.data.decode()
        if not text.startswith("RECEIPT"):
            raise RuntimeError(f"not subscribed: {text[:200]}")
    return ws


async def fanout_round(http, url: str, login: bool, channel, args, run_id: str) -> dict:
    subs = []
    for _ in range(args.subscribers):
        sub = Subscriber(await stomp_session(http, url, login, TOPIC), run_id=run_id)
        sub.task = asyncio.create_task(sub.read())
        subs.append(sub)
    total = int(args.rate * args.seconds)
    pad = "x" * max(0, args.body_bytes - 60)
    start = time.perf_counter()
    for seq in range(total):
        delay = start + seq / args.rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        body = json.dumps({"run": run_id, "seq": seq, "t": time.perf_counter(), "pad": pad}).encode()
        await channel.publish("amq.topic", ROUTING_KEY, body)
    publish_seconds = time.perf_counter() - start
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline and any(len(s.seen) < total for s in subs):
        await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - start
    for sub in subs:
        await sub.ws.close()
        sub.task.cancel()
    latencies = sorted(x for s in subs for x in s.latencies)
    delivered = sum(len(s.seen) for s in subs)
    return {
        "latencies": latencies,
        "delivered": delivered,
        "expected": total * len(subs),
        "rate": delivered / max(publish_seconds, elapsed if delivered < total * len(subs) else publish_seconds),
    }


def pct(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


async def idle_sessions(http, url: str, count: int, pid: int) -> tuple[int, int]:
    before = rss_kb(pid)
    sessions = []
    for i in range(0, count, 50):
        batch = await asyncio.gather(*(stomp_session(http, url, False, TOPIC) for _ in range(min(50, count - i))))
        sessions.extend(batch)
    await asyncio.sleep(2)
    after = rss_kb(pid)
    await asyncio.gather(*(ws.close() for ws in sessions))
    return before, after


async def run(args) -> int:
    from broker import Broker
    from broker.local_node import LocalNode

    _raise_fd_limit()
    node = LocalNode(args.node, args.offset)
    await asyncio.to_thread(node.start)
    port = args.gateway_port
    gateway = subprocess.Popen([sys.executable, "-m", "gateway.stomp.standalone", "--port", str(port),
                                "--loop", args.loop], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, **GATEWAY_ENV, "QUERYCAST_WEB_STOMP_URL": node.web_stomp_url})
    try:
        assert gateway.stdout is not None
        if not gateway.stdout.readline().startswith("READY"):
            raise RuntimeError("gateway did not start")
        gateway_url = f"ws://127.0.0.1:{port}/ws"
        for _ in range(100):
            try:
                _, w = await asyncio.open_connection("127.0.0.1", port)
                w.close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        broker = await Broker(node.amqp_url, "querycast-bench-publisher").start()
        channel = broker.channel(confirms=False)
        results: dict[str, list[dict]] = {"direct": [], "gateway": []}
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            # Warm-up (JIT-free Python still has caches, connections, Erlang schedulers).
            await fanout_round(http, gateway_url, False, channel,
                               argparse.Namespace(**{**vars(args), "seconds": 1}), "warmup")
            for r in range(args.rounds):
                for target in ("direct", "gateway"):
                    url, login = (node.web_stomp_url, True) if target == "direct" else (gateway_url, False)
                    cpu_before = cpu_seconds(gateway.pid)
                    res = await fanout_round(http, url, login, channel, args, f"{target}-{r}")
                    res["gateway_cpu_us"] = (cpu_seconds(gateway.pid) - cpu_before) * 1e6 / max(res["delivered"], 1)
                    results[target].append(res)
                    print(f"  round {r + 1} {target:7s}: p50 {pct(res['latencies'], 50) * 1000:7.2f} ms  "
                          f"p99 {pct(res['latencies'], 99) * 1000:7.2f} ms  "
                          f"{res['rate']:8.0f} deliveries/s  lost {res['expected'] - res['delivered']}"
                          + (f"  gateway CPU {res['gateway_cpu_us']:.0f} us/delivery" if target == "gateway" else ""),
                          flush=True)
            before, after = await idle_sessions(http, gateway_url, args.idle, gateway.pid)
        await channel.close()
        await broker.close()

        summary = {}
        for target, rounds in results.items():
            lat = sorted(x for r in rounds for x in r["latencies"])
            summary[target] = {
                "p50_ms": pct(lat, 50) * 1000, "p99_ms": pct(lat, 99) * 1000,
                "deliveries_per_s": statistics.mean(r["rate"] for r in rounds),
                "lost": sum(r["expected"] - r["delivered"] for r in rounds),
            }
        d, g = summary["direct"], summary["gateway"]
        print(f"\ngateway event loop: {args.loop}")
        print(f"fan-out: {args.subscribers} subscribers x {args.rate:g} msg/s = "
              f"{args.subscribers * args.rate:g} deliveries/s target, {args.seconds:g} s x {args.rounds} rounds")
        print(f"{'':10s}{'p50 ms':>10s}{'p99 ms':>10s}{'deliv/s':>10s}{'lost':>8s}")
        for name, s in summary.items():
            print(f"{name:10s}{s['p50_ms']:10.2f}{s['p99_ms']:10.2f}{s['deliveries_per_s']:10.0f}{s['lost']:8d}")
        print(f"ratio gateway/direct: p50 {g['p50_ms'] / d['p50_ms']:.2f}x (target <= 1.25)  "
              f"p99 {g['p99_ms'] / d['p99_ms']:.2f}x (target <= 1.5)  "
              f"throughput {g['deliveries_per_s'] / d['deliveries_per_s']:.2f}x")
        per_session = (after - before) / args.idle
        print(f"idle sessions: {args.idle} -> gateway RSS {before} kB -> {after} kB, "
              f"{per_session:.1f} kB per session (target < 50 kB)")
        return 0
    finally:
        gateway.terminate()
        gateway.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=20)
    parser.add_argument("--rate", type=float, default=100.0, help="published messages per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--body-bytes", type=int, default=300)
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--loop", choices=("asyncio", "uvloop"), default="uvloop",
                        help="event loop of the gateway process")
    parser.add_argument("--gateway-port", type=int, default=int(os.environ.get("QUERYCAST_BENCH_GATEWAY_PORT", 18191)))
    parser.add_argument("--node", default=os.environ.get("QUERYCAST_BENCH_NODE", "bench"))
    parser.add_argument("--offset", type=int, default=int(os.environ.get("QUERYCAST_BENCH_PORT_OFFSET", 90)))
    args = parser.parse_args(argv)
    from bench.support import bench_node
    from broker.local_node import LocalNode

    with bench_node(LocalNode(args.node, args.offset)):
        return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
