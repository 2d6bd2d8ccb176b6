import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from broker import topology
from contracts import generate
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import QueryExecuteRequest
from contracts.rpc import Reply
from contracts.status import RealTimeStatusMessage

DESIGN_FIELDS = ["feature", "requestId", "stage", "status", "message", "data", "timestamp",
                 "sequence", "progress"]


def _event(**over):
    values = dict(feature="QUERY_EXECUTION", request_id="req-1", stage="EXECUTING",
                  status="IN_PROGRESS", message="Running", data={"sqlPreview": "SELECT 1"},
                  timestamp=datetime(2026, 11, 25, 21, 36, 45, 123456, tzinfo=UTC),
                  sequence=3, progress=60)
    values.update(over)
    return RealTimeStatusMessage(**values)


def test_status_message_json_has_exactly_the_design_fields_in_camel_case():
    body = json.loads(_event().to_json())
    assert list(body) == DESIGN_FIELDS
    assert body["timestamp"] == "2026-11-25T21:36:45.123Z"
    assert body["requestId"] == "req-1" and body["data"] == {"sqlPreview": "SELECT 1"}


def test_status_message_round_trips_and_keeps_empty_data():
    body = json.loads(_event(data={}).to_json())
    assert body["data"] == {}
    again = RealTimeStatusMessage.model_validate(body)
    assert again.timestamp.microsecond == 123000 and again.sequence == 3


@pytest.mark.parametrize("field,value", [
    ("stage", "THINKING"), ("status", "DONE"), ("feature", "CHAT"),
    ("sequence", 0), ("progress", 101), ("progress", -1),
])
def test_unknown_or_out_of_range_values_are_rejected(field, value):
    with pytest.raises(ValidationError):
        _event(**{field: value})


def test_unknown_fields_are_rejected():
    body = json.loads(_event().to_json())
    body["extra"] = 1
    with pytest.raises(ValidationError):
        RealTimeStatusMessage.model_validate(body)


@pytest.mark.parametrize("bad", ["", "x" * 65, "has space", "../etc", "é", "a/b"])
def test_client_request_id_must_be_a_sane_identifier(bad):
    with pytest.raises(ValidationError):
        QueryExecuteRequest(sql="SELECT 1", database_id="demo", client_request_id=bad)


def test_reply_carries_exactly_one_of_result_or_error():
    with pytest.raises(ValidationError):
        Reply()
    err = ServiceError(ErrorCode.RATE_LIMITED, "slow down", retryable=True, retry_after_seconds=7)
    wire = Reply(error=err.body).to_json()
    back = ServiceError.from_body(Reply.model_validate_json(wire).error)
    assert back.http_status == 429 and back.body.retry_after_seconds == 7
    assert json.loads(wire)["error"]["retryAfterSeconds"] == 7


def test_committed_specs_match_the_models():
    assert generate.main(["--check"]) == 0, "run `python -m contracts.generate` and commit"


def test_asyncapi_describes_topics_user_keys_and_command_queues():
    doc = generate.asyncapi()
    assert doc["asyncapi"].startswith("3.0")
    addresses = {c["address"] for c in doc["channels"].values()}
    assert {"/topic/nl-to-sql", "/topic/query-execution", "nl-to-sql.user.{userKey}",
            "query-execution.user.{userKey}", "querycast.nl-to-sql.requests",
            "querycast.query-execution.requests"} <= addresses


def test_committed_rabbitmq_definitions_match_the_topology():
    assert topology.DEFINITIONS_PATH.read_text() == topology.render_definitions(), \
        "run `python -m broker.topology` and commit"
