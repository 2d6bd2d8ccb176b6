"""The STOMP frame codec (pure): what the proxy relies on to read both directions."""
import random

import pytest

from gateway.stomp.frames import HEARTBEAT, Frame, FrameError, FrameParser, error_frame, serialize


def parser(**kw) -> FrameParser:
    kw.setdefault("max_frame_bytes", 4096)
    kw.setdefault("max_headers", 16)
    return FrameParser(**kw)


def test_frames_split_across_messages_and_several_in_one():
    p = parser()
    assert p.feed(b"SEND\ndestination:/a\n") == []
    assert p.feed(b"\nhel") == []
    frames = p.feed(b"lo\x00MESSAGE\nsubscription:1\n\nx\x00SEN")
    assert [(f.command, f.body) for f in frames] == [("SEND", b"hello"), ("MESSAGE", b"x")]
    assert frames[0].get("destination") == "/a"
    assert frames[0].raw == b"SEND\ndestination:/a\n\nhello\x00"
    assert p.feed(b"D\n\n\x00")[0].command == "SEND"


def test_heartbeat_eols_lf_and_crlf_between_frames():
    p = parser()
    items = p.feed(b"\n\r\nSEND\n\n\x00\n")
    assert items[0] is HEARTBEAT and items[1] is HEARTBEAT and items[3] is HEARTBEAT
    assert items[2].command == "SEND"
    assert p.feed(b"\r") == [] and p.feed(b"\n") == [HEARTBEAT]


def test_crlf_header_lines():
    frame = parser().feed(b"SEND\r\ndestination:/q\r\n\r\nbody\x00")[0]
    assert frame.get("destination") == "/q" and frame.body == b"body"


def test_content_length_body_may_hold_nuls_and_binary():
    body = bytes(range(256)) * 4
    data = b"SEND\ndestination:/q\ncontent-length:%d\n\n" % len(body) + body + b"\x00"
    p = parser()
    assert p.feed(data[:100]) == []
    frame = p.feed(data[100:])[0]
    assert frame.body == body and frame.raw == data


def test_content_length_not_followed_by_nul_is_refused():
    with pytest.raises(FrameError) as err:
        parser().feed(b"SEND\ncontent-length:2\n\nabc\x00")
    assert err.value.kind == "bad-frame"


def test_first_repeated_header_wins():
    frame = parser().feed(b"MESSAGE\nfoo:first\nfoo:second\n\n\x00")[0]
    assert frame.get("foo") == "first"


def test_stomp_12_header_escaping_round_trips():
    frame = parser().feed(b"SEND\nkey\\cname:a\\nb\\r\\\\c\\cd\n\n\x00")[0]
    assert frame.headers == [("key:name", "a\nb\r\\c:d")]
    frame.set("other", "x:y")
    again = parser().feed(serialize(frame, "1.2"))[0]
    assert again.headers == [("key:name", "a\nb\r\\c:d"), ("other", "x:y")]


def test_stomp_11_has_no_cr_escape_and_10_no_escaping():
    with pytest.raises(FrameError):
        parser(version="1.1").feed(b"SEND\nk:a\\rb\n\n\x00")
    assert parser(version="1.0").feed(b"SEND\nk:a\\cb\n\n\x00")[0].get("k") == "a\\cb"


def test_undefined_escape_is_fatal():
    with pytest.raises(FrameError) as err:
        parser().feed(b"SEND\nk:a\\tb\n\n\x00")
    assert err.value.kind == "bad-escape"


def test_connect_headers_are_not_unescaped():
    frame = parser().feed(b"CONNECT\npasscode:a\\cb\n\n\x00")[0]
    assert frame.get("passcode") == "a\\cb"
    assert b"passcode:x:y" in serialize(Frame("CONNECT", [("passcode", "x:y")]))


