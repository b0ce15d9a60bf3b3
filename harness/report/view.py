"""What every report shows, computed once: verdict per cell, findings, version windows.

At fourteen torch releases a column per pair cannot be read, and a red cell that the
baseline already explains hides the one thing the gate exists for: what is *new*. So every
record gets one verdict, the same one the gate gives it — ``new`` (a failure no live
baseline entry covers), ``known`` (covered; the entry names the cause), ``expected`` (a
named limitation of the format explains it), ``pass``, ``unsupported`` (nothing was
compared) — and the writers draw saved-in × loaded-in grids coloured by the worst verdict,
a one-line-per-finding digest (what breaks, where, how many cases, why) and, per format,
which torch reads the files another torch wrote.

:class:`ViewBuilder` takes records one at a time (the atlas streams ~300,000) and keeps
counts, the non-passing cases of each cell, and per finding its smallest reproducer.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..artifacts.manifest import environment_label
from ..results import is_failure, is_model_problem
from .causes import Wording, cause_key, message_key, record_cause, saved_everywhere  # noqa: F401 (message_key: API)
from .gate import covering, describe_miscaused, miscaused_by
from .libraries import as_json, env_pair, environment_libraries, finding_attribution, note
from .problems import ModelProblem, Problems
from .where import ordered, span, where

#: Worst first: a cell is coloured by the first of these it holds.
VERDICTS = ("new", "known", "expected", "pass", "unsupported")
#: How many non-passing cases a cell keeps for the HTML panel (the count is always exact).
CASES_PER_CELL = 400
#: How many distinct messages a finding keeps per pair (the upgrade plan reads the names they cite).
MESSAGES_KEPT = 4


def verdict_of(record: Mapping[str, Any], live: Sequence[Any]) -> tuple[str, list[int]]:
    """The record's verdict and the (0-based) baseline entries that cover it."""
    if is_failure(record):
        entries = [entry.index for entry in covering(record, live)]
        return ("known" if entries else "new"), entries
    if record["status"] in ("pass", "unsupported"):
        return record["status"], []
    return "expected", []


@dataclass
class Finding:
    """One kind of failure of one check, across the formats it shows in: covered by the same
    baseline entries (known), or of one cause (new; :func:`.causes.cause_key`), or one format
    failing to save one model in every release tried."""

    check: str
    verdict: str                                          # new | known
    message: str                                          # the members' message (.causes.Wording)
    entries: tuple[int, ...] = ()                         # covering baseline entries (0-based)
    formats: Counter = field(default_factory=Counter)     # format → checks
    statuses: Counter = field(default_factory=Counter)
    pairs: Counter = field(default_factory=Counter)       # (saved, loaded) → checks
    cases: set = field(default_factory=set)               # (format, case)
    example: str = ""                                     # a full message of a member
    reproducer: Mapping[str, Any] | None = None           # the smallest shrunk one among the members
    smallest: tuple[int, str, Any] | None = None          # (size, case, source) of the smallest member
    envs: set = field(default_factory=set)                # failing pairs with each side's libraries
    wording: Wording | None = None
    title: str = ""                                       # what the finding is, when not its message
    by_pair: dict = field(default_factory=dict)           # (saved, loaded) → {(format, case)} (the upgrade plan)
    messages: dict = field(default_factory=dict)          # (saved, loaded) → a few distinct messages (the plan)
    cause: str | None = None                              # the members' classified cause (.causes.record_cause)

    @property
    def format(self) -> str:
        return ", ".join(sorted(self.formats))

    @property
    def checks(self) -> int:
        return sum(self.pairs.values())


