"""`python -m bench.nl_to_sql` end to end with an LLM provider from the environment (fake Anthropic
and OpenAI-compatible servers): its own databases, executor, service and gateway on the test node, each
question through REST, and a verdict per question that follows from the results."""
from __future__ import annotations

import pytest

from bench.nl_to_sql.__main__ import main
from bench.nl_to_sql.questions import DATA, load
from bench.nl_to_sql.report import render
from bench.nl_to_sql.runner import CORRECT, REFUSED, WRONG, run_eval

CANNOT = "I cannot answer that from this schema."


@pytest.fixture(params=["anthropic", "openai-compatible"])
def provider_env(request, fake_anthropic, fake_openai, monkeypatch):
    """The environment `make eval` would get for each LLM provider, pointing at its fake server."""
    fake = fake_anthropic if request.param == "anthropic" else fake_openai
    monkeypatch.setenv("QUERYCAST_LLM_PROVIDER", request.param)
    monkeypatch.setenv("QUERYCAST_LLM_BASE_URL", fake.url if request.param == "anthropic" else fake.url + "/v1")
    monkeypatch.setenv("QUERYCAST_LLM_MODEL", "fake-model")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    return fake


def first_user_turn(body: dict) -> str:
    return next(m["content"] for m in body["messages"] if m["role"] == "user")


async def test_each_verdict_follows_from_what_the_provider_answered(amqp_url, provider_env):
    questions = load(("university",))
    answerable = [q for q in questions if q.gold][:3]
    unanswerable = next(q for q in questions if q.gold is None)
    answers = {answerable[0].text: f"```sql\n{answerable[0].gold}\n```",                # right
               answerable[1].text: "```sql\nSELECT name FROM student WHERE false\n```",   # valid, wrong
               answerable[2].text: CANNOT,                                                # refused
               unanswerable.text: CANNOT}                                                 # rightly refused
    provider_env.answer = lambda body: answers[first_user_turn(body).rpartition("Question: ")[2]]
    outcomes = await run_eval([*answerable, unanswerable], amqp_url=amqp_url)
    assert [o.verdict for o in outcomes] == [CORRECT, WRONG, REFUSED, CORRECT]
    assert outcomes[1].reason.startswith("0 rows, gold has")
    assert "no SQL query" in outcomes[2].reason and outcomes[3].reason
    assert all(o.recall == 1.0 for o in outcomes[:3]) and outcomes[3].recall is None
    assert all(o.gold_rejected is None for o in outcomes) and all(o.latency_ms > 0 for o in outcomes)
    assert {r["body"]["model"] for r in provider_env.requests} == {"fake-model"}
    text = render(outcomes)
    assert "university" in text and "validator: 0 of 3 gold queries rejected" in text


def test_a_provider_without_its_llm_is_a_one_line_error(monkeypatch, capsys):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("QUERYCAST_LLM_BASE_URL", raising=False)
    monkeypatch.setenv("QUERYCAST_LLM_PROVIDER", "offline")   # restored after main() overrides it
    assert main(["--provider", "hybrid"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m bench.nl_to_sql: QUERYCAST_LLM_PROVIDER=hybrid needs an LLM") and \
        err.count("\n") == 1


def test_an_unknown_schema_is_a_one_line_error(capsys):
    assert main(["--schemas", "shop,nosuch"]) == 2
    assert capsys.readouterr().err == f"no question set for nosuch in {DATA}\n"


async def test_the_same_question_of_two_schemas_is_judged_by_each_schemas_own_gold_rows(amqp_url, monkeypatch):
    """The gold rows were once kept by question text alone, so a question asked of two schemas was judged
    against the first schema's rows (university's eight departments for the movies schema's six)."""
    monkeypatch.setenv("QUERYCAST_LLM_PROVIDER", "offline")
    text = "Number of instructors per department"
    questions = [next(q for q in load((schema,)) if q.text == text) for schema in ("university", "movies")]
    outcomes = await run_eval(questions, amqp_url=amqp_url)
    assert [o.verdict for o in outcomes] == [CORRECT, CORRECT], [o.reason for o in outcomes]
