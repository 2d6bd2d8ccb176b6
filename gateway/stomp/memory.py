"""Give memory of big, short-lived buffers back to the OS (glibc only; a no-op elsewhere).

glibc raises its mmap threshold each time it frees a large mmap'ed block, so after a burst of
multi-MiB frames (or an attack holding incomplete ones) later buffers of that size come from
the heap, whose pages stay resident after they are freed: the process keeps its peak size.
A fixed threshold keeps every buffer above it in its own mapping, returned on free. Smaller
buffers (WebSocket messages of a few hundred KiB, their decoded copies) still fragment the
heap, so when sessions end `trim_soon()` (coalesced: at most once per `TRIM_INTERVAL_SECONDS`)
asks glibc to give the free pages back (`malloc_trim`). After sessions the gateway cut off for
breaking a rule (`collect=True`) it first runs a full garbage collection: aiohttp keeps a closed
WebSocket, with the messages it had queued, in reference cycles, and sessions live long enough
to reach the oldest generation, which a quiet gateway might not collect for long after an
attack. Routine session ends skip it (a full collection pauses the relay for milliseconds).
"""
from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import functools
import gc
import logging

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 256 * 1024
TRIM_THRESHOLD_BYTES = 1024 * 1024
TRIM_INTERVAL_SECONDS = 2.0
_done = False
_trim_pending = False
_collect_pending = False


@functools.cache
def _libc():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def return_large_buffers_to_os() -> bool:
    global _done
    if _done:
        return True
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is None:
        return False
    _done = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))
    if not _done:
        log.info("mallopt is not available: memory of large buffers may stay resident")
    return _done


def _trim() -> None:
    global _trim_pending, _collect_pending
    if _collect_pending:
        gc.collect()
    _trim_pending = _collect_pending = False
    malloc_trim = getattr(_libc(), "malloc_trim", None)
    if malloc_trim is not None:
        malloc_trim(0)


def trim_soon(*, collect: bool = False) -> None:
    """Schedule one `malloc_trim(0)` (after a full collection if `collect`) on the running loop,
    unless one is already due."""
    global _trim_pending, _collect_pending
    _collect_pending = _collect_pending or collect
    if _trim_pending:
        return
    _trim_pending = True
    asyncio.get_running_loop().call_later(TRIM_INTERVAL_SECONDS, _trim)
