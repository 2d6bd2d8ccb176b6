"""STOMP 1.0/1.1/1.2 frame codec: an incremental parser and a serializer.

The parser is fed the payloads of WebSocket messages (or SockJS messages) as they come: a frame
may be split across several messages and one message may carry several frames. End-of-line
bytes between frames are heart-beats. A frame's body ends at its NUL byte, or after exactly
`content-length` bytes (which may themselves contain NULs: binary bodies).

Frames keep their exact bytes (`raw`), so the proxy forwards unchanged frames byte for byte
and only re-serializes the ones it rewrites.
"""
from __future__ import annotations

from collections.abc import Collection

HEARTBEAT = b"\n"

# CONNECT and CONNECTED never escape header values (STOMP 1.2 "Value Encoding").
_UNESCAPED_COMMANDS = frozenset({"CONNECT", "STOMP", "CONNECTED"})
_ESCAPES_12 = {"\\r": "\r", "\\n": "\n", "\\c": ":", "\\\\": "\\"}
_ESCAPES_11 = {"\\n": "\n", "\\c": ":", "\\\\": "\\"}

CLIENT_COMMANDS = frozenset({
    "CONNECT", "STOMP", "SEND", "SUBSCRIBE", "UNSUBSCRIBE", "ACK", "NACK",
    "BEGIN", "COMMIT", "ABORT", "DISCONNECT",
})
SERVER_COMMANDS = frozenset({"CONNECTED", "MESSAGE", "RECEIPT", "ERROR"})


