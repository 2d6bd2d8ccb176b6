"""Run a session's pumps until the first one ends."""
from __future__ import annotations

import asyncio
from collections.abc import Coroutine


async def until_first_ends(*coros: Coroutine) -> None:
    """Run `coros` as tasks until one ends, cancel the others, and re-raise the first one's
    exception, if any (the reason the session ended)."""
    tasks = {asyncio.create_task(coro) for coro in coros}
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    reason = next((task.exception() for task in done if task.exception() is not None), None)
    # Dropped before raising: exception -> this frame -> tasks -> exception would be a cycle
    # keeping the session and its client's buffers alive until a full garbage collection.
    del tasks, done
    if reason is not None:
        try:
            raise reason
        finally:
            del reason
