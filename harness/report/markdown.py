"""``compat.md``: the matrix at a glance, then each distinct failure once.

Every string from a record is untrusted and goes through one of three helpers: :func:`text`
(one line, ``&``/``<``/``>`` as entities, ``|`` escaped in table cells), :func:`code` (an
inline code span whose backtick run its content cannot close) and :func:`fence` (a fenced
block likewise), so that no record can inject HTML, a table column, or a new block.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..results import LIMITATIONS
from .base import WRITERS, Report, write_atomically
from .causes import limitations_by_cause
from .libraries import environment_libraries, finding_attribution, note
from .plan import SIDES, Plan
from .problems import HEADING, PROBLEMS_NOTE
from .reproducers import own_part, shared_helpers
from .summary import claims_text, version_key
from .view import VERDICTS, Finding, View, finding_line, review, window_text

_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_BLOCK_START = re.compile(r"^(\s*)([#=+*-]|\d+(?=[.)]))")
_TICKS = re.compile(r"`+")


def text(value: Any, table: bool = False) -> str:
    """A record-derived string as markdown text on one line: control characters and line
    breaks become one space (a newline would start a block), HTML-significant characters
    become entities, and in a table cell ``|`` is escaped (it would start a column)."""
    out = _BREAKS.sub(" ", str(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return out.replace("|", "\\|") if table else out


def code(value: Any, table: bool = False) -> str:
    """An inline code span no backtick in ``value`` can close (CommonMark: a longer run)."""
    body = text(value, table)
    ticks = "`" * (max((len(run) for run in _TICKS.findall(body)), default=0) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{ticks}{pad}{body}{pad}{ticks}"


def fence(content: str, info: str = "") -> list[str]:
    """A fenced code block whose fence is longer than any backtick run in ``content``, so no
    line of it can close the block early."""
    ticks = "`" * max(3, max((len(run) for run in _TICKS.findall(content)), default=0) + 1)
    return [ticks + info, content.rstrip(), ticks]


def _quote(value: Any) -> str:
    """A message after ``> ``: one line, and not a heading, list item or rule inside the quote."""
    def escape(match: re.Match) -> str:
        lead, marker = match.groups()
        return f"{lead}{marker}\\" if marker[0].isdigit() else f"{lead}\\{marker}"  # "1\." / "\#"

    return _BLOCK_START.sub(escape, text(value), count=1)


GLYPHS = {"new": "❌", "known": "🔶", "expected": "🟡", "pass": "✅", "unsupported": "·"}


def glyph(cell: Counter | None) -> str:
    """A grid cell: the worst verdict's mark, with its count when it is a failure."""
    if not cell:
        return " "
    worst = next(v for v in VERDICTS if cell[v])
    return f"{GLYPHS[worst]}{cell[worst]}" if worst in ("new", "known", "expected") else GLYPHS[worst]


LEGEND = ("Rows: the torch that saved; columns: the torch that loaded. ❌N: N checks failed in a way no "
          "baseline entry covers (**new**); 🔶N: N checks failed in a way the baseline knows (its entry names the "
          "cause); 🟡N: N checks differ in a way a named limitation of the format explains (the others pass); ✅: every case "
          "passed; ·: nothing compared (the format cannot express these models there); blank: not run.")


def grids(view: View) -> list[str]:
    """One saved-in × loaded-in table per format × check, in release order."""
    versions = view.versions
    lines = [LEGEND, ""]
    for fmt, check in view.grid_keys():
        cells = view.cells[(fmt, check)]
        lines += [f"#### {text(fmt)} / {text(check)}", "",
                  "| saved ↓ loaded → | " + " | ".join(text(v, table=True) for v in versions) + " |",
                  "|---" * (len(versions) + 1) + "|"]
        lines += [f"| **{text(saved, table=True)}** | " + " | ".join(glyph(cells.get((saved, lo))) for lo in versions)
                  + " |" for saved in versions]
        lines.append("")
    by_reason: dict[str, list[str]] = {}
    for (fmt, check), reason in view.never().items():
        by_reason.setdefault(reason, []).append(code(f"{fmt} / {check}"))
    for reason, rows in by_reason.items():
        lines += [f"Not applicable in any pair — {', '.join(rows)}: {text(reason)}.", ""]
    return lines


