"""The recorder against the real broker and PostgreSQL: every event stored once, with its fields,
also across a recorder crash under load."""
import asyncio
import json
import os
import signal
import sys
import uuid
from pathlib import Path

import aiopg
from pika.spec import BasicProperties

from broker import StatusPublisher
from broker.topology import STATUS_EXCHANGE
from contracts.status import Feature, Stage, format_timestamp
from services.recorder.app import running_recorder
from tests.recorder.conftest import fetch, wait_until

ROOT = Path(__file__).resolve().parents[2]


async def _count(dsn: str, prefix: str) -> int:
    return (await fetch(dsn, "SELECT count(*) FROM status_events WHERE request_id LIKE %s", prefix + "%"))[0][0]


async def test_each_event_is_stored_with_its_fields(broker, amqp_url, history_db, empty_history_queue):
    request_id = f"rec-{uuid.uuid4().hex[:8]}"
    publisher = StatusPublisher(broker, "querycast-test")
    async with running_recorder(amqp_url=amqp_url, database_url=history_db):
        events = publisher.for_request(Feature.QUERY_EXECUTION, request_id, "alice@example.com")
        await events.step(Stage.REQUEST_RECEIVED, "Request received", {"databaseId": "demo"}, 5)
        await events.step(Stage.EXECUTING, "Running", {"timeoutSeconds": 30}, 60)
        await events.succeed("Done", {"rowCount": 3, "truncated": False})
        await wait_until(lambda: _has(history_db, request_id, 3), what="3 events recorded")
    rows = await fetch(history_db, "SELECT feature, stage, status, message, data, sequence, user_id, ts, progress"
                                   " FROM status_events WHERE request_id = %s ORDER BY sequence", request_id)
    assert [(r[1], r[2], r[5]) for r in rows] == [
        ("REQUEST_RECEIVED", "IN_PROGRESS", 1), ("EXECUTING", "IN_PROGRESS", 2), ("COMPLETED", "SUCCESS", 3)]
    assert {r[0] for r in rows} == {"QUERY_EXECUTION"} and {r[6] for r in rows} == {"alice@example.com"}
    assert [r[8] for r in rows] == [5, 60, 100]
    assert rows[2][3] == "Done" and rows[2][4] == {"rowCount": 3, "truncated": False}
    assert [format_timestamp(r[7]) for r in rows] == [format_timestamp(e.timestamp) for e in events.history]
    await publisher.close()


async def _has(dsn: str, request_id: str, n: int) -> bool:
    rows = await fetch(dsn, "SELECT count(*) FROM status_events WHERE request_id = %s", request_id)
    return rows[0][0] >= n


async def test_a_redelivered_or_republished_event_is_stored_once(broker, amqp_url, history_db,
                                                                 empty_history_queue):
    """A publisher retrying across a reconnect sends the same message_id twice."""
    request_id = f"dup-{uuid.uuid4().hex[:8]}"
    ch = broker.channel(confirms=True)
    body = json.dumps({"feature": "NL_TO_SQL", "requestId": request_id, "stage": "REQUEST_RECEIVED",
                       "status": "IN_PROGRESS", "message": "Received", "data": {},
                       "timestamp": "2026-11-25T21:36:45.123Z", "sequence": 1, "progress": 0}).encode()
    props = BasicProperties(message_id=f"m-{request_id}", content_type="application/json",
                            headers={"x-user-id": "bob"})
    for _ in range(3):
        await ch.publish(STATUS_EXCHANGE, "nl-to-sql.user.bob", body, props)
    # A poison message in between must not stop the recorder.
    await ch.publish(STATUS_EXCHANGE, "nl-to-sql.user.bob", b"garbage", BasicProperties())
    marker = f"{request_id}-after"
    await ch.publish(STATUS_EXCHANGE, "nl-to-sql.user.bob", body.replace(request_id.encode(), marker.encode()),
                     BasicProperties(message_id=f"m-{marker}"))
    async with running_recorder(amqp_url=amqp_url, database_url=history_db):
        await wait_until(lambda: _has(history_db, marker, 1), what="event after the poison message")
    assert await _count(history_db, request_id) == 2  # the original once, plus the marker
    await ch.close()


