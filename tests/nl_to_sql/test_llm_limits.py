"""Limits on the LLM path, against fake servers: Retry-After rounded up and read as an HTTP-date,
many questions served at once (bounded by QUERYCAST_LLM_CONCURRENCY), the provider's back-off
respected by the requests after a 429, and deadline messages that name the limit that was hit."""
from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from contracts.errors import ErrorCode
from services.nl_to_sql.app import running_nl_to_sql
from services.nl_to_sql.providers.base import retry_after, seconds_text
from services.nl_to_sql.settings import DEFAULT_LLM_CONCURRENCY, DEFAULT_PREFETCH, NlToSqlSettings
from tests.nl_to_sql.test_service import ask, settings_for

GOOD = "```sql\nSELECT count(*) FROM customers\n```"


@pytest.mark.parametrize("headers,seconds", [
    ({"retry-after": "2.5"}, 3.0), ({"retry-after": "7"}, 7.0), ({"retry-after-ms": "2100"}, 3.0),
    ({"retry-after": "Wed, 21 Oct 2026 07:28:10 GMT"}, 10.0), ({"retry-after": "Wed, 21 Oct 2026 07:27:00 GMT"}, 0.0),
    ({"retry-after": "soon"}, None), ({}, None),
])
def test_retry_after_is_rounded_up_and_http_dates_are_read(headers, seconds):
    now = datetime(2026, 10, 21, 7, 28, 0, tzinfo=UTC).timestamp()
    assert retry_after(headers, now=now) == seconds


@pytest.mark.parametrize("value,text", [(6.98329, "7"), (1.5, "1.5"), (0.04, "0.1"), (60.0, "60"), (12.6, "13")])
def test_seconds_in_messages_are_readable(value, text):
    assert seconds_text(value) == text


def test_defaults_serve_tens_of_questions_at_once():
    settings = NlToSqlSettings.from_env()
    assert settings.prefetch == DEFAULT_PREFETCH >= 50 and settings.llm.concurrency == DEFAULT_LLM_CONCURRENCY >= 20


async def test_a_fractional_or_dated_retry_after_reaches_the_caller_rounded_up(amqp_url, executor, rpc, tap,
                                                                              data_dir, fake_openai):
    fake_openai.script = [("status", 429, {"retry-after": "2.5"})]
    settings = settings_for("openai-compatible", fake_openai.url)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        _, first, events = await ask(rpc, tap, "How many customers are there?")
        assert first.code is ErrorCode.RATE_LIMITED and first.body.retry_after_seconds == 3
        assert events[-1].data["retryAfterSeconds"] == 3 and "3 s" in first.body.suggestion
        await asyncio.sleep(3.1)  # the 3 s the provider asked for
        fake_openai.answer = lambda body: ("status", 503, {"retry-after": format_datetime(
            datetime.now(UTC) + timedelta(seconds=10), usegmt=True)})
        _, second, _ = await ask(rpc, tap, "How many customers are there?")
    assert second.code is ErrorCode.RATE_LIMITED
    assert 8 <= second.body.retry_after_seconds <= 10


async def held_at_the_llm(rpc, tap, fake, count: int, wanted: int, settle: float = 0.0):
    """Ask `count` questions while the fake holds every request; once `wanted` are in flight (or
    after 30 s) and `settle` seconds more, release them: (calls in flight then, the answers)."""
    await ask(rpc, tap, "How many customers are there?")  # schema and index warm
    fake.hold = asyncio.Event()
    fake.max_in_flight = 0
    questions = [asyncio.create_task(ask(rpc, tap, "How many customers are there?", timeout=40))
                 for _ in range(count)]
    for _ in range(300):
        if fake.in_flight == wanted:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(settle)
    held = fake.in_flight
    fake.hold.set()
    return held, await asyncio.gather(*questions)


async def test_twenty_questions_are_at_the_llm_at_the_same_time(amqp_url, executor, rpc, tap, data_dir,
                                                                fake_anthropic):
    """With the default settings one process has all 20 questions at the LLM at once: the fake
    holds every request until the 20th arrives (no question waits behind another)."""
    fake_anthropic.answer = lambda body: GOOD
    settings = settings_for("anthropic", fake_anthropic.url)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        reached, results = await held_at_the_llm(rpc, tap, fake_anthropic, 20, 20)
    assert reached == 20
    assert all(error is None for _, error, _ in results)


async def test_the_concurrency_setting_bounds_the_calls_in_flight(amqp_url, executor, rpc, tap, data_dir,
                                                                  fake_anthropic):
    fake_anthropic.answer = lambda body: GOOD
    settings = settings_for("anthropic", fake_anthropic.url, concurrency=3)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        # 0.5 s of room for a fourth call, were the bound broken.
        held, results = await held_at_the_llm(rpc, tap, fake_anthropic, 8, 3, settle=0.5)
    assert held == 3 and fake_anthropic.max_in_flight == 3
    assert all(error is None for _, error, _ in results) and len(fake_anthropic.requests) == 9


async def test_after_a_429_the_next_request_waits_out_the_providers_retry_after(amqp_url, executor, rpc, tap,
                                                                               data_dir, fake_anthropic):
    fake_anthropic.script = [("status", 429, {"retry-after": "1"}), GOOD]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        _, first, _ = await ask(rpc, tap, "How many customers are there?")
        result, second, _ = await ask(rpc, tap, "How many customers are there?")
    assert first.code is ErrorCode.RATE_LIMITED and second is None, second
    assert len(fake_anthropic.arrivals) == 2
    assert fake_anthropic.arrivals[1] - fake_anthropic.arrivals[0] >= 0.95


async def test_a_back_off_longer_than_the_deadline_fails_fast_without_calling(amqp_url, executor, rpc, tap,
                                                                            data_dir, fake_anthropic):
    fake_anthropic.script = [("status", 529, {"retry-after": "60"}), GOOD]
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir,
                                 settings=settings_for("anthropic", fake_anthropic.url)):
        _, first, _ = await ask(rpc, tap, "How many customers are there?")
        _, second, events = await ask(rpc, tap, "How many customers are there?", timeout=10)
    assert first.code is ErrorCode.RATE_LIMITED and second.code is ErrorCode.RATE_LIMITED
    assert 55 <= second.body.retry_after_seconds <= 60 and events[-1].data["retryAfterSeconds"] >= 55
    assert len(fake_anthropic.requests) == 1  # the provider was not called again


async def test_the_request_deadline_is_named_when_it_is_the_limit(amqp_url, executor, rpc, tap, data_dir,
                                                                 fake_openai):
    fake_openai.script = ["hang"]
    settings = settings_for("openai-compatible", fake_openai.url, timeout_seconds=60)
    async with running_nl_to_sql(amqp_url=amqp_url, data_dir=data_dir, settings=settings):
        _, error, events = await ask(rpc, tap, "How many customers are there?", timeout=6)
    assert error.code is ErrorCode.LLM_ERROR
    match = re.search(r"within the (\S+) s left before the request's deadline", error.body.message)
    assert match and re.fullmatch(r"\d(\.\d)?", match.group(1)), error.body.message
    assert error.body.details["limit"] == "requestDeadline"
    assert "QUERYCAST_NL_TO_SQL_DEADLINE_SECONDS" in error.body.suggestion
    assert "QUERYCAST_LLM_TIMEOUT_SECONDS" not in error.body.suggestion
    assert events[-1].data["limit"] == "requestDeadline"


def test_settings_helper_keeps_concurrency():
    settings = settings_for("anthropic", "http://x", concurrency=3)
    assert settings.replace().llm.concurrency == 3
