"""Report writers, one module per output kind, all fed the same records and summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..registry import Registry
from .summary import summarize

Writer = Callable[[Sequence[Mapping[str, Any]], Mapping[str, Any], Path], Path]
WRITERS: Registry[Writer] = Registry("report writer")

from . import html, json_report, junit, markdown  # noqa: E402,F401  (registers the writers)


def write_reports(records: Sequence[Mapping[str, Any]], out: Path,
                  kinds: Iterable[str] | None = None) -> list[Path]:
    """Write every (or the named) report kind into ``out``; returns the files written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = summarize(records)
    return [WRITERS.get(kind)(records, summary, out) for kind in (kinds or WRITERS.names())]


__all__ = ["WRITERS", "summarize", "write_reports"]
