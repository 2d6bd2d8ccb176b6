"""The NL->SQL service end to end: real RabbitMQ, real PostgreSQL, a real executor for the schema,
and the LLM APIs played by local HTTP servers reached through the real SDK / HTTP client."""
from __future__ import annotations

import uuid

import psycopg2
import pytest

from broker.topology import COMMANDS_EXCHANGE, NL_TO_SQL_KEY
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller, Operation
from contracts.status import Stage, Status
from services.demo.seed import seed_demo
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.settings import LlmSettings, NlToSqlSettings
from tests.nl_to_sql.conftest import ADMIN, DEMO_ID, register_as_reader


def settings_for(provider: str, base_url: str | None = None, **llm) -> NlToSqlSettings:
    return NlToSqlSettings(llm=LlmSettings(provider=provider, model=llm.pop("model", f"{provider}-model"),
                                           base_url=base_url, api_key="test-key", **llm),
                           max_corrections=2)


async def ask(rpc, tap, question: str, *, timeout: float = 30, database_id: str = DEMO_ID):
    request_id = f"nl-{uuid.uuid4().hex[:12]}"
    try:
        result = await rpc.call(COMMANDS_EXCHANGE, NL_TO_SQL_KEY, Operation.NL_TO_SQL,
                                {"question": question, "databaseId": database_id}, request_id=request_id,
                                caller=Caller(user_id=tap.user_id, roles=[]), timeout=timeout)
        error = None
    except ServiceError as err:
        result, error = None, err
    return result, error, await tap.wait(request_id)


def stages(events):
    return [e.stage for e in events]


def check_stream(events):
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert all(a.progress <= b.progress for a, b in zip(events, events[1:]))
    assert [e.is_terminal for e in events] == [False] * (len(events) - 1) + [True]


async def test_offline_default_answers_with_every_stage(amqp_url, executor, rpc, tap, data_dir):
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        result, error, events = await ask(rpc, tap, "How many orders were placed in 2024?")
    assert error is None, error
    assert result["attempts"] == 1 and result["validation"] == {"valid": True, "errors": []}
    assert result["model"] == "offline-rules-v1" and "orders" in result["tables"]
    assert "2024-01-01" in result["sql"]
    assert stages(events) == [Stage.REQUEST_RECEIVED, Stage.SCHEMA_RETRIEVAL, Stage.PROMPT_BUILDING,
                              Stage.LLM_CALL, Stage.VALIDATION, Stage.COMPLETED]
    check_stream(events)
    retrieval = events[1].data
    assert "orders" in retrieval["tables"] and retrieval["tablesRetrieved"] == len(retrieval["tables"])
    assert events[4].data["validationStatus"] == "PASSED"
    assert events[-1].status is Status.SUCCESS and events[-1].progress == 100
    assert events[-1].data["durationMs"] >= 0 and events[-1].data["attempts"] == 1


async def test_offline_says_when_it_cannot_answer(amqp_url, executor, rpc, tap, data_dir):
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        result, error, events = await ask(rpc, tap, "Which customers are likely to churn next quarter?")
    assert result is None and error.code is ErrorCode.CANNOT_ANSWER
    assert error.body.suggestion
    last = events[-1]
    assert last.stage is Stage.ERROR and last.status is Status.ERROR
    assert last.data["errorCode"] == "CANNOT_ANSWER" and last.data["suggestion"]
    check_stream(events)


async def test_anthropic_self_corrects_an_unknown_column(amqp_url, executor, rpc, tap, data_dir, fake_anthropic):
    fake_anthropic.script = [
        "Here it is:\n```sql\nSELECT c.nickname FROM customers c ORDER BY c.id LIMIT 10;\n```\nNicknames.",
        "Sorry, fixed:\n```sql\nSELECT c.first_name FROM customers c ORDER BY c.id LIMIT 10\n```\nFirst names.",
    ]
    settings = settings_for("anthropic", fake_anthropic.url, model="claude-test-model")
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "Show the nicknames of the first 10 customers")
    assert error is None, error
    assert result["sql"] == "SELECT c.first_name FROM customers c ORDER BY c.id LIMIT 10"
    assert result["attempts"] == 2 and result["validation"]["valid"] is True
    assert result["model"] == "claude-test-model" and result["explanation"] == "Sorry, fixed: First names."
    assert stages(events) == [Stage.REQUEST_RECEIVED, Stage.SCHEMA_RETRIEVAL, Stage.PROMPT_BUILDING,
                              Stage.LLM_CALL, Stage.VALIDATION, Stage.CORRECTION, Stage.LLM_CALL,
                              Stage.VALIDATION, Stage.COMPLETED]
    check_stream(events)
    failed, passed = events[4].data, events[7].data
    assert failed["validationStatus"] == "FAILED"
    assert any("nickname" in e and "customers" in e for e in failed["validationErrors"])
    assert failed["inputTokens"] == 321 and failed["outputTokens"] == 45
    assert passed["validationStatus"] == "PASSED" and passed["attempt"] == 2
    assert events[6].data["attempt"] == 2 and events[6].data["model"] == "claude-test-model"
    assert events[-1].data["inputTokens"] == 642 and events[-1].data["outputTokens"] == 90  # both calls
    # What the model saw: the retrieved tables as DDL, then the validation error on the retry.
    first_prompt, second_prompt = fake_anthropic.prompt_text(0), fake_anthropic.prompt_text(1)
    assert "CREATE TABLE customers" in first_prompt and "first_name text NOT NULL" in first_prompt
    assert "nickname" in second_prompt and "does not exist" in second_prompt
    headers = fake_anthropic.requests[0]["headers"]
    assert "test-key" in (headers.get("x-api-key", ""), headers.get("authorization", "").removeprefix("Bearer "))
    assert fake_anthropic.requests[0]["body"]["model"] == "claude-test-model"


