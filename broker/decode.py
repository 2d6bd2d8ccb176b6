"""A delivery's method and properties decoded as pika decodes them, with less work
(docs/performance.md, "Executor round 2"; broker/inbound.py uses it for incoming commands).

pika decodes `BasicProperties` field by field through its generic helpers and every header
through `decode_value`'s chain of type tests (some 45 µs for a command's properties on the
loaded 2-core machine). Here the common header types (long string, 32- and 64-bit integers,
booleans) are read directly and every other type is handed to pika's own `decode_value`, so the
values are pika's: strings that are not UTF-8 stay bytes, as pika leaves them.
"""
from __future__ import annotations

import struct
from typing import Any

from pika.data import decode_value
from pika.spec import BasicProperties

_U16 = struct.Struct(">H")
_U32 = struct.Struct(">I")
_I32 = struct.Struct(">i")
_I64 = struct.Struct(">q")
_U64 = struct.Struct(">Q")

def short_string(encoded: bytes, offset: int) -> tuple[str | bytes, int]:
    end = offset + 1 + encoded[offset]
    raw = encoded[offset + 1:end]
    try:
        return raw.decode(), end
    except UnicodeDecodeError:
        return raw, end


def table(encoded: bytes, offset: int) -> tuple[dict[Any, Any], int]:
    result: dict[Any, Any] = {}
    limit = offset + 4 + _U32.unpack_from(encoded, offset)[0]
    offset += 4
    value: Any
    while offset < limit:
        key, offset = short_string(encoded, offset)
        kind = encoded[offset]
        if kind == 0x53:  # S: long string
            end = offset + 5 + _U32.unpack_from(encoded, offset + 1)[0]
            value = encoded[offset + 5:end]
            try:
                value = value.decode()
            except UnicodeDecodeError:
                pass
            offset = end
        elif kind == 0x49:  # I: signed 32-bit
            value, offset = _I32.unpack_from(encoded, offset + 1)[0], offset + 5
        elif kind == 0x6C:  # l: signed 64-bit
            value, offset = _I64.unpack_from(encoded, offset + 1)[0], offset + 9
        elif kind == 0x74:  # t: boolean
            value, offset = bool(encoded[offset + 1]), offset + 2
        else:
            value, offset = decode_value(encoded, offset)
        result[key] = value
    return result, offset


def _octet(encoded: bytes, offset: int) -> tuple[int, int]:
    return encoded[offset], offset + 1


def _timestamp(encoded: bytes, offset: int) -> tuple[int, int]:
    return _U64.unpack_from(encoded, offset)[0], offset + 8


# The properties in their flag bits' order, highest bit first (AMQP 0-9-1 Basic's content header).
_FIELDS = tuple((1 << (15 - i), name, read) for i, (name, read) in enumerate((
    ("content_type", short_string), ("content_encoding", short_string), ("headers", table),
    ("delivery_mode", _octet), ("priority", _octet), ("correlation_id", short_string),
    ("reply_to", short_string), ("expiration", short_string), ("message_id", short_string),
    ("timestamp", _timestamp), ("type", short_string), ("user_id", short_string),
    ("app_id", short_string), ("cluster_id", short_string))))


def properties(encoded: bytes, offset: int) -> tuple[BasicProperties, int] | None:
    """A content header's properties from `offset` (after class, weight and body size), or None
    when they need more than one flag word (pika's path then decodes them)."""
    flags = _U16.unpack_from(encoded, offset)[0]
    if flags & 1:
        return None
    offset += 2
    props = BasicProperties()
    for flag, name, read in _FIELDS:
        if flags & flag:
            value, offset = read(encoded, offset)
            setattr(props, name, value)
    return props, offset


def deliver_fields(encoded: bytes, offset: int) -> tuple[str | bytes, int, bool, str | bytes, str | bytes, int]:
    """Basic.Deliver's arguments from `offset` (after class and method id): consumer tag,
    delivery tag, redelivered, exchange, routing key, and the offset after them."""
    consumer_tag, offset = short_string(encoded, offset)
    delivery_tag = _U64.unpack_from(encoded, offset)[0]
    redelivered = bool(encoded[offset + 8] & 1)
    exchange, offset = short_string(encoded, offset + 9)
    routing_key, offset = short_string(encoded, offset)
    return consumer_tag, delivery_tag, redelivered, exchange, routing_key, offset
