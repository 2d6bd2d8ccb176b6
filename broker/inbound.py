"""Publisher confirms read straight off the wire (docs/performance.md, "Where the time goes").

Every Basic.Ack / Basic.Nack the broker sends a confirming channel went through pika's generic
path: `decode_frame` builds a `Method` frame and a `Basic.Ack` object, then `CallbackManager`
finds the channel's callback through two decorators that rename their arguments, logs at DEBUG
and calls it. That is some 10 µs per frame, and a request's six status events, its reply and
the command's ack bring several. `fast_confirms()` replaces pika's `_on_data_available` with one
that recognises a complete ack or nack frame by its 21 bytes (method frame, class 60, method 80
or 120, size 13, frame end) and, when the channel's only ack callback is a `ConfirmTracker`'s
(`broker/confirms.py`, installed by `ManagedChannel` through pika's `confirm_delivery`), settles
the delivery tag there directly. Anything else (another frame, another callback, a frame not
complete yet) takes pika's own path, in the order the frames arrived; pika's byte and frame
counters (its heartbeat checker reads them) move as before.

Deliveries (the commands a worker consumes) took pika's path too: three frames decoded one by
one, a `Method`, a `Header` with generic `BasicProperties`, a `Body`, the channel's content
assembler, then the consumer's callback. `_delivery` recognises a Basic.Deliver whose header and
body frames are all in the buffer, decodes it with broker/decode.py and calls the consumer's
callback as pika's `Channel._on_deliver` would (same arguments); a delivery not complete yet, for
a consumer pika would not call (cancelled, unknown), on a channel with callbacks of its own for
Basic.Deliver or content half assembled, takes pika's path.
"""
from __future__ import annotations

import struct
from typing import Any

from pika.connection import Connection
from pika.spec import Basic

from broker import decode
from broker.confirms import ConfirmTracker

CONFIRM_FRAME_BYTES = 21                  # 7 header + 4 class/method + 8 tag + 1 bits + frame end
_CONFIRM = struct.Struct(">BHIHHQBB")     # type, channel, size, class, method, tag, bits, end
_BASIC, _ACK, _NACK = 60, 80, 120
_FRAME_END = 0xCE
_DELIVER = 60
_FRAME = struct.Struct(">BHI")            # type, channel, size
_METHOD = struct.Struct(">BHIHH")         # type, channel, size, class, method
_CONTENT_HEADER = struct.Struct(">HHQ")   # class, weight, body size
_HEADER_FRAME, _BODY_FRAME = 2, 3
_ON_CONFIRM = ConfirmTracker.on_confirm

_pikas_on_data_available = Connection._on_data_available


def confirm_tracker(conn: Any, channel_number: int, nack: bool) -> ConfirmTracker | None:
    """The ConfirmTracker whose `on_confirm` is the only callback pika would call for this
    channel's Basic.Ack (or Nack), else None (then pika's path runs)."""
    by_method = conn.callbacks._stack.get(str(channel_number))
    if by_method is None:
        return None
    callbacks = by_method.get("Basic.Nack" if nack else "Basic.Ack")
    if not callbacks or len(callbacks) != 1:
        return None
    entry = callbacks[0]
    callback = entry["callback"]
    if (getattr(callback, "__func__", None) is not _ON_CONFIRM or entry["one_shot"]
            or entry["only"] is not None or entry["arguments"] is not None):
        return None
    return callback.__self__  # type: ignore[no-any-return]


class _Incomplete:
    pass


_INCOMPLETE = _Incomplete()