def test_oversized_frame_refused_before_it_is_complete():
    p = parser(max_frame_bytes=100)
    with pytest.raises(FrameError) as err:
        p.feed(b"SEND\ncontent-length:5000\n\n")
    assert err.value.kind == "frame-too-large"
    p = parser(max_frame_bytes=100)
    p.feed(b"SEND\n\n")
    with pytest.raises(FrameError):
        p.feed(b"x" * 200)
    with pytest.raises(FrameError):
        parser(max_frame_bytes=100).feed(b"SEND\nh:" + b"v" * 200)


def test_too_many_headers_refused_even_unterminated():
    with pytest.raises(FrameError) as err:
        parser(max_headers=3).feed(b"SEND\n" + b"h:v\n" * 10)
    assert err.value.kind == "too-many-headers"
    with pytest.raises(FrameError):
        parser(max_headers=3).feed(b"SEND\n" + b"h:v\n" * 4 + b"\n\x00")
    assert parser(max_headers=3).feed(b"SEND\n" + b"h:v\n" * 3 + b"\n\x00")


def test_unknown_command_and_malformed_header_and_bad_utf8():
    with pytest.raises(FrameError) as err:
        parser(commands=frozenset({"SEND"})).feed(b"HELLO\n\n\x00")
    assert err.value.kind == "bad-command"
    with pytest.raises(FrameError):
        parser().feed(b"SEND\nno-colon\n\n\x00")
    with pytest.raises(FrameError):
        parser().feed(b"SEND\nk:\xff\n\n\x00")


def test_unchanged_frames_serialize_to_their_exact_bytes_and_changed_ones_are_rebuilt():
    raw = b"MESSAGE\nsubscription:1\ndestination:/topic/a.user.b\ncontent-length:2\n\nhi\x00"
    frame = parser().feed(raw)[0]
    assert serialize(frame) == raw
    frame.set("destination", "/topic/a")
    out = serialize(frame)
    assert out != raw
    again = parser().feed(out)[0]
    assert again.get("destination") == "/topic/a" and again.body == b"hi"
    assert again.get("content-length") == "2"


def test_feed_one_leaves_pipelined_frames_for_another_parser():
    p = parser(commands=frozenset({"CONNECT"}))
    first = p.feed_one(b"CONNECT\n\n\x00SUBSCRIBE\nid:1\n\n\x00")
    assert first.command == "CONNECT"
    rest = p.take_buffer()
    assert parser().feed(rest)[0].command == "SUBSCRIBE"


def test_error_frame_is_single_line_message_with_text_body():
    frame = parser().feed(serialize(error_frame("bad\nthing", "details", receipt_id="r-1")))[0]
    assert frame.command == "ERROR"
    assert frame.get("message") == "bad thing" and frame.get("receipt-id") == "r-1"
    assert frame.body == b"details"


def test_lazy_parsing_gives_the_same_frames_and_bodies():
    data = (b"MESSAGE\nsubscription:1\nk\\c:v\\n\ncontent-length:3\n\na\x00b\x00"
            b"RECEIPT\nreceipt-id:77\n\n\x00\n")
    eager = parser().feed(data)
    lazy = parser(lazy_headers=True).feed(data)
    assert lazy == eager and [f.raw if f is not HEARTBEAT else f for f in lazy] == \
        [f.raw if f is not HEARTBEAT else f for f in eager]
    assert lazy[0].body == b"a\x00b" and lazy[0].get("k:") == "v\n"
    assert lazy[1].get("receipt-id") == "77"


def test_any_split_of_a_frame_stream_parses_the_same():
    rng = random.Random(7)
    stream = b"".join([
        b"\n",
        serialize(Frame("SEND", [("destination", "/q"), ("k:1", "a\nb")], bytes(range(256)))),
        b"\r\n",
        b"MESSAGE\r\nsubscription:9\r\n\r\nplain text\x00",
        serialize(Frame("RECEIPT", [("receipt-id", "r")])),
        b"\n\n",
    ])
    expected = parser(max_frame_bytes=1 << 16).feed(stream)
    assert [i.command for i in expected if i is not HEARTBEAT] == ["SEND", "MESSAGE", "RECEIPT"]
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, len(stream)), rng.randint(1, 12)))
        p = parser(max_frame_bytes=1 << 16, lazy_headers=rng.random() < 0.5)
        got = []
        for start, end in zip([0, *cuts], [*cuts, len(stream)]):
            got += p.feed(stream[start:end])
        assert got == expected and p.buffered == 0



