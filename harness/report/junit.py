"""``junit.xml``: one test case per case × format × check × pair, for CI test UIs.

A suite per (saved-in → loaded-in) pair and ``classname`` ``<pair>.<format>`` make
CI UIs group results by pair, then format. A failure carries its message (and the
traceback where there is one); ``unsupported`` is a skip with its reason, and a
non-pass a known limitation explains is a skip marked ``expected`` — the way
pytest reports an expected failure.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..results import is_failure
from . import WRITERS
from .summary import dedupe, pair_of


def _pair_name(record: Mapping[str, Any]) -> str:
    saved, loaded = pair_of(record)
    return f"torch {saved} to {loaded}"


def write_junit(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], out: Path) -> Path:
    suites: dict[str, list[Mapping[str, Any]]] = {}
    for r in dedupe(records):
        suites.setdefault(_pair_name(r), []).append(r)
    root = ET.Element("testsuites", name="harness compatibility")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for name, members in suites.items():
        suite = ET.SubElement(root, "testsuite", name=name)
        counts = {"tests": len(members), "failures": 0, "skipped": 0}
        for r in members:
            case = ET.SubElement(suite, "testcase", classname=f"{name}.{r['format']}",
                                 name=f"{r['check']}[{r['case']}]",
                                 time=f"{sum((r.get('seconds') or {}).values()):.6f}")
            if is_failure(r):
                counts["failures"] += 1
                failure = ET.SubElement(case, "failure", type=r["status"], message=r["message"][:1000])
                failure.text = "\n\n".join(p for p in (r["message"], r.get("traceback") or "") if p)
            elif r["status"] == "unsupported":
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=r["message"][:1000])
            elif r["status"] != "pass":  # explained by a known limitation
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", type="expected",
                              message=f"expected ({r.get('limitation')}): {r['message'][:1000]}")
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("errors", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    path = out / "junit.xml"
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


WRITERS.add("junit", write_junit)
