"""Parsing a delivery into a history row (pure logic)."""
import json

import pytest

from controldb.event_rows import BadEvent, event_row

EVENT = {
    "feature": "QUERY_EXECUTION", "requestId": "req-1", "stage": "EXECUTING",
    "status": "IN_PROGRESS", "message": "Running", "data": {"timeoutSeconds": 30},
    "timestamp": "2026-11-25T21:36:45.123Z", "sequence": 4, "progress": 60,
}


def test_row_keeps_every_field_and_the_user_from_headers():
    row = event_row(json.dumps(EVENT).encode(), "m-1", {"x-user-id": "alice"})
    assert (row.message_id, row.request_id, row.feature, row.stage, row.status, row.sequence,
            row.user_id) == ("m-1", "req-1", "QUERY_EXECUTION", "EXECUTING", "IN_PROGRESS", 4, "alice")
    assert row.data == {"timeoutSeconds": 30} and row.progress == 60
    assert row.ts.isoformat() == "2026-11-25T21:36:45.123000+00:00"


def test_additive_fields_from_a_newer_publisher_are_still_recorded():
    row = event_row(json.dumps({**EVENT, "somethingNew": 1}).encode(), "m-2", {})
    assert row.request_id == "req-1" and row.user_id is None


def test_event_without_message_id_gets_a_stable_one():
    body = json.dumps(EVENT).encode()
    assert event_row(body, None, {}).message_id == event_row(body, None, {}).message_id


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"stage": "EXECUTING"}', b"\xff\xfe"])
def test_non_events_are_refused(body):
    with pytest.raises(BadEvent):
        event_row(body, "m-3", {})
