"""Prometheus metrics of the broker layer, on the default registry: the gateway's GET /metrics,
and each worker's own port (runtime/metrics.py)."""
from __future__ import annotations

from prometheus_client import Counter, Histogram

NODE_CHANGES = Counter(
    "querycast_broker_connections_total",
    "Broker connections opened, by node (host:port).", ["node"])
CONSUMER_CANCELS = Counter(
    "querycast_broker_consumer_cancels_total",
    "Consumers the broker cancelled (basic.cancel), by queue; each is re-established.", ["queue"])
DRAIN_REQUEUED = Counter(
    "querycast_broker_drain_requeued_total",
    "Deliveries still in hand when a consumer's shutdown grace ran out, nacked with requeue.")

# Worker metrics (every process that serves commands or publishes status events), labelled by
# the process's app id so several services in one process stay apart.
COMMANDS = Counter(
    "querycast_commands_total",
    "Commands a worker handled, by service, operation and outcome (OK or the error code).",
    ["service", "operation", "outcome"])
COMMAND_SECONDS = Histogram(
    "querycast_command_duration_seconds",
    "Time from a command's delivery to its outcome, by service and operation.", ["service", "operation"],
    buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300))
EVENTS_PUBLISHED = Counter(
    "querycast_events_published_total",
    "Status events handed to the broker, by service and feature.", ["service", "feature"])
CONFIRM_SECONDS = Histogram(
    "querycast_publish_confirm_seconds",
    "Time from publishing a status event to the broker's confirm, by service.", ["service"],
    buckets=(.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10, 30))