class FrameError(Exception):
    """The peer sent something that is not an acceptable STOMP frame. `kind` names the rule
    (for metrics), the message is safe to show to the client."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class Frame:
    """A STOMP frame. Headers are an ordered list (repeats allowed); frames parsed lazily (the
    broker's, on the hot path) decode their headers only when someone reads them."""

    __slots__ = ("command", "_headers", "_head", "_table", "body", "raw")

    def __init__(self, command: str, headers: list[tuple[str, str]] | None = None, body: bytes = b"",
                 raw: bytes | None = None):
        self.command = command
        self._headers: list[tuple[str, str]] | None = headers if headers is not None else []
        self._head: bytes | None = None
        self._table: dict[str, str] | None = None
        self.body = body
        self.raw = raw  # the exact bytes received; None once modified or if built here

    @classmethod
    def lazy(cls, command: str, head: bytes, table: dict[str, str] | None, body: bytes, raw: bytes) -> Frame:
        frame = cls(command, None, body, raw)
        frame._headers = None
        frame._head = head
        frame._table = table
        return frame

    @property
    def headers(self) -> list[tuple[str, str]]:
        if self._headers is None:
            assert self._head is not None  # a lazy frame keeps its head until decoded
            self._headers = _parse_header_lines(self._head.decode("utf-8").split("\n")[1:], self._table)
            self._head = None
        return self._headers

    @headers.setter
    def headers(self, value: list[tuple[str, str]]) -> None:
        self._headers = value
        self._head = None

    def get(self, name: str, default: str | None = None) -> str | None:
        # STOMP 1.2: when a header repeats, the first occurrence wins.
        for key, value in self.headers:
            if key == name:
                return value
        return default

    def set(self, name: str, value: str) -> None:
        self.remove(name)
        self.headers.append((name, value))
        self.raw = None

    def remove(self, *names: str) -> None:
        before = len(self.headers)
        self.headers = [(k, v) for k, v in self.headers if k not in names]
        if len(self.headers) != before:
            self.raw = None

    def keep_only(self, names: Collection[str]) -> None:
        self.remove(*{k for k, _ in self.headers if k not in names})

    def __eq__(self, other) -> bool:
        return (isinstance(other, Frame) and self.command == other.command
                and self.headers == other.headers and self.body == other.body)

    def __repr__(self) -> str:
        return f"Frame({self.command!r}, {self.headers!r}, body={self.body[:80]!r})"


def _parse_header_lines(lines: list[str], table: dict[str, str] | None) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    for line in lines:
        line = line.removesuffix("\r")
        key, sep, value = line.partition(":")
        if not sep or not key:
            raise FrameError("bad-frame", "A header line has no name or no ':'.")
        if table is not None:
            key, value = _unescape(key, table), _unescape(value, table)
        headers.append((key, value))
    return headers


def _unescape(value: str, table: dict[str, str]) -> str:
    if "\\" not in value:
        return value
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            seq = value[i:i + 2]
            if seq not in table:
                raise FrameError("bad-escape", f"Undefined escape sequence {seq!r} in a header.")
            out.append(table[seq])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _escape(value: str, version: str) -> str:
    if version == "1.0":
        return value
    value = value.replace("\\", "\\\\").replace("\n", "\\n").replace(":", "\\c")
    if version == "1.2":
        value = value.replace("\r", "\\r")
    return value


def serialize(frame: Frame, version: str = "1.2") -> bytes:
    """Wire bytes of `frame`; the original bytes when it was received and left unchanged.
    Adds `content-length` whenever the body is not empty so that NULs survive."""
    if frame.raw is not None:
        return frame.raw
    escape = frame.command not in _UNESCAPED_COMMANDS
    lines = [frame.command]
    for key, value in frame.headers:
        if key == "content-length":
            continue
        if escape:
            key, value = _escape(key, version), _escape(value, version)
        lines.append(f"{key}:{value}")
    if frame.body:
        lines.append(f"content-length:{len(frame.body)}")
    return ("\n".join(lines) + "\n\n").encode() + frame.body + b"\x00"


class FrameParser:
    """Incremental parser. `feed(data)` returns the complete frames (and `HEARTBEAT`s) so far.

    `max_frame_bytes` bounds one frame including its headers, `max_headers` the header count;
    both are checked before a frame is complete, so an oversized frame is refused without
    buffering it. `version` ("1.0"/"1.1"/"1.2") decides header escaping once negotiated.
    """

    def __init__(self, *, max_frame_bytes: int, max_headers: int, version: str = "1.2",
                 commands: frozenset[str] | None = None, lazy_headers: bool = False):
        self.lazy_headers = lazy_headers
        self.max_frame_bytes = max_frame_bytes
        self.max_headers = max_headers
        self.version = version
        self.commands = commands
        self._buf = bytearray()
        # How far the current frame was already searched (for its head's end, for its NUL), so a
        # frame arriving in many pieces is scanned once, not once per piece.
        self._head_searched = 0
        self._newlines = 0
        self._body_searched = 0

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes | bytearray) -> list[Frame | bytes]:
        self._buf += data
        out: list[Frame | bytes] = []
        while True:
            item = self._next()
            if item is None:
                if not self._buf:
                    self._buf = bytearray()  # drop the capacity a big frame left behind
                return out
            out.append(item)

    def is_whole_message(self, data: bytes) -> bool:
        """True when nothing is buffered and `data` is exactly one complete MESSAGE frame within
        the limits: what `feed(data)` would return as that one frame, leaving nothing buffered.
        Lets a relay that needs nothing from a broker's MESSAGE (only its ERRORs and RECEIPTs)
        count it without parsing it; anything else is left to `feed`."""
        if self._buf or not data.startswith(b"MESSAGE\n") or len(data) > self.max_frame_bytes:
            return False
        head_end = data.find(b"\n\n")
        if head_end == -1 or data.find(b"\r", 0, head_end) != -1:
            return False  # incomplete, or CRLF lines: the parser's own business
        if data.count(b"\n", 0, head_end) > self.max_headers + 1:
            return False
        body_start, last = head_end + 2, len(data) - 1
        if data[last] != 0:
            return False
        header = data.find(b"\ncontent-length:", 0, head_end)
        if header == -1:
            return data.find(b"\x00", body_start) == last
        value_end = data.find(b"\n", header + 1, head_end + 1)
        value = data[header + 16:value_end]
        return value.isdigit() and body_start + int(value) == last

    def feed_one(self, data: bytes | bytearray) -> Frame | bytes | None:
        """Like `feed` but stops after one item, leaving the rest buffered (see `take_buffer`)."""
        self._buf += data
        return self._next()

    def take_buffer(self) -> bytes:
        """The unparsed bytes, handed over to another parser (e.g. after CONNECTED)."""
        data = bytes(self._buf)
        self.discard()
        return data

    def discard(self) -> None:
        """Drop whatever is buffered, and the buffer's capacity with it (the session ended)."""
        self._buf = bytearray()
        self._frame_consumed()

    def _frame_consumed(self) -> None:
        self._head_searched = self._newlines = self._body_searched = 0

    def _next(self) -> Frame | bytes | None:
        buf = self._buf
        if not buf:
            return None
        if buf[0] == 0x0A:
            del buf[0]
            self._frame_consumed()
            return HEARTBEAT
        if buf[0] == 0x0D:
            if len(buf) < 2:
                return None
            if buf[1] != 0x0A:
                raise FrameError("bad-frame", "Stray carriage return between frames.")
            del buf[:2]
            self._frame_consumed()
            return HEARTBEAT
        start = max(0, self._head_searched - 2)  # a terminator may straddle the last piece's end
        head_end = buf.find(b"\n\n", start)
        crlf_end = buf.find(b"\n\r\n", start, len(buf) if head_end == -1 else head_end)
        if crlf_end != -1 and (head_end == -1 or crlf_end < head_end):
            head_end, body_start = crlf_end, crlf_end + 3
        elif head_end != -1:
            body_start = head_end + 2
        else:
            self._check_partial_head(buf)
            self._head_searched = len(buf)
            return None
        head = bytes(buf[:head_end])
        table: dict[str, str] | None = None
        headers: list[tuple[str, str]] = []
        if self.lazy_headers:
            command, table, length_text = self._scan_head(head)
        else:
            command, headers = self._parse_head(head)
            length_text = next((v for k, v in headers if k == "content-length"), None)
        if length_text is not None:
            if not length_text.isdigit():
                raise FrameError("bad-frame", "The content-length header is not a number.")
            length = int(length_text)
            if body_start + length > self.max_frame_bytes:
                raise self._too_large()
            end = body_start + length
            if len(buf) < end + 1:
                return None
            if buf[end] != 0:
                raise FrameError("bad-frame", "The frame body is longer than its content-length.")
        else:
            end = buf.find(b"\x00", max(body_start, self._body_searched))
            if end == -1:
                if len(buf) > self.max_frame_bytes:
                    raise self._too_large()
                self._body_searched = len(buf)
                return None
            if end > self.max_frame_bytes:
                raise self._too_large()
        raw = bytes(buf[:end + 1])
        body = raw[body_start:end]
        del buf[:end + 1]
        self._frame_consumed()
        if self.lazy_headers:
            return Frame.lazy(command, head, table, body, raw)
        return Frame(command, headers, body, raw)

    def _too_large(self) -> FrameError:
        return FrameError("frame-too-large",
                          f"Frame larger than the {self.max_frame_bytes} bytes allowed.")

    def _check_partial_head(self, buf: bytearray) -> None:
        if len(buf) > self.max_frame_bytes:
            raise self._too_large()
        self._newlines += buf.count(b"\n", self._head_searched)
        if self._newlines > self.max_headers + 1:
            raise FrameError("too-many-headers", f"More than {self.max_headers} headers in a frame.")

    def _escape_table(self, command: str) -> dict[str, str] | None:
        if command in _UNESCAPED_COMMANDS or self.version == "1.0":
            return None
        return _ESCAPES_12 if self.version == "1.2" else _ESCAPES_11

    def _scan_head(self, head: bytes) -> tuple[str, dict[str, str] | None, str | None]:
        """Command and content-length only; the headers are decoded on first access."""
        newline = head.find(b"\n")
        command = (head if newline == -1 else head[:newline]).decode("utf-8", "replace").removesuffix("\r")
        if self.commands is not None and command not in self.commands:
            raise FrameError("bad-command", f"Unknown STOMP command {command[:32]!r}.")
        length_text = None
        at = head.find(b"\ncontent-length:")
        if at != -1:
            stop = head.find(b"\n", at + 1)
            length_text = head[at + 16:stop if stop != -1 else len(head)].decode().strip()
        return command, self._escape_table(command), length_text

    def _parse_head(self, head: bytes) -> tuple[str, list[tuple[str, str]]]:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            raise FrameError("bad-frame", "Frame headers are not valid UTF-8.") from None
        lines = text.split("\n")
        if len(lines) - 1 > self.max_headers:
            raise FrameError("too-many-headers", f"More than {self.max_headers} headers in a frame.")
        command = lines[0].removesuffix("\r")
        if self.commands is not None and command not in self.commands:
            raise FrameError("bad-command", f"Unknown STOMP command {command[:32]!r}.")
        headers = _parse_header_lines(lines[1:], self._escape_table(command))
        return command, headers


def error_frame(message: str, detail: str = "", *, receipt_id: str | None = None) -> Frame:
    headers = [("message", message.replace("\n", " ")), ("content-type", "text/plain")]
    if receipt_id:
        headers.append(("receipt-id", receipt_id))
    return Frame("ERROR", headers, (detail or message).encode())