@dataclass
class View:
    versions: list[str]
    cells: dict[tuple[str, str], dict[tuple[str, str], Counter]]
    cases: dict[tuple[str, str, str, str], list[dict[str, Any]]]
    unsupported: dict[tuple[str, str, str, str], Counter]
    applicable: dict[tuple[str, str], set]                # cases with anything compared
    failing: dict[tuple[str, str, str, str], set]         # cell → cases that failed (new or known)
    findings: list[Finding]
    expected: dict[tuple[str, str, str], Counter]         # (limitation, format, check) → pairs
    records: int
    hits: Counter                                          # baseline entry → checks covered
    baseline: Sequence[Any] = ()
    problems: list[ModelProblem] = field(default_factory=list)  # with the models, one per factory (.problems)
    compared_envs: dict = field(default_factory=dict)     # (format, check) → pairs compared, with libraries
    environments: dict = field(default_factory=dict)      # label → the library lists of its records
    miscaused: dict = field(default_factory=dict)         # entry index → Counter of the other causes it matched
    limited: dict = field(default_factory=dict)           # (limitation, format, check) → (saved, loaded) → cases
    tried: dict = field(default_factory=dict)             # (format, case) → saving versions with anything compared
    read: set = field(default_factory=set)                # (format, saved, loaded): the loader read a file

    def grid_keys(self) -> list[tuple[str, str]]:
        """format × check grids with anything compared (an inference-only format's resume is
        unsupported everywhere: a line, not a grid)."""
        return [key for key in sorted(self.cells)
                if any(compared_cell(c) for c in self.cells[key].values())]

    def never(self) -> dict[tuple[str, str], str]:
        """format × check rows unsupported in every pair, with the reason when there is one."""
        out = {}
        for key in sorted(set(self.cells) - set(self.grid_keys())):
            reasons = Counter()
            for (saved, loaded) in self.cells[key]:
                reasons.update(self.unsupported.get((*key, saved, loaded), Counter()))
            out[key] = reasons.most_common(1)[0][0] if len(reasons) == 1 else "unsupported in every pair"
        return out

    def totals(self) -> Counter:
        return sum((cell for grid in self.cells.values() for cell in grid.values()), Counter())


