"""The SQL guard's verdicts, remembered: a statement's check is a function of the statement, its
time limit and the functions its registration allows, and repeated statements (dashboards, the
benchmarks) need not be parsed again. A refused statement is checked every time."""
from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable

from services.executor.shadows import Uses

# Statements up to this long are parsed on the loop: their parse takes less than handing it to
# a thread and back (a few hundred µs under load).
INLINE_SQL_CHARS = 200
# Accepted statements up to this long are remembered, the last MAX_VERDICTS of them.
CACHED_SQL_CHARS = 4096
MAX_VERDICTS = 1024

Check = Callable[[str, float, frozenset[str]], Uses]


class Verdicts:
    def __init__(self) -> None:
        self._known: OrderedDict[tuple, Uses] = OrderedDict()

    async def check(self, check: Check, sql: str, timeout_seconds: float, allowed: frozenset[str]) -> Uses:
        """`check(sql, timeout_seconds, allowed)`, or what it answered for the same arguments."""
        key = (check, sql, timeout_seconds, allowed)  # the check too: tests replace it
        uses = self._known.get(key)
        if uses is not None:
            self._known.move_to_end(key)
            return uses
        uses = (check(sql, timeout_seconds, allowed) if len(sql) <= INLINE_SQL_CHARS
                else await asyncio.to_thread(check, sql, timeout_seconds, allowed))
        if len(sql) <= CACHED_SQL_CHARS:
            self._known[key] = uses
            if len(self._known) > MAX_VERDICTS:
                self._known.popitem(last=False)
        return uses