def _message(body: bytes, *, length: int | None = None, headers: bytes = b"subscription:1\n") -> bytes:
    content_length = b"" if length is None else b"content-length:%d\n" % length
    return b"MESSAGE\n" + headers + content_length + b"\n" + body + b"\x00"


WHOLE = [
    _message(b'{"stage":"EXECUTING"}'),
    _message(b"with\x00nul", length=8),
    _message(b"", length=0),
    _message(b"x", headers=b"destination:/topic/a\nmessage-id:T_1@@session-1@@1\n"),
]
NOT_WHOLE = [
    _message(b"x") + b"\n",                                  # a heart-beat after it
    _message(b"a") + _message(b"b"),                         # two frames
    _message(b"a") + b"MESS",                                # the start of the next one
    _message(b"abc\x00", length=8)[:-3],                     # content-length says more is coming
    _message(b"ab\x00", length=3)[:-1],                      # ... and its last byte so far is a NUL
    _message(b"abc", length=2),                              # longer than its content-length
    _message(b"abc", length=None)[:-1],                      # no NUL yet
    b"MESSAGE\r\nsubscription:1\r\n\r\nx\x00",              # CRLF lines: left to the parser
    b"RECEIPT\nreceipt-id:9\n\n\x00",                        # not a MESSAGE: the relay looks at it
    b"ERROR\nmessage:no\n\n\x00",
    _message(b"x" * 5000),                                   # over max_frame_bytes
    _message(b"x", headers=b"".join(b"h%d:v\n" % i for i in range(20))),  # over max_headers
    _message(b"x", length=None, headers=b"content-length: 1\n"),        # not a plain number
]


@pytest.mark.parametrize("data", WHOLE)
def test_a_whole_message_is_recognised_as_what_feed_would_return(data):
    p = parser()
    assert p.is_whole_message(data)
    frames = parser().feed(data)
    assert len(frames) == 1 and frames[0].command == "MESSAGE" and frames[0].raw == data
    assert p.feed(b"SEND\n\n\x00")[0].command == "SEND"  # nothing was buffered by the look


@pytest.mark.parametrize("data", NOT_WHOLE)
def test_anything_else_is_left_to_feed(data):
    assert not parser().is_whole_message(data)


def test_not_whole_while_a_frame_is_buffered():
    p = parser()
    p.feed(b"MESSAGE\nsubscription:1\n")
    assert not p.is_whole_message(_message(b"x"))


def test_whole_message_agrees_with_feed_on_random_pieces():
    rng = random.Random(7)
    bodies = [bytes(rng.choice(b"ab\x00{}") for _ in range(rng.randrange(12))) for _ in range(60)]
    frames = [_message(b, length=len(b)) if b"\x00" in b or rng.random() < 0.5 else _message(b) for b in bodies]
    stream, starts = b"".join(frames), [0]
    for frame in frames:
        starts.append(starts[-1] + len(frame))
    whole = 0
    for _ in range(600):
        start = rng.choice(starts[:-1]) if rng.random() < 0.7 else rng.randrange(len(stream))
        piece = stream[start:start + rng.choice([rng.randrange(1, 80), len(frames[0])])]
        if start in starts and rng.random() < 0.5:
            piece = frames[starts.index(start)]
        fresh = parser()
        if fresh.is_whole_message(piece):
            whole += 1
            items = fresh.feed(piece)
            assert len(items) == 1 and items[0].command == "MESSAGE" and fresh.buffered == 0, piece
    assert whole > 100
