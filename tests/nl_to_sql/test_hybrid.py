"""`hybrid`: the offline engine answers what it fully understands without calling the LLM; the
rest goes to the LLM (a fake Messages API) with the engine's reading as a hint; the LLM_CALL
event says which one answered. And validation runs off the event loop."""
from __future__ import annotations

import asyncio
import threading

import pytest

from contracts.status import Stage
from services.nl_to_sql import workflow
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.settings import LlmSettings
from tests.nl_to_sql.test_service import ask, check_stream, settings_for, stages


def llm_calls(events):
    return [e for e in events if e.stage is Stage.LLM_CALL]


async def test_hybrid_answers_offline_without_calling_the_llm(amqp_url, executor, rpc, tap, data_dir,
                                                              fake_anthropic):
    settings = settings_for("hybrid", fake_anthropic.url, model="claude-test-model")
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "How many orders were placed in 2024?")
    assert error is None, error
    assert fake_anthropic.requests == []
    assert result["model"] == "offline-rules-v1" and "2024-01-01" in result["sql"]
    [call] = llm_calls(events)
    assert call.data["answeredBy"] == "offline" and call.data["provider"] == "hybrid"
    assert events[-1].stage is Stage.COMPLETED and events[-1].data["answeredBy"] == "offline"
    assert "inputTokens" not in events[-1].data
    check_stream(events)


async def test_hybrid_hands_what_the_engine_refuses_to_the_llm_with_its_reading(amqp_url, executor, rpc, tap,
                                                                               data_dir, fake_anthropic):
    fake_anthropic.script = ["```sql\nSELECT c.id, c.first_name FROM customers c "
                             "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id "
                             "AND o.order_date >= now() - interval '90 days') LIMIT 100\n```\nInactive customers."]
    settings = settings_for("hybrid", fake_anthropic.url, model="claude-test-model")
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        result, error, events = await ask(rpc, tap, "Which customers are likely to churn next quarter?")
    assert error is None, error
    assert result["model"] == "claude-test-model" and len(fake_anthropic.requests) == 1
    [call] = llm_calls(events)
    assert call.data["answeredBy"] == "anthropic" and call.data["model"] == "claude-test-model"
    refusal = call.data["offlineRefusal"]
    assert refusal and "None" not in refusal
    prompt = fake_anthropic.user_text(0)
    assert "Hint: a rule-based parser read this question" in prompt and refusal in prompt
    assert prompt.rstrip().endswith("Question: Which customers are likely to churn next quarter?")
    assert events[-1].data["answeredBy"] == "anthropic" and events[-1].data["inputTokens"] == 321
    assert stages(events)[-1] is Stage.COMPLETED


def test_hybrid_needs_an_llm(monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.setenv("QUERYCAST_LLM_PROVIDER", "hybrid")
    with pytest.raises(ValueError, match="hybrid needs an LLM"):
        LlmSettings.from_env()
    monkeypatch.setenv("QUERYCAST_LLM_BASE_URL", "http://127.0.0.1:11434/v1")
    settings = LlmSettings.from_env()
    assert (settings.provider, settings.llm, settings.model) == ("hybrid", "openai-compatible", "llama3.1")


async def test_validation_runs_in_a_worker_thread_not_on_the_event_loop(amqp_url, executor, rpc, tap, data_dir,
                                                                       fake_anthropic, monkeypatch):
    """A long query's parsing must not stall the process: the check must leave the loop thread,
    so the loop can run something else meanwhile (here: set an event the check waits for)."""
    loop_thread = threading.get_ident()
    threads: list[int] = []
    loop_ran = threading.Event()
    real_check = workflow.check_answer

    def check_while_the_loop_runs(*args, **kwargs):
        threads.append(threading.get_ident())
        loop_ran.clear()
        running_loop.call_soon_threadsafe(loop_ran.set)
        assert loop_ran.wait(5), "the event loop was blocked during validation"
        return real_check(*args, **kwargs)

    running_loop = asyncio.get_running_loop()
    monkeypatch.setattr(workflow, "check_answer", check_while_the_loop_runs)
    columns = ", ".join(f"c.first_name AS name_{i}" for i in range(300))  # a 6 KB query
    fake_anthropic.script = [f"```sql\nSELECT {columns} FROM customers c LIMIT 5\n```"]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        result, error, _ = await ask(rpc, tap, "Show the first names many times")
    assert error is None, error
    assert len(result["sql"]) > 6000
    assert threads and all(t != loop_thread for t in threads)
