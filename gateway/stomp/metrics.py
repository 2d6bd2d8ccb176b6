"""Prometheus metrics of the STOMP proxy (default registry; the REST app serves /metrics)."""
from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

SESSIONS = Gauge("querycast_stomp_sessions", "Open STOMP client sessions.", ["transport"])
FRAMES = Counter("querycast_stomp_frames_total",
                 "STOMP frames through the proxy; in = from clients, out = to clients.",
                 ["direction"])
ERRORS = Counter("querycast_stomp_errors_total",
                 "Sessions ended by an error, by kind (auth, destination-refused, frame-too-large, "
                 "broker-unavailable, slow-client, ...).", ["kind"])
UPSTREAM_CONNECT_SECONDS = Histogram(
    "querycast_stomp_upstream_connect_seconds",
    "Time to open the upstream Web-STOMP connection and get CONNECTED.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)

FRAMES_IN = FRAMES.labels("in")
FRAMES_OUT = FRAMES.labels("out")