def digest(view: View) -> list[str]:
    """New findings first (what a CI job summary must show), then every known one."""
    new = [f for f in view.findings if f.verdict == "new"]
    lines = [f"## New incompatibilities: {sum(f.checks for f in new)} checks in {len(new)} findings" if new
             else "## New incompatibilities: none", ""]
    lines += [f"- **{text(finding_line(view, f))}** ([details](#f{i}))" for i, f in enumerate(view.findings, 1)
              if f.verdict == "new"]
    known = [(i, f) for i, f in enumerate(view.findings, 1) if f.verdict == "known"]
    if known:
        lines += ["", "## Known findings (covered by the baseline)", ""]
        lines += [f"- {text(finding_line(view, f))} ([details](#f{i}))" for i, f in known]
    entries = review(view)
    if entries:  # a record is known only for its own cause: these entries do not cover what they matched
        lines += ["", f"## Baseline entries to review: they matched records of another cause ({len(entries)})", ""]
        lines += [f"- MISCAUSED {text(entry['line'])}" for entry in entries]
    return lines + [""]


def libraries_table(view: View) -> list[str]:
    """Each environment's versions of the models' libraries, when its records list them."""
    per = environment_libraries(view.environments)
    if not per:
        return []
    names = sorted({name for libraries in per.values() for name in libraries})
    lines = ["Libraries in each environment (a finding whose pairs line up with a change of one names it):", "",
             "| torch | " + " | ".join(text(name, True) for name in names) + " |", "|---" * (len(names) + 1) + "|"]
    lines += [f"| {text(label, True)} | " + " | ".join(text(" / ".join(v or "not installed" for v in libraries[name])
                                                           if name in libraries else "", True) for name in names) + " |"
              for label, libraries in per.items()]
    return lines + [""]


def problems_section(view: View) -> list[str]:
    """Each factory whose output harness cannot compare, once (:mod:`.problems`): a fix in the
    model, not an incompatibility of any format or torch."""
    if not view.problems:
        return []
    return [f"## {HEADING} ({len(view.problems)})", "", PROBLEMS_NOTE, "",
            *(f"- **{text(problem.line())}**" for problem in view.problems), ""]


def window_table(view: View, windows: Mapping[str, Any]) -> list[str]:
    lines = ["## Which torch reads these files", "",
             "Files saved in the versions left of → load, run and compare equal (or a named limitation explains "
             "the difference) in the versions right of it; A…B is every tested version from A to B.", "",
             "| format | check | saved in → works in |", "|---|---|---|"]
    for fmt, per in windows.items():
        for check, window in per.items():
            label = "**every check**" if check == "*" else text(check, True)
            lines.append(f"| {text(fmt, True)} | {label} | {text(window_text(window, view.versions), True)} |")
    return lines + [""]


def render(report: Report) -> str:
    summary, view = report.summary, report.view
    lines = ["# harness compatibility report", ""]
    if not summary["pairs"]:
        return "\n".join(lines + ["No results yet: run `python -m harness verify` first.", ""])
    verdicts = view.totals()
    lines += [f"{summary['records']} checks across torch {', '.join(text(v) for v in view.versions)} "
              f"({len(summary['pairs'])} ordered pairs): " + ", ".join(f"{verdicts[v]} {v}" for v in VERDICTS) + ". "
              + (f"Judged against {code(report.baseline)} ({len(view.baseline)} live entries), as `harness gate` "
                 "judges them." if report.baseline else
                 "No baseline given (`report --baseline FILE`): every failure shows as new.")
              + (f" {text(claims)}" if (claims := claims_text(summary.get("claimed", {}))) else ""), ""]
    lines += upgrade_section(report.plans)
    lines += _contradictions(report.conflicts, report.conflict_count)
    lines += problems_section(view)
    lines += libraries_table(view)
    lines += digest(view)
    lines += window_table(view, summary["windows"])
    lines += ["## Saved-in × loaded-in, per format and check", ""]
    lines += grids(view)
    lines += _failures(view)
    lines += _limitations(view)
    return "\n".join(lines) + "\n"


def upgrade_section(plans: Sequence[Plan]) -> list[str]:
    """The answer first: for each upgrade path, what breaks, for how many models, why, and
    what to change (:mod:`.plan`)."""
    if not plans:
        return []
    lines = ["## Upgrade plan", "",
             "What changes when files saved with one torch are loaded with another, and when the newer one "
             "saves and loads by itself — only what works in the first; the findings below list everything.", ""]
    for plan in plans:
        lines += [f"### {text(plan.title)}", ""]
        if not plan.steps:
            lines += [f"Nothing breaks that works in {text(plan.source)}."
                      + (f" Unchanged: {text(', '.join(plan.unaffected))}." if plan.unaffected else ""), ""]
            continue
        for side, heading in SIDES.items():
            steps = [s for s in plan.steps if s.side == side]
            if not steps:
                continue
            lines += [f"**{text(heading.format(a=plan.source, b=plan.target)).capitalize()}:**", ""]
            for step in steps:
                known = f"known #{', #'.join(map(str, step.entries))}" if step.entries else step.verdict
                lines += [f"- {code(', '.join(step.formats))} / {text(step.check)}: **{step.cases} of {step.total} "
                          f"models** ({text(known)}) — {text(step.cause)}.", f"  Change: {_action(step.action)}"]
            lines.append("")
        if plan.unaffected:
            lines += [f"Unchanged: {text(', '.join(plan.unaffected))}.", ""]
    return lines


