"""What a worker process writes to its stdout and stderr, kept beside the verdicts.

In a worker, file descriptors 1 and 2 are one file the supervisor made, never the
protocol channel: torch, its exporters, onnxruntime and user code print there at will
(from Python and from native code). A format's part of that file goes into its record,
bounded, because "the exporter printed this before it failed" is often the explanation
a user needs; the supervisor reads the file's last lines when a worker dies.
"""

from __future__ import annotations

import ctypes
import os
import stat
import sys
from typing import IO

#: At most this much of what one format printed is kept in its record (the end of it).
KEEP_BYTES = 2000
#: ... and at most this many lines of it.
KEEP_LINES = 12

_tapping = False
_libc: ctypes.CDLL | None = None


def tap_stdio() -> None:
    """Start keeping per-format output: only in a worker, whose fd 1 is a file it can read back."""
    global _tapping
    try:
        mode = os.fstat(1).st_mode
        os.pread(1, 0, 0)
    except OSError:
        return
    _tapping = stat.S_ISREG(mode)


def _flush() -> None:
    """Python's buffers and C stdio's, so the file holds everything written so far."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    global _libc
    try:
        _libc = _libc or ctypes.CDLL(None)  # opened once: this runs for every format of every case
        _libc.fflush(None)
    except (OSError, AttributeError):
        pass


def mark() -> int:
    """Where the output stands now (pass it to :func:`since`)."""
    if not _tapping:
        return -1
    _flush()
    return os.fstat(1).st_size


def since(start: int) -> str | None:
    """The end of what was written after ``start`` (bounded), or None when nothing was."""
    if start < 0:
        return None
    _flush()
    end = os.fstat(1).st_size
    if end <= start:
        return None
    begin = max(start, end - KEEP_BYTES)
    text = _clip(os.pread(1, end - begin, begin).decode("utf-8", "replace"), cut=begin > start)
    return text or None


def last_lines(output: IO[bytes], lines: int = 3) -> str:
    """The last non-empty lines of a worker's output file, for a crash message."""
    output.seek(0, os.SEEK_END)
    size = output.tell()
    output.seek(max(0, size - KEEP_BYTES))
    said = [line.strip() for line in output.read().decode("utf-8", "replace").splitlines() if line.strip()]
    return " | ".join(line[:300] for line in said[-lines:])


def _clip(text: str, cut: bool) -> str:
    kept = text.splitlines()
    if cut and len(kept) > 1:
        kept = kept[1:]  # the first line is a fragment
    dropped = cut or len(kept) > KEEP_LINES
    kept = [line[:KEEP_BYTES // 4] for line in kept[-KEEP_LINES:]]
    return ("… " if dropped else "") + "\n".join(kept).strip()
