"""What every report writer is given, and the registry of writers (one module per output kind)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..registry import Registry
from .view import View


@dataclass
class Report:
    records: list[Mapping[str, Any]]       # deduplicated: the last verdict of each check
    read: Sequence[Mapping[str, Any]]      # every record read (contradictions are found here)
    summary: dict[str, Any]                # what compat.json keeps beside the records
    view: View
    baseline: str = ""                     # the baseline file the verdicts were judged against
    plans: Sequence[Any] = ()              # the upgrade plans (.plan.Plan), the reports' first section


Writer = Callable[[Report, Path], Path]
WRITERS: Registry[Writer] = Registry("report writer")


def write_atomically(path: Path, content: str | bytes) -> Path:
    """Write a report whole or not at all: into a temporary file beside it, then renamed over
    it, so a full disk or a kill leaves the previous report (or none), never half of one. Text
    is UTF-8, a lone surrogate (legal in JSON's \\u escapes, not in UTF-8) written as its escape."""
    data = content.encode("utf-8", errors="backslashreplace") if isinstance(content, str) else content
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
