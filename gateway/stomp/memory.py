"""Give memory of big, short-lived buffers back to the OS (glibc only; a no-op elsewhere).

glibc raises its mmap threshold each time it frees a large mmap'ed block, so after a burst of
multi-MiB frames (or an attack holding incomplete ones) later buffers of that size come from
the heap, whose pages stay resident after they are freed: the process keeps its peak size.
A fixed threshold keeps every buffer above it in its own mapping, returned on free.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 256 * 1024
TRIM_THRESHOLD_BYTES = 1024 * 1024
_done = False


def return_large_buffers_to_os() -> bool:
    global _done
    if _done:
        return True
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        mallopt = getattr(libc, "mallopt", None)
    except OSError:
        mallopt = None
    if mallopt is None:
        return False
    _done = bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))
    if not _done:
        log.info("mallopt is not available: memory of large buffers may stay resident")
    return _done
