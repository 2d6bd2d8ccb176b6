"""The client leg's WebSocket input, read by the gateway itself (RFC 6455, server side).

aiohttp does the handshake and writes the frames, but its reader assembles every message whole
(up to its `max_msg_size`) and queues a few of them per connection, and each socket read of up to
256 KiB sits in its buffers until a session gets round to it: with hundreds of abusive
connections that is far more memory than any budget of the gateway's own can see (docs/stomp.md,
"The incomplete-frame attack"). So once the handshake is done the gateway takes the connection's
protocol over (`transport.set_protocol`, public asyncio API; the rest is still passed to aiohttp):
data frames are unmasked and their payload handed on piece by piece, synchronously, as it comes
off the socket (`on_data`). STOMP frames do not care where WebSocket messages begin or end, so
nothing is assembled here; whoever takes the bytes (gateway/stomp/intake.py) counts them against
its budgets at once and pauses reading when it holds enough (back-pressure: the rest waits in the
kernel's socket buffer). Control frames are answered here (ping -> pong, close -> close).

SockJS's websocket transport stays with the `sockjs` package (and aiohttp's reader): there a
`MessageMeter` in front only follows the frame headers and reports how much of the message in
progress aiohttp holds, so that too meets the budgets before it is handed over.
"""
from __future__ import annotations

import asyncio
import codecs
import struct
from collections.abc import Callable

from aiohttp import WSMsgType, web

_CLOSE_NORMAL, _PROTOCOL_ERROR, _INVALID_TEXT = 1000, 1002, 1007
_TEXT, _BINARY, _CLOSE, _PING, _PONG = 1, 2, 8, 9, 10
_MAX_CONTROL_PAYLOAD = 125


class WebSocketError(Exception):
    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code


# XOR with each byte value, for bytes.translate: 4 translations unmask any length at C speed.
_XOR_TABLES = [bytes(a ^ b for a in range(256)) for b in range(256)]


def unmask(data: bytes | memoryview, mask: bytes, phase: int) -> bytearray:
    """XOR with the 4-byte mask, starting `phase` bytes into it (a payload split across reads)."""
    out = bytearray(data)
    for i in range(4):
        out[i::4] = out[i::4].translate(_XOR_TABLES[mask[(phase + i) % 4]])
    return out


