"""GET /api/requests/{id}/events reads the recorder's stored timeline: owner or admin only, and a
clientRequestId of another user is refused so it cannot be used to read that user's events."""
from __future__ import annotations

import asyncio

import pytest

from services.recorder.app import running_recorder
from tests.gateway_rest.test_rpc_mapping import body


@pytest.fixture
async def recorder(amqp_url, migrated_db):
    async with running_recorder(amqp_url=amqp_url, database_url=migrated_db, flush_interval=0.05) as consumer:
        yield consumer


async def stored_events(gateway, request_id: str, headers: dict, count: int) -> dict:
    """Poll until the recorder has stored `count` events (it writes in small batches)."""
    for _ in range(200):
        response = await gateway.get(f"/api/requests/{request_id}/events", headers=headers)
        timeline = await response.json() if response.status == 200 else {"events": []}
        if len(timeline["events"]) >= count:
            return timeline
        await asyncio.sleep(0.05)
    raise AssertionError(f"only {len(timeline['events'])} of {count} events were stored")


async def test_owner_and_admin_read_the_timeline_others_get_404(gateway, auth, stub_executor, recorder):
    alice = auth("alice")
    response = await gateway.post("/api/query/execute", json=body(clientRequestId="hist-1"), headers=alice)
    assert response.status == 200
    timeline = await stored_events(gateway, "hist-1", alice, 2)
    assert timeline["requestId"] == "hist-1"
    events = timeline["events"]
    assert [(e["sequence"], e["stage"], e["status"]) for e in events] == [
        (1, "REQUEST_RECEIVED", "IN_PROGRESS"), (2, "COMPLETED", "SUCCESS")]
    assert events[0]["progress"] == 5 and events[1]["progress"] == 100
    assert all(e["requestId"] == "hist-1" and e["feature"] == "QUERY_EXECUTION" for e in events)
    assert events[0]["timestamp"].endswith("Z")

    admin = await gateway.get("/api/requests/hist-1/events", headers=auth("root", "admin"))
    assert admin.status == 200 and len((await admin.json())["events"]) == 2

    foreign = await gateway.get("/api/requests/hist-1/events", headers=auth("bob"))
    unknown = await gateway.get("/api/requests/never-used/events", headers=auth("bob"))
    assert foreign.status == unknown.status == 404
    assert (await foreign.json())["detail"] == (await unknown.json())["detail"]


async def test_another_users_client_request_id_is_refused(gateway, auth, stub_executor):
    first = await gateway.post("/api/query/execute", json=body(clientRequestId="shared-id"), headers=auth("alice"))
    assert first.status == 200
    calls = len(stub_executor)
    stolen = await gateway.post("/api/query/execute", json=body(clientRequestId="shared-id"), headers=auth("bob"))
    assert stolen.status == 409 and (await stolen.json())["code"] == "CONFLICT"
    assert len(stub_executor) == calls  # refused before any command was sent
    # The owner may re-use the id (a retry).
    again = await gateway.post("/api/query/execute", json=body(clientRequestId="shared-id"), headers=auth("alice"))
    assert again.status == 200


async def test_malformed_request_ids_in_paths_are_404(gateway, auth):
    response = await gateway.get("/api/requests/..%2F..%2Fetc/events", headers=auth())
    assert response.status == 404


async def test_request_owners_expire_with_the_history_retention(migrated_db):
    import aiopg

    from contracts.status import Feature
    from controldb.ownership import RequestOwners

    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool:
        owners = RequestOwners(pool)
        await owners.claim("old-one", "alice", Feature.NL_TO_SQL)
        await owners.claim("new-one", "alice", Feature.NL_TO_SQL)
        async with pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("UPDATE request_owners SET created_at = now() - interval '31 days'"
                              " WHERE request_id = 'old-one'")
        assert await owners.purge(30) == 1
        assert await owners.owner("old-one") is None and await owners.owner("new-one") == "alice"


async def test_admin_sees_requests_submitted_around_the_gateway(gateway, auth, broker, recorder):
    from broker import StatusPublisher
    from contracts.status import Feature, Stage

    publisher = StatusPublisher(broker, "some-service")
    events = publisher.for_request(Feature.NL_TO_SQL, "direct-1", "svc-user")
    await events.step(Stage.REQUEST_RECEIVED, "received", progress=1)
    await publisher.close()
    timeline = await stored_events(gateway, "direct-1", auth("root", "admin"), 1)
    assert timeline["events"][0]["stage"] == "REQUEST_RECEIVED"
    assert (await gateway.get("/api/requests/direct-1/events", headers=auth("svc-user"))).status == 404
    assert (await gateway.get("/api/requests/nothing-1/events", headers=auth("root", "admin"))).status == 404