@pytest.mark.parametrize("status", [429, 529])
async def test_anthropic_rate_limit_is_a_retryable_error(amqp_url, executor, rpc, tap, data_dir,
                                                         fake_anthropic, status):
    fake_anthropic.script = [("status", status, {"retry-after": "7"})]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        result, error, events = await ask(rpc, tap, "How many customers are there?")
    assert error.code is ErrorCode.RATE_LIMITED
    assert error.body.retryable is True and error.body.retry_after_seconds == 7
    last = events[-1]
    assert last.stage is Stage.ERROR and stages(events)[-2] is Stage.LLM_CALL
    assert last.data["retryable"] is True and last.data["retryAfterSeconds"] == 7
    assert last.data["errorCode"] == "RATE_LIMITED" and "7" in last.data["suggestion"]
    assert len(fake_anthropic.requests) == 1  # the SDK did not retry behind our back
    check_stream(events)


async def test_hung_llm_times_out_at_the_configured_deadline(amqp_url, executor, rpc, tap, data_dir,
                                                            fake_anthropic):
    fake_anthropic.script = ["hang"]
    settings = settings_for("anthropic", fake_anthropic.url, timeout_seconds=1.5)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many customers are there?")
    assert error.code is ErrorCode.LLM_ERROR and error.body.retryable is True
    assert "1.5 s" in error.body.message
    last = events[-1]
    assert last.stage is Stage.ERROR and last.data["timeoutSeconds"] == 1.5
    assert "api" not in last.message.lower() or "key" not in last.message.lower()


async def test_openai_compatible_happy_path(amqp_url, executor, rpc, tap, data_dir, fake_openai):
    fake_openai.script = ["```sql\nSELECT s.name, count(*) AS orders FROM orders o JOIN stores s "
                          "ON s.id = o.store_id GROUP BY s.name ORDER BY orders DESC\n```"]
    settings = settings_for("openai-compatible", fake_openai.url + "/v1", model="llama-test")
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "Number of orders per store")
    assert error is None, error
    assert result["attempts"] == 1 and result["model"] == "llama-test", result
    assert result["tables"] == ["orders", "stores"] or set(result["tables"]) == {"orders", "stores"}
    assert stages(events)[-1] is Stage.COMPLETED
    assert events[4].data["inputTokens"] == 210
    body = fake_openai.requests[0]["body"]
    assert body["model"] == "llama-test" and body["messages"][0]["role"] == "system"
    assert "CREATE TABLE stores" in body["messages"][1]["content"]
    assert fake_openai.requests[0]["headers"]["authorization"] == "Bearer test-key"


async def test_invalid_sql_after_all_corrections_ends_in_error(amqp_url, executor, rpc, tap, data_dir,
                                                               fake_anthropic):
    fake_anthropic.script = ["```sql\nDELETE FROM orders\n```"] * 3
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        result, error, events = await ask(rpc, tap, "Remove all orders")
    assert error.code is ErrorCode.SQL_REJECTED and error.body.details["attempts"] == 3
    assert stages(events).count(Stage.LLM_CALL) == 3 and stages(events).count(Stage.CORRECTION) == 2
    assert events[-1].stage is Stage.ERROR and events[-1].data["validationErrors"]
    check_stream(events)