class FrameReader:
    """Incremental parser of client frames. `feed(data)` calls `on_payload(piece)` for each piece
    of a text/binary message and `on_control(opcode, payload)` for each control frame; raises
    WebSocketError for a protocol violation (the connection must then be failed with its code)."""

    __slots__ = ("on_payload", "on_control", "skip_data", "on_skipped", "_head", "_remaining", "_in_frame", "_opcode",
                 "_fin", "_mask", "_phase", "_control", "_message", "_utf8")

    def __init__(self, on_payload: Callable[[bytearray], None], on_control: Callable[[int, bytes], None]):
        self.on_payload = on_payload
        self.on_control = on_control
        self.skip_data = False  # nobody takes the payload any more: not even unmasked
        # With skip_data: told the number of payload bytes skipped, and 0 when a message ends.
        self.on_skipped: Callable[[int], None] | None = None
        self._head = b""  # header bytes of the next frame, when they straddle reads
        self._remaining = 0  # payload bytes of the current frame still to come
        self._in_frame = False
        self._opcode = 0
        self._fin = False
        self._mask = b""
        self._phase = 0
        self._control = b""
        self._message: int | None = None  # opcode of the data message in progress
        self._utf8: codecs.IncrementalDecoder | None = None

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        pos = 0
        while pos < len(view) or (self._in_frame and self._remaining == 0):
            if not self._in_frame:
                used = self._read_head(view[pos:])
                if used is None:
                    return
                pos += used
                continue
            take = min(self._remaining, len(view) - pos)
            if self._opcode >= _CLOSE:
                self._control += unmask(view[pos:pos + take], self._mask, self._phase)
            elif take and not self.skip_data:
                piece = unmask(view[pos:pos + take], self._mask, self._phase)
                self._check_text(piece, final=False)
                self.on_payload(piece)
            elif take and self.on_skipped is not None:
                self.on_skipped(take)
            pos += take
            self._remaining -= take
            self._phase = (self._phase + take) % 4
            if self._remaining == 0:
                self._frame_done()

    def _read_head(self, view: memoryview) -> int | None:
        """Bytes of `view` used for the next frame's header, None when it is not complete yet."""
        had = len(self._head)
        head = self._head + bytes(view[:14 - had])
        if len(head) < 2:
            self._head = head
            return None
        first, second = head[0], head[1]
        if not second & 0x80:
            raise WebSocketError(_PROTOCOL_ERROR, "client frames must be masked")
        if first & 0x70:
            raise WebSocketError(_PROTOCOL_ERROR, "reserved bits set (no extension was negotiated)")
        length = second & 0x7F
        size = 2 + (2 if length == 126 else 8 if length == 127 else 0) + 4
        if len(head) < size:
            self._head = head
            return None
        if length == 126:
            length = struct.unpack_from("!H", head, 2)[0]
        elif length == 127:
            length = struct.unpack_from("!Q", head, 2)[0]
        self._start(first & 0x80 != 0, first & 0x0F, length, head[size - 4:size])
        self._head = b""
        return size - had

    def _start(self, fin: bool, opcode: int, length: int, mask: bytes) -> None:
        if opcode >= _CLOSE:
            if opcode not in (_CLOSE, _PING, _PONG):
                raise WebSocketError(_PROTOCOL_ERROR, f"unknown opcode {opcode}")
            if not fin or length > _MAX_CONTROL_PAYLOAD:
                raise WebSocketError(_PROTOCOL_ERROR, "fragmented or oversized control frame")
        elif opcode == 0:
            if self._message is None:
                raise WebSocketError(_PROTOCOL_ERROR, "continuation frame without a message")
        elif opcode in (_TEXT, _BINARY):
            if self._message is not None:
                raise WebSocketError(_PROTOCOL_ERROR, "new message before the last one ended")
            self._message = opcode
            self._utf8 = codecs.getincrementaldecoder("utf-8")() if opcode == _TEXT else None
        else:
            raise WebSocketError(_PROTOCOL_ERROR, f"unknown opcode {opcode}")
        self._in_frame, self._fin, self._opcode = True, fin, opcode
        self._remaining, self._mask, self._phase = length, mask, 0

    def _check_text(self, piece: bytes | bytearray, *, final: bool) -> None:
        decoder = self._utf8
        if decoder is None or (not final and piece.isascii() and not decoder.getstate()[0]):
            return
        try:
            decoder.decode(piece, final)
        except UnicodeDecodeError:
            raise WebSocketError(_INVALID_TEXT, "text message is not valid UTF-8") from None

    def _frame_done(self) -> None:
        self._in_frame = False
        if self._opcode >= _CLOSE:
            control, self._control = self._control, b""
            self.on_control(self._opcode, control)
        elif self._fin:
            if not self.skip_data:
                self._check_text(b"", final=True)
            elif self.on_skipped is not None:
                self.on_skipped(0)
            self._message = self._utf8 = None


class InFrontOfAiohttp(asyncio.Protocol):
    """A protocol put in front of aiohttp's own on a connection (`transport.set_protocol`):
    aiohttp still writes, so pause/resume of writing and the connection's end are passed on."""

    __slots__ = ("transport", "inner")

    def __init__(self, transport: asyncio.Transport):
        self.transport = transport
        self.inner = transport.get_protocol()

    def connection_lost(self, exc: Exception | None) -> None:
        self.inner.connection_lost(exc)  # aiohttp's own bookkeeping of the connection

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()


