"""Heart-beats on both legs of a session, negotiated apart (docs/stomp.md "Heart-beats").

Client leg: the gateway answers the client's `heart-beat` header the way RabbitMQ would (whole
seconds, at least one second) and keeps that contract itself: it sends an EOL when it sent the
client nothing for the agreed time and ends the session when the client goes silent for two
periods plus a second.

Broker leg: the gateway asks the broker for heart-beats every `upstream_heartbeat_ms` (sooner
when the client asked for faster ones, so a lost broker is noticed as fast as the client wants)
and sends its own, so a listen-only client (`heart-beat:0,0`) is never cut off by Web-STOMP's
idle timeout. Missing broker heart-beats for three periods plus a second means the broker is gone.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from gateway.stomp.endings import SessionEnd

EOL = b"\n"


def parse_heartbeat(value: str | None) -> tuple[int, int]:
    try:
        cx, cy = (int(part) for part in (value or "0,0").split(","))
        return max(cx, 0), max(cy, 0)
    except ValueError:
        return 0, 0


def rabbit_interval(ms: int) -> int:
    """RabbitMQ's rounding of a heart-beat wish: 0 stays 0, else whole seconds, at least one."""
    return 0 if ms <= 0 else max(ms // 1000, 1) * 1000


@dataclass
class HeartbeatPlan:
    to_client_ms: int        # the gateway sends the client an EOL this often (0: never)
    from_client_ms: int      # the client promised data this often (0: no check)
    upstream_header: str     # the CONNECT `heart-beat` the gateway sends the broker
    to_broker_ms: int = 0    # set from CONNECTED: the broker expects gateway data this often
    from_broker_ms: int = 0  # set from CONNECTED: the broker sends data this often

    @classmethod
    def negotiate(cls, client_header: str | None, upstream_ms: int) -> HeartbeatPlan:
        cx, cy = parse_heartbeat(client_header)
        to_client, from_client = rabbit_interval(cy), rabbit_interval(cx)
        receive = min(upstream_ms, to_client) if to_client else upstream_ms
        return cls(to_client, from_client, f"{upstream_ms},{receive}" if upstream_ms else "0,0")

    @property
    def client_header(self) -> str:
        return f"{self.to_client_ms},{self.from_client_ms}"

    def broker_agreed(self, connected_header: str | None) -> None:
        self.from_broker_ms, self.to_broker_ms = parse_heartbeat(connected_header)


class KeepAlive:
    """Timestamps of the last traffic each way, and the loop that acts on them."""

    def __init__(self, plan: HeartbeatPlan, send_client: Callable[[bytes], Awaitable[None]],
                 send_broker: Callable[[bytes], Awaitable[None]]):
        self.plan = plan
        self._send_client = send_client
        self._send_broker = send_broker
        self._time = asyncio.get_running_loop().time
        now = self._time()
        self.client_in = self.client_out = self.broker_in = self.broker_out = now

    def _timers(self) -> list[tuple[float, str]]:
        plan = self.plan
        timers = []
        if plan.to_client_ms:
            timers.append((self.client_out + plan.to_client_ms / 1000, "to-client"))
        if plan.from_client_ms:
            timers.append((self.client_in + 2 * plan.from_client_ms / 1000 + 1, "from-client"))
        if plan.to_broker_ms:
            timers.append((self.broker_out + plan.to_broker_ms / 1000, "to-broker"))
        if plan.from_broker_ms:
            timers.append((self.broker_in + 3 * plan.from_broker_ms / 1000 + 1, "from-broker"))
        return timers

    async def run(self) -> None:
        while True:
            timers = self._timers()
            if not timers:
                await asyncio.Event().wait()  # nothing to keep alive: wait for the session's end
            due, which = min(timers)
            delay = due - self._time()
            if delay > 0:
                await asyncio.sleep(delay)
                continue  # traffic may have moved the timers meanwhile
            await self._fire(which)

    async def _fire(self, which: str) -> None:
        if which == "to-client":
            await self._send_client(EOL)  # updates client_out
        elif which == "to-broker":
            await self._send_broker(EOL)  # updates broker_out
        elif which == "from-client":
            raise SessionEnd("client-heartbeat-timeout", f"Heart-beat timeout: nothing from the client for "
                                                         f"{2 * self.plan.from_client_ms / 1000 + 1:g} s.",
                             1000, send_error=False)
        else:
            raise SessionEnd("broker-heartbeat-timeout", f"Broker heart-beat timeout: nothing from the broker "
                                                         f"for {3 * self.plan.from_broker_ms / 1000 + 1:g} s.",
                             1011)
