"""The one place that speaks AMQP (docs/architecture.md#shape, #commands)."""
from broker.connection import Broker, Delivery, ManagedChannel, connection_name
from broker.errors import BrokerError, BrokerUnavailable, ChannelClosed, PublishNacked, Unroutable
from broker.inbound import fast_confirms
from broker.rpc import RpcClient, RpcWorker
from broker.status import RequestEvents, StatusPublisher
from broker.topology import declare_topology
from broker.transport import coalesce_writes
from broker.user_keys import user_key, user_routing_key

coalesce_writes()  # every process speaking AMQP sends one write per loop iteration, not one per frame
fast_confirms()  # and reads publisher confirms without pika's generic frame decoding

__all__ = [
    "Broker", "Delivery", "ManagedChannel", "connection_name", "BrokerError", "BrokerUnavailable",
    "ChannelClosed", "PublishNacked", "Unroutable", "RpcClient", "RpcWorker", "RequestEvents",
    "StatusPublisher", "user_key", "user_routing_key", "declare_topology",
]
