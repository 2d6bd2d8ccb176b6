"""The gateway builds RPC payloads from the validated REST bodies without validating them again
(gateway/submit.py): what it sends is still exactly what the payload models produce."""
import pytest

from contracts.rest import NlToSqlRequest, QueryExecuteRequest
from contracts.rpc import ExecutePayload, NlToSqlPayload
from gateway.submit import execute_payload, nl_to_sql_payload


@pytest.mark.parametrize("body", [
    {"sql": "SELECT 1", "databaseId": "demo"},
    {"sql": "SELECT 'é' -- 100%", "databaseId": "shop_2", "clientRequestId": "r-1", "timeoutSeconds": 7,
     "maxRows": 10},
    {"sql": "SELECT 2", "databaseId": "demo", "maxRows": 1, "timeoutSeconds": None},
])
def test_execute_payload_is_the_models(body):
    request = QueryExecuteRequest.model_validate(body)
    expected = ExecutePayload.model_validate(request.model_dump(exclude={"client_request_id"})).to_dict()
    assert execute_payload(request) == expected
    assert list(execute_payload(request)) == list(expected)  # the command's JSON keeps its key order


@pytest.mark.parametrize("body", [{"question": "How many orders?", "databaseId": "demo"},
                                  {"question": "Ünïcode ✓", "databaseId": "d", "clientRequestId": "x"}])
def test_nl_to_sql_payload_is_the_models(body):
    request = NlToSqlRequest.model_validate(body)
    expected = NlToSqlPayload(question=request.question, database_id=request.database_id).to_dict()
    assert nl_to_sql_payload(request) == expected and list(nl_to_sql_payload(request)) == list(expected)
