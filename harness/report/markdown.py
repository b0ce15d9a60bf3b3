"""``compat.md``: the matrix at a glance, then each distinct failure once.

Every string from a record is untrusted and goes through one of three helpers: :func:`text`
(one line, ``&``/``<``/``>`` as entities, ``|`` escaped in table cells), :func:`code` (an
inline code span whose backtick run its content cannot close) and :func:`fence` (a fenced
block likewise), so that no record can inject HTML, a table column, or a new block.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..artifacts import environment_label
from ..results import LIMITATIONS, is_failure
from . import WRITERS
from .summary import contradictions, dedupe, explained, never_applicable, version_key

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


def _cell(cell: Mapping[str, Any]) -> str:
    counts, total = cell["counts"], cell["total"]
    passed = counts.get("pass", 0)
    mark = "❌" if cell["failing"] else ("✅" if passed else "➖")
    out = f"{mark} {passed}/{total}"
    if cell["failing"]:
        out += " (" + ", ".join(f"{n} {text(s, table=True)}" for s, n in cell["failures"].items()) + ")"
    if cell["expected"]:
        out += f" · {cell['expected']} expected"
    if counts.get("unsupported"):
        out += f" · {counts['unsupported']} unsupported"
    return out


def render(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any]) -> str:
    pairs = [tuple(p) for p in summary["pairs"]]
    lines = ["# harness compatibility report", ""]
    if not pairs:
        return "\n".join(lines + ["No results yet: run `python -m harness verify` first.", ""])
    statuses = ", ".join(f"{n} {text(s)}" for s, n in summary["statuses"].items() if n)
    lines += [f"{summary['records']} checks across torch {', '.join(text(v) for v in summary['versions'])}: "
              f"{statuses}.", ""]
    lines += _contradictions(records)
    header = "| format / check | " + " | ".join(f"{text(saved, True)} → {text(loaded, True)}"
                                               for saved, loaded in pairs) + " |"
    lines += [header, "|---|" + "---|" * len(pairs)]
    rows: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
    for cell in summary["matrix"]:
        rows.setdefault((cell["format"], cell["check"]), {})[(cell["saved"], cell["loaded"])] = _cell(cell)
    never = never_applicable(records)
    for (fmt, check), cells in rows.items():
        if (fmt, check) not in never:
            lines.append(f"| {text(fmt, True)} / {text(check, True)} | " + " | ".join(cells.get(p, "—") for p in pairs)
                         + " |")
    lines += ["", "Columns are saved-in → loaded-in torch versions; cells are passed/total. "
              "*expected*: a known limitation of the format explains the difference "
              "(listed below); *unsupported*: the format cannot express the model here.", ""]
    by_reason: dict[str, list[str]] = {}
    for (fmt, check), reason in sorted(never.items()):
        by_reason.setdefault(reason, []).append(code(f"{fmt} / {check}"))
    for reason, rows_left_out in by_reason.items():
        lines += [f"Not applicable in any pair — {', '.join(rows_left_out)}: {text(reason)}.", ""]
    records = dedupe(records)
    lines += _failures(records)
    lines += _limitations(records)
    return "\n".join(lines) + "\n"


def _failures(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each distinct failure class once — format, check, status, message — with its pairs."""
    classes: dict[tuple, list[Mapping[str, Any]]] = {}
    for r in records:
        if is_failure(r):
            key = (r["format"], r["check"], r["status"], r["message"].split("\n")[0][:200])
            classes.setdefault(key, []).append(r)
    if not classes:
        return ["No failures.", ""]
    lines = [f"## Failures ({len(classes)} distinct)", ""]
    for (fmt, check, status, message), members in classes.items():
        lines += [f"### {code(fmt)} / {text(check)}: {text(status)} ({len(members)} checks)", "",
                  "Pairs (saved → loaded): " + _pairs(members), "", f"> {_quote(message)}", ""]
        lines += _smallest(members)
    return lines


def _pairs(members: Sequence[Mapping[str, Any]]) -> str:
    pairs = sorted({(environment_label(r["saved"]), environment_label(r["loaded"])) for r in members},
                   key=lambda p: (version_key(p[0]), version_key(p[1])))
    return ", ".join(f"{text(saved)} → {text(loaded)}" for saved, loaded in pairs)


def _smallest(members: Sequence[Mapping[str, Any]]) -> list[str]:
    # a reproducer is read only when it has the shape the shrinker writes (a file may hold anything)
    shrunk = [rep for r in members if isinstance(rep := r.get("reproducer"), dict)
              and type(rep.get("layers")) is int and rep["layers"] > 0 and isinstance(rep.get("python"), str)]
    if shrunk:
        best = min(shrunk, key=lambda rep: rep["layers"])
        layers = "1 layer" if best["layers"] == 1 else f"{best['layers']} layers"
        where = f"; {text(best['replayed'])}" if best.get("replayed") else ""
        return [f"Smallest reproducing model ({layers}, shrunk from {text(best.get('from_layers', '?'))}{where}):",
                "", *fence(best["python"], "python"), ""]
    example = min(members, key=lambda r: len(json.dumps(r.get("source", {}))))
    return ["Smallest affected model among these cases:", "",
            *fence(json.dumps(example.get("source", {}), indent=1, sort_keys=True), "json"), ""]


def _limitations(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Expected differences, grouped by the limitation that explains them."""
    groups: dict[tuple, list[Mapping[str, Any]]] = {}
    for r in records:
        if explained(r):  # only a known limitation: its text below is ours, not the record's
            groups.setdefault((r["limitation"], r["format"], r["check"]), []).append(r)
    if not groups:
        return []
    lines = ["## Expected differences (known limitations)", ""]
    for (limitation, fmt, check), members in groups.items():
        lines += [f"- {code(fmt)} / {text(check)}, {len(members)} checks, pairs {_pairs(members)}: "
                  f"{LIMITATIONS[limitation]}."]
    return lines + [""]


def _contradictions(records: Sequence[Mapping[str, Any]], shown: int = 10) -> list[str]:
    """One paragraph when the results disagree with themselves (same check, other status)."""
    found = contradictions(records)
    if not found:
        return []
    cells = "; ".join(f"{code(c['case'])} {text(c['format'])} / {text(c['check'])} {text(c['saved'])} → "
                      f"{text(c['loaded'])} ({', '.join(text(s) for s in c['statuses'])})" for c in found[:shown])
    more = f"; and {len(found) - shown} more" if len(found) > shown else ""
    count = "1 check has" if len(found) == 1 else f"{len(found)} checks have"
    return [f"**Contradictions: {count} records with different statuses** (the matrix shows the last of "
            f"each; `python -m harness gate` judges all of them) — {cells}{more}.", ""]


def write_markdown(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], out: Path) -> Path:
    path = out / "compat.md"
    # a lone surrogate (legal in JSON's \u escapes, not in UTF-8) is written as its escape
    path.write_text(render(records, summary), encoding="utf-8", errors="backslashreplace")
    return path


WRITERS.add("markdown", write_markdown)
