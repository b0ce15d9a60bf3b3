"""``compat.md``: the matrix at a glance, then each distinct failure once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..artifacts import environment_label
from ..results import LIMITATIONS, is_failure
from . import WRITERS
from .summary import dedupe, never_applicable, version_key


def _cell(cell: Mapping[str, Any]) -> str:
    counts, total = cell["counts"], cell["total"]
    passed = counts.get("pass", 0)
    mark = "❌" if cell["failing"] else ("✅" if passed else "➖")
    text = f"{mark} {passed}/{total}"
    if cell["failing"]:
        text += " (" + ", ".join(f"{n} {s}" for s, n in cell["failures"].items()) + ")"
    if cell["expected"]:
        text += f" · {cell['expected']} expected"
    if counts.get("unsupported"):
        text += f" · {counts['unsupported']} unsupported"
    return text


def render(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any]) -> str:
    pairs = [tuple(p) for p in summary["pairs"]]
    lines = ["# harness compatibility report", ""]
    if not pairs:
        return "\n".join(lines + ["No results yet: run `python -m harness verify` first.", ""])
    statuses = ", ".join(f"{n} {s}" for s, n in summary["statuses"].items() if n)
    lines += [f"{summary['records']} checks across torch {', '.join(summary['versions'])}: {statuses}.", ""]
    header = "| format / check | " + " | ".join(f"{saved} → {loaded}" for saved, loaded in pairs) + " |"
    lines += [header, "|---|" + "---|" * len(pairs)]
    rows: dict[tuple[str, str], dict[tuple[str, str], str]] = {}
    for cell in summary["matrix"]:
        rows.setdefault((cell["format"], cell["check"]), {})[(cell["saved"], cell["loaded"])] = _cell(cell)
    never = never_applicable(records)
    for (fmt, check), cells in rows.items():
        if (fmt, check) not in never:
            lines.append(f"| {fmt} / {check} | " + " | ".join(cells.get(p, "—") for p in pairs) + " |")
    lines += ["", "Columns are saved-in → loaded-in torch versions; cells are passed/total. "
              "*expected*: a known limitation of the format explains the difference "
              "(listed below); *unsupported*: the format cannot express the model here.", ""]
    by_reason: dict[str, list[str]] = {}
    for (fmt, check), reason in sorted(never.items()):
        by_reason.setdefault(reason, []).append(f"`{fmt} / {check}`")
    for reason, rows_left_out in by_reason.items():
        lines += [f"Not applicable in any pair — {', '.join(rows_left_out)}: {reason}.", ""]
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
        lines += [f"### `{fmt}` / {check}: {status} ({len(members)} checks)", "",
                  "Pairs (saved → loaded): " + _pairs(members), "", f"> {message}", ""]
        lines += _smallest(members)
    return lines


def _pairs(members: Sequence[Mapping[str, Any]]) -> str:
    pairs = sorted({(environment_label(r["saved"]), environment_label(r["loaded"])) for r in members},
                   key=lambda p: (version_key(p[0]), version_key(p[1])))
    return ", ".join(f"{saved} → {loaded}" for saved, loaded in pairs)


def _smallest(members: Sequence[Mapping[str, Any]]) -> list[str]:
    shrunk = [r["reproducer"] for r in members if (r.get("reproducer") or {}).get("layers")]
    if shrunk:
        best = min(shrunk, key=lambda rep: rep["layers"])
        layers = "1 layer" if best["layers"] == 1 else f"{best['layers']} layers"
        where = f"; {best['replayed']}" if best.get("replayed") else ""
        return [f"Smallest reproducing model ({layers}, shrunk from {best['from_layers']}{where}):",
                "", "```python", best["python"].rstrip(), "```", ""]
    example = min(members, key=lambda r: len(json.dumps(r.get("source", {}))))
    return ["Smallest affected model among these cases:", "", "```json",
            json.dumps(example.get("source", {}), indent=1, sort_keys=True), "```", ""]


def _limitations(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Expected differences, grouped by the limitation that explains them."""
    groups: dict[tuple, list[Mapping[str, Any]]] = {}
    for r in records:
        if r.get("limitation"):
            groups.setdefault((r["limitation"], r["format"], r["check"]), []).append(r)
    if not groups:
        return []
    lines = ["## Expected differences (known limitations)", ""]
    for (limitation, fmt, check), members in groups.items():
        lines += [f"- `{fmt}` / {check}, {len(members)} checks, pairs {_pairs(members)}: "
                  f"{LIMITATIONS.get(limitation, limitation)}."]
    return lines + [""]


def write_markdown(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], out: Path) -> Path:
    path = out / "compat.md"
    path.write_text(render(records, summary), encoding="utf-8")
    return path


WRITERS.add("markdown", write_markdown)
