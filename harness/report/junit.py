"""``junit.xml``: one test case per case × format × check × pair, for CI test UIs.

A suite per (saved-in → loaded-in) pair and ``classname`` ``<pair>.<format>`` make
CI UIs group results by pair, then format. A failure carries its message (and the
traceback where there is one); ``unsupported`` is a skip with its reason, and a
non-pass a known limitation explains is a skip marked ``expected`` — the way
pytest reports an expected failure — and a failure the baseline covers is a skip marked
``known`` with the entry's cause: the test UI is red exactly where the gate fails.

Strings from records are untrusted: ElementTree escapes markup, and :func:`xml_text` replaces the
characters XML 1.0 cannot hold at all (NUL, most control characters, lone surrogates), which
ElementTree would write as is, leaving a file no CI parser reads.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..results import is_model_problem
from .base import WRITERS, Report, write_atomically
from .problems import HEADING, ModelProblem
from .summary import explained, pair_of
from .view import verdict_of

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> str:
    """A record-derived string as text XML 1.0 can carry: forbidden characters as ``\\xNN``."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256
                        else f"\\u{ord(m.group()):04x}", str(value))


def _pair_name(record: Mapping[str, Any]) -> str:
    saved, loaded = pair_of(record)
    return xml_text(f"torch {saved} to {loaded}")


def write_junit(report: Report, out: Path) -> Path:
    suites: dict[str, list[Mapping[str, Any]]] = {}
    reason = {entry.index: entry.reason for entry in report.view.baseline}
    for r in report.records:
        if not is_model_problem(r):  # one test case per factory below, not one per pair
            suites.setdefault(_pair_name(r), []).append(r)
    root = ET.Element("testsuites", name="harness compatibility")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for name, members in suites.items():
        suite = ET.SubElement(root, "testsuite", name=name)
        counts = {"tests": len(members), "failures": 0, "skipped": 0}
        for r in members:
            case = ET.SubElement(suite, "testcase", classname=xml_text(f"{name}.{r['format']}"),
                                 name=xml_text(f"{r['check']}[{r['case']}]"),
                                 time=f"{sum((r.get('seconds') or {}).values()):.6f}")
            verdict, entries = verdict_of(r, report.view.baseline)
            if verdict == "known":  # the gate passes it: a skip naming the baseline entry, like an xfail
                counts["skipped"] += 1
                reasons = "; ".join(f"#{e + 1}: {reason[e]}" for e in entries)
                ET.SubElement(case, "skipped", type="known",
                              message=xml_text(f"known (baseline {reasons[:500]}): {r['message'][:1000]}"))
            elif verdict == "new":
                counts["failures"] += 1
                failure = ET.SubElement(case, "failure", type=xml_text(r["status"]), message=xml_text(r["message"][:1000]))
                failure.text = xml_text("\n\n".join(p for p in (r["message"], r.get("traceback") or "") if p))
            elif r["status"] == "unsupported":
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=xml_text(r["message"][:1000]))
            elif r["status"] != "pass" and explained(r):  # is_failure said a known limitation explains it
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", type="expected",
                              message=xml_text(f"expected ({r.get('limitation')}): {r['message'][:1000]}"))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("errors", "0")
    if report.view.problems:
        _problems(root, report.view.problems, totals)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    path = out / "junit.xml"
    write_atomically(path, ET.tostring(root, encoding="utf-8", xml_declaration=True))
    return path


def _problems(root: ET.Element, problems: Sequence[ModelProblem], totals: dict[str, int]) -> None:
    """A failing test case per factory whose output harness cannot compare (:mod:`.problems`)."""
    suite = ET.SubElement(root, "testsuite", name=HEADING.lower(), tests=str(len(problems)),
                          failures=str(len(problems)), skipped="0", errors="0")
    for problem in problems:
        case = ET.SubElement(suite, "testcase", classname="model", name=xml_text(problem.model), time="0")
        ET.SubElement(case, "failure", type="model_problem", message=xml_text(problem.line()[:1000]))
    totals["tests"] += len(problems)
    totals["failures"] += len(problems)


WRITERS.add("junit", write_junit)
