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
