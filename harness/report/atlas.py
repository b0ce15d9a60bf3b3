"""The atlas summary: every format × check as a saved-in × loaded-in grid, small enough to read.

At sixteen torch releases there are 256 ordered pairs and ~290,000 records. This writer
streams the per-pair results files once through :class:`~harness.report.view.ViewBuilder`
and writes the committed summary: ``README.md`` (the findings, the version windows and a
grid per format and check, rows saved-in, columns loaded-in, in release order — the same
sections as ``compat.md``) and ``atlas.json`` (the same counts, for tools). The full
reports (``compat.json`` and the others) are written beside the results by the ``atlas``
command. Every record-derived string is escaped as in ``compat.md``
(:mod:`harness.report.markdown`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from .base import write_atomically
from .gate import plain
from .libraries import finding_attribution, note
from .markdown import digest, grids, problems_section, upgrade_section, window_table
from .plan import plans
from .read import iter_records
from .view import (
    Finding,
    View,
    applicable_pairs,
    build_view,
    summary_extras,
    where,
    windows,
)


def stream_records(results: Path) -> Iterator[dict[str, Any]]:
    """Every record of every per-pair file under ``results``, one at a time."""
    return iter_records([Path(results)])


def collect(records: Iterable[Mapping[str, Any]], live: Sequence[Any] = ()) -> View:
    """Counts per cell and findings in one pass over a stream; each failure is judged against
    the ``live`` baseline entries (:mod:`harness.report.gate`) on the way."""
    return build_view(records, live)


def new_classes(view: View) -> list[Finding]:
    """The findings no baseline entry covers, most widespread first."""
    return [f for f in view.findings if f.verdict == "new"]


def gate_lines(view: View, baseline: Sequence[Any]) -> list[str]:
    """What the upgrade gate says about the atlas: one line per new finding, then the live
    entries that covered nothing."""
    lines = [f"MODEL    {problem.line()}" for problem in view.problems]
    lines += [f"NEW      {f.format}/{f.check} {'/'.join(f.statuses)}: {f.checks} checks, {len(f.cases)} cases; "
             f"{where(f.pairs, applicable_pairs(view, f), view.versions)}: {f.message}"
             + (f" — {libraries}" if (libraries := note(finding_attribution(view, f))) else "")
             for f in new_classes(view)]
    pairs = {pair for cells in view.cells.values() for pair in cells}
    formats = {fmt for fmt, _ in view.cells}  # as the gate: an entry about a format the atlas lacks is not judged
    lines += [f"STALE    {entry.label()} matched nothing in the atlas: {entry.reason}"
              for entry in baseline if not view.hits[entry.index] and any(entry.about(*p) for p in pairs)
              and any(fnmatchcase(fmt, entry.format) for fmt in formats)]
    return [plain(line) for line in lines]


def write_markdown(view: View, out: Path, title: str, notes: Sequence[str] = ()) -> Path:
    versions = view.versions
    lines = [f"# {title}", "", *notes, "",
             f"{len(versions)} torch versions, {len(versions) ** 2} ordered pairs, {view.records} checks.", ""]
    lines += upgrade_section(plans(view))
    lines += problems_section(view)
    lines += digest(view)
    lines += window_table(view, windows(view))
    lines += ["## Saved-in × loaded-in, per format and check", ""]
    lines += grids(view)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, "\n".join(lines) + "\n")
    return out


def write_json(view: View, out: Path, meta: Mapping[str, Any]) -> Path:
    """Counts per format/check → saved → loaded → verdict, the findings and the windows."""
    extras = summary_extras(view)
    payload = {"schema": 2, **meta, "versions": view.versions, "checks": view.records, "grids": extras["grids"],
               "findings": extras["findings"], "windows": extras["windows"],
               "upgrade_plan": [p.to_json() for p in plans(view)]}
    write_atomically(out, json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n")
    return out


def run_notes(run: Any, envs: Sequence[Any], examples: int, seed: int, commit: str = "") -> list[str]:
    """What the atlas runs took, per environment: the lines above the grids (``commit``: the
    checkout's, used when the runs did not record theirs)."""
    gb = float(1 << 30)
    envs_state = run.state.get("envs", {})
    # the runs that did work (an interrupted one and the one that finished it both count);
    # a rerun with every visit current only rewrote this summary
    working = [r for r in run.state.get("runs", []) if r["skipped_visits"] < r["visits"]] or [
        {"wall_seconds": run.wall_seconds, "peak_above_start_bytes": run.peak_used_bytes - run.start_used_bytes}]
    commit = next((r["commit"] for r in reversed(working) if r.get("commit")), commit)
    notes = [f"Measured {date.today().isoformat()} on one machine ({os.cpu_count()} cores)"
             + (f" at harness commit {commit}" if commit else "") + " by "
             f"`python3 -m tox -e atlas` ({examples} generated models, seed {seed}): wall time "
             f"{sum(r['wall_seconds'] for r in working) / 60:.1f} min"
             + (f" over {len(working)} runs (one was interrupted)" if len(working) > 1 else "")
             + f"; peak disk {max(r['peak_above_start_bytes'] for r in working) / gb:.1f} GB above what was in "
             "use when it started (environments, uv cache, artifacts, results).", "",
             "| env | installed | install (s, each build) | save (s) | verify (s) | pairs verified |",
             "|---|---|---|---:|---:|---:|"]
    for env in envs:
        state = envs_state.get(env.name, {})
        packages = ", ".join(f"{k} {v}" for k, v in sorted(state.get("packages", {}).items()))
        installs = " / ".join(f"{i['seconds']:.0f}" for i in state.get("installs", []))
        steps = state.get("steps", [])
        save = sum(s["seconds"] for s in steps if s["step"] == "save")
        verify = [s for s in steps if s["step"] == "verify"]
        notes.append(f"| {env.name} | {packages or '—'} | {installs or '—'} | {save:.0f} | "
                     f"{sum(s['seconds'] for s in verify):.0f} | {sum(s['loads'] for s in verify)} |")
    steps = [s for state in envs_state.values() for s in state.get("steps", [])]
    verified = [s for s in steps if s["step"] == "verify" and s["loads"]]
    installs = [i["seconds"] for state in envs_state.values() for i in state.get("installs", [])]
    if verified:
        notes += ["", f"Per pair: {sum(s['seconds'] for s in verified) / sum(s['loads'] for s in verified):.1f} s of "
                      f"verification on average (a visit's worker start-up included); {len(installs)} environment "
                      f"builds, {sum(installs) / max(1, len(installs)):.0f} s each on average; saving "
                      f"{sum(s['seconds'] for s in steps if s['step'] == 'save') / max(1, len(envs)):.0f} s per "
                      "environment on average."]
    return notes + [""] + [f"- problem: {p}" for p in run.problems]
