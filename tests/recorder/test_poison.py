"""One event the history table can never take must not stop the recording of the events behind
it: the recorder splits the refused batch, stores the good rows, and moves the poison one to the
dead-letter queue."""
import asyncio
import json
import uuid

import pika
from pika.spec import BasicProperties

from broker.topology import DEAD_LETTER_QUEUE, STATUS_EXCHANGE, declare_topology
from services.recorder.app import running_recorder
from tests.recorder.conftest import fetch, wait_until


def _event(request_id: str, sequence: int, **overrides) -> bytes:
    event = {"feature": "QUERY_EXECUTION", "requestId": request_id, "stage": "EXECUTING",
             "status": "IN_PROGRESS", "message": "Running", "data": {},
             "timestamp": "2026-11-25T21:36:45.123Z", "sequence": sequence, "progress": 10}
    return json.dumps({**event, **overrides}).encode()


async def _publish(channel, body: bytes, message_id: str) -> None:
    props = BasicProperties(message_id=message_id, content_type="application/json",
                            headers={"x-user-id": "alice"})
    await channel.publish(STATUS_EXCHANGE, "query-execution.user.alice", body, props)


async def _stored(dsn: str, request_id: str) -> list[tuple]:
    return await fetch(dsn, "SELECT sequence, message, data FROM status_events WHERE request_id = %s"
                            " ORDER BY sequence", request_id)


async def test_a_poison_event_goes_to_the_dead_letter_queue_and_the_rest_is_stored(
        broker, amqp_url, history_db, empty_history_queue):
    request_id = f"poison-{uuid.uuid4().hex[:8]}"
    channel = broker.channel(confirms=True)
    await channel.wait_open(10)
    await declare_topology(channel)
    await channel.queue_purge(DEAD_LETTER_QUEUE)
    # A sequence beyond PostgreSQL's integer range: SQLSTATE 22003, whatever the recorder does.
    await _publish(channel, _event(request_id, 2 ** 40), f"{request_id}-poison")
    for sequence in (1, 2, 3):
        await _publish(channel, _event(request_id, sequence), f"{request_id}-{sequence}")
    async with running_recorder(amqp_url=amqp_url, database_url=history_db, batch_size=50,
                                flush_interval=0.5) as recorder:
        await wait_until(lambda: _has(history_db, request_id, 3), timeout=15,
                         what="the events behind the poison one recorded")
        assert [row[0] for row in await _stored(history_db, request_id)] == [1, 2, 3]
        assert recorder.dead_lettered == 1
    await channel.close()
    method, properties, body = await asyncio.to_thread(_get_dead_letter, amqp_url)
    assert method is not None and json.loads(body)["sequence"] == 2 ** 40
    assert properties.message_id == f"{request_id}-poison"
    assert "SQLSTATE 22003" in properties.headers["x-querycast-reason"]


def _get_dead_letter(amqp_url: str):
    connection = pika.BlockingConnection(pika.URLParameters(amqp_url))
    try:
        return connection.channel().basic_get(DEAD_LETTER_QUEUE, auto_ack=True)
    finally:
        connection.close()


async def test_nul_and_lone_surrogates_are_stored_cleaned(broker, amqp_url, history_db, empty_history_queue):
    """A third-party publisher's NUL (jsonb refuses \\u0000: 22P05) costs a replacement character."""
    request_id = f"nul-{uuid.uuid4().hex[:8]}"
    channel = broker.channel(confirms=True)
    await channel.wait_open(10)
    body = _event(request_id, 1, message="SELECT 1 \u0000 FROM t",
                  data={"sqlPreview": "SELECT 1 \u0000 FROM t", "bad\u0000key": "\ud800"})
    await _publish(channel, body, f"{request_id}-1")
    await _publish(channel, _event(request_id, 2), f"{request_id}-2")
    async with running_recorder(amqp_url=amqp_url, database_url=history_db, flush_interval=0.2):
        await wait_until(lambda: _has(history_db, request_id, 2), timeout=15, what="both events recorded")
    rows = await _stored(history_db, request_id)
    assert rows[0][1] == "SELECT 1 \ufffd FROM t"
    assert rows[0][2] == {"sqlPreview": "SELECT 1 \ufffd FROM t", "bad\ufffdkey": "\ufffd"}
    await channel.close()


async def _has(dsn: str, request_id: str, n: int) -> bool:
    return len(await _stored(dsn, request_id)) >= n
