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
from array import array
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from ..results import is_model_problem
from .base import COLLECTORS, WRITERS, Report, write_atomically
from .problems import HEADING, ModelProblem
from .spool import spool
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


class Cases:
    """The test cases as the records go by (:data:`.base.COLLECTORS`): each one's XML into a
    temporary file, and per suite (pair) its counts and where its cases lie in that file, so
    that ``junit.xml`` groups them by pair without holding a record."""

    def __init__(self, live: Sequence[Any]) -> None:
        self.live = list(live)
        self.reason = {entry.index: entry.reason for entry in self.live}
        self.file = spool()
        self.suites: dict[str, dict[str, Any]] = {}  # name → counts, and its cases' [start, end) runs

    def add(self, r: Mapping[str, Any]) -> None:
        if is_model_problem(r):  # one test case per factory (the view's problems), not one per pair
            return
        name = _pair_name(r)
        suite = self.suites.get(name)
        if suite is None:
            suite = self.suites[name] = {"tests": 0, "failures": 0, "skipped": 0, "runs": array("Q")}
        case = ET.Element("testcase", classname=xml_text(f"{name}.{r['format']}"),
                          name=xml_text(f"{r['check']}[{r['case']}]"),
                          time=f"{sum((r.get('seconds') or {}).values()):.6f}")
        verdict, entries = verdict_of(r, self.live)
        suite["tests"] += 1
        if verdict == "known":  # the gate passes it: a skip naming the baseline entry, like an xfail
            suite["skipped"] += 1
            reasons = "; ".join(f"#{e + 1}: {self.reason[e]}" for e in entries)
            ET.SubElement(case, "skipped", type="known",
                          message=xml_text(f"known (baseline {reasons[:500]}): {r['message'][:1000]}"))
        elif verdict == "new":
            suite["failures"] += 1
            failure = ET.SubElement(case, "failure", type=xml_text(r["status"]), message=xml_text(r["message"][:1000]))
            failure.text = xml_text("\n\n".join(p for p in (r["message"], r.get("traceback") or "") if p))
        elif r["status"] == "unsupported":
            suite["skipped"] += 1
            ET.SubElement(case, "skipped", message=xml_text(r["message"][:1000]))
        elif r["status"] != "pass" and explained(r):  # is_failure said a known limitation explains it
            suite["skipped"] += 1
            ET.SubElement(case, "skipped", type="expected",
                          message=xml_text(f"expected ({r.get('limitation')}): {r['message'][:1000]}"))
        start = self.file.tell()
        self.file.write(ET.tostring(case, encoding="utf-8"))
        runs = suite["runs"]
        if runs and runs[-1] == start:
            runs[-1] = self.file.tell()
        else:
            runs.extend((start, self.file.tell()))

    def chunks(self, problems: Sequence[ModelProblem]) -> Iterator[bytes]:
        """``junit.xml``, in pieces: each suite's cases copied from the spool."""
        totals = {key: sum(suite[key] for suite in self.suites.values()) for key in ("tests", "failures", "skipped")}
        totals["tests"] += len(problems)
        totals["failures"] += len(problems)
        yield b"<?xml version='1.0' encoding='utf-8'?>\n" + _open("testsuites", "harness compatibility", totals)
        for name, suite in self.suites.items():
            yield _open("testsuite", name, suite)
            runs = suite["runs"]
            for start, end in zip(runs[::2], runs[1::2]):
                self.file.seek(start)
                left = end - start
                while left:
                    chunk = self.file.read(min(left, 1 << 20))
                    left -= len(chunk)
                    yield chunk
            yield b"</testsuite>"
        if problems:
            yield ET.tostring(_problems(problems), encoding="utf-8")
        yield b"</testsuites>\n"


def _open(tag: str, name: str, counts: Mapping[str, Any]) -> bytes:
    attributes = " ".join(f"{key}={quoteattr(str(value))}" for key, value in
                          (("name", name), *((k, counts[k]) for k in ("tests", "failures", "skipped")), ("errors", 0)))
    return f"<{tag} {attributes}>".encode("utf-8")


def write_junit(report: Report, out: Path) -> Path:
    path = out / "junit.xml"
    write_atomically(path, report.collected["junit"].chunks(report.view.problems))
    return path


def _problems(problems: Sequence[ModelProblem]) -> ET.Element:
    """A failing test case per factory whose output harness cannot compare (:mod:`.problems`)."""
    suite = ET.Element("testsuite", name=HEADING.lower(), tests=str(len(problems)),
                       failures=str(len(problems)), skipped="0", errors="0")
    for problem in problems:
        case = ET.SubElement(suite, "testcase", classname="model", name=xml_text(problem.model), time="0")
        ET.SubElement(case, "failure", type="model_problem", message=xml_text(problem.line()[:1000]))
    return suite


WRITERS.add("junit", write_junit)
COLLECTORS.add("junit", Cases)