async def test_knowledge_and_examples_reach_the_prompt(amqp_url, executor, rpc, tap, data_dir, fake_anthropic):
    fake_anthropic.script = ["```sql\nSELECT count(*) FROM customers WHERE loyalty_tier = 'gold'\n```"]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        async def call(op, payload, caller=ADMIN):
            return await rpc.call(COMMANDS_EXCHANGE, NL_TO_SQL_KEY, op, {"databaseId": DEMO_ID, **payload},
                                  request_id=f"k-{uuid.uuid4().hex[:8]}", caller=caller, timeout=20)

        doc = await call(Operation.DOCS_ADD, {"kind": "doc", "text": "VIP customers are the gold loyalty tier."})
        example = await call(Operation.DOCS_ADD, {"kind": "example", "question": "How many VIP customers?",
                                                  "sql": "SELECT count(*) FROM customers WHERE loyalty_tier = 'gold'"})
        with pytest.raises(ServiceError) as bad:
            await call(Operation.DOCS_ADD, {"kind": "example", "question": "x", "sql": "SELECT nope FROM customers"})
        assert bad.value.code is ErrorCode.SQL_REJECTED and "nope" in bad.value.body.message
        with pytest.raises(ServiceError) as forbidden:
            await call(Operation.DOCS_ADD, {"kind": "doc", "text": "x"}, caller=Caller(user_id="u", roles=[]))
        assert forbidden.value.code is ErrorCode.FORBIDDEN
        listed = await call(Operation.DOCS_LIST, {})
        assert {i["id"] for i in listed["items"]} == {doc["id"], example["id"]}

        result, error, _ = await ask(rpc, tap, "How many VIP customers do we have?")
        prompt = fake_anthropic.prompt_text(0)
        assert "VIP customers are the gold loyalty tier." in prompt and "How many VIP customers?" in prompt

        assert (await call(Operation.DOCS_REMOVE, {"id": doc["id"]}))["removed"] is True
        with pytest.raises(ServiceError) as gone:
            await call(Operation.DOCS_REMOVE, {"id": doc["id"]})
        assert gone.value.code is ErrorCode.NOT_FOUND
        assert [i["id"] for i in (await call(Operation.DOCS_LIST, {}))["items"]] == [example["id"]]


async def test_unknown_database_is_a_clear_error(amqp_url, executor, rpc, tap, data_dir):
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        request_id = f"nl-{uuid.uuid4().hex[:12]}"
        with pytest.raises(ServiceError) as err:
            await rpc.call(COMMANDS_EXCHANGE, NL_TO_SQL_KEY, Operation.NL_TO_SQL,
                           {"question": "How many customers?", "databaseId": "no-such-db"},
                           request_id=request_id, caller=Caller(user_id=tap.user_id), timeout=20)
        events = await tap.wait(request_id)
    assert err.value.code is ErrorCode.NOT_FOUND
    assert events[-1].stage is Stage.ERROR and events[-1].data["errorCode"] == "NOT_FOUND"


async def test_offline_links_named_values_through_sampled_columns(amqp_url, executor, rpc, tap, data_dir, demo_db):
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        result, error, events = await ask(rpc, tap, "How many customers live in Berlin?")
    assert error is None, error
    conn = psycopg2.connect(demo_db[1])
    try:
        with conn.cursor() as cur:
            cur.execute(result["sql"])
            got = cur.fetchall()
            cur.execute("SELECT count(*) FROM customers WHERE city = 'Berlin'")
            assert got == cur.fetchall()
    finally:
        conn.close()
    # Sampled values are customer data: they help the engine but never appear in events.
    assert "Munich" not in str([e.data for e in events]) and "Munich" not in result["sql"]


async def test_schema_refresh_reindexes_only_what_changed(amqp_url, executor, rpc, data_dir, make_database):
    name, dsn = make_database("qc_nl_refresh")
    await seed_demo(dsn)
    database_id = await register_as_reader(rpc, name, dsn, "refresh")

    async def refresh(caller=ADMIN):
        return await rpc.call(COMMANDS_EXCHANGE, NL_TO_SQL_KEY, Operation.SCHEMA_REFRESH,
                              {"databaseId": database_id}, request_id=f"r-{uuid.uuid4().hex[:8]}",
                              caller=caller, timeout=20)

    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings_for("offline")):
        first = await refresh()
        assert first["tables"] == 7 and first["tablesAdded"] == 7
        assert (await refresh())["tablesUnchanged"] == 7
        conn = psycopg2.connect(dsn)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("ALTER TABLE stores ADD COLUMN manager_phone text")
        conn.close()
        changed = await refresh()
        assert (changed["tablesUpdated"], changed["tablesAdded"], changed["tablesUnchanged"]) == (1, 0, 6)
        with pytest.raises(ServiceError) as err:
            await refresh(Caller(user_id="someone", roles=[]))
        assert err.value.code is ErrorCode.FORBIDDEN


async def test_a_slow_llm_is_cut_off_before_the_callers_deadline(amqp_url, executor, rpc, tap, data_dir,
                                                                fake_anthropic):
    """LLM timeout 60 s, caller deadline 6 s: the service answers itself (one terminal event, its
    own error) instead of leaving the caller to time out."""
    fake_anthropic.script = ["hang"]
    settings = settings_for("anthropic", fake_anthropic.url, timeout_seconds=60)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many customers are there?", timeout=6)
    assert error.code is ErrorCode.LLM_ERROR and "did not answer within" in error.body.message
    assert [e.is_terminal for e in events].count(True) == 1 and events[-1].stage is Stage.ERROR
