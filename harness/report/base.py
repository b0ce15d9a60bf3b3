"""What every report writer is given, and the registry of writers (one module per output kind)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from ..registry import Registry
from .view import View


@dataclass
class Report:
    summary: dict[str, Any]                # what compat.json keeps beside the records
    view: View
    baseline: str = ""                     # the baseline file the verdicts were judged against
    plans: Sequence[Any] = ()              # the upgrade plans (.plan.Plan), the reports' first section
    conflicts: Sequence[Mapping[str, Any]] = ()  # checks whose records disagree (the first kept)
    conflict_count: int = 0
    collected: Mapping[str, Any] = field(default_factory=dict)  # writer → what it gathered (COLLECTORS)


Writer = Callable[[Report, Path], Path]
WRITERS: Registry[Writer] = Registry("report writer")


class Collector(Protocol):
    """What a writer gathers from each record shown (the last of each check) while the records
    go by once: the reports hold no record, so a writer that lists every record (``compat.json``,
    ``junit.xml``) spools its part as it goes."""

    def add(self, record: Mapping[str, Any]) -> None: ...


#: writer name → a collector factory, given the live baseline entries.
COLLECTORS: Registry[Callable[[Sequence[Any]], Collector]] = Registry("report collector")


def write_atomically(path: Path, content: str | bytes | Iterable[bytes]) -> Path:
    """Write a report whole or not at all: into a temporary file beside it, then renamed over
    it, so a full disk or a kill leaves the previous report (or none), never half of one. Text
    is UTF-8, a lone surrogate (legal in JSON's \\u escapes, not in UTF-8) written as its escape;
    an iterable of byte chunks is written as it comes (a report larger than memory)."""
    chunks = [content.encode("utf-8", errors="backslashreplace") if isinstance(content, str) else content] \
        if isinstance(content, (str, bytes)) else content
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
