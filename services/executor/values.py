"""Make database values JSON-safe without losing information (docs/architecture.md#workflows).

numeric -> string (exact), integers beyond JavaScript's 2^53 -> string, NaN/Infinity -> string,
timestamps/dates/times -> ISO-8601, UUID -> string, bytea -> base64, arrays -> lists, json/jsonb
as parsed, intervals -> ISO-8601 text (see pools.py), anything else -> its text form.
"""
from __future__ import annotations

import base64
import datetime as dt
import math
import uuid
from decimal import Decimal
from typing import Any

_JS_SAFE_INT = 2**53 - 1


def json_safe(value: Any) -> Any:
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -_JS_SAFE_INT <= value <= _JS_SAFE_INT else str(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _iso_duration(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    return str(value)


def json_safe_rows(rows: list[tuple], width: int) -> list[list[Any]]:
    """The first `width` values of each row (the executor's rows carry a guard column after them)."""
    return [[json_safe(v) for v in row[:width]] for row in rows]


def _iso_duration(delta: dt.timedelta) -> str:
    sign = "-" if delta < dt.timedelta(0) else ""
    delta = abs(delta)
    seconds = delta.seconds + delta.microseconds / 1_000_000
    return f"{sign}P{delta.days}DT{seconds:g}S"
