"""What the service makes of an LLM's answer, against fake Anthropic and OpenAI-compatible servers
reached through the real SDK / HTTP client: exactly one read-only statement or a validation
failure fed back with the right reason; garbage 200 replies are LLM_ERROR (502), never INTERNAL;
earlier rounds' validation errors survive a later failure."""
from __future__ import annotations

import pytest

from contracts.errors import ErrorCode
from contracts.status import Stage
from services.nl_to_sql.app import running_nl_to_sql
from tests.nl_to_sql.test_service import ask, check_stream, settings_for, stages

GOOD = "```sql\nSELECT count(*) FROM orders\n```\nCounts the orders."


@pytest.fixture(params=["anthropic", "openai-compatible"])
def llm(request, fake_anthropic, fake_openai):
    """(fake server, settings) for each LLM provider."""
    if request.param == "anthropic":
        return fake_anthropic, settings_for("anthropic", fake_anthropic.url)
    return fake_openai, settings_for("openai-compatible", fake_openai.url + "/v1")


def validations(events):
    return [e.data for e in events if e.stage is Stage.VALIDATION]


async def test_a_fenced_delete_is_fed_back_as_a_delete_not_replaced_by_the_select_in_the_prose(
        amqp_url, executor, rpc, tap, data_dir, llm):
    fake, settings = llm
    fake.script = ["```sql\nDELETE FROM orders\n```\nTo check, run SELECT count(*) FROM orders;", GOOD]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many orders are there?")
    assert error is None, error
    assert result["sql"] == "SELECT count(*) FROM orders" and result["attempts"] == 2
    first = validations(events)[0]
    assert first["validationStatus"] == "FAILED" and first["sqlPreview"] == "DELETE FROM orders"
    assert any("DELETE statement" in e for e in first["validationErrors"]), first
    assert not any("no SQL" in e for e in first["validationErrors"])
    # The model hears the true reason on the correction round.
    assert "DELETE statement" in fake.prompt_text(1)
    check_stream(events)


async def test_an_unfenced_select_followed_by_drop_is_never_a_200(amqp_url, executor, rpc, tap, data_dir, llm):
    fake, settings = llm
    fake.script = ["SELECT count(*) FROM orders; DROP TABLE orders;"] * 3
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many orders are there?")
    assert result is None and error.code is ErrorCode.SQL_REJECTED
    assert "2 SQL statements (SELECT, DROP)" in error.body.message
    assert error.body.details["attempts"] == 3
    assert all(v["validationStatus"] == "FAILED" for v in validations(events))
    assert "2 SQL statements" in fake.prompt_text(1)


async def test_a_fenced_update_with_prose_is_refused_as_an_update(amqp_url, executor, rpc, tap, data_dir, llm):
    fake, settings = llm
    fake.script = ["```sql\nUPDATE orders SET status = 'cancelled'\n```\nDone with the cleanup.", GOOD]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many orders are there?")
    assert error is None, error
    errors = validations(events)[0]["validationErrors"]
    assert len(errors) == 1 and "UPDATE statement" in errors[0] and "parsed" not in errors[0]
    correction = next(e for e in events if e.stage is Stage.CORRECTION)
    assert correction.data["validationErrors"] == errors


@pytest.mark.parametrize("reply", [
    ("raw", "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"),
    ("raw", "application/json", '{"id": "x", "type": "message"}'),
    ("raw", "application/json", "[]"),
], ids=["html-page", "json-without-content", "json-array"])
async def test_a_malformed_200_reply_is_an_llm_error_not_internal(amqp_url, executor, rpc, tap, data_dir,
                                                                 llm, reply):
    fake, settings = llm
    fake.script = [reply]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many orders are there?")
    assert result is None and error.code is ErrorCode.LLM_ERROR and error.http_status == 502
    assert "not a valid reply" in error.body.message and error.body.retryable is True
    assert "Traceback" not in error.body.message and "<html" not in error.body.message
    last = events[-1]
    assert last.stage is Stage.ERROR and last.data["errorCode"] == "LLM_ERROR"
    assert stages(events)[-2] is Stage.LLM_CALL
    check_stream(events)


async def test_earlier_validation_errors_survive_a_failing_correction_round(amqp_url, executor, rpc, tap,
                                                                           data_dir, fake_anthropic):
    fake_anthropic.script = ["```sql\nSELECT nickname FROM customers\n```", "hang"]
    settings = settings_for("anthropic", fake_anthropic.url, timeout_seconds=1.5)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "Show customer nicknames")
    assert error.code is ErrorCode.LLM_ERROR and "did not answer within 1.5 s" in error.body.message
    details = error.body.details
    assert details["attempts"] == 2 and details["limit"] == "llmTimeout"
    assert any("nickname" in e for e in details["validationErrors"]), details
    assert events[-1].data["validationErrors"] == details["validationErrors"]
    assert events[-1].data["attempts"] == 2


async def test_rejection_after_all_rounds_lists_every_rounds_errors(amqp_url, executor, rpc, tap, data_dir,
                                                                   fake_openai):
    fake_openai.script = ["```sql\nSELECT nickname FROM customers\n```",
                          "```sql\nSELECT c.citty FROM customers c\n```",
                          "I cannot answer that."]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("openai-compatible", fake_openai.url)):
        result, error, events = await ask(rpc, tap, "Show customer nicknames")
    assert error.code is ErrorCode.SQL_REJECTED
    history = error.body.details["validationErrors"]
    assert len(history) == 3, history
    assert "nickname" in history[0] and "citty" in history[1] and "no SQL query" in history[2]
    assert error.body.details["attempts"] == 3 and events[-1].data["validationErrors"] == history
