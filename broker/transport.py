"""One socket write per loop iteration instead of one per AMQP frame.

pika buffers every frame it marshals (a publish is three: method, header, body) and, once the
socket is writable, sends the buffers one `send()` each. A request's six status events, its
reply and its ack are then some twenty system calls; profiling the executor showed them as the
largest single cost of the hot path (docs/performance.md). `coalesce_writes()` makes the plaintext
transport join what is buffered (up to COALESCE_BYTES at a time) before sending, keeping pika's
bookkeeping and its handling of partial sends and EAGAIN. TLS connections are left as they are.

pika sent its buffers only once the loop said the socket was writable: every write after an
idle moment turned a writability watcher on and, once sent, off again (two `epoll_ctl` calls and
a handle each time, some 4 % of the executor's CPU). `_write_soon` sends instead from a callback
scheduled for the loop's next turn (`call_soon`), once per batch of writes, and turns the watcher
on only when the socket takes less than everything (a partial send or EAGAIN), as pika did.
"""
from __future__ import annotations

from typing import Any

from pika.adapters.asyncio_connection import _AsyncioIOServicesAdapter
from pika.adapters.utils.io_services_utils import _TRY_IO_AGAIN_SOCK_ERROR_CODES, _AsyncPlaintextTransport

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


_pikas_write = _AsyncPlaintextTransport.write


def _write_soon(self: Any, data: bytes) -> None:
    """pika's `write`, but the buffers go out from a callback on the asyncio loop's next turn
    (pika's own loops, e.g. under BlockingConnection, keep pika's write)."""
    if not isinstance(self._nbio, _AsyncioIOServicesAdapter):
        _pikas_write(self, data)
        return
    if self._state != self._STATE_ACTIVE:
        return  # as pika: nothing is written on a transport that is closing or closed
    assert data, "write() of empty data"
    was_empty = self._tx_buffered_byte_count == 0
    self._buffer_tx_data(data)
    if was_empty:  # else a flush is scheduled already, or the writability watcher is on
        self._nbio.get_native_ioloop().call_soon(_flush, self)


def _flush(self: Any) -> None:
    if self._state != self._STATE_ACTIVE or not self._tx_buffers:
        return
    try:
        self._produce()
    except Exception as error:  # noqa: BLE001 - as pika's own writability handler does
        if not (isinstance(error, OSError) and error.errno in _TRY_IO_AGAIN_SOCK_ERROR_CODES):
            self._initiate_abort(error)
            return
    if self._tx_buffers:  # the socket took less than everything: wait until it is writable
        self._nbio.set_writer(self._sock.fileno(), self._on_socket_writable)


def coalesce_writes() -> None:
    """Install the coalescing send on pika's plaintext transport (idempotent), unless
    QUERYCAST_AMQP_COALESCE_WRITES is false (pika's own one send per frame, for comparison)."""
    if not BrokerSettings.from_env().amqp_coalesce_writes:
        return
    _AsyncPlaintextTransport._produce = _produce_coalesced
    _AsyncPlaintextTransport.write = _write_soon
