"""The upgrade plan: can a team move from torch A to torch B, and what must it change?

A team opens the report with that question, and the findings answer another one (every
format, check and pair). The plan reads the same view for one path A → B at a time and keeps
only what the move changes:

- **reading old files**: cases that fail (or hit a named limitation) when files saved with A
  are loaded with B, but not when A loads them itself;
- **working in B**: cases whose own round trip in B fails where A's did not (a format that can
  no longer save a model, or cannot read what it just wrote).

What fails in A already is not the upgrade's doing and is left to the findings. Each step
says what breaks, for how many of the models compared, the cause in one sentence, and what
to change (:mod:`.actions`). Rolling back is a path too: both directions are planned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import HarnessError
from ..results import DEPARTURES, LIMITATIONS
from .actions import Action, action_for, merged
from .libraries import finding_attribution
from .summary import version_key
from .view import View, first_sentence
from .where import ordered


class UpgradeError(HarnessError, ValueError):
    """An ``--upgrade`` path that names no version of the run."""


@dataclass
class Step:
    """One thing that breaks on the path, for the models it names."""

    side: str                   # "read" (A's files in B) | "own" (B's own round trip)
    formats: list[str]
    check: str
    verdict: str                # new | known | expected
    cases: int                  # models (cases) affected
    total: int                  # models compared there, in those formats
    cause: str                  # one sentence
    action: str                 # what to change (code where there is some), or why nothing can
    entries: list[int] = field(default_factory=list)   # covering baseline entries (1-based)
    libraries: str = ""         # a library whose change lines up with it (.libraries.note)
    members: set = field(default_factory=set, repr=False)  # the cases (merging steps of one cause)
    kind: str = ""              # the kind of change (.actions.Action), which steps merge by
    messages: set = field(default_factory=set, repr=False)

    @property
    def known(self) -> str:
        return f"known #{', #'.join(map(str, self.entries))}" if self.entries else self.verdict

    def line(self) -> str:
        libraries = f" ({self.libraries})" if self.libraries else ""
        return (f"{', '.join(self.formats)} / {self.check}: {self.cases} of {self.total} models ({self.known}) — "
                f"{self.cause}{libraries}. Change: {self.action}")

    def to_json(self) -> dict[str, Any]:
        return {"side": self.side, "formats": self.formats, "check": self.check, "verdict": self.verdict,
                "cases": self.cases, "total": self.total, "cause": self.cause, "action": self.action,
                "baseline_entries": self.entries, "libraries": self.libraries}


@dataclass
class Plan:
    source: str
    target: str
    steps: list[Step]
    unaffected: list[str]       # formats that read A's files in B and work in B as they did in A

    @property
    def title(self) -> str:
        kind = "roll back" if version_key(self.target) < version_key(self.source) else "upgrade"
        return f"{self.source} → {self.target} ({kind})"

    def headline(self) -> str:
        if not self.steps:
            return f"{self.title}: nothing breaks that works in {self.source}"
        cases = max(step.cases for step in self.steps)
        things = "1 thing breaks" if len(self.steps) == 1 else f"{len(self.steps)} things break"
        return f"{self.title}: {things} (up to {cases} models)"

    def lines(self) -> list[str]:
        out = [self.headline()]
        for side, heading in SIDES.items():
            steps = [s for s in self.steps if s.side == side]
            if steps:
                out.append(f"  {heading.format(a=self.source, b=self.target)}:")
                out += [f"    - {step.line()}" for step in steps]
        if self.unaffected:
            out.append(f"  unchanged: {', '.join(self.unaffected)}")
        return out

    def to_json(self) -> dict[str, Any]:
        return {"from": self.source, "to": self.target, "title": self.title, "headline": self.headline(),
                "steps": [step.to_json() for step in self.steps], "unaffected": self.unaffected}


SIDES = {"read": "files saved with {a}, loaded with {b}",
         "own": "saving and loading with {b} (what worked with {a})"}


def default_paths(versions: Sequence[str]) -> list[tuple[str, str]]:
    """Every adjacent pair of the run's versions and oldest → newest, upgrades first and the
    newest of them first (the move a team is most likely about to make); then the same paths
    rolled back."""
    ranked = ordered(versions)
    ups = [(a, b) for a, b in zip(ranked, ranked[1:])][::-1]
    if len(ranked) > 2:
        ups.append((ranked[0], ranked[-1]))
    return ups + [(b, a) for a, b in ups]


def parse_path(text: str, versions: Sequence[str]) -> tuple[str, str]:
    """``A:B`` (or ``A→B``) as two of the run's versions; a bare ``2.4`` names the release
    whatever its patch (``2.4.1``)."""
    parts = text.replace("→", ":").split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise UpgradeError(f"--upgrade {text!r}: write it as FROM:TO, e.g. 2.4:2.6")
    return _version(parts[0].strip(), versions, text), _version(parts[1].strip(), versions, text)


def _version(name: str, versions: Sequence[str], text: str) -> str:
    if name in versions:
        return name
    matches = [v for v in versions if v.startswith(name + ".") or v.split("+")[0] == name]
    if len(matches) == 1:
        return matches[0]
    raise UpgradeError(f"--upgrade {text!r}: {name} is not a torch of this run "
                       f"({', '.join(ordered(versions)) or 'none'})")


def plans(view: View, paths: Sequence[tuple[str, str]] | None = None) -> list[Plan]:
    """The plan of each path (default: :func:`default_paths`) the run has both ends of."""
    chosen = default_paths(view.versions) if paths is None else paths
    return [plan(view, a, b) for a, b in chosen if a in view.versions and b in view.versions and a != b]


def plan(view: View, source: str, target: str) -> Plan:
    steps: list[Step] = []
    for side, pair in (("read", (source, target)), ("own", (target, target))):
        steps += _finding_steps(view, side, pair, source) + _limited_steps(view, side, pair, source)
    steps = _merged(steps, source, target)
    steps.sort(key=lambda s: (s.side != "read", s.verdict != "new", -s.cases, s.formats, s.check))
    touched = {f for step in steps for f in step.formats}
    # unchanged: read in the move (a format neither side could write is not "unchanged", nor one whose
    # every file failed to save: the target never read any — executorch for a torch without it)
    compared = {fmt for fmt, saved, loaded in view.read if (saved, loaded) == (source, target)}
    return Plan(source, target, steps, sorted(compared - touched))


def _broken_at_home(view: View, fmt: str, check: str, source: str) -> set[str]:
    """Cases that fail or hit a limitation when ``source`` reads its own files."""
    home = set(view.failing.get((fmt, check, source, source), set()))
    for (_, f, c), pairs in view.limited.items():
        if (f, c) == (fmt, check):
            home |= pairs.get((source, source), set())
    return home


def _worked(view: View, side: str, fmt: str, case: str, source: str) -> bool:
    """Did ``source`` itself write this case in this format, for anything to compare? On the
    "own" side a step is what worked with the old torch and breaks with the new: a format the
    old torch could not write at all (added later, or not in this environment) broke nothing."""
    return side != "own" or source in view.tried.get((fmt, case), ())


def _finding_steps(view: View, side: str, pair: tuple[str, str], source: str) -> list[Step]:
    steps = []
    for found in view.findings:
        members = {(fmt, case) for fmt, case in found.by_pair.get(pair, ())
                   if case not in _broken_at_home(view, fmt, found.check, source)
                   and _worked(view, side, fmt, case, source)}
        if not members:
            continue
        formats = sorted({fmt for fmt, _ in members})
        entries = [view_entry(view, e) for e in found.entries]
        cause = (first_sentence(entries[0].reason) if entries and entries[0] is not None
                 else _cause_sentence(found))
        action = action_for(found, [e for e in entries if e is not None], pair, source)
        if action.cause and not entries:  # the kind of change names the cause better than one member's words
            cause = action.cause
        steps.append(Step(side, formats, found.check, found.verdict, 0, _total(view, formats, found.check, pair),
                          _short(cause), action.text, [e + 1 for e in found.entries],
                          _libraries(finding_attribution(view, found)),
                          {case for _, case in members}, action.kind, set(found.messages.get(pair, ()))))
    return steps


def _merged(steps: Sequence[Step], source: str, target: str) -> list[Step]:
    """Steps of one kind of change are one step (findings split by wording, one per model): a
    change that names code fixes every member whatever its message; a generic one merges only
    members of one cause."""
    out: dict[tuple, Step] = {}
    for step in steps:
        generic = step.kind in ("status", "")
        # one list of globals per format: a pickled module's classes are not a checkpoint's
        key = (step.side, step.check, step.verdict, step.kind, step.cause if generic else "",
               tuple(step.formats) if step.kind == "weights_only" else (),
               step.action if generic or step.kind == "reviewed" else "", step.libraries, tuple(step.entries))
        if key in out:
            kept = out[key]
            kept.formats = sorted(set(kept.formats) | set(step.formats))
            kept.members |= step.members
            kept.messages |= step.messages
            kept.total = max(kept.total, step.total)
        else:
            out[key] = step
    for step in out.values():
        step.cases = len(step.members)
        step.action = merged(Action(step.kind, step.action), step.messages, step.formats, source, target).text
    return list(out.values())


def _limited_steps(view: View, side: str, pair: tuple[str, str], source: str) -> list[Step]:
    groups: dict[str, dict[str, set]] = {}
    for (limitation, fmt, check), pairs in view.limited.items():
        cases = {case for case in pairs.get(pair, set()) - _broken_at_home(view, fmt, check, source)
                 if _worked(view, side, fmt, case, source)}
        if cases:
            groups.setdefault((limitation, check), {})[fmt] = cases
    steps = []
    for (limitation, check), by_format in sorted(groups.items()):
        formats = sorted(by_format)
        affected = set().union(*by_format.values())
        action = action_for(None, [], pair, source, limitation=limitation)
        steps.append(Step(side, formats, check, "expected", 0, _total(view, formats, check, pair),
                          first_sentence(LIMITATIONS[limitation]), action.text, members=affected, kind=action.kind))
    return steps


def _total(view: View, formats: Sequence[str], check: str, pair: tuple[str, str]) -> int:
    """Models compared in that pair in any of the formats (the denominator of "N of M")."""
    cases: set[str] = set()
    for fmt in formats:
        cell = view.cells.get((fmt, check), {}).get(pair)
        if cell:
            cases |= view.applicable.get((fmt, check), set())
    return len(cases)


def _libraries(attribution: Any) -> str:
    """A library that lines up with the step, in a few words (the finding has the versions)."""
    if not attribution.kind:
        return ""
    names = " and ".join(attribution.causes)
    if attribution.kind == "library":
        return f"caused by {names}, not torch"
    return f"{names} changes too: torch or it"


def _short(cause: str, limit: int = 160) -> str:
    return cause if len(cause) <= limit else cause[: limit - 1].rstrip() + "…"


def view_entry(view: View, index: int) -> Any:
    return next((entry for entry in view.baseline if entry.index == index), None)


def _cause_sentence(found: Any) -> str:
    """The cause class's sentence where the members have one, else their message."""
    text = (DEPARTURES.get(found.cause) or LIMITATIONS.get(found.cause)) if found.cause else None
    return first_sentence(text or found.message or "(no message)")
