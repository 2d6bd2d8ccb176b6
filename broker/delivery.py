"""One message handed to a consumer, and the handler types of the broker layer."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pika.spec import BasicProperties

if TYPE_CHECKING:
    from broker.channel import ManagedChannel


@dataclass
class Delivery:
    """ack/nack/reject are no-ops once the channel it came on is gone (the broker redelivers it
    then)."""

    channel: ManagedChannel
    generation: int
    delivery_tag: int
    routing_key: str
    exchange: str
    redelivered: bool
    properties: BasicProperties
    body: bytes
    settled: bool = False

    @property
    def headers(self) -> dict[str, Any]:
        return self.properties.headers or {}

    def ack(self) -> None:
        self.channel._settle(self, "ack")

    def nack(self, requeue: bool = True) -> None:
        self.channel._settle(self, "nack", requeue=requeue)

    def reject(self, requeue: bool = False) -> None:
        self.channel._settle(self, "reject", requeue=requeue)


Handler = Callable[[Delivery], Awaitable[None]]
SetupStep = Callable[["ManagedChannel"], Awaitable[None]]
