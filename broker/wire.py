"""Status events' AMQP frames, encoded by hand (docs/performance.md, "Where the time goes").

pika marshals a publish generically: a `Basic.Publish` method object, a `BasicProperties` whose
fourteen fields are each looked at, a headers table encoded value by value, then three frames
handed to the transport one by one. For status events that was the largest part of the
executor's CPU per event. Most of an event's properties are the same for every event of a
request (content type, correlation id, app id, the request, user and CC headers), so
`EventProperties` encodes those once per request and each event adds only its message id,
timestamp, sequence, stage and status. `publish_frames` builds the method, header and body
frames as one bytes object. The encoding is pika's, byte for byte (tests/foundation/test_wire.py
compares them); only the work is less.
"""
from __future__ import annotations

import struct

FRAME_END = b"\xce"
_FRAME = struct.Struct(">BHI")        # type, channel, size
_PUBLISH = struct.pack(">HHH", 60, 40, 0)  # Basic.Publish, ticket 0
_CONTENT_HEADER = struct.Struct(">HHQ")     # class Basic, weight 0, body size
_LONG = struct.Struct(">I")
_INT = struct.Struct(">i")
_TIMESTAMP = struct.Struct(">Q")

# Property flags in the order their values follow (AMQP 0-9-1, Basic class).
_CONTENT_TYPE, _HEADERS, _DELIVERY_MODE = 0x8000, 0x2000, 0x1000
_CORRELATION_ID, _MESSAGE_ID, _TIMESTAMP_FLAG, _APP_ID = 0x0400, 0x0080, 0x0040, 0x0008


def short_string(value: str) -> bytes:
    raw = value.encode()
    if len(raw) > 255:
        raise ValueError("AMQP short strings hold at most 255 bytes")
    return bytes((len(raw),)) + raw


def _long_string(value: str) -> bytes:
    raw = value.encode()
    return b"S" + _LONG.pack(len(raw)) + raw


def _string_entry(key: str, value: str) -> bytes:
    return short_string(key) + _long_string(value)


def _int_entry(key: str, value: int) -> bytes:
    if -2**31 <= value < 2**31:
        return short_string(key) + b"I" + _INT.pack(value)
    return short_string(key) + b"l" + struct.pack(">q", value)


class EventProperties:
    """The properties of one request's events: content type `application/json`, persistent,
    `correlation_id` = the request id, the app id, and the headers `x-request-id`, `x-user-id`,
    `x-sequence`, `x-stage`, `x-status` (and `CC` = [per-user key] when broadcasting)."""

    __slots__ = ("_head", "_correlation", "_app_id", "_fixed_entries", "_cc_entry")

    def __init__(self, request_id: str, user_id: str, app_id: str, cc: str | None):
        self._head = struct.pack(">H", _CONTENT_TYPE | _HEADERS | _DELIVERY_MODE | _CORRELATION_ID
                                 | _MESSAGE_ID | _TIMESTAMP_FLAG | _APP_ID) + short_string("application/json")
        self._correlation = b"\x02" + short_string(request_id)  # delivery mode 2, then correlation id
        self._app_id = short_string(app_id)
        self._fixed_entries = _string_entry("x-request-id", request_id) + _string_entry("x-user-id", user_id)
        if cc is None:
            self._cc_entry = b""
        else:
            item = _long_string(cc)
            self._cc_entry = short_string("CC") + b"A" + _LONG.pack(len(item)) + item

    def encode(self, message_id: str, timestamp: int, sequence: int, stage: str, status: str) -> bytes:
        entries = b"".join((self._fixed_entries, _int_entry("x-sequence", sequence),
                            _string_entry("x-stage", stage), _string_entry("x-status", status),
                            self._cc_entry))
        return b"".join((self._head, _LONG.pack(len(entries)), entries, self._correlation,
                         short_string(message_id), _TIMESTAMP.pack(timestamp), self._app_id))


def publish_frames(channel_number: int, exchange: str, routing_key: str, properties: bytes, body: bytes,
                   body_max: int, *, mandatory: bool = False) -> bytes:
    """The Basic.Publish method frame, the content header frame and the body frame(s)."""
    method = b"".join((_PUBLISH, short_string(exchange), short_string(routing_key),
                       b"\x01" if mandatory else b"\x00"))
    header = _CONTENT_HEADER.pack(60, 0, len(body)) + properties
    parts = [_FRAME.pack(1, channel_number, len(method)), method, FRAME_END,
             _FRAME.pack(2, channel_number, len(header)), header, FRAME_END]
    for start in range(0, len(body), body_max):
        chunk = body[start:start + body_max]
        parts += (_FRAME.pack(3, channel_number, len(chunk)), chunk, FRAME_END)
    return b"".join(parts)



_REPLY_TO, _EXPIRATION = 0x0200, 0x0100


class CommandProperties:
    """The properties of the gateway's RPC commands (broker/rpc.py), encoded as pika would:
    content type `application/json`, the headers `x-request-id`, `x-user-id`, `x-operation`,
    persistent, `correlation_id` = the request id, `reply_to`, `expiration` (ms), the message id
    (matches a basic.return to its publish), the timestamp and the app id. What is the same for
    every command of one client (flags, content type, reply-to, app id) is encoded once."""

    __slots__ = ("_head", "_reply_to", "_app_id")

    def __init__(self, reply_to: str, app_id: str):
        self._head = struct.pack(">H", _CONTENT_TYPE | _HEADERS | _DELIVERY_MODE | _CORRELATION_ID | _REPLY_TO
                                 | _EXPIRATION | _MESSAGE_ID | _TIMESTAMP_FLAG | _APP_ID
                                 ) + short_string("application/json")
        self._reply_to = short_string(reply_to)
        self._app_id = short_string(app_id)

    def encode(self, request_id: str, user_id: str, operation: str, expiration_ms: int, message_id: str,
               timestamp: int) -> bytes:
        entries = b"".join((_string_entry("x-request-id", request_id), _string_entry("x-user-id", user_id),
                            _string_entry("x-operation", operation)))
        return b"".join((self._head, _LONG.pack(len(entries)), entries, b"\x02", short_string(request_id),
                         self._reply_to, short_string(str(expiration_ms)), short_string(message_id),
                         _TIMESTAMP.pack(timestamp), self._app_id))


class ReplyProperties:
    """The properties of an RPC worker's replies (broker/rpc.py), encoded as pika would:
    content type `application/json`, the command's `correlation_id` (when it had one) and the
    worker's app id; flags, content type and app id are encoded once per worker."""

    __slots__ = ("_with_correlation", "_without_correlation", "_app_id")

    def __init__(self, app_id: str):
        content_type = short_string("application/json")
        self._with_correlation = struct.pack(">H", _CONTENT_TYPE | _CORRELATION_ID | _APP_ID) + content_type
        self._without_correlation = struct.pack(">H", _CONTENT_TYPE | _APP_ID) + content_type
        self._app_id = short_string(app_id)

    def encode(self, correlation_id: str | None) -> bytes:
        if correlation_id is None:
            return self._without_correlation + self._app_id
        return b"".join((self._with_correlation, short_string(correlation_id), self._app_id))
