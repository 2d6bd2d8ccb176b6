"""Per-database pools against the real PostgreSQL: bounded, closed when idle, replaced when the
registration changes."""
from __future__ import annotations

import asyncio
import time

from contracts.rest import DatabaseOptions
from controldb.registry import StoredDatabase
from services.executor.pools import DatabasePools
from services.executor.settings import ExecutorSettings


def _db(name: str, user: str, **changes) -> StoredDatabase:
    fields = dict(id="pooltest", name="Pool test", host="127.0.0.1", port=5432, database=name,
                  user=user, options=DatabaseOptions())
    return StoredDatabase(**{**fields, **changes})


async def _backends(pools: DatabasePools, db: StoredDatabase) -> int:
    async with pools.connection(db) as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'querycast-executor/%' "
                              "AND datname = current_database()")
            (count,) = await cur.fetchone()
    return count


async def test_pool_is_bounded(shop_db, shop_reader):
    pools = DatabasePools(ExecutorSettings(pool_max_size=2, pool_idle_seconds=60))
    db = _db(shop_db[0], shop_reader)
    inside, peak = 0, 0

    async def hold() -> None:
        nonlocal inside, peak
        async with pools.connection(db):
            inside += 1
            peak = max(peak, inside)
            await asyncio.sleep(0.2)
            inside -= 1

    try:
        await asyncio.gather(*(hold() for _ in range(6)))
        assert peak == 2
    finally:
        await pools.close()


async def test_idle_pools_are_closed_and_changed_registrations_get_a_new_pool(shop_db, shop_reader):
    pools = DatabasePools(ExecutorSettings(pool_idle_seconds=0.5))
    pools.start()
    db = _db(shop_db[0], shop_reader)
    try:
        assert await _backends(pools, db) >= 1 and pools.pool_count() == 1
        deadline = time.monotonic() + 10
        while pools.pool_count() and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert pools.pool_count() == 0

        async with pools.connection(db) as first:
            pass
        async with pools.connection(_db(shop_db[0], shop_reader, password="changed")) as second:
            assert second is not first
        assert pools.pool_count() == 1
    finally:
        await pools.close()


async def test_a_stored_host_that_is_no_host_name_is_a_connection_failure(shop_db, shop_reader):
    """Registrations validate host names; one stored before that still fails cleanly."""
    import pytest

    from contracts.errors import ErrorCode, ServiceError

    pools = DatabasePools(ExecutorSettings(connect_timeout_seconds=2))
    try:
        for host in ("x" * 64 + ".example", "bad host!", "-.-"):
            with pytest.raises(ServiceError) as caught:
                await pools.probe(_db(shop_db[0], shop_reader, host=host))
            assert caught.value.code is ErrorCode.CONNECTION_FAILED, host
    finally:
        await pools.close()