class ViewBuilder:
    def __init__(self, live: Sequence[Any] = ()) -> None:
        self.live = list(live)
        self.versions: set[str] = set()
        self.cells: dict = defaultdict(lambda: defaultdict(Counter))
        self.cases: dict = defaultdict(list)
        self.unsupported: dict = defaultdict(Counter)
        self.applicable: dict = defaultdict(set)
        self.failing: dict = defaultdict(set)
        self.findings: dict[tuple, Finding] = {}
        self.expected: dict = defaultdict(Counter)
        self.records = 0
        self.hits: Counter = Counter()
        self.problems = Problems()
        self.compared_envs: dict = defaultdict(set)
        self.environments: dict = defaultdict(set)
        self.miscaused: dict = defaultdict(Counter)
        self.limited: dict = defaultdict(lambda: defaultdict(set))
        self.tried: dict = defaultdict(set)               # (format, case) → saving versions with anything compared
        self.saves: dict = defaultdict(list)              # (format, case) → its new save errors, grouped in build
        self.read: set = set()                            # (format, saved, loaded): the loader read a file

    def add(self, record: Mapping[str, Any]) -> None:
        self.records += 1
        saved, loaded = environment_label(record["saved"]), environment_label(record["loaded"])
        self.versions.update((saved, loaded))
        if is_model_problem(record):  # once per factory, beside the grids: no format's cell
            self.problems.add(record)
            return
        fmt, check = record["format"], record["check"]
        verdict, entries = verdict_of(record, self.live)
        self.cells[(fmt, check)][(saved, loaded)][verdict] += 1
        where = (fmt, check, saved, loaded)
        pair = env_pair(record, saved, loaded)
        self.environments[saved].add(pair[2])
        self.environments[loaded].add(pair[3])
        if verdict == "unsupported":
            self.unsupported[where][record.get("message", "")[:300]] += 1
            return
        self.applicable[(fmt, check)].add(record["case"])
        self.tried[(fmt, record["case"])].add(saved)
        if record["status"] != "save_error":  # a file its torch could not write was never read
            self.read.add((fmt, saved, loaded))
        self.compared_envs[(fmt, check)].add(pair)
        if verdict == "pass":
            return
        if len(self.cases[where]) < CASES_PER_CELL:
            self.cases[where].append(_case(record, verdict, entries))
        if verdict == "expected":
            self.expected[(record["limitation"], fmt, check)][(saved, loaded)] += 1
            self.limited[(record["limitation"], fmt, check)][(saved, loaded)].add(record["case"])
            return
        self.hits.update(entries)
        self.failing[where].add(record["case"])
        for entry, cause in miscaused_by(record, self.live):
            self.miscaused[entry.index][cause] += 1
        if record.get("stage") == "worker" and check != "output":
            return  # a lost cell's copy for another check (an ONNX file's resume too): its output check carries it
        if verdict == "new" and record["status"] == "save_error" and record.get("stage") == "save" \
                and not record_cause(record):
            self.saves[(fmt, record["case"])].append((record, saved, loaded, pair))
            return
        self._finding(record, verdict, entries, saved, loaded, pair)

    def _saves(self) -> None:
        """A format that failed to save a model in every release where it was tried is one
        finding; a save error of some releases only is grouped by its cause like any failure."""
        for (fmt, case), members in self.saves.items():
            everywhere = saved_everywhere([saved for _, saved, _, _ in members], self.tried[(fmt, case)])
            for record, saved, loaded, pair in members:
                if everywhere:
                    self._finding(record, "new", [], saved, loaded, pair, key=("output", "new", "save", fmt, case),
                                  title=f"{fmt} cannot save model {case} in any version tried")
                else:
                    self._finding(record, "new", [], saved, loaded, pair)
        self.saves.clear()

    def _finding(self, record: Mapping[str, Any], verdict: str, entries: list[int], saved: str,
                 loaded: str, pair: tuple, key: tuple | None = None, title: str = "") -> None:
        message = record.get("message", "")
        key = key or ((record["check"], "known", tuple(entries)) if entries
                      else (record["check"], "new", *cause_key(record)))
        found = self.findings.get(key)
        if found is None:
            found = self.findings[key] = Finding(key[0], verdict, "", tuple(entries), wording=Wording(message),
                                                 example=message[:2000], title=title, cause=record_cause(record))
        else:
            found.wording.add(message)
        found.formats[record["format"]] += 1
        found.statuses[record["status"]] += 1
        found.pairs[(saved, loaded)] += 1
        found.envs.add(pair)
        found.cases.add((record["format"], record["case"]))
        found.by_pair.setdefault((saved, loaded), set()).add((record["format"], record["case"]))
        kept = found.messages.setdefault((saved, loaded), set())
        if len(kept) < MESSAGES_KEPT:
            kept.add(message[:1500])
        reproducer = record.get("reproducer")
        if _shrunk(reproducer) and (found.reproducer is None or reproducer["layers"] < found.reproducer["layers"]):
            found.reproducer = reproducer
        source = record.get("source") or {}
        size = len(json.dumps(source, sort_keys=True, default=str))
        if found.smallest is None or size < found.smallest[0]:
            found.smallest = (size, record["case"], source)

    def build(self, baseline: Sequence[Any] = ()) -> View:
        def rank(found: Finding) -> tuple:  # new first; then what breaks on an upgrade, widest first
            share = len(found.cases) / max(1, sum(len(self.applicable.get((f, found.check), ()))
                                                for f in found.formats))
            compared = {pair for f in found.formats for pair, cell in self.cells[(f, found.check)].items()
                         if compared_cell(cell)}
            upgrade = bool(compared - set(found.pairs))  # it depends on the versions
            return (found.verdict != "new", not upgrade, -round(share, 2), -found.checks, found.format, found.check)

        self._saves()
        for found in self.findings.values():
            text = found.wording.text() if found.wording else ""
            found.message = f"{found.title}: {text}" if found.title else text
        findings = sorted(self.findings.values(), key=rank)
        return View(versions=ordered(self.versions), cells=dict(self.cells), cases=dict(self.cases),
                    unsupported=dict(self.unsupported), applicable=dict(self.applicable),
                    failing=dict(self.failing), findings=findings,
                    expected=dict(self.expected), records=self.records, hits=self.hits,
                    baseline=baseline or self.live, problems=self.problems.grouped(),
                    compared_envs=dict(self.compared_envs),
                    environments=dict(self.environments), miscaused=dict(self.miscaused),
                    limited={key: dict(pairs) for key, pairs in self.limited.items()}, tried=dict(self.tried),
                    read=self.read)


