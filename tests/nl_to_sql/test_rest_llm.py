"""The LLM path's errors as REST users get them: the real gateway on a TCP port, the NL->SQL
service with fake Anthropic / OpenAI-compatible servers, the real executor. The problem body
carries what the ERROR event carries (`attempts`, `validationErrors` of every round), a garbage
reply is a 502 LLM_ERROR, and a 7-table schema reaches the model whole."""
from __future__ import annotations

import re

import pytest

from bench.serving import consumed, serving_gateway
from broker.topology import NL_TO_SQL_KEY, command_queue
from services.nl_to_sql.app import running_nl_to_sql
from tests.nl_to_sql.conftest import DEMO_ID
from tests.nl_to_sql.test_service import settings_for

PROBLEM = "application/problem+json"


@pytest.fixture
async def gateway(amqp_url, executor, make_database):
    _, control = make_database("qc_nl_rest_control")
    async with serving_gateway(amqp_url, control) as running:
        yield running


async def post_question(gateway, service, question: str):
    await consumed(service.broker, command_queue(NL_TO_SQL_KEY))
    async with gateway.http.post("/api/nl-to-sql", headers=gateway.headers("nl-rest-user"),
                                 json={"question": question, "databaseId": DEMO_ID}) as response:
        return response.status, response.content_type, await response.json(content_type=None)


async def test_a_rejection_lists_every_round_s_errors_in_the_problem(amqp_url, gateway, data_dir, fake_openai):
    fake_openai.script = ["```sql\nSELECT nickname FROM customers\n```",
                          "```sql\nDELETE FROM customers\n```\nDone with the cleanup.",
                          "SELECT count(*) FROM orders; DROP TABLE orders;"]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("openai-compatible", fake_openai.url)) as service:
        status, content_type, problem = await post_question(gateway, service, "Show customer nicknames")
    assert (status, content_type, problem["code"]) == (422, PROBLEM, "SQL_REJECTED")
    assert problem["attempts"] == 3
    errors = problem["validationErrors"]
    assert len(errors) == 3 and "nickname" in errors[0], errors
    assert "DELETE statement" in errors[1] and "2 SQL statements (SELECT, DROP)" in errors[2], errors


async def test_a_timeout_in_a_correction_round_keeps_the_first_round_s_errors(amqp_url, gateway, data_dir, fake_anthropic):
    fake_anthropic.script = ["```sql\nSELECT nickname FROM customers\n```", "hang"]
    settings = settings_for("anthropic", fake_anthropic.url, timeout_seconds=1.5)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings) as service:
        status, _, problem = await post_question(gateway, service, "Show customer nicknames")
    assert (status, problem["code"]) == (502, "LLM_ERROR")
    assert "did not answer within 1.5 s" in problem["detail"] and problem["attempts"] == 2
    assert any("nickname" in e for e in problem["validationErrors"]), problem


@pytest.mark.parametrize("kind", ["anthropic", "openai-compatible"])
async def test_a_garbage_200_reply_is_a_502_problem(amqp_url, gateway, data_dir, fake_anthropic, fake_openai, kind):
    fake = fake_anthropic if kind == "anthropic" else fake_openai
    fake.script = [("raw", "text/html", "<html><body>502 Bad Gateway</body></html>")]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for(kind, fake.url)) as service:
        status, content_type, problem = await post_question(gateway, service, "How many orders are there?")
    assert (status, content_type, problem["code"]) == (502, PROBLEM, "LLM_ERROR")
    assert "not a valid reply" in problem["detail"] and "Traceback" not in str(problem)


async def test_the_seven_table_demo_schema_reaches_the_model_whole(amqp_url, gateway, data_dir, fake_anthropic, demo_schema):
    fake_anthropic.answer = lambda body: "```sql\nSELECT count(*) FROM orders\n```"
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)) as service:
        status, _, body = await post_question(gateway, service, "How many orders are there?")
    assert status == 200, body
    created = re.findall(r"CREATE TABLE (\w+) \(", fake_anthropic.user_text(0))
    assert sorted(created) == sorted(demo_schema.tables) and len(created) == 7