def _action(action: str) -> str:
    """An action's text with its code spans kept (each rebuilt with :func:`code`)."""
    parts = action.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: all of it as text
        return text(action)
    return "".join(code(part) if i % 2 else text(part) for i, part in enumerate(parts))


def _failures(view: View) -> list[str]:
    """Each finding once, with its pairs and the smallest model that reproduces it; the helper
    code the reproducers share is shown once, above them."""
    if not view.findings:
        return ["No failures.", ""]
    lines = [f"## Findings in detail ({len(view.findings)})", ""]
    helpers = shared_helpers(f.reproducer["python"] for f in view.findings if f.reproducer)
    if helpers:
        lines += ["<details><summary>Helper code every reproducer below uses (run it first)</summary>", "",
                  *fence(helpers, "python"), "", "</details>", ""]
    for i, found in enumerate(view.findings, 1):
        libraries = note(finding_attribution(view, found))
        lines += [f'<a id="f{i}"></a>', f"### {i}. {code(found.format)} / {text(found.check)}: "
                  f"{text('/'.join(found.statuses))} ({found.checks} checks, {len(found.cases)} cases"
                  + (", **new**)" if found.verdict == "new" else ")"), "",
                  "Pairs (saved → loaded): " + _listed(found.pairs)
                  + (f" — {text(libraries)}" if libraries else ""),
                  "", f"> {_quote(found.example)}", ""]
        lines += _smallest(found)
    return lines


def _listed(pairs: Iterable[tuple[str, str]]) -> str:
    """Pairs in release order, as "A → B, …"."""
    ordered = sorted(pairs, key=lambda p: (version_key(p[0]), version_key(p[1])))
    return ", ".join(f"{text(saved)} → {text(loaded)}" for saved, loaded in ordered)


def _smallest(found: Finding) -> list[str]:
    best = found.reproducer
    if best:
        layers = "1 layer" if best["layers"] == 1 else f"{best['layers']} layers"
        replayed = f"; {text(best['replayed'])}" if best.get("replayed") else ""
        return [f"Smallest reproducing model ({layers}, shrunk from {text(best.get('from_layers', '?'))}{replayed}):",
                "", *fence(own_part(best["python"]), "python"), ""]
    if found.smallest is None:
        return []
    return ["Smallest affected model among these cases:", "",
            *fence(json.dumps(found.smallest[2], indent=1, sort_keys=True, default=str), "json"), ""]


def _limitations(view: View) -> list[str]:
    """Expected differences, grouped by the limitation that explains them."""
    if not view.expected:
        return []
    lines = ["## Expected differences (known limitations)", ""]
    for limitation, places, checks, pairs in limitations_by_cause(view.expected):
        lines += [f"- {LIMITATIONS[limitation]} — {checks} checks in {pairs} pairs, in "
                  + ", ".join(code(place) for place in places) + "."]
    return lines + [""]


def _contradictions(found: Sequence[Mapping[str, Any]], total: int, shown: int = 10) -> list[str]:
    """One paragraph when the results disagree with themselves (same check, other status)."""
    if not found:
        return []
    cells = "; ".join(f"{code(c['case'])} {text(c['format'])} / {text(c['check'])} {text(c['saved'])} → "
                      f"{text(c['loaded'])} ({', '.join(text(s) for s in c['statuses'])})" for c in found[:shown])
    more = f"; and {total - shown} more" if total > shown else ""
    count = "1 check has" if total == 1 else f"{total} checks have"
    return [f"**Contradictions: {count} records with different statuses** (the matrix shows the last of "
            f"each; `python -m harness gate` judges all of them) — {cells}{more}.", ""]


def write_markdown(report: Report, out: Path) -> Path:
    path = out / "compat.md"
    # a lone surrogate (legal in JSON's \u escapes, not in UTF-8) is written as its escape
    write_atomically(path, render(report))
    return path


WRITERS.add("markdown", write_markdown)
