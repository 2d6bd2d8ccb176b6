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
"""
from __future__ import annotations

import struct
from typing import Any

from pika.connection import Connection

from broker.confirms import ConfirmTracker

CONFIRM_FRAME_BYTES = 21                  # 7 header + 4 class/method + 8 tag + 1 bits + frame end
_CONFIRM = struct.Struct(">BHIHHQBB")     # type, channel, size, class, method, tag, bits, end
_BASIC, _ACK, _NACK = 60, 80, 120
_FRAME_END = 0xCE
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


def _on_data_available(self: Any, data_in: bytes) -> None:
    """pika's Connection._on_data_available, with the fast path for confirms."""
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
        consumed_count, frame_value = self._read_frame()
        if not frame_value:
            return
        self._trim_frame_buffer(consumed_count)
        self._process_frame(frame_value)


def fast_confirms(enabled: bool = True) -> None:
    """Install the fast path on pika's connections (idempotent); `enabled=False` puts pika's
    own path back (tests, comparisons)."""
    Connection._on_data_available = (
        _on_data_available if enabled else _pikas_on_data_available)
