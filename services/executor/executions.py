"""A request this executor process is working on: what a cancel command needs to find and stop it,
and the outcome a redelivered copy of the same command is answered with."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import aiopg
import psycopg2

from services.executor.deadlines import Deadline
from services.executor.errors import query_cancelled

log = logging.getLogger(__name__)


@dataclass
class Execution:
    """A request this process is working on, so a cancel command can find and stop it."""

    request_id: str
    user_id: str
    cancel_requested: asyncio.Event = field(default_factory=asyncio.Event)
    connection: aiopg.Connection | None = None
    # Held while a cancel is sent, so the connection is not handed to another request meanwhile.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # The reply, for a copy of the same command delivered while this one still runs.
    outcome: asyncio.Future = field(default_factory=lambda: _quiet_future())
    deadline: Deadline | None = None
    # Set once this process has published the request's terminal event itself.
    published_end: bool = False

    async def cancel(self) -> None:
        self.cancel_requested.set()
        async with self.lock:
            conn = self.connection
            if conn is not None and not conn.closed:
                # PQcancel opens its own short connection to the server: keep it off the loop.
                try:
                    await asyncio.to_thread(conn.raw.cancel)
                except psycopg2.Error:
                    log.info("cancel request not delivered; the query is ending anyway",
                             extra={"requestId": self.request_id})

    def handed_off(self) -> bool:
        """Past this moment the caller answers and publishes the terminal event (deadlines.py)."""
        return self.deadline is not None and self.deadline.handed_off()

    async def hold_late_reply(self) -> None:
        """A reply after the hand-off must not reach the caller before its deadline: the caller
        would answer with it and nobody would publish the terminal event. A terminal event this
        process decided to publish before the hand-off (and that may have left after it, on a
        broker slow to confirm) is the one terminal event: its reply goes out at once, so the
        caller's answer says what the history says."""
        if self.published_end:
            return
        if self.deadline is not None and self.deadline.handed_off():
            await asyncio.sleep(self.deadline.until_caller_gone())

    def check_cancelled(self) -> None:
        if self.cancel_requested.is_set():
            raise query_cancelled()


def _quiet_future() -> asyncio.Future:
    """A future whose exception need not be retrieved (nobody may be waiting for it)."""
    future = asyncio.get_running_loop().create_future()
    future.add_done_callback(lambda f: f.cancelled() or f.exception())
    return future
