"""Connect a service process to the broker: wait for it as long as it takes, declare the topology."""
from __future__ import annotations

import logging

from broker.connection import Broker, connection_name
from broker.settings import amqp_url
from broker.topology import declare_topology

log = logging.getLogger(__name__)


async def connect_broker(service: str, url: str | None = None) -> Broker:
    """Connect (waiting for the broker as long as it takes) and declare the topology."""
    broker = Broker(url or amqp_url(), connection_name(service))
    await broker.start(wait=False)
    while True:
        try:
            await broker.wait_connected(timeout=30)
            break
        except Exception:
            log.warning("still waiting for the message broker")
    channel = broker.channel(confirms=False)
    await channel.add_setup(declare_topology)
    return broker
