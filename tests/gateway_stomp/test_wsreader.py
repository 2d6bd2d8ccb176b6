"""The gateway's WebSocket frame reader (gateway/stomp/wsreader.py), pure logic: whatever the
socket reads cut, the payload comes out unmasked and whole, control frames come out once, and
protocol violations are refused with their close codes."""
from __future__ import annotations

import os
import random

import pytest

from gateway.stomp.wsreader import FrameReader, WebSocketError, unmask
from tests.gateway_stomp.raw_websocket import frame_header


def masked_frame(payload: bytes, opcode: int = 2, fin: bool = True) -> bytes:
    mask = os.urandom(4)
    return frame_header(len(payload), opcode, fin) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


class Collected:
    def __init__(self):
        self.data = bytearray()
        self.controls: list[tuple[int, bytes]] = []
        self.reader = FrameReader(self.data.extend, lambda opcode, payload: self.controls.append((opcode, payload)))


def test_unmask_from_any_phase():
    data, mask = os.urandom(1001), b"\x01\x80\xfe\x33"
    for phase in range(4):
        assert bytes(unmask(data, mask, phase)) == bytes(b ^ mask[(phase + i) % 4] for i, b in enumerate(data))


def test_payload_and_controls_survive_every_cut():
    rng = random.Random(15)
    big = bytes(rng.randrange(256) for _ in range(70_000))  # a 64-bit length
    stream = (masked_frame(b"SEND\n", opcode=1, fin=False) + masked_frame(b"ping!", opcode=9)
              + masked_frame(b"\n\nhello", opcode=0) + masked_frame(b"", opcode=2)
              + masked_frame(big[:300]) + masked_frame(big))  # 16-bit and 64-bit lengths
    expected = b"SEND\n\n\nhello" + big[:300] + big
    for _ in range(30):
        collected = Collected()
        cuts = sorted(rng.sample(range(1, len(stream)), 40))
        for start, end in zip([0, *cuts], [*cuts, len(stream)]):
            collected.reader.feed(stream[start:end])
        assert bytes(collected.data) == expected
        assert collected.controls == [(9, b"ping!")]
    one_by_one = Collected()
    for i in range(2_000):
        one_by_one.reader.feed(stream[i:i + 1])
    one_by_one.reader.feed(stream[2_000:])
    assert bytes(one_by_one.data) == expected


@pytest.mark.parametrize("frame, code", [
    (bytes([0x82, 0x03]) + b"abc", 1002),  # not masked
    (bytes([0xC2, 0x80]) + b"\0\0\0\0", 1002),  # a reserved bit
    (masked_frame(b"x", opcode=3), 1002),  # an unknown opcode
    (masked_frame(b"x", opcode=0), 1002),  # a continuation of nothing
    (masked_frame(b"x", opcode=9, fin=False), 1002),  # a fragmented ping
    (masked_frame(b"x" * 126, opcode=9), 1002),  # an oversized ping
    (masked_frame(b"a", opcode=1, fin=False) + masked_frame(b"b", opcode=1), 1002),  # two messages at once
    (masked_frame(b"caf\xc3(", opcode=1), 1007),  # not UTF-8
    (masked_frame(b"caf\xc3", opcode=1), 1007),  # a sequence cut at the message's end
])
def test_protocol_violations_are_refused_with_their_code(frame, code):
    with pytest.raises(WebSocketError) as refused:
        Collected().reader.feed(frame)
    assert refused.value.code == code


def test_utf8_split_across_fragments_is_fine():
    collected = Collected()
    text = "café ☕".encode()
    collected.reader.feed(masked_frame(text[:4], opcode=1, fin=False) + masked_frame(text[4:], opcode=0))
    assert bytes(collected.data) == text