async def test_retention_deletes_only_old_events(broker, amqp_url, history_db, empty_history_queue):
    async with aiopg.connect(history_db) as conn, conn.cursor() as cur:
        await cur.execute(
            "INSERT INTO status_events (message_id, request_id, sequence, ts) VALUES"
            " ('old', 'r-old', 1, now() - interval '10 days'), ('new', 'r-new', 1, now() - interval '1 day')")
    async with running_recorder(amqp_url=amqp_url, database_url=history_db, retention_days=7):
        async def old_gone() -> bool:
            return not await fetch(history_db, "SELECT 1 FROM status_events WHERE message_id = 'old'")
        await wait_until(old_gone, what="old event purged")
    assert await fetch(history_db, "SELECT message_id FROM status_events") == [("new",)]


REQUESTS_PER_WAVE = 40
EVENTS_PER_REQUEST = 6


async def _publish_wave(publisher: StatusPublisher, prefix: str, wave: int) -> None:
    async def one(i: int) -> None:
        events = publisher.for_request(Feature.NL_TO_SQL, f"{prefix}-{wave}-{i}", f"user{i % 3}")
        for stage in (Stage.REQUEST_RECEIVED, Stage.SCHEMA_RETRIEVAL, Stage.PROMPT_BUILDING,
                      Stage.LLM_CALL, Stage.VALIDATION):
            await events.step(stage, stage.value.title(), {"attempt": 1})
        await events.succeed("SQL ready", {"tables": ["orders"]})

    await asyncio.gather(*(one(i) for i in range(REQUESTS_PER_WAVE)))


async def _start_recorder_process(amqp_url: str, dsn: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "QUERYCAST_AMQP_URL": amqp_url, "QUERYCAST_DATABASE_URL": dsn,
           "QUERYCAST_RECORDER_BATCH_SIZE": "25", "QUERYCAST_LOG_LEVEL": "WARNING"}
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "services.recorder", cwd=ROOT, env=env)


async def test_recorder_killed_under_load_then_restarted_records_every_event_once(
        broker, amqp_url, history_db, empty_history_queue):
    prefix = f"load-{uuid.uuid4().hex[:6]}"
    publisher = StatusPublisher(broker, "querycast-test")
    recorder = await _start_recorder_process(amqp_url, history_db)
    try:
        load = asyncio.ensure_future(_publish_wave(publisher, prefix, 1))
        await wait_until(lambda: _at_least(history_db, prefix, 1), what="recorder writing")
        # Crash it mid-stream (no graceful shutdown: unacked deliveries go back to the queue).
        recorder.send_signal(signal.SIGKILL)
        await recorder.wait()
        await load
        await _publish_wave(publisher, prefix, 2)  # while nobody records
        recorder = await _start_recorder_process(amqp_url, history_db)
        total = 2 * REQUESTS_PER_WAVE * EVENTS_PER_REQUEST
        await wait_until(lambda: _at_least(history_db, prefix, total), timeout=60, what=f"{total} events")
        await asyncio.sleep(0.5)  # let any stray redelivery land before counting duplicates
    finally:
        if recorder.returncode is None:
            recorder.terminate()
            await recorder.wait()
        await publisher.close()
    rows = await fetch(history_db, "SELECT request_id, sequence FROM status_events WHERE request_id LIKE %s",
                       prefix + "%")
    assert len(rows) == total == len(set(rows))
    by_request: dict[str, list[int]] = {}
    for request_id, seq in rows:
        by_request.setdefault(request_id, []).append(seq)
    assert all(sorted(s) == list(range(1, EVENTS_PER_REQUEST + 1)) for s in by_request.values())


async def _at_least(dsn: str, prefix: str, n: int) -> bool:
    return await _count(dsn, prefix) >= n


async def test_events_published_while_writes_fail_are_stored_once_writes_work_again(
        broker, amqp_url, history_db, empty_history_queue):
    """A failing database (here: the table gone for a while) holds the batch, unacked, and retries."""
    request_id = f"dbdown-{uuid.uuid4().hex[:8]}"
    publisher = StatusPublisher(broker, "querycast-test")
    async with running_recorder(amqp_url=amqp_url, database_url=history_db) as recorder:
        async with aiopg.connect(history_db) as conn, conn.cursor() as cur:
            await cur.execute("ALTER TABLE status_events RENAME TO status_events_away")
            try:
                events = publisher.for_request(Feature.NL_TO_SQL, request_id, "carol")
                await events.step(Stage.REQUEST_RECEIVED, "Question received")
                await events.succeed("SQL ready")
                await asyncio.sleep(1.0)  # let the recorder fail at least once
                assert recorder.recorded == 0
            finally:
                await cur.execute("ALTER TABLE status_events_away RENAME TO status_events")
        await wait_until(lambda: _has(history_db, request_id, 2), what="events after the outage")
    assert await _count(history_db, request_id) == 2
    await publisher.close()
