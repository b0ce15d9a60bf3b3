"""Where a run's time goes, for the benchmark: with ``HARNESS_PROFILE=FILE`` every harness
process appends one JSON line to FILE when it exits, holding the wall-clock intervals it
spent importing torch, inside raw format operations (an adapter's save, load, run and
restore) and in training updates (``train``: forward, backward and step, without what
harness computes around them).

The benchmark sets the variable around a default ``tox`` run and takes the union of
these intervals over all processes; without the variable nothing is collected.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import time

_FILE = os.environ.get("HARNESS_PROFILE")
_INTERVALS: list[tuple[str, float, float]] = []
_STARTED = time.time()


def interval(kind: str, start: float, end: float) -> None:
    """Keep one interval (``time.time()`` seconds) of ``kind``: import | save | load | run | restore | train."""
    if _FILE:
        _INTERVALS.append((kind, start, end))


def import_torch() -> None:
    """Import torch now, recording how long it took (a worker's first act).

    Also torch._dynamo, which torch imports on the first optimizer a process builds
    (every worker trains or resumes) and which pulls in the ONNX stack: seconds that
    otherwise show up inside the first case.
    """
    start = time.time()
    import torch  # noqa: F401
    try:
        import torch._dynamo  # noqa: F401
    except Exception:  # a torch without it, or one that cannot import it here: it is not needed yet
        pass
    interval("import", start, time.time())


def flush() -> None:
    """Write this process's line now (a worker leaves with ``os._exit``, which skips atexit)."""
    if not _FILE or _WRITTEN:
        return
    _WRITTEN.append(True)
    line = json.dumps({"pid": os.getpid(), "argv": sys.argv[1:3], "start": _STARTED, "end": time.time(),
                       "intervals": _INTERVALS}) + "\n"
    fd = os.open(_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
    finally:
        os.close(fd)


_WRITTEN: list[bool] = []
atexit.register(flush)
