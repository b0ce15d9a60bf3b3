"""What every report writer is given, and the registry of writers (one module per output kind)."""

from __future__ import annotations

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
