"""`SEND /app/**`: handled by the gateway (the REST part's handler), never forwarded.

At most `MAX_APP_REQUESTS_IN_FLIGHT` per session. A `receipt` is answered once the request is
accepted; a refused request gets an ERROR with `error-code` and ends the session.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from contracts.errors import ServiceError
from contracts.rpc import Caller
from gateway.stomp.endings import SessionEnd
from gateway.stomp.frames import Frame

log = logging.getLogger(__name__)

AppDestinationHandler = Callable[[str, bytes, dict, "Caller | None"], Awaitable[None]]
MAX_APP_REQUESTS_IN_FLIGHT = 16


async def _ignored(_: object) -> None:
    return None


class AppRequests:
    def __init__(self, handler: AppDestinationHandler | None,
                 send_frames: Callable[[list[Frame]], Awaitable[None]],
                 end: Callable[[SessionEnd], Awaitable[None]]):
        self._handler = handler
        self._send_frames = send_frames
        self._end = end
        self._tasks: set[asyncio.Task] = set()

    def start(self, frame: Frame, principal: Caller | None) -> None:
        if len(self._tasks) >= MAX_APP_REQUESTS_IN_FLIGHT:
            raise SessionEnd("too-many-requests", f"More than {MAX_APP_REQUESTS_IN_FLIGHT} /app requests in flight.")
        task = asyncio.create_task(self._run(frame, principal))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def close(self) -> None:
        """The session ended: cancel what is in flight and drop the session's callbacks (its bound
        methods), so nothing here keeps the session alive."""
        for task in self._tasks:
            task.cancel()
        self._send_frames = self._end = _ignored

    async def _run(self, frame: Frame, principal: Caller | None) -> None:
        destination = frame.get("destination") or ""
        receipt = frame.get("receipt")
        try:
            if self._handler is None:
                raise SessionEnd("destination-refused", f"No handler for {destination}.")
            await self._handler(destination, frame.body, dict(frame.headers), principal)
        except ServiceError as exc:
            headers = (("error-code", exc.code.value),) + ((("receipt-id", receipt),) if receipt else ())
            await self._end(SessionEnd("app-request", exc.body.message, 1008, headers=headers,
                                       detail=exc.body.suggestion or exc.body.message))
            return
        except SessionEnd as end:
            await self._end(end)
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("/app handler failed for %s", destination)
            await self._end(SessionEnd("internal", "Internal gateway error.", 1011))
            return
        if receipt:
            await self._send_frames([Frame("RECEIPT", [("receipt-id", receipt)])])
