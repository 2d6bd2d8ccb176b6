"""Prometheus counters of the broker layer (default registry: the gateway's GET /metrics)."""
from prometheus_client import Counter

NODE_CHANGES = Counter(
    "querycast_broker_connections_total",
    "Broker connections opened, by node (host:port).", ["node"])
CONSUMER_CANCELS = Counter(
    "querycast_broker_consumer_cancels_total",
    "Consumers the broker cancelled (basic.cancel), by queue; each is re-established.", ["queue"])
DRAIN_REQUEUED = Counter(
    "querycast_broker_drain_requeued_total",
    "Deliveries still in hand when a consumer's shutdown grace ran out, nacked with requeue.")
