"""The parts of a pika Connection that reading frames uses, for feeding bytes to broker/inbound.py
and to pika's own path side by side (tests/foundation/test_inbound.py, test_deliveries_in.py)."""
from pika import frame
from pika.callback import CallbackManager
from pika.connection import Connection


class FrameWire:
    """pika's CallbackManager, frame decoder and buffer trimming; frames that reach
    `_process_frame` are recorded (and callbacks run there as pika runs them)."""

    _trim_frame_buffer = Connection._trim_frame_buffer
    _read_frame = Connection._read_frame

    def __init__(self):
        self._frame_buffer = b""
        self.bytes_received = 0
        self.frames_received = 0
        self.callbacks = CallbackManager()
        self.processed = []

    def _process_frame(self, value) -> bool:
        """True when a callback took the frame."""
        self.frames_received += 1
        self.processed.append(value)
        return isinstance(value, frame.Method) and bool(
            self.callbacks.process(value.channel_number, value.method, self, value))
