"""Whole deliveries read straight off the wire, for the consumers that ask for it (docs/performance.md,
"Gateway round 2").

pika turns each of a delivery's frames (Basic.Deliver, the content header, the body) into frame
objects, looks for callbacks for each, hands them to the channel's content assembler and only
then calls the consumer: some 30 µs per message, for the gateway's RPC replies a tenth of its
CPU per request. `install(connection)` gives one connection a reader that recognises a complete
Basic.Deliver + header + body for a consumer marked `FAST` (broker/consumers.py marks the
auto-ack consumers it calls directly, e.g. the RPC client's reply consumer) and calls the
consumer's pika callback as pika's `Channel._on_deliver` would, with the same `Basic.Deliver`
and a `BasicProperties` decoded by pika's own decoder. Every other frame (other channels and
consumers, confirms, a delivery pika is assembling already or one not complete yet, anything
malformed) goes to the connection class's reader (pika's, or broker/inbound.py's), in arrival
order; pika's frame counter moves as before.
"""
from __future__ import annotations

import struct
from typing import Any

from pika import spec

FAST = "querycast_fast_deliveries"  # attribute on a pika consumer callback: take the fast path
WAIT_FOR_REST_BYTES = 1 << 20  # a delivery not complete yet is waited for while the buffer is smaller

_FRAME = struct.Struct(">BHI")  # type, channel, size
_METHOD_ID = struct.Struct(">I")
_TAG_BITS = struct.Struct(">QB")
_HEADER = struct.Struct(">HHQ")  # class, weight, body size
_DELIVER = 0x003C003C
_METHOD, _CONTENT_HEADER, _BODY = 1, 2, 3
_FRAME_END = 0xCE
_DECLINE, _WAIT = 0, -1


def install(connection: Any) -> None:
    """Read this connection's incoming data through `_on_data_available` (idempotent)."""
    if connection.__dict__.get("_on_data_available") is None:
        connection._on_data_available = _on_data_available.__get__(connection)


def _short_string(buf: bytes, offset: int) -> tuple[str | bytes, int]:
    end = offset + 1 + buf[offset]
    raw = buf[offset + 1:end]
    try:
        return raw.decode(), end  # as pika: bytes when they are not UTF-8
    except UnicodeDecodeError:
        return raw, end


def take_delivery(conn: Any, buf: bytes) -> int:
    """Deliver the message at the start of `buf` if it is complete and for a FAST consumer:
    the bytes it took, else _DECLINE (pika's path) or _WAIT (more data is needed first)."""
    size = len(buf)
    if buf[0] != _METHOD:
        return _DECLINE
    if size < 11:  # a method frame, its method not known yet
        return _WAIT
    _kind, channel_number, frame_size = _FRAME.unpack_from(buf)
    if _METHOD_ID.unpack_from(buf, 7)[0] != _DELIVER:
        return _DECLINE
    channel = conn._channels.get(channel_number)
    end = 8 + frame_size
    if channel is None or channel._content_assembler._method_frame is not None:
        return _DECLINE
    if end > size:
        return _WAIT if size < WAIT_FOR_REST_BYTES else _DECLINE
    if buf[end - 1] != _FRAME_END:
        return _DECLINE
    consumer_tag, offset = _short_string(buf, 11)
    callback = channel._consumers.get(consumer_tag)
    if callback is None or not getattr(callback, FAST, False) or consumer_tag in channel._cancelled:
        return _DECLINE
    if offset + 9 >= end - 1:
        return _DECLINE
    delivery_tag, bits = _TAG_BITS.unpack_from(buf, offset)
    exchange, offset = _short_string(buf, offset + 9)
    if offset >= end - 1:
        return _DECLINE
    routing_key, offset = _short_string(buf, offset)
    if offset > end - 1:
        return _DECLINE
    # The content header, then body frames until the body size is reached.
    if end + 7 > size:
        return _WAIT if size < WAIT_FOR_REST_BYTES else _DECLINE
    kind, header_channel, frame_size = _FRAME.unpack_from(buf, end)
    header_at, end = end + 7, end + 8 + frame_size
    if kind != _CONTENT_HEADER or header_channel != channel_number or frame_size < 14:
        return _DECLINE
    if end > size:
        return _WAIT if size < WAIT_FOR_REST_BYTES else _DECLINE
    class_id, _weight, body_size = _HEADER.unpack_from(buf, header_at)
    if buf[end - 1] != _FRAME_END or class_id != spec.Basic.INDEX:
        return _DECLINE
    fragments: list[bytes] = []
    frames, seen = 2, 0
    while seen < body_size:
        if end + 7 > size:
            return _WAIT if size < WAIT_FOR_REST_BYTES else _DECLINE
        kind, body_channel, frame_size = _FRAME.unpack_from(buf, end)
        if kind != _BODY or body_channel != channel_number:
            return _DECLINE
        body_at, end = end + 7, end + 8 + frame_size
        if end > size:
            return _WAIT if size < WAIT_FOR_REST_BYTES else _DECLINE
        if buf[end - 1] != _FRAME_END or seen + frame_size > body_size:
            return _DECLINE  # pika raises for these
        fragments.append(buf[body_at:end - 1])
        seen += frame_size
        frames += 1
    properties = spec.BasicProperties().decode(buf, header_at + 12)
    body = fragments[0] if len(fragments) == 1 else b"".join(fragments)
    conn._frame_buffer = buf[end:]
    conn.frames_received += frames
    callback(channel, spec.Basic.Deliver(consumer_tag, delivery_tag, bool(bits & 1), exchange, routing_key),
             properties, body)
    return int(end)


def _on_data_available(self: Any, data_in: bytes) -> None:
    """The connection's reader: fast deliveries here, everything else in order to the class's."""
    pikas = type(self)._on_data_available
    self._frame_buffer += data_in
    while self._frame_buffer:
        buf = self._frame_buffer
        taken = take_delivery(self, buf)
        if taken == _WAIT:
            return
        if taken > 0:
            continue
        # Hand the frames up to the next Basic.Deliver (at least the first frame) to pika.
        offset, size = 0, len(buf)
        while offset + 7 <= size:
            if offset and buf[offset] == _METHOD and offset + 11 <= size \
                    and _METHOD_ID.unpack_from(buf, offset + 7)[0] == _DELIVER:
                break
            end = offset + 8 + _FRAME.unpack_from(buf, offset)[2]
            if end > size:
                break
            offset = end
        if offset == 0:
            pikas(self, b"")  # not one complete frame: pika keeps it until the rest arrives
            return
        rest = buf[offset:]
        self._frame_buffer = buf[:offset]
        pikas(self, b"")
        if self.is_closed:
            return
        self._frame_buffer += rest