def build_view(records: Iterable[Mapping[str, Any]], live: Sequence[Any] = ()) -> View:
    builder = ViewBuilder(live)
    for record in records:
        builder.add(record)
    return builder.build()


def _shrunk(reproducer: Any) -> bool:
    """A reproducer is used only when it has the shape the shrinker writes (a file may hold anything)."""
    return (isinstance(reproducer, dict) and type(reproducer.get("layers")) is int and reproducer["layers"] > 0
            and isinstance(reproducer.get("python"), str))


def _case(record: Mapping[str, Any], verdict: str, entries: list[int]) -> dict[str, Any]:
    return {"case": record["case"], "status": record["status"], "verdict": verdict,
            "message": record.get("message", "")[:600], "abs": record.get("max_abs_diff"),
            "rel": record.get("max_rel_diff"), "limitation": record.get("limitation"),
            "departure": record.get("departure"), "claimed": bool(record.get("claimed")),
            "entries": [e + 1 for e in entries]}


def applicable_pairs(view: View, found: Finding) -> set[tuple[str, str]]:
    """The pairs where the finding's check compared anything, in any of its formats."""
    return {pair for fmt in found.formats for pair, cell in view.cells.get((fmt, found.check), {}).items()
            if compared_cell(cell)}


def finding_line(view: View, found: Finding) -> str:
    """"pickle / default_load: load_error whenever the loader is ≥ 2.6 (40/40 cases; known #3: …)", and
    when a library's version change lines up with its pairs, that library (:mod:`.libraries`)."""
    statuses = "/".join(s for s, _ in found.statuses.most_common())
    total = sum(len(view.applicable.get((fmt, found.check), ())) for fmt in found.formats) or len(found.cases)
    cause = (f"known #{', #'.join(str(e + 1) for e in found.entries)}: {_reasons(view, found)}"
             if found.verdict == "known" else f"NEW: {found.message or '(no message)'}")
    libraries = note(finding_attribution(view, found))
    return (f"{found.format} / {found.check}: {statuses} {where(found.pairs, applicable_pairs(view, found), view.versions)} "
            f"({len(found.cases)}/{total} cases, {found.checks} checks; {cause})" + (f" — {libraries}" if libraries else ""))


_SENTENCE = re.compile(r"(?<=[a-z0-9)'`])\. (?=[A-Z(])")


def first_sentence(text: str, limit: int = 200) -> str:
    head = _SENTENCE.split(text, maxsplit=1)[0].rstrip(".")
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


def _reasons(view: View, found: Finding) -> str:
    by_index = {entry.index: entry for entry in view.baseline}
    return "; ".join(dict.fromkeys(first_sentence(by_index[e].reason) for e in found.entries if e in by_index)) \
        or "(entry gone)"


# --- which torch reads what another torch wrote ----------------------------------------------

def windows(view: View) -> dict[str, dict[str, dict[str, list[str]]]]:
    """format → check (and "*": every check of the format) → saved-in → the loaded-in versions
    that read those files as well as the saving version itself does: something compared, and
    no case fails there that did not fail in the saving version too. A case that fails
    everywhere (a format's limit, one model's quirk) is not a version window; a check that
    fails for every case even in the saving version reads nowhere."""
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    grids = view.grid_keys()
    for fmt in sorted({f for f, _ in grids}):
        checks = [c for f, c in grids if f == fmt]
        per: dict[str, dict[str, list[str]]] = {}
        for check in checks:
            per[check] = {saved: [lo for lo in view.versions if _reads(view, fmt, check, saved, lo)]
                          for saved in view.versions}
        per["*"] = {saved: [lo for lo in view.versions
                            if all(lo in per[c][saved] or not compared_cell(view.cells[(fmt, c)].get((saved, lo)))
                                   for c in checks)
                            and any(lo in per[c][saved] for c in checks)]
                    for saved in view.versions}
        out[fmt] = per
    return out


