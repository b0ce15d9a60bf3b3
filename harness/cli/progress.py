"""Progress of long work, as the CLI shows it: a bar on a terminal, sparse lines in CI logs."""

from __future__ import annotations

import sys
import time


class ProgressLine:
    """A one-line progress bar on a terminal; sparse plain lines in CI logs."""

    def __init__(self, what: str, quiet: bool = False) -> None:
        self.what, self.quiet = what, quiet
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        finished = done >= total
        if self.tty:
            width = 24
            filled = int(width * done / max(total, 1))
            sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (width - filled)}] "
                             f"{done}/{total} {label[:40]:<40}")
            if finished:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif finished or now - self.last > 5 or done == 0:
            print(f"{self.what}: {done}/{total} {label}", file=sys.stderr, flush=True)
            self.last = now
