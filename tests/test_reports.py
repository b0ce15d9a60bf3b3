"""Reports and the upgrade gate, on the real torch 2.1 ↔ 2.4 matrix of the test run."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

from conftest import ROOT, run_harness
from junitparser import JUnitXml

from harness.gate import load_baseline, run_gate
from harness.results import is_failure, read_records

BASELINE = ROOT / "compat-baseline.toml"


def test_reports_holds_all_four_files(matrix) -> None:
    names = {p.name for p in matrix["reports"].iterdir()}
    assert {"compat.json", "junit.xml", "compat.md", "compat.html"} <= names


def test_junit_counts_equal_the_json_records(matrix) -> None:
    data = json.loads((matrix["reports"] / "compat.json").read_text())
    records = data["records"]
    xml = JUnitXml.fromfile(str(matrix["reports"] / "junit.xml"))
    cases = [case for suite in xml for case in suite]
    assert len(cases) == xml.tests == len(records)
    failing = sum(is_failure(r) for r in records)
    skipped = sum(r["status"] != "pass" and not is_failure(r) for r in records)
    assert xml.failures == failing and xml.skipped == skipped
    assert len({suite.name for suite in xml}) == len(data["summary"]["pairs"])
    # grouped by pair, then format; a failure carries its message
    for case in cases:
        pair, fmt = case.classname.rsplit(".", 1)
        assert pair.startswith("torch ") and fmt in {r["format"] for r in records}
        for result in case.result:
            assert result.message


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "headless Chromium is needed: install Debian's chromium (.ci/run does)"
    return path


def _browser(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           *args], capture_output=True, text=True, timeout=120, check=True)


class _Cells(HTMLParser):
    """td.cell attributes and the case panels, from the DOM Chromium rendered."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[dict] = []
        self.cases = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "td" and "cell" in classes:
            self.cells.append(attrs)
        if tag == "div" and "case" in classes:
            self.cases += 1


def test_the_html_matrix_renders_with_the_right_counts_in_chromium(matrix) -> None:
    reports = matrix["reports"]
    summary = json.loads((reports / "compat.json").read_text())["summary"]
    page = (reports / "compat.html").resolve().as_uri()
    assert not re.search(r"""(src|href)=["']https?:""", (reports / "compat.html").read_text())  # self-contained
    dom = _Cells()
    dom.feed(_browser("--dump-dom", page).stdout)
    shown = {(c["data-format"], c["data-check"], c["data-saved"], c["data-loaded"]):
             (int(c["data-passed"]), int(c["data-total"])) for c in dom.cells}
    expected = {(c["format"], c["check"], c["saved"], c["loaded"]): (c["counts"].get("pass", 0), c["total"])
                for c in summary["matrix"]}
    assert shown and all(expected[key] == value for key, value in shown.items())
    hidden = set(expected) - set(shown)  # rows never applicable (inference-only resume) are listed instead
    assert all(key[1] == "resume" for key in hidden)
    # opening a cell (the page's own script) lists exactly its cases
    failing = next(c for c in summary["matrix"] if c["failing"])
    target = f"{failing['format']}/{failing['check']}/{failing['saved']}/{failing['loaded']}"
    opened = _Cells()
    opened.feed(_browser("--virtual-time-budget=5000", "--dump-dom", f"{page}#open={target}").stdout)
    assert opened.cases == failing["total"]
    shot = reports / "compat.png"
    _browser("--window-size=1400,1800", f"--screenshot={shot}", page)
    assert shot.stat().st_size > 10_000


def test_the_committed_baseline_covers_every_failure_of_the_matrix(matrix) -> None:
    done = run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(BASELINE), check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "gate OK" in done.stderr


def test_removing_an_entry_fails_the_gate_naming_exactly_its_cells(matrix, tmp_path: Path) -> None:
    entries = load_baseline(BASELINE)
    records = read_records([matrix["results"]])
    covered = run_gate(records, entries, date.today()).covered

    def only(i: int) -> list:  # what entry i covers and no other entry does
        others = {id(r) for j, found in covered.items() if j != i for r in found}
        return [r for r in covered[i] if id(r) not in others]

    index = max(covered, key=lambda i: len(only(i)))
    assert only(index), "the baseline should cover something in this matrix"
    text = BASELINE.read_text().split("[[known]]")
    reduced = tmp_path / "baseline.toml"
    reduced.write_text("[[known]]".join(text[: index + 1] + text[index + 2:]))
    assert len(load_baseline(reduced)) == len(entries) - 1
    done = run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(reduced), check=False)
    assert done.returncode == 1
    named = {line.split(" case ")[1].split(":")[0] + " " + line.split()[1]
             for line in done.stdout.splitlines() if line.startswith("NEW")}
    assert named == {f"{r['case']} {r['format']}/{r['check']}" for r in only(index)}


def test_an_expired_entry_is_reported_and_no_longer_covers(matrix, tmp_path: Path) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    head, first, *rest = BASELINE.read_text().split("[[known]]")
    first = "".join(line for line in first.splitlines(keepends=True) if not line.startswith("expires"))
    expired = tmp_path / "baseline.toml"
    expired.write_text("[[known]]".join([head, f"\nexpires = {yesterday}" + first, *rest]))
    done = run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(expired), check=False)
    assert "EXPIRED  entry 1" in done.stdout
    assert done.returncode == 1 and "NEW" in done.stdout


def test_write_baseline_bootstraps_one_the_gate_accepts(matrix, tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(path), "--write-baseline")
    assert "TODO" in path.read_text()
    done = run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(path), check=False)
    assert done.returncode == 0 and "0 stale" in done.stderr


def test_a_bad_baseline_is_one_clear_line(matrix, tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[known]]\nformat = "onnx"\nreasn = "typo"\n')
    done = run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(path), check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "entry 1: unknown keys ['reasn']" in done.stderr


def test_an_entry_is_stale_only_where_the_run_had_a_pair_it_is_about(tmp_path: Path) -> None:
    from datetime import date

    from harness.gate import load_baseline, run_gate

    (tmp_path / "b.toml").write_text(
        'schema = 1\n'
        '[[known]]\nformat = "pickle"\nloaded = ">=2.6"\nreason = "about 2.6+ only"\n'
        '[[known]]\nformat = "export"\nsaved = "==2.1.*"\nreason = "about files of 2.1"\n')
    records = [{"case": "c", "format": "state_dict", "check": "output", "status": "pass", "message": "",
                "run_id": "r", "saved": {"torch": "2.1.2"}, "loaded": {"torch": "2.4.1"}}]
    result = run_gate(records, load_baseline(tmp_path / "b.toml"), date(2026, 12, 1))
    # the run had 2.1 → 2.4: the export entry could have matched and did not; the pickle one is
    # about loaders this run did not have
    assert [entry.index for entry in result.stale] == [1]