def compared_cell(cell: Counter | None) -> bool:
    """Did this cell compare anything (not every record ``unsupported``)?"""
    return bool(cell) and sum(cell.values()) > cell["unsupported"]


def _reads(view: View, fmt: str, check: str, saved: str, loaded: str) -> bool:
    if (fmt, saved, loaded) not in view.read or not compared_cell(view.cells[(fmt, check)].get((saved, loaded))):
        return False  # nothing loaded there: unsupported, or only the saving side's save_errors
    home = view.cells[(fmt, check)].get((saved, saved)) or Counter()
    if not home["pass"] and not home["expected"]:
        return False  # nothing reads these files, not even the torch that wrote them
    own = view.failing.get((fmt, check, saved, saved), set())
    return view.failing.get((fmt, check, saved, loaded), set()) <= own


def window_text(window: Mapping[str, Sequence[str]], versions: Sequence[str]) -> str:
    """Saving versions with the same window grouped: "2.1, 2.4 → all; 2.6 → 2.6, 2.13"."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for saved in versions:
        if saved in window:
            groups.setdefault(tuple(window[saved]), []).append(saved)
    if len(groups) == 1 and set(next(iter(groups.values()))) == set(versions):
        return f"all → {span(next(iter(groups)), versions)}"
    return "; ".join(f"{span(savers, versions)} → {span(list(loaders), versions)}" for loaders, savers in groups.items())


def summary_extras(view: View) -> dict[str, Any]:
    """The view in JSON: findings, windows and grid counts (``compat.json`` → ``summary``)."""
    return {
        "verdicts": dict(view.totals()),
        "baseline_entries": len(view.baseline),
        "findings": [{"formats": dict(f.formats), "check": f.check, "verdict": f.verdict,
                      "line": finding_line(view, f),
                      "statuses": dict(f.statuses), "cases": len(f.cases), "checks": f.checks,
                      "baseline_entries": [e + 1 for e in f.entries], "message": f.message,
                      "where": where(f.pairs, applicable_pairs(view, f), view.versions),
                      "pairs": [[s, lo, n] for (s, lo), n in sorted(f.pairs.items())],
                      "reproducer_case": (f.reproducer or {}).get("id") or (f.smallest or (0, None))[1],
                      **as_json(finding_attribution(view, f))}
                     for f in view.findings],
        "libraries": environment_libraries(view.environments),
        "miscaused": review(view),
        "model_problems": [problem.to_json() for problem in view.problems],
        "windows": windows(view),
        "grids": {f"{fmt}/{check}": {saved: {lo: dict(cell) for lo, cell in sorted(row.items())}
                                     for saved, row in _rows(view.cells[(fmt, check)]).items()}
                  for fmt, check in view.grid_keys()},
    }


def review(view: View) -> list[dict[str, Any]]:
    """Baseline entries that matched records of another cause than their own (not covered by
    them: a review item, like a stale entry), each with its line and the causes it matched."""
    by_index = {entry.index: entry for entry in view.baseline}
    return [{"entry": index + 1, "causes": dict(causes), "line": describe_miscaused(by_index[index], causes)}
            for index, causes in sorted(view.miscaused.items()) if index in by_index]


def _rows(cells: Mapping[tuple[str, str], Counter]) -> dict[str, dict[str, Counter]]:
    rows: dict[str, dict[str, Counter]] = {}
    for (saved, loaded), cell in cells.items():
        rows.setdefault(saved, {})[loaded] = cell
    return rows