class ClientConnection(InFrontOfAiohttp):
    """Takes a WebSocket connection's input over from aiohttp after its handshake.

    `start(on_data, on_end)` begins delivery; `pause()`/`resume()` stop and restart reading from
    the socket. Writing stays with aiohttp's WebSocketResponse (`send_frame`), so pause/resume of
    writing and the connection's end are passed on to aiohttp's protocol."""

    __slots__ = ("ws", "reader", "on_data", "on_end", "close_sent", "peer_closed", "_tasks", "_ping")

    def __init__(self, ws: web.WebSocketResponse, transport: asyncio.Transport):
        super().__init__(transport)
        self.ws = ws
        self.reader = FrameReader(self._payload, self._control)
        self.on_data: Callable[[bytes | bytearray], None] | None = None
        self.on_end: Callable[[], None] | None = None
        self.close_sent = False
        self.peer_closed = asyncio.Event()  # its close frame arrived, or the connection is gone
        self._tasks: set[asyncio.Task] = set()
        self._ping: bytes | None = None  # the latest ping not answered yet
        transport.pause_reading()  # until start()
        transport.set_protocol(self)

    def start(self, on_data: Callable[[bytes | bytearray], None], on_end: Callable[[], None]) -> None:
        self.on_data, self.on_end = on_data, on_end
        if self.peer_closed.is_set():
            on_end()
        else:
            self.resume()

    def stop_delivery(self) -> None:
        """The session is over: data frames are skipped from now on, control frames still answered."""
        self.on_data = None
        self.reader.skip_data = True

    def pause(self) -> None:
        if not self.transport.is_closing():
            self.transport.pause_reading()

    def resume(self) -> None:
        if not self.transport.is_closing() and not self.transport.is_reading():
            self.transport.resume_reading()

    # -- asyncio.Protocol --------------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        try:
            self.reader.feed(data)
        except WebSocketError as exc:
            self._fail(exc.code, str(exc))

    def eof_received(self) -> bool | None:
        self._ended()
        return None  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self._ended()
        self.on_data = self.on_end = None
        super().connection_lost(exc)

    # -- frames ------------------------------------------------------------------------
    def _payload(self, piece: bytearray) -> None:
        if self.on_data is not None and not self.peer_closed.is_set():
            self.on_data(piece)

    def _control(self, opcode: int, payload: bytes) -> None:
        if opcode == _PING:
            # RFC 6455 5.5.3: a flood of pings may be answered by one pong, for the latest.
            first, self._ping = self._ping is None, payload
            if first:
                self._spawn(self._pong())
        elif opcode == _CLOSE:
            self._ended()
            if not self.close_sent:  # answer with its own code, then hang up
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else _CLOSE_NORMAL
                self._spawn(self.send_close(code, b"", then_close=True))
            else:
                self.transport.close()

    def _fail(self, code: int, reason: str) -> None:
        self.reader = FrameReader(lambda piece: None, lambda opcode, payload: None)  # ignore the rest
        self.reader.skip_data = True
        self._ended()
        self._spawn(self.send_close(code, reason.encode()[:120], then_close=True))

    def _ended(self) -> None:
        if not self.peer_closed.is_set():
            self.peer_closed.set()
            if self.on_end is not None:
                self.on_end()

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _pong(self) -> None:
        payload, self._ping = self._ping or b"", None
        try:
            await self.ws.pong(payload)
        except Exception:  # the peer is gone already
            pass

    async def send_close(self, code: int, reason: bytes, *, then_close: bool = False) -> None:
        if not self.close_sent and not self.transport.is_closing():
            self.close_sent = True
            try:
                await self.ws.send_frame(struct.pack("!H", code) + reason, WSMsgType.CLOSE)
            except Exception:  # the peer is gone already
                pass
        if then_close:
            self.transport.close()


class MessageMeter(InFrontOfAiohttp):
    """For a connection aiohttp reads itself (the `sockjs` package's websocket transport): passes
    every byte on unchanged and tells `on_progress` how many payload bytes of the WebSocket
    message in progress aiohttp holds so far (0 once it is complete), from the frame headers
    alone. So those bytes meet the budgets, and the frame deadline, before aiohttp hands the
    message over."""

    __slots__ = ("reader", "on_progress", "_held")

    def __init__(self, transport: asyncio.Transport, on_progress: Callable[[int], None]):
        super().__init__(transport)
        self.on_progress = on_progress
        self._held = 0
        self.reader = FrameReader(lambda piece: None, lambda opcode, payload: None)
        self.reader.skip_data = True
        self.reader.on_skipped = self._skipped
        transport.set_protocol(self)

    def _skipped(self, size: int) -> None:
        self._held = self._held + size if size else 0
        self.on_progress(self._held)

    def data_received(self, data: bytes) -> None:
        try:
            self.reader.feed(data)
        except WebSocketError:  # aiohttp finds it too and closes the connection
            self.reader.on_skipped = None
        self.inner.data_received(data)  # type: ignore[attr-defined]  # aiohttp's protocol

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()  # type: ignore[attr-defined]

    def connection_lost(self, exc: Exception | None) -> None:
        self.on_progress = lambda held: None
        super().connection_lost(exc)
