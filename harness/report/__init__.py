"""Report writers, one module per output kind, all fed the same :class:`Report`.

The verdicts (new / known / expected / pass / unsupported), findings and version windows
are computed once (:mod:`harness.report.view`) with the same baseline the gate reads, so
the gate and every report agree cell for cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import html, json_report, junit, markdown  # noqa: F401  (registers the writers)
from .base import COLLECTORS, WRITERS, Report
from .gate import live_entries
from .passes import Results
from .plan import parse_path, plans
from .summary import Summary, summarize
from .view import ViewBuilder, summary_extras


def make_report(records: Any, baseline: Sequence[Any] = (), baseline_path: str = "",
                today: date | None = None, upgrade: str | None = None) -> Report:
    """Judge ``records`` (a list, or :class:`.passes.Results` read from files in two passes)
    against the baseline entries live on ``today`` (the gate's rule); ``upgrade`` ("2.4:2.6"):
    plan that path only (default: every adjacent pair both ways and oldest ↔ newest,
    :func:`.plan.default_paths`).

    The records go by once (the last of each check): the view, the summary and each writer's
    collector (:data:`.base.COLLECTORS`) keep what they show, none keeps the records."""
    live = live_entries(baseline, today or date.today())
    results = Results.of(records)
    builder, summary = ViewBuilder(live), Summary()
    collected = {name: COLLECTORS.get(name)(live) for name in COLLECTORS}
    for record in results.latest():
        builder.add(record)
        summary.add(record)
        for collector in collected.values():
            collector.add(record)
    view = builder.build()
    chosen = [parse_path(upgrade, view.versions)] if upgrade else None
    upgrade_plans = plans(view, chosen)
    report_summary = {**summary.result(results.conflict_count), **summary_extras(view),
                      "baseline": baseline_path or None, "upgrade_plan": [p.to_json() for p in upgrade_plans]}
    return Report(summary=report_summary, view=view, baseline=baseline_path, plans=upgrade_plans,
                  conflicts=results.conflicts, conflict_count=results.conflict_count, collected=collected)


def write_reports(records: Any, out: Path, kinds: Iterable[str] | None = None,
                  baseline: Sequence[Any] = (), baseline_path: str = "", today: date | None = None) -> list[Path]:
    """Write every (or the named) report kind into ``out``; returns the files written."""
    return write_report(make_report(records, baseline, baseline_path, today), out, kinds)


def write_report(report: Report, out: Path, kinds: Iterable[str] | None = None) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [WRITERS.get(kind)(report, out) for kind in (kinds or WRITERS.names())]


__all__ = ["WRITERS", "Report", "make_report", "summarize", "write_report", "write_reports"]
