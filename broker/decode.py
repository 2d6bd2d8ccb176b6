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

_CONTENT_TYPE, _CONTENT_ENCODING, _HEADERS, _DELIVERY_MODE = 1 << 15, 1 << 14, 1 << 13, 1 << 12
_PRIORITY, _CORRELATION_ID, _REPLY_TO, _EXPIRATION = 1 << 11, 1 << 10, 1 << 9, 1 << 8
_MESSAGE_ID, _TIMESTAMP, _TYPE, _USER_ID, _APP_ID, _CLUSTER_ID = 1 << 7, 1 << 6, 1 << 5, 1 << 4, 1 << 3, 1 << 2


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


def properties(encoded: bytes, offset: int) -> tuple[BasicProperties, int] | None:
    """A content header's properties from `offset` (after class, weight and body size), or None
    when they need more than one flag word (pika's path then decodes them)."""
    flags = _U16.unpack_from(encoded, offset)[0]
    if flags & 1:
        return None
    offset += 2
    props = BasicProperties()
    if flags & _CONTENT_TYPE:
        props.content_type, offset = short_string(encoded, offset)
    if flags & _CONTENT_ENCODING:
        props.content_encoding, offset = short_string(encoded, offset)
    if flags & _HEADERS:
        props.headers, offset = table(encoded, offset)
    if flags & _DELIVERY_MODE:
        props.delivery_mode, offset = encoded[offset], offset + 1
    if flags & _PRIORITY:
        props.priority, offset = encoded[offset], offset + 1
    if flags & _CORRELATION_ID:
        props.correlation_id, offset = short_string(encoded, offset)
    if flags & _REPLY_TO:
        props.reply_to, offset = short_string(encoded, offset)
    if flags & _EXPIRATION:
        props.expiration, offset = short_string(encoded, offset)
    if flags & _MESSAGE_ID:
        props.message_id, offset = short_string(encoded, offset)
    if flags & _TIMESTAMP:
        props.timestamp, offset = _U64.unpack_from(encoded, offset)[0], offset + 8
    if flags & _TYPE:
        props.type, offset = short_string(encoded, offset)
    if flags & _USER_ID:
        props.user_id, offset = short_string(encoded, offset)
    if flags & _APP_ID:
        props.app_id, offset = short_string(encoded, offset)
    if flags & _CLUSTER_ID:
        props.cluster_id, offset = short_string(encoded, offset)
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
