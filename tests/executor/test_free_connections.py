"""aiopg's pool taken and given back without its per-call overhead (services/executor/
free_connections.py), against the real PostgreSQL: the same connection, the same bookkeeping as
aiopg's own acquire and release, and aiopg's path whenever anything could be waiting."""
from __future__ import annotations

import asyncio

import aiopg
import pytest

from services.executor.free_connections import give_back, take_free


@pytest.fixture
async def pool(shop_db):
    pool = await aiopg.create_pool(shop_db[1], minsize=0, maxsize=2, pool_recycle=600)
    yield pool
    pool.close()
    await pool.wait_closed()


def _state(pool: aiopg.Pool) -> tuple[int, int, int]:
    return pool.size, pool.freesize, len(pool._used)


async def test_a_free_connection_is_taken_and_given_back_as_aiopg_would(pool):
    assert take_free(pool) is None  # nothing open yet: aiopg's path connects
    conn = await pool.acquire()
    assert _state(pool) == (1, 0, 1)
    assert give_back(pool, conn)
    assert _state(pool) == (1, 1, 0)
    again = take_free(pool)
    assert again is conn and _state(pool) == (1, 0, 1)
    async with conn.cursor() as cur:  # still a working connection
        await cur.execute("SELECT 1")
        assert await cur.fetchone() == (1,)
    assert give_back(pool, conn)
    # aiopg's own acquire and release see the same pool: the connection given back comes out.
    assert await pool.acquire() is conn
    await pool.release(conn)
    assert _state(pool) == (1, 1, 0)


async def test_aiopgs_path_for_a_connection_in_a_transaction_closed_or_past_recycling(pool):
    conn = await pool.acquire()
    async with conn.cursor() as cur:
        await cur.execute("BEGIN")
    assert not give_back(pool, conn)  # aiopg's release warns and closes it
    with pytest.warns(ResourceWarning):
        await pool.release(conn)
    assert conn.closed and _state(pool) == (0, 0, 0)

    conn = await pool.acquire()
    await pool.release(conn)
    pool._recycle = 0  # every free connection is now past recycling
    assert take_free(pool) is None
    fresh = await pool.acquire()  # aiopg's path closes the old one and connects anew
    assert fresh is not conn and conn.closed
    fresh.close()
    assert not give_back(pool, fresh)
    await pool.release(fresh)
    assert _state(pool) == (0, 0, 0)


async def test_aiopgs_path_when_someone_waits_or_the_pool_closes(pool):
    first, second = await pool.acquire(), await pool.acquire()
    waiting = asyncio.ensure_future(pool.acquire())  # the pool is full: it waits on the condition
    await asyncio.sleep(0.05)
    assert not waiting.done() and pool._cond._waiters
    assert not give_back(pool, first)  # a fast give-back would not wake the waiter
    await pool.release(first)
    assert await asyncio.wait_for(waiting, 5) is first

    assert give_back(pool, first) and take_free(pool) is first
    pool.close()
    assert not give_back(pool, first) and take_free(pool) is None
    await pool.release(first)
    await pool.release(second)
    assert first.closed and second.closed
