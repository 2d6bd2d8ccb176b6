"""Concurrent claims share one INSERT (controldb/ownership.py): each caller still learns whether
the request id is its own, and a claim returns only once its row can be read."""
import asyncio
import uuid

import aiopg
import pytest

from contracts.errors import ErrorCode, ServiceError
from contracts.status import Feature
from controldb.ownership import RequestOwners


async def test_concurrent_claims_each_get_their_own_answer(migrated_db):
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=2) as pool:
        owners = RequestOwners(pool)
        tag = uuid.uuid4().hex[:8]
        mine = [f"{tag}-{i}" for i in range(20)]
        contested = f"{tag}-contested"
        results = await asyncio.gather(
            *(owners.claim(rid, "alice", Feature.QUERY_EXECUTION, database_id="shop", subject="SELECT 1")
              for rid in mine),
            owners.claim(contested, "alice", Feature.QUERY_EXECUTION),
            owners.claim(contested, "bob", Feature.QUERY_EXECUTION),
            owners.claim(contested, "alice", Feature.QUERY_EXECUTION),  # a retry of one's own id
            return_exceptions=True)
        assert results[:20] == [None] * 20
        assert results[20] is None and results[22] is None
        assert isinstance(results[21], ServiceError) and results[21].code is ErrorCode.CONFLICT
        # readable at once, as cancel and history authorization need
        assert [await owners.owner(rid) for rid in mine] == ["alice"] * 20
        assert await owners.owner(contested) == "alice"
        async with pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("SELECT database_id, subject FROM request_owners WHERE request_id = %s", (mine[0],))
            assert await cur.fetchone() == ("shop", "SELECT 1")


async def test_a_claim_taken_earlier_by_someone_else_is_refused(migrated_db):
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool:
        owners = RequestOwners(pool)
        rid = f"taken-{uuid.uuid4().hex[:8]}"
        await owners.claim(rid, "alice", Feature.NL_TO_SQL)
        await owners.claim(rid, "alice", Feature.NL_TO_SQL)
        with pytest.raises(ServiceError) as refused:
            await owners.claim(rid, "mallory", Feature.NL_TO_SQL)
        assert refused.value.code is ErrorCode.CONFLICT


async def test_a_control_database_outage_fails_every_waiting_claim(migrated_db):
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool:
        owners = RequestOwners(pool)
        pool.close()
        results = await asyncio.gather(*(owners.claim(f"x-{i}", "alice", Feature.NL_TO_SQL) for i in range(3)),
                                       return_exceptions=True)
        assert all(isinstance(r, Exception) and not isinstance(r, ServiceError) for r in results)


# --- a request id with history but no owner row (docs/security.md, "Request ownership") ---------
# A claim that never committed (the control database crashed, or the gateway's claim lost to
# someone else's while its command was already out) leaves events without an owner row, or under
# another user's row. Such an id is never public and never free for the taking.

async def _store_events(pool, request_id: str, user_id: str | None, stages=("REQUEST_RECEIVED", "COMPLETED")):
    async with pool.acquire() as conn, conn.cursor() as cur:
        for sequence, stage in enumerate(stages, 1):
            await cur.execute(
                "INSERT INTO status_events (message_id, request_id, feature, stage, status, message, data,"
                " ts, sequence, progress, user_id) VALUES (%s, %s, 'QUERY_EXECUTION', %s, %s, 'secret rows',"
                " '{}', now(), %s, 0, %s)",
                (uuid.uuid4().hex, request_id, stage, "SUCCESS" if stage == "COMPLETED" else "IN_PROGRESS",
                 sequence, user_id))


async def test_an_id_with_another_users_events_and_no_owner_cannot_be_claimed(migrated_db):
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=2) as pool:
        owners = RequestOwners(pool)
        tag = uuid.uuid4().hex[:8]
        alices, anonymous = f"lost-{tag}", f"around-{tag}"
        await _store_events(pool, alices, "alice")
        await _store_events(pool, anonymous, None)  # published around the gateway, no user
        results = await asyncio.gather(owners.claim(alices, "mallory", Feature.QUERY_EXECUTION),
                                       owners.claim(anonymous, "mallory", Feature.QUERY_EXECUTION),
                                       return_exceptions=True)
        assert all(isinstance(r, ServiceError) and r.code is ErrorCode.CONFLICT for r in results)
        assert await owners.owner(alices) is None and await owners.owner(anonymous) is None
        # The user whose events they are gets the id back (a retry of her own request).
        await owners.claim(alices, "alice", Feature.QUERY_EXECUTION)
        assert await owners.owner(alices) == "alice"


