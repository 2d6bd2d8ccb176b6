"""An NL->SQL worker process killed mid-question (its LLM call hanging) has its command
redelivered to another worker (issue 13, item 5): the question's stored timeline goes on numbering
after the first attempt, never repeats a sequence number, its progress never goes backwards (it
used to restart at 5 after 40), and it ends with one terminal event."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import psycopg2
import pytest

from services.nl_to_sql.app import running_nl_to_sql
from tests.executor.roles import create_reader, drop_reader
from tests.foundation.stack import DATABASE_ID, running_stack, wait_ready
from tests.foundation.test_redelivery import _timeline
from tests.nl_to_sql.conftest import FakeLlm
from tests.nl_to_sql.test_service import settings_for

ROOT = Path(__file__).resolve().parents[2]


class NlToSqlProcess:
    """`python -m services.nl_to_sql` in its own process, ready once it logs that it started."""

    def __init__(self, **env: str):
        self.env = {**os.environ, "QUERYCAST_LOG_LEVEL": "INFO", **env}
        self.proc: subprocess.Popen | None = None

    async def start(self) -> NlToSqlProcess:
        self.proc = subprocess.Popen([sys.executable, "-m", "services.nl_to_sql"], cwd=ROOT, env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

        def wait_ready() -> None:
            assert self.proc is not None and self.proc.stderr is not None
            for line in self.proc.stderr:
                try:
                    if json.loads(line).get("msg") == "nl-to-sql started":
                        return
                except ValueError:
                    continue
            raise RuntimeError("the NL->SQL process exited before it was ready")

        await asyncio.wait_for(asyncio.to_thread(wait_ready), 90)
        stderr = self.proc.stderr
        threading.Thread(target=lambda: [None for _ in stderr], daemon=True).start()
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
async def stack(rabbit_node, control_db, make_database):
    name, dsn = make_database("qc_nl_redeliver")
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, 'a'), (2, 'b')")
    conn.close()
    reader = create_reader(name)
    async with running_stack(rabbit_node, control_db, name, reader) as running:
        await wait_ready(running.gateway)
        yield running
    drop_reader(reader, [name])


@pytest.fixture
async def llm():
    fake = await FakeLlm("anthropic").start()
    yield fake
    await fake._runner.cleanup()


async def test_a_killed_nl_to_sql_workers_question_continues_its_timeline(stack, llm, tmp_path):
    llm.script = ["hang"]                                   # the first worker's call never returns
    llm.answer = lambda body: "```sql\nSELECT count(*) FROM items\n```"
    victim = await NlToSqlProcess(
        QUERYCAST_AMQP_URL=stack.amqp_url, QUERYCAST_DATABASE_URL=stack.control_dsn,
        QUERYCAST_DATA_DIR=str(tmp_path / "victim"), QUERYCAST_LLM_PROVIDER="anthropic",
        ANTHROPIC_API_KEY="test-key", QUERYCAST_LLM_BASE_URL=llm.url, QUERYCAST_LLM_MODEL="claude-test").start()
    try:
        call = asyncio.create_task(stack.gateway.post(
            "/api/nl-to-sql", headers=stack.auth("alice"),
            json={"question": "How many items are there?", "databaseId": DATABASE_ID,
                  "clientRequestId": "nl-killed-mid-question"}))
        first = await _timeline(stack, "nl-killed-mid-question",
                                lambda events: any(e["stage"] == "LLM_CALL" for e in events))
        victim.kill()
    finally:
        victim.kill()
    assert first[-1]["progress"] >= 40
    async with running_nl_to_sql(amqp_url=stack.amqp_url, data_dir=tmp_path / "second",
                                 settings=settings_for("anthropic", llm.url), database_url=stack.control_dsn):
        response = await asyncio.wait_for(call, 90)
        assert response.status == 200, await response.text()
        assert (await response.json())["sql"].lower().startswith("select count(*)")
        events = await _timeline(stack, "nl-killed-mid-question",
                                 lambda evs: evs and evs[-1]["status"] != "IN_PROGRESS")

    sequences = [e["sequence"] for e in events]
    progress = [e["progress"] for e in events]
    assert sequences == sorted(set(sequences)), sequences             # never one number twice
    assert sequences[:len(first)] == [e["sequence"] for e in first]   # the first attempt's events kept
    assert progress == sorted(progress), progress                     # never backwards (was 40 -> 5)
    retry = [e for e in events if e["sequence"] > first[-1]["sequence"]]
    assert retry[0]["stage"] == "REQUEST_RECEIVED" and retry[0]["progress"] >= first[-1]["progress"]
    assert [e["status"] for e in events].count("SUCCESS") == 1 and events[-1]["stage"] == "COMPLETED"
    assert sum(e["status"] != "IN_PROGRESS" for e in events) == 1
