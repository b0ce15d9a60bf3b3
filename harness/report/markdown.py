"""``compat.md``: the matrix at a glance, then each distinct failure once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..artifacts import environment_label
from . import WRITERS
from .summary import FAILING, dedupe, version_key


def _cell(counts: Mapping[str, int], total: int) -> str:
    passed = counts.get("pass", 0)
    failing = sum(n for s, n in counts.items() if s in FAILING)
    skipped = counts.get("unsupported", 0)
    mark = "❌" if failing else ("✅" if passed else "➖")
    text = f"{mark} {passed}/{total}"
    if failing:
        text += " (" + ", ".join(f"{n} {s}" for s, n in counts.items() if s in FAILING) + ")"
    if skipped:
        text += f" · {skipped} unsupported"
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
        rows.setdefault((cell["format"], cell["check"]), {})[(cell["saved"], cell["loaded"])] = \
            _cell(cell["counts"], cell["total"])
    for (fmt, check), cells in rows.items():
        lines.append(f"| {fmt} / {check} | " + " | ".join(cells.get(p, "—") for p in pairs) + " |")
    lines += ["", "Columns are saved-in → loaded-in torch versions; cells are passed/total.", ""]
    lines += _failures(dedupe(records))
    return "\n".join(lines) + "\n"


def _failures(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Each distinct failure class once — format, check, status, message — with its pairs."""
    classes: dict[tuple, list[Mapping[str, Any]]] = {}
    for r in records:
        if r["status"] in FAILING:
            key = (r["format"], r["check"], r["status"], r["message"].split("\n")[0][:200])
            classes.setdefault(key, []).append(r)
    if not classes:
        return ["No failures."]
    lines = [f"## Failures ({len(classes)} distinct)", ""]
    for (fmt, check, status, message), members in classes.items():
        pairs = sorted({(environment_label(r["saved"]), environment_label(r["loaded"])) for r in members},
                       key=lambda p: (version_key(p[0]), version_key(p[1])))
        example = min(members, key=lambda r: len(json.dumps(r.get("source", {}))))
        lines += [
            f"### `{fmt}` / {check}: {status} ({len(members)} checks)",
            "", "Pairs (saved → loaded): " + ", ".join(f"{saved} → {loaded}" for saved, loaded in pairs), "",
            f"> {message}", "",
            "Smallest affected model among these cases:", "", "```json",
            json.dumps(example.get("source", {}), indent=1, sort_keys=True), "```", "",
        ]
    return lines


def write_markdown(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], out: Path) -> Path:
    path = out / "compat.md"
    path.write_text(render(records, summary), encoding="utf-8")
    return path


WRITERS.add("markdown", write_markdown)