async def test_history_without_an_owner_row_is_for_admins_only(gateway, auth, migrated_db):
    rid = f"unowned-{uuid.uuid4().hex[:8]}"
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool:
        await _store_events(pool, rid, "alice")
    for user in ("alice", "mallory"):  # not even the user named in the events: nothing proves it was hers
        for path in (f"/api/requests/{rid}/events", f"/api/requests/{rid}"):
            assert (await gateway.get(path, headers=auth(user))).status == 404, (user, path)
        assert (await gateway.delete(f"/api/query/{rid}", headers=auth(user))).status == 404
        listed = await (await gateway.get("/api/requests", headers=auth(user))).json()
        assert rid not in [item["requestId"] for item in listed["requests"]]
    admin = await gateway.get(f"/api/requests/{rid}/events", headers=auth("root", "admin"))
    assert admin.status == 200 and [e["stage"] for e in (await admin.json())["events"]] == [
        "REQUEST_RECEIVED", "COMPLETED"]


async def test_an_owner_never_sees_events_published_for_another_user(gateway, auth, migrated_db):
    """Mallory's claim won the id while Alice's command (sent before her claim committed) ran
    under it: Mallory's view of the id shows none of Alice's events, in any endpoint."""
    rid = f"raced-{uuid.uuid4().hex[:8]}"
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool:
        await RequestOwners(pool).claim(rid, "mallory", Feature.QUERY_EXECUTION, subject="SELECT 2")
        await _store_events(pool, rid, "alice")
    mallory = auth("mallory")
    timeline = await (await gateway.get(f"/api/requests/{rid}/events", headers=mallory)).json()
    assert timeline["events"] == []
    detail = await (await gateway.get(f"/api/requests/{rid}", headers=mallory)).json()
    assert detail["status"] == "RUNNING" and "finishedAt" not in detail and detail["text"] == "SELECT 2"
    listed = await (await gateway.get("/api/requests", headers=mallory)).json()
    assert [item["status"] for item in listed["requests"] if item["requestId"] == rid] == ["RUNNING"]
    admin = await (await gateway.get(f"/api/requests/{rid}/events", headers=auth("root", "admin"))).json()
    assert len(admin["events"]) == 2  # admins still see everything stored under the id


# --- the claim of a generated id overlaps the command (gateway/submit.py) -----------------------

async def test_a_generated_id_is_sent_while_its_claim_commits_and_answered_after(gateway, auth, stub_executor,
                                                                                   migrated_db):
    locker = await aiopg.connect(migrated_db)
    try:
        async with locker.cursor() as cur:
            await cur.execute("BEGIN; LOCK TABLE request_owners IN EXCLUSIVE MODE")  # claims wait
            answer = asyncio.ensure_future(gateway.post("/api/query/execute", json={
                "sql": "SELECT 1", "databaseId": "demo"}, headers=auth("alice")))
            for _ in range(400):  # the command reaches the worker while the claim cannot commit
                if stub_executor or answer.done():
                    break
                await asyncio.sleep(0.025)
            assert stub_executor and not answer.done()
            await cur.execute("COMMIT")
        response = await answer
        assert response.status == 200
        rid = (await response.json())["requestId"]
        assert rid == stub_executor[-1].request_id
        async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool:
            assert await RequestOwners(pool).owner(rid) == "alice"  # committed before the answer
    finally:
        locker.close()


async def test_a_claim_that_fails_after_the_command_went_out_is_the_answer(gateway, auth, stub_executor,
                                                                            migrated_db):
    async with aiopg.create_pool(migrated_db, minsize=0, maxsize=1) as pool, pool.acquire() as conn, \
            conn.cursor() as cur:
        await cur.execute(
            "CREATE FUNCTION qc_test_refuse_claim() RETURNS trigger LANGUAGE plpgsql AS"
            " $$BEGIN RAISE EXCEPTION 'the control database is failing'; END$$;"
            " CREATE TRIGGER qc_test_refuse_claim BEFORE INSERT ON request_owners FOR EACH ROW"
            " WHEN (NEW.database_id = 'claim-fails') EXECUTE FUNCTION qc_test_refuse_claim()")
        try:
            response = await gateway.post("/api/query/execute", json={"sql": "SELECT 1", "databaseId": "claim-fails"},
                                          headers=auth("alice"))
        finally:
            await cur.execute("DROP TRIGGER qc_test_refuse_claim ON request_owners;"
                              " DROP FUNCTION qc_test_refuse_claim()")
    assert stub_executor, "the command was sent before the claim failed"
    assert response.status == 503 and (await response.json())["code"] == "UNAVAILABLE"
    rid = stub_executor[-1].request_id
    # Nobody owns it: whatever was recorded of it is the admins' only.
    assert (await gateway.get(f"/api/requests/{rid}", headers=auth("alice"))).status == 404
