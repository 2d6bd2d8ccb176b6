"""One socket write per loop iteration instead of one per AMQP frame.

pika buffers every frame it marshals (a publish is three: method, header, body) and, once the
socket is writable, sends the buffers one `send()` each. A request's six status events, its
reply and its ack are then some twenty system calls; profiling the executor showed them as the
largest single cost of the hot path (docs/performance.md). `coalesce_writes()` makes the plaintext
transport join what is buffered (up to COALESCE_BYTES at a time) before sending, keeping pika's
bookkeeping and its handling of partial sends and EAGAIN. TLS connections are left as they are.
"""
from __future__ import annotations

from typing import Any

from pika.adapters.utils.io_services_utils import _AsyncPlaintextTransport

from broker.settings import BrokerSettings

COALESCE_BYTES = 256 * 1024


def _produce_coalesced(self: Any) -> None:
    buffers = self._tx_buffers
    while buffers:
        if len(buffers) > 1 and len(buffers[0]) < COALESCE_BYTES:
            parts, size = [], 0
            while buffers and size + len(buffers[0]) <= COALESCE_BYTES:
                chunk = buffers.popleft()
                parts.append(chunk)
                size += len(chunk)
            buffers.appendleft(b"".join(parts))
        sent = self._sigint_safe_send(self._sock, buffers[0])
        chunk = buffers.popleft()
        if sent < len(chunk):
            buffers.appendleft(chunk[sent:])
        self._tx_buffered_byte_count -= sent


def coalesce_writes() -> None:
    """Install the coalescing send on pika's plaintext transport (idempotent), unless
    QUERYCAST_AMQP_COALESCE_WRITES is false (pika's own one send per frame, for comparison)."""
    if not BrokerSettings.from_env().amqp_coalesce_writes:
        return
    _AsyncPlaintextTransport._produce = _produce_coalesced
