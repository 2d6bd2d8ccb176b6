"""Turn one status-event delivery into the row the history table stores."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from contracts.text import clean_json_value, clean_text


class BadEvent(ValueError):
    """The delivery is not a status event; it is dropped (redelivering it would never help)."""


@dataclass(frozen=True)
class EventRow:
    message_id: str
    request_id: str
    feature: str | None
    stage: str | None
    status: str | None
    message: str | None
    data: dict[str, Any]
    ts: datetime | None
    sequence: int | None
    progress: int | None
    user_id: str | None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return clean_text(value.decode(errors="replace") if isinstance(value, bytes) else str(value))


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def event_row(body: bytes, message_id: str | None, headers: dict[str, Any] | None) -> EventRow:
    """Parse leniently: additive fields are ignored, so a newer publisher never loses history."""
    try:
        event = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BadEvent("body is not JSON") from None
    if not isinstance(event, dict) or not isinstance(event.get("requestId"), str) or not event["requestId"]:
        raise BadEvent("no requestId")
    headers = headers or {}
    sequence, progress = _integer(event.get("sequence")), _integer(event.get("progress"))
    data = event.get("data")
    # A publisher without message ids still gets idempotence: (feature, request, sequence) is unique.
    if not message_id:
        message_id = f"{event.get('feature')}:{event['requestId']}:{sequence}"
    return EventRow(
        message_id=message_id,
        request_id=clean_text(event["requestId"]),
        feature=_text(event.get("feature")),
        stage=_text(event.get("stage")),
        status=_text(event.get("status")),
        message=_text(event.get("message")),
        data=clean_json_value(data) if isinstance(data, dict) else {},
        ts=_timestamp(event.get("timestamp")),
        sequence=sequence,
        progress=progress,
        user_id=_text(headers.get("x-user-id")),
    )