def _delivery(conn: Any, buffer: bytes) -> tuple[int, int, Any, tuple[Any, ...]] | _Incomplete | None:
    """A complete Basic.Deliver (method, header and body frames) at the start of `buffer` that
    pika would hand to a consumer's callback: (bytes, frames, callback, its arguments);
    `_INCOMPLETE` while its frames are still arriving (nothing after it can be processed before
    it anyway); None for pika's path."""
    _, channel_number, size, _, _ = _METHOD.unpack_from(buffer)
    header_at = 8 + size
    if len(buffer) < header_at + 7:
        return _INCOMPLETE
    kind, channel, header_size = _FRAME.unpack_from(buffer, header_at)
    body_at = header_at + 8 + header_size
    if buffer[header_at - 1] != _FRAME_END or kind != _HEADER_FRAME or channel != channel_number:
        return None
    if len(buffer) < body_at:
        return _INCOMPLETE
    if buffer[body_at - 1] != _FRAME_END:
        return None
    class_id, _, body_size = _CONTENT_HEADER.unpack_from(buffer, header_at + 7)
    if class_id != _BASIC:
        return None
    fragments, frames = [], 2
    while body_size > 0:
        if len(buffer) < body_at + 7:
            return _INCOMPLETE
        kind, channel, fragment_size = _FRAME.unpack_from(buffer, body_at)
        end = body_at + 7 + fragment_size
        if kind != _BODY_FRAME or channel != channel_number or fragment_size > body_size:
            return None
        if len(buffer) <= end:
            return _INCOMPLETE
        if buffer[end] != _FRAME_END:
            return None
        fragments.append(buffer[body_at + 7:end])
        body_size -= fragment_size
        body_at, frames = end + 1, frames + 1
    channel = conn._channels.get(channel_number)
    if (channel is None or channel._content_assembler._method_frame is not None
            or conn.callbacks._stack.get(str(channel_number), {}).get("Basic.Deliver")):
        return None
    consumer_tag, delivery_tag, redelivered, exchange, routing_key, end = decode.deliver_fields(buffer, 11)
    callback = channel._consumers.get(consumer_tag)
    decoded = decode.properties(buffer, header_at + 19)
    if (end != header_at - 1 or callback is None or consumer_tag in channel._cancelled or decoded is None
            or decoded[1] != header_at + 7 + header_size):
        return None
    method = Basic.Deliver(consumer_tag, delivery_tag, redelivered, exchange, routing_key)
    body = fragments[0] if len(fragments) == 1 else b"".join(fragments)
    return body_at, frames, callback, (channel, method, decoded[0], body)


def _on_data_available(self: Any, data_in: bytes) -> None:
    """pika's Connection._on_data_available, with the fast paths for confirms and deliveries."""
    self._frame_buffer += data_in
    unpack = _CONFIRM.unpack_from
    while self._frame_buffer:
        buffer = self._frame_buffer
        if len(buffer) >= CONFIRM_FRAME_BYTES and buffer[0] == 1:
            kind, channel, size, class_id, method_id, tag, bits, end = unpack(buffer)
            if size == 13 and class_id == _BASIC and end == _FRAME_END and method_id in (_ACK, _NACK):
                tracker = confirm_tracker(self, channel, method_id == _NACK)
                if tracker is not None:
                    self._trim_frame_buffer(CONFIRM_FRAME_BYTES)
                    self.frames_received += 1
                    tracker.settle(tag, bool(bits & 1), method_id == _NACK)
                    continue
            elif class_id == _BASIC and method_id == _DELIVER:
                delivery = _delivery(self, buffer)
                if delivery is _INCOMPLETE:
                    return
                if isinstance(delivery, tuple):
                    consumed, frames, callback, arguments = delivery
                    self._trim_frame_buffer(consumed)
                    self.frames_received += frames
                    callback(*arguments)
                    continue
        consumed_count, frame_value = self._read_frame()
        if not frame_value:
            return
        self._trim_frame_buffer(consumed_count)
        self._process_frame(frame_value)


def fast_confirms(enabled: bool = True) -> None:
    """Install the fast paths (confirms, deliveries) on pika's connections (idempotent); `enabled=False` puts pika's
    own path back (tests, comparisons)."""
    Connection._on_data_available = (
        _on_data_available if enabled else _pikas_on_data_available)
