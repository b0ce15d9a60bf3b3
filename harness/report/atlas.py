"""The atlas summary: every format × check as a saved-in × loaded-in grid, small enough to read.

At sixteen torch releases there are 256 ordered pairs and ~150,000 records; a column per
pair (the matrix of ``compat.md``) cannot be read and the full records do not fit in a
report a person opens. This writer streams the per-pair results files once, keeps only
counts and one line per failure class, and writes ``atlas.md`` (a grid per format and
check, rows saved-in, columns loaded-in, in release order) and ``atlas.json`` (the same
counts, for tools). Full records stay in the results files, for ``report`` and ``gate``.
Every record-derived string in ``atlas.md`` is escaped as in ``compat.md``
(:mod:`harness.report.markdown`).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..artifacts import environment_label
from ..gate import plain
from ..results import FAILING, is_failure, iter_records
from .markdown import text
from .summary import version_key

#: Statuses shown as "nothing to compare" rather than as a verdict.
NOT_RUN = ("unsupported",)


@dataclass
class FailureClass:
    """One kind of failure: the same format, check, status and first words of the message."""

    format: str
    check: str
    status: str
    message: str
    pairs: Counter = field(default_factory=Counter)   # (saved, loaded) → cases
    cases: set = field(default_factory=set)
    new: int = 0                                      # checks no baseline entry covers
    entries: set = field(default_factory=set)         # the baseline entries (1-based) that cover the others


@dataclass
class Atlas:
    cells: dict[tuple[str, str], dict[tuple[str, str], Counter]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    failures: dict[tuple[str, str, str, str], FailureClass] = field(default_factory=dict)
    versions: set = field(default_factory=set)
    records: int = 0
    hits: Counter = field(default_factory=Counter)   # baseline entry index → checks it covers


def stream_records(results: Path) -> Iterator[dict[str, Any]]:
    """Every record of every per-pair file under ``results``, one at a time."""
    return iter_records([Path(results)])


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)*(?:e[-+]?\d+)?")


def _message_key(message: str) -> str:
    """The message's first line with quoted names and numbers blanked: one class for
    messages that differ only by a value, a case or a version."""
    first = (message or "").splitlines()[0] if message else ""
    return _NUMBER.sub("N", _QUOTED.sub("'…'", first)).strip()[:160]


def collect(records: Iterable[Mapping[str, Any]], baseline: Sequence[Any] = ()) -> Atlas:
    """Counts per cell and failure class in one pass; each failure is gated against the live
    ``baseline`` entries (:mod:`harness.gate`) on the way."""
    atlas = Atlas()
    for record in records:
        atlas.records += 1
        saved, loaded = environment_label(record["saved"]), environment_label(record["loaded"])
        atlas.versions.update((saved, loaded))
        failing = is_failure(record)
        # "expected": a failing status a known limitation explains; an unsupported cell stays
        # unsupported whatever its reason (it compared nothing)
        explained = record["status"] in FAILING and not failing  # only a known limitation excuses
        verdict = "fail" if failing else ("expected" if explained else record["status"])
        if failing:
            key = (record["format"], record["check"], record["status"], _message_key(record.get("message", "")))
            found = atlas.failures.setdefault(key, FailureClass(*key))
            found.pairs[(saved, loaded)] += 1
            found.cases.add(record["case"])
            covering = [entry.index for entry in baseline if entry.matches(record)]
            atlas.hits.update(covering)
            found.entries.update(index + 1 for index in covering)
            found.new += not covering
            verdict = "known" if covering else "fail"
        atlas.cells[(record["format"], record["check"])][(saved, loaded)][verdict] += 1
    return atlas


def new_classes(atlas: Atlas) -> list[FailureClass]:
    """The failure classes with checks no baseline entry covers, most widespread first."""
    return sorted((f for f in atlas.failures.values() if f.new), key=lambda f: (-len(f.pairs), f.format, f.check))


def gate_lines(atlas: Atlas, baseline: Sequence[Any]) -> list[str]:
    """What the upgrade gate says about the atlas: one line per new failure class, then the
    live entries that covered nothing."""
    versions = _order(atlas.versions)
    lines = [f"NEW      {f.format}/{f.check} {f.status}: {f.new} checks, {len(f.cases)} cases; "
             f"{_window(f, versions)}: {f.message}" for f in new_classes(atlas)]
    pairs = {pair for cells in atlas.cells.values() for pair in cells}
    lines += [f"STALE    {entry.label()} matched nothing in the atlas: {entry.reason}"
              for entry in baseline if not atlas.hits[entry.index] and any(entry.about(*p) for p in pairs)]
    return [plain(line) for line in lines]


def _glyph(counts: Counter) -> str:
    if not counts:
        return " "
    if counts["fail"]:
        return f"❌{counts['fail']}"
    if counts["known"]:
        return f"🔸{counts['known']}"
    if counts["pass"] or counts["expected"]:
        return "✅"
    return "·"  # unsupported everywhere: nothing to compare


def _order(versions: Iterable[str]) -> list[str]:
    return sorted(versions, key=version_key)


def _window(found: FailureClass, versions: Sequence[str]) -> str:
    """Where a failure class shows, in words: by saving and loading version."""
    saved = _order({s for s, _ in found.pairs})
    loaded = _order({lo for _, lo in found.pairs})
    span = (lambda vs: vs[0] if len(vs) == 1 else f"{vs[0]}…{vs[-1]} ({len(vs)} of {len(versions)})")
    same = all(s == lo for s, lo in found.pairs)
    where = "within one version" if same else "across versions"
    return f"saved in {span(saved)}, loaded in {span(loaded)}, {len(found.pairs)} pairs, {where}"


def write_markdown(atlas: Atlas, out: Path, title: str, notes: Sequence[str] = ()) -> Path:
    versions = _order(atlas.versions)
    lines = [f"# {title}", "", *notes, "",
             f"{len(versions)} torch versions, {len(versions) ** 2} ordered pairs, {atlas.records} checks. "
             "Each grid: rows are the torch that saved, columns the torch that loaded. "
             "✅ every case passed or was explained by a known limitation of the format; "
             "❌N N cases failed in a way the baseline does not know (new); 🔸N N cases failed in a way "
             "`compat-baseline.toml` explains (known; the table below names the entry); "
             "· nothing to compare (the format is unsupported there); blank: not run.", ""]
    for (fmt, check) in sorted(atlas.cells):
        cells = atlas.cells[(fmt, check)]
        if all(set(c) <= set(NOT_RUN) for c in cells.values()):
            continue
        lines += [f"### {text(fmt)} / {text(check)}", "",
                  "| saved ↓ loaded → | " + " | ".join(text(v, table=True) for v in versions) + " |",
                  "|---" * (len(versions) + 1) + "|"]
        for saved in versions:
            lines.append(f"| **{text(saved, table=True)}** | " + " | ".join(_glyph(cells.get((saved, lo), Counter()))
                                                      for lo in versions) + " |")
        lines.append("")
    lines += ["## Failures, one line per kind", "",
              "New ones first: a kind of failure `compat-baseline.toml` does not explain (its entries "
              "name the cause). `message` has quoted names and numbers blanked.", "",
              "| gate | format / check | status | cases | where | message |", "|---|---|---|---:|---|---|"]
    ranked = sorted(atlas.failures.values(), key=lambda f: (not f.new, -len(f.pairs), f.format, f.check, f.status))
    for found in ranked:
        message = text(found.message, table=True) or "(no message)"
        known = ", ".join(f"#{index}" for index in sorted(found.entries))
        gate = (f"**NEW** ({found.new})" + (f", known {known}" if known else "")) if found.new else f"known {known}"
        lines.append(f"| {gate} | {text(found.format, True)} / {text(found.check, True)} | "
                     f"{text(found.status, True)} | {len(found.cases)} | "
                     f"{text(_window(found, versions), True)} | {message} |")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="backslashreplace")
    return out


def write_json(atlas: Atlas, out: Path, meta: Mapping[str, Any]) -> Path:
    """Counts per format/check → saved → loaded → verdict, and the failure classes."""
    grids: dict[str, dict[str, dict[str, dict[str, int]]]] = {}
    for (fmt, check), cells in sorted(atlas.cells.items()):
        grid = grids.setdefault(f"{fmt}/{check}", {})
        for (saved, loaded), counts in sorted(cells.items()):
            grid.setdefault(saved, {})[loaded] = dict(counts)
    payload = {
        "schema": 1, **meta, "versions": _order(atlas.versions), "checks": atlas.records, "grids": grids,
        "failures": [{"format": f.format, "check": f.check, "status": f.status, "message": f.message,
                      "cases": len(f.cases), "new": f.new, "baseline_entries": sorted(f.entries),
                      "pairs": [[s, lo, n] for (s, lo), n in sorted(f.pairs.items())]}
                     for f in atlas.failures.values()],
    }
    out.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
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
