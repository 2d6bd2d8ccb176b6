"""aiopg's pool without its per-call overhead, when nothing can be waiting (docs/performance.md,
"Executor round 2").

`Pool.acquire()` takes an `async_timeout`, the pool's condition and a walk over every free
connection per call; `Pool.release()` starts a task that takes the condition to notify nobody.
`DatabasePools` already bounds its connections with a semaphore of the pool's size, so the pool
itself never makes anyone wait. `take_free` hands out the first free connection (aiopg's choice)
and `give_back` returns one, with aiopg's bookkeeping (`_free`, `_used`), but only when the
outcome is certainly the one aiopg's own path would reach: the pool is not closing, nobody holds
or waits on its condition (aiopg is not connecting, recycling or closing anything), the
connection is open, not past `pool_recycle`, and idle (not in a transaction). Any other case
returns None / False and the caller takes aiopg's path, which does what it always did.
Written against aiopg 1.4; tests/executor/test_free_connections.py checks these internals.
"""
from __future__ import annotations

import aiopg
import psycopg2.extensions

_IDLE = psycopg2.extensions.TRANSACTION_STATUS_IDLE


def _quiet(pool: aiopg.Pool) -> bool:
    condition = pool._cond
    return not (pool._closing or condition.locked() or condition._waiters)


def take_free(pool: aiopg.Pool) -> aiopg.Connection | None:
    """A free connection of `pool`, now, or None (then `await pool.acquire()`)."""
    if not pool._free or not _quiet(pool):
        return None
    conn = pool._free[0]
    if conn.closed or -1 < pool._recycle < pool._loop.time() - conn.last_usage:
        return None  # aiopg's path drops it (and closes a recycled one)
    pool._free.popleft()
    pool._used.add(conn)
    return conn


def give_back(pool: aiopg.Pool, conn: aiopg.Connection) -> bool:
    """Return `conn` to `pool` as its `release` would; False: call `pool.release(conn)`."""
    if (not _quiet(pool) or conn.closed or conn not in pool._used or conn in pool._terminated
            or conn.raw.get_transaction_status() != _IDLE):
        return False
    pool._used.remove(conn)
    pool._free.append(conn)
    return True
