"""Registry lookups are remembered briefly (controldb/registry.py): this process's own changes
are seen at once, another process's after at most the cache's lifetime."""
from __future__ import annotations

import asyncio
import uuid

import aiopg
import pytest

from contracts.errors import ErrorCode, ServiceError
from contracts.rest import DatabaseCreate
from controldb.registry import Registry
from controldb.secrets import PasswordCipher


def _spec(database_id: str, name: str) -> DatabaseCreate:
    return DatabaseCreate.model_validate({"id": database_id, "name": name, "host": "127.0.0.1", "port": 5432,
                                          "database": "nowhere", "user": "reader", "password": "pw"})


async def test_own_changes_are_seen_at_once_others_after_the_lifetime(executor, exec_control_db):
    database_id = f"cache-{uuid.uuid4().hex[:6]}"
    cipher = PasswordCipher(None)
    async with aiopg.create_pool(exec_control_db, minsize=0, maxsize=2) as pool:
        here = Registry(pool, cipher, cache_seconds=60)
        other = Registry(pool, cipher, cache_seconds=0.3)  # another executor process
        await here.register(_spec(database_id, "First"))
        assert (await other.get(database_id)).name == "First"
        assert (await here.get(database_id)).name == "First"

        await here.register(_spec(database_id, "Second"), replace=True)
        assert (await here.get(database_id)).name == "Second"
        assert (await other.get(database_id)).name == "First"  # remembered, not read again
        await asyncio.sleep(0.4)
        assert (await other.get(database_id)).name == "Second"

        await here.delete(database_id)
        with pytest.raises(ServiceError) as gone:
            await here.get(database_id)
        assert gone.value.code is ErrorCode.NOT_FOUND
        await asyncio.sleep(0.4)
        with pytest.raises(ServiceError):
            await other.get(database_id)
