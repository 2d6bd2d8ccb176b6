"""RPC over RabbitMQ against the real node: round trip, deadlines, unroutable, error envelope,
redelivery after a worker dies."""
import asyncio
import sys
import time
import uuid
from pathlib import Path

import pytest

from broker import RpcClient, RpcWorker
from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller

CALLER = Caller(user_id="tester", roles=["user"])


async def _test_queue(broker, **args) -> tuple[str, str]:
    """A private command queue shaped like the real ones, bound to a private direct exchange."""
    ch = broker.channel(confirms=False)
    exchange = f"qc.test.{uuid.uuid4().hex[:8]}"
    queue = f"{exchange}.requests"
    await ch.exchange_declare(exchange, "direct", durable=False)
    await ch.queue_declare(queue, arguments={"x-queue-type": "quorum", "x-delivery-limit": 3,
                                             "x-dead-letter-exchange": "querycast.dead-letter", **args})
    await ch.queue_bind(queue, exchange, "work")
    return exchange, queue


@pytest.fixture
async def rpc(broker):
    client = await RpcClient(broker).start()
    yield client
    await client.close()


async def test_round_trip_and_expected_error_envelope(broker, rpc):
    exchange, queue = await _test_queue(broker)
    worker = RpcWorker(broker, queue, app_id="test-worker")

    async def add(command, _delivery):
        return {"sum": command.payload["a"] + command.payload["b"], "user": command.caller.user_id}

    async def missing(command, _delivery):
        raise ServiceError(ErrorCode.NOT_FOUND, "No database 'nope'.", suggestion="Register it first.")

    worker.handle("add", add)
    worker.handle("missing", missing)
    await worker.start()
    result = await rpc.call(exchange, "work", "add", {"a": 2, "b": 3}, request_id="r-add",
                            caller=CALLER, timeout=5)
    assert result == {"sum": 5, "user": "tester"}
    with pytest.raises(ServiceError) as info:
        await rpc.call(exchange, "work", "missing", {}, request_id="r-missing", caller=CALLER, timeout=5)
    assert info.value.code is ErrorCode.NOT_FOUND
    assert info.value.body.suggestion == "Register it first."
    with pytest.raises(ServiceError) as info:
        await rpc.call(exchange, "work", "nope", {}, request_id="r-unknown", caller=CALLER, timeout=5)
    assert info.value.code is ErrorCode.VALIDATION_ERROR
    await worker.close()


async def test_call_nobody_serves_times_out_at_its_deadline(broker, rpc):
    exchange, _queue = await _test_queue(broker)
    started = time.monotonic()
    with pytest.raises(ServiceError) as info:
        await rpc.call(exchange, "work", "add", {}, request_id="r-late", caller=CALLER, timeout=1.0)
    assert info.value.code is ErrorCode.DEADLINE_EXCEEDED
    assert time.monotonic() - started >= 1.0


async def test_unroutable_call_fails_at_once(broker, rpc):
    exchange, _queue = await _test_queue(broker)
    with pytest.raises(ServiceError) as info:
        await rpc.call(exchange, "no-such-key", "add", {}, request_id="r-nowhere", caller=CALLER, timeout=30)
    assert info.value.code is ErrorCode.UNAVAILABLE
    assert "no-such-key" in info.value.body.message


async def test_unexpected_failure_is_answered_and_dead_lettered_not_looped(broker, rpc):
    exchange, queue = await _test_queue(broker)
    worker = RpcWorker(broker, queue, app_id="test-worker")
    calls = 0

    async def crash(command, _delivery):
        nonlocal calls
        calls += 1
        raise RuntimeError("secret internals /etc/passwd")

    worker.handle("crash", crash)
    await worker.start()
    with pytest.raises(ServiceError) as info:
        await rpc.call(exchange, "work", "crash", {}, request_id="r-crash", caller=CALLER, timeout=5)
    assert info.value.code is ErrorCode.INTERNAL
    assert "passwd" not in info.value.body.message
    await asyncio.sleep(0.5)
    assert calls == 1
    await worker.close()


async def test_worker_killed_mid_call_is_redelivered_to_another(broker, rpc, amqp_url):
    exchange, queue = await _test_queue(broker)
    victim = await asyncio.create_subprocess_exec(
        sys.executable, str(Path(__file__).with_name("worker_proc.py")), amqp_url, queue,
        stdout=asyncio.subprocess.PIPE)
    try:
        assert (await asyncio.wait_for(victim.stdout.readline(), 30)).startswith(b"ready")
        call = asyncio.create_task(rpc.call(exchange, "work", "slow", {}, request_id="r-kill",
                                            caller=CALLER, timeout=30))
        assert (await asyncio.wait_for(victim.stdout.readline(), 10)).startswith(b"started r-kill")
        survivor = RpcWorker(broker, queue, app_id="survivor")
        seen = []

        async def slow(command, delivery):
            seen.append(delivery.redelivered)
            return {"servedBy": "survivor"}

        survivor.handle("slow", slow)
        await survivor.start()
        victim.kill()
        assert await asyncio.wait_for(call, 25) == {"servedBy": "survivor"}
        assert seen == [True]
        await survivor.close()
    finally:
        if victim.returncode is None:
            victim.kill()
        await victim.wait()


async def test_topology_declaration_is_idempotent(broker):
    from broker.topology import declare_topology

    ch = broker.channel(confirms=False)
    await declare_topology(ch)
    await declare_topology(ch)  # same arguments: no PRECONDITION_FAILED
    assert ch.is_open
    await ch.close()


async def test_a_payload_that_fails_validation_is_answered_and_never_dead_lettered(broker, rpc):
    """A handler validating its payload with pydantic: the caller gets VALIDATION_ERROR naming
    the field (not INTERNAL), and the command is acked, not dead-lettered or redelivered."""
    from pydantic import BaseModel

    class Payload(BaseModel):
        sql: str

    exchange, queue = await _test_queue(broker)
    worker = RpcWorker(broker, queue, app_id="test-worker")
    calls = []

    async def run(command, _delivery):
        calls.append(command.request_id)
        return {"sql": Payload.model_validate(command.payload).sql}

    worker.handle("run", run)
    await worker.start()
    with pytest.raises(ServiceError) as info:
        await rpc.call(exchange, "work", "run", {"sql": ["not", "text"]}, request_id="r-badpayload",
                       caller=CALLER, timeout=5)
    assert info.value.code is ErrorCode.VALIDATION_ERROR
    assert "sql" in info.value.body.message and "not" not in info.value.body.message
    await asyncio.sleep(1.0)
    assert calls == ["r-badpayload"]  # acked: never redelivered
    await worker.close()
