"""What a client sends, parsed and budgeted as it arrives, and read by the session frame by frame.

The transport (transports.py) hands over bytes synchronously, straight off the socket or the SockJS
message (`take`), so the budgets see every byte before the gateway holds more: an incomplete frame
is counted against `incomplete-frame-bytes` and the gateway-wide `incomplete-bytes-total` at once,
and a session that breaks a budget has its bytes dropped there and then, not after its turn on the
event loop. Complete frames wait in a short queue for the session (`next()`); past
`READY_WINDOW_BYTES` of them, and from the CONNECT frame until CONNECTED (when only the CONNECT
counts, bounded by its 16 KiB limit), the transport stops reading, so the rest waits in the
client's socket (or its SockJS request) rather than in the gateway.
"""
from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from gateway.stomp.endings import SessionEnd
from gateway.stomp.frames import CLIENT_COMMANDS, Frame, FrameError, FrameParser
from gateway.stomp.limits import GatewayLimits, IncompleteFrame

if TYPE_CHECKING:
    from gateway.stomp.heartbeats import KeepAlive

_CONNECT_COMMANDS = frozenset({"CONNECT", "STOMP"})
_AFTER_CONNECT = CLIENT_COMMANDS - _CONNECT_COMMANDS
# Complete frames the session has not taken yet, before the transport stops reading.
READY_WINDOW_BYTES = 64 * 1024
# What one queued frame costs beyond its bytes (objects, headers), so many tiny frames count too.
FRAME_OVERHEAD_BYTES = 256


class ClientInput(Protocol):
    def start(self, on_data: Callable[[bytes | bytearray], None], on_end: Callable[[], None],
              on_transit: Callable[[int], None]) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def stop_input(self) -> None: ...


class ClientIntake:
    __slots__ = ("client", "settings", "incomplete", "in_transit", "_time", "parser", "connected", "keepalive",
                 "_held", "_ready", "_ready_bytes", "_error", "_failed", "_ended", "_paused", "_wake")

    def __init__(self, client: ClientInput, limits: GatewayLimits, clock: Callable[[], float]):
        self.client = client
        self.settings = settings = limits.settings
        self.incomplete = IncompleteFrame(limits)
        # Bytes of a WebSocket message the transport's own reader holds (SockJS websocket only).
        self.in_transit = IncompleteFrame(limits)
        self._time = clock
        self.parser = FrameParser(max_frame_bytes=settings.max_connect_frame_bytes, max_headers=settings.max_headers,
                                  commands=_CONNECT_COMMANDS)
        self.connected = False
        self.keepalive: KeepAlive | None = None  # told of client traffic once CONNECTED
        self._held: list[bytes | bytearray] = []  # what came behind CONNECT, parsed after CONNECTED
        self._ready: deque[Frame] = deque()
        self._ready_bytes = 0
        self._error: BaseException | None = None
        self._failed = False
        self._ended = False
        self._paused = False
        self._wake = asyncio.Event()
        client.start(self.take, self._end, self.transit)

    # -- from the transport (synchronous) ---------------------------------------------------
    def take(self, data: bytes | bytearray) -> None:
        if self._failed:
            return
        now = self._time()
        if self.keepalive is not None:
            self.keepalive.client_in = now
        try:
            if self.connected:
                started = self.incomplete.deadline
                self._queue(self.parser.feed(data))
                self.incomplete.update(self.parser.buffered, now)
                if self.incomplete.deadline != started:
                    self._wake.set()  # a frame began (or ended): next() waits until its deadline
            elif self._ready or self._held:
                self._held.append(data)  # behind the CONNECT frame: wait for CONNECTED
            else:
                self._take_connect(data)
        except (FrameError, SessionEnd) as exc:
            self.discard()
            # Without its traceback: its frames hold the socket read that broke the budget.
            self._error = exc.with_traceback(None)
            self._wake.set()
            return
        if self._ready_bytes > READY_WINDOW_BYTES or (not self.connected and self._ready):
            self._pause()

    def _take_connect(self, data: bytes | bytearray) -> None:
        item = self.parser.feed_one(data)
        while item is not None:
            if isinstance(item, Frame):
                self._queue([item])
                self._pause()
                return
            item = self.parser.feed_one(b"")  # heart-beats before CONNECT

    def _queue(self, items) -> None:
        for item in items:
            if isinstance(item, Frame):  # heart-beats end here: the gateway keeps the broker leg alive
                self._ready.append(item)
                self._ready_bytes += len(item.raw or b"") + FRAME_OVERHEAD_BYTES
        if self._ready:
            self._wake.set()

    def transit(self, held: int) -> None:
        """The transport holds `held` bytes of a message it has not handed over yet."""
        if self._failed:
            return
        started = self.in_transit.deadline
        try:
            self.in_transit.update(held, self._time())
        except SessionEnd as exc:
            self.discard()
            self._error = exc.with_traceback(None)
        if self.in_transit.deadline != started or self._error is not None:
            self._wake.set()

    def _end(self) -> None:
        self._ended = True
        self._wake.set()

    # -- for the session ------------------------------------------------------------------
    def connected_as(self, version: str) -> None:
        """CONNECTED was sent: what came behind CONNECT is parsed under the post-CONNECT rules."""
        pending = self.parser.take_buffer() + b"".join(self._held)
        self._held = []
        self.parser = FrameParser(max_frame_bytes=self.settings.max_frame_bytes, max_headers=self.settings.max_headers,
                                  version=version, commands=_AFTER_CONNECT)
        self.connected = True
        if pending:
            self.take(pending)

    async def next(self) -> Frame | None:
        """The next complete frame; None once the client is gone. Raises the budget or frame
        error the client's bytes broke, or `incomplete-frame-seconds` when a frame takes too long."""
        while not self._ready:
            if self._error is not None:
                error, self._error = self._error, None  # no exception <-> intake reference cycle
                raise error
            if self._ended:
                return None
            if self.connected:
                self._resume()
            self._wake.clear()
            now = self._time()
            waits = [r for r in (self.incomplete.remaining(now), self.in_transit.remaining(now)) if r is not None]
            remaining = min(waits) if waits else None
            if remaining is None:
                await self._wake.wait()
                continue
            try:
                async with asyncio.timeout(max(remaining, 0)):
                    await self._wake.wait()
            except TimeoutError:
                raise self.incomplete.expired() from None
        item = self._ready.popleft()
        self._ready_bytes -= len(item.raw or b"") + FRAME_OVERHEAD_BYTES
        return item

    def discard(self) -> None:
        """Drop everything held for this client (the session ends); later input is ignored (the
        transport skips it without even unmasking it)."""
        self._failed = True
        self.client.stop_input()
        self.incomplete.release()
        self.in_transit.release()
        self.parser.discard()
        self._held = []
        self._ready.clear()
        self._ready_bytes = 0

    def _pause(self) -> None:
        if not self._paused:
            self._paused = True
            self.client.pause()

    def _resume(self) -> None:
        if self._paused:
            self._paused = False
            self.client.resume()
