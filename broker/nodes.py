"""Which broker node to try next: `QUERYCAST_AMQP_URL` may list several nodes (comma-separated).

Each process shuffles the list once, so a fleet of services spreads over the cluster, then walks
it in that order: after a failed attempt or a lost connection it moves to the next node. The delay
before an attempt grows (capped) only once every node of a round has failed, so a dead node costs
one attempt, not a backoff.
"""
from __future__ import annotations

import logging
import random
from urllib.parse import urlsplit

import pika


def split_urls(value: str) -> list[str]:
    urls = [part.strip() for part in value.split(",") if part.strip()]
    if not urls:
        raise ValueError("no broker URL given")
    return urls


def node_label(url: str) -> str:
    """host:port of a URL, without credentials (safe to log)."""
    parts = urlsplit(url)
    default = {"amqp": 5672, "amqps": 5671, "ws": 80, "wss": 443}.get(parts.scheme, 0)
    return f"{parts.hostname}:{parts.port or default}"


class NodeRotation:
    """A shuffled, endless walk over the given URLs with capped backoff per full round."""

    def __init__(self, urls: list[str], *, initial_backoff: float, max_backoff: float,
                 shuffle: bool = True):
        self.urls = list(urls)
        if shuffle:
            random.shuffle(self.urls)
        self._index = -1
        self._failures = 0  # consecutive failed attempts (reset on success)
        self.initial_backoff = initial_backoff
        self._max = max_backoff

    @property
    def current(self) -> str:
        return self.urls[max(self._index, 0)]

    def advance(self) -> str:
        self._index = (self._index + 1) % len(self.urls)
        return self.urls[self._index]

    def succeeded(self) -> None:
        self._failures = 0

    def failed(self) -> float:
        """Record a failed attempt on the current node; return the delay before the next one:
        none within a round (the next node may be fine), capped exponential between rounds."""
        self._failures += 1
        n = len(self.urls)
        if self._failures % n:
            return 0.0
        return float(min(self._max, self.initial_backoff * (2 ** (self._failures // n - 1))))

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def round_failed(self) -> bool:
        """True right after every node has failed once more (time for one warning line)."""
        return self._failures > 0 and self._failures % len(self.urls) == 0


def connection_parameters(url: str, name: str, heartbeat: int) -> pika.URLParameters:
    params = pika.URLParameters(url)
    params.heartbeat = heartbeat
    params.blocked_connection_timeout = 30
    # pika merges these into its defaults, which announce consumer_cancel_notify (basic.cancel
    # from the broker) among the capabilities.
    params.client_properties = {"connection_name": name, "product": "querycast"}
    params.connection_attempts = 1
    params.socket_timeout = 5
    return params


def quiet_pika() -> None:
    """pika logs several ERROR lines with stacks per failed connection attempt; the broker layer
    logs one line per node change instead. DEBUG logging keeps pika's own lines."""
    if logging.getLogger().level > logging.DEBUG:
        logging.getLogger("pika").setLevel(logging.CRITICAL)
