"""Text that can travel everywhere: PostgreSQL refuses NUL in text and `\\u0000` in jsonb, and a
lone UTF-16 surrogate cannot be encoded as UTF-8 at all. Request fields refuse such text; event
payloads are cleaned (one replacement character per bad code point) so one bad string can never
stop a publisher or the status history."""
from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator

REPLACEMENT = "\ufffd"
_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def unsafe_character(value: str) -> str | None:
    """A description of the first character PostgreSQL or UTF-8 cannot carry, or None."""
    match = _UNSAFE.search(value)
    if match is None:
        return None
    char = match.group()
    return "a NUL character" if char == "\x00" else f"a lone surrogate (U+{ord(char):04X})"


def clean_text(value: str) -> str:
    return _UNSAFE.sub(REPLACEMENT, value) if _UNSAFE.search(value) else value


def clean_json_value(value: Any) -> Any:
    """`value` with every string (keys included) cleaned; other types pass unchanged."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k) if isinstance(k, str) else k: clean_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json_value(v) for v in value]
    return value


def _refuse_unsafe(value: str) -> str:
    problem = unsafe_character(value)
    if problem is not None:
        raise ValueError(f"must not contain {problem}")
    return value


SafeText = Annotated[str, AfterValidator(_refuse_unsafe)]
"""A request string without NUL or lone surrogates (400 with the field named, otherwise)."""
