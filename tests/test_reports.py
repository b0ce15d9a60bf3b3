"""Reports and the upgrade gate, on the real torch 2.1 ↔ 2.4 matrix of the test run."""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from conftest import ROOT, run_harness
from junitparser import JUnitXml

from harness.report.gate import covering, live_entries, load_baseline, run_gate
from harness.report.passes import Results
from harness.report.read import read_records
from harness.report.summary import dedupe
from harness.results import is_failure

BASELINE = ROOT / "compat-baseline.toml"


def test_reports_holds_all_four_files(matrix) -> None:
    names = {p.name for p in matrix["reports"].iterdir()}
    assert {"compat.json", "junit.xml", "compat.md", "compat.html"} <= names


def test_junit_counts_equal_the_json_records(matrix) -> None:
    data = json.loads((matrix["reports"] / "compat.json").read_text())
    records = read_records([matrix["reports"] / "compat.json"])
    xml = JUnitXml.fromfile(str(matrix["reports"] / "junit.xml"))
    cases = [case for suite in xml for case in suite]
    assert len(cases) == xml.tests == len(records)
    failing = sum(is_failure(r) for r in records)  # no baseline given: every failure is new, a JUnit failure
    skipped = sum(r["status"] != "pass" and not is_failure(r) for r in records)
    assert xml.failures == failing and xml.skipped == skipped
    assert len({suite.name for suite in xml}) == len(data["summary"]["pairs"])
    # grouped by pair, then format; a failure carries its message
    for case in cases:
        pair, fmt = case.classname.rsplit(".", 1)
        assert pair.startswith("torch ") and fmt in {r["format"] for r in records}
        for result in case.result:
            assert result.message


def test_with_the_baseline_the_reports_and_the_gate_agree_cell_for_cell(matrix, tmp_path: Path) -> None:
    """report --baseline marks what the gate covers as known, and only the gate's new ones as new."""
    reduced = tmp_path / "baseline.toml"
    entries = load_baseline(BASELINE)
    records = read_records([matrix["results"]])
    covered = run_gate(records, entries, date.today()).covered
    index = max(covered, key=lambda i: covered[i])  # drop the entry covering most: its cells turn new
    text = BASELINE.read_text().split("[[known]]")
    reduced.write_text("[[known]]".join(text[: index + 1] + text[index + 2:]))
    out = tmp_path / "reports"
    run_harness(sys.executable, "report", str(matrix["results"]), "--out", str(out), "--baseline", str(reduced))
    gate = run_gate(records, load_baseline(reduced), date.today())
    summary = json.loads((out / "compat.json").read_text())["summary"]
    new_cells = Counter()
    for r in gate.new:
        new_cells[(f"{r['format']}/{r['check']}", r["saved"]["torch"].split("+")[0],
                   r["loaded"]["torch"].split("+")[0])] += 1
    shown = Counter({(grid, saved, loaded): cell.get("new", 0) for grid, rows in summary["grids"].items()
                     for saved, row in rows.items() for loaded, cell in row.items() if cell.get("new")})
    assert new_cells and shown == new_cells
    assert summary["verdicts"].get("known", 0) == gate.known <= sum(gate.covered.values())
    markdown = (out / "compat.md").read_text()
    assert markdown.index("## New incompatibilities:") < markdown.index("## Known findings")
    assert "## New incompatibilities: none" not in markdown
    xml = JUnitXml.fromfile(str(out / "junit.xml"))
    assert xml.failures == gate.new_count == len(gate.new)


def _browser_tests_required() -> bool:
    """CI (``.ci/run``) sets HARNESS_BROWSER_TESTS=1: there a missing Chromium is a failure."""
    import os

    return os.environ.get("HARNESS_BROWSER_TESTS", "").strip() not in ("", "0")


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path and not _browser_tests_required():
        import pytest

        pytest.skip("no headless Chromium (Debian's chromium): HARNESS_BROWSER_TESTS=1 requires it")
    assert path, "headless Chromium is needed: install Debian's chromium (.ci/run does)"
    return path


def _fourteen_versions(records: list[dict], versions: list[str]) -> list[dict]:
    """The matrix's real records, relabelled as if saved and loaded in fourteen torch releases:
    each ordered pair gets the records of the real pair of the same direction (older → newer,
    newer → older, same). The page's scale is what is tested; every record is a real one."""
    old, new = sorted({r["saved"]["torch"] for r in records})
    kind = {(old, old): "same", (new, new): "same", (old, new): "up", (new, old): "down"}
    by_kind: dict[str, list[dict]] = {}
    for r in records:
        by_kind.setdefault(kind[(r["saved"]["torch"], r["loaded"]["torch"])], []).append(r)
    out = []
    for i, saved in enumerate(versions):
        for j, loaded in enumerate(versions):
            for r in by_kind["same" if i == j else ("up" if i < j else "down")]:
                out.append({**r, "run_id": f"{r['run_id']}-{saved}",
                            "saved": {**r["saved"], "torch": saved, "numpy": _numpy_of(saved)},
                            "loaded": {**r["loaded"], "torch": loaded, "numpy": _numpy_of(loaded)}})
    return out


def _numpy_of(torch: str) -> str:
    """The NumPy the version table's row of that torch installs (NumPy 1 up to 2.3)."""
    return "1.26.4" if tuple(int(p) for p in torch.split(".")[:2]) <= (2, 3) else "2.1.0"


def test_the_atlas_page_of_fourteen_versions_in_a_real_browser(matrix, tmp_path: Path) -> None:
    """Headless Chromium (Playwright) loads a 14-version report: every grid is on screen within
    the viewport's width, a cell opens exactly its non-passing cases, and the page asks the
    network for nothing."""
    from playwright.sync_api import sync_playwright

    versions = [f"2.{minor}.0" for minor in range(14)]
    results = tmp_path / "results.jsonl"
    with open(results, "w", encoding="utf-8") as handle:
        for r in _fourteen_versions(read_records([matrix["results"]]), versions):
            handle.write(json.dumps(r) + "\n")
    out = tmp_path / "reports"
    run_harness(sys.executable, "report", str(results), "--out", str(out), "--baseline", str(BASELINE))
    summary = json.loads((out / "compat.json").read_text())["summary"]
    assert summary["versions"] == versions and len(summary["pairs"]) == 196
    records = read_records([out / "compat.json"])
    page_url = (out / "compat.html").resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_url)
        width = page.evaluate("window.innerWidth")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        grids = page.query_selector_all("figure.grid")
        assert len(grids) == len(summary["grids"])
        for grid in grids:
            box = grid.bounding_box()
            assert box and 0 <= box["x"] and box["x"] + box["width"] <= width
            assert len(grid.query_selector_all("td.cell")) == 196
        # every cell shows the counts of compat.json
        cells = page.eval_on_selector_all("td.cell", "els => els.map(e => [e.dataset.format + '/' + e.dataset.check, "
                                          "e.dataset.saved, e.dataset.loaded, +e.dataset.total, e.className, "
                                          "e.dataset.counts, getComputedStyle(e).backgroundImage])")
        verdicts = ("new", "known", "expected", "pass", "unsupported")
        split = 0
        for grid, saved, loaded, total, classes, shown, background in cells:
            counts = summary["grids"][grid][saved][loaded]
            assert sum(counts.values()) == total
            worst = next(v for v in verdicts if counts.get(v))
            assert worst in classes.split()
            # a cell shows its proportions: split by verdict when it holds several, plain when one
            assert shown == ",".join(f"{v}:{counts[v]}" for v in verdicts if counts.get(v))
            several = sum(1 for v in verdicts if counts.get(v)) > 1
            assert ("linear-gradient" in background) == several, (grid, saved, loaded, background)
            split += several
        assert split, "the matrix has cells of several verdicts"
        # the upgrade plan is the first thing under the totals, on the first screen
        assert page.eval_on_selector("#upgrade", "e => e.getBoundingClientRect().top") < 1000
        assert page.eval_on_selector("#upgrade details[open]", "e => e.getBoundingClientRect().top") < 1000
        # a known cell (the baseline covers it) opens its cases, each marked known
        grid, saved, loaded = next((g, s, lo) for g, rows in summary["grids"].items() for s, row in rows.items()
                                   for lo, c in row.items() if c.get("known"))
        fmt, check = grid.split("/")
        page.click(f'td.cell[data-format="{fmt}"][data-check="{check}"][data-saved="{saved}"][data-loaded="{loaded}"]')
        shown = page.eval_on_selector_all("#cases div.case", "els => els.map(e => e.className)")
        wanted = [r for r in records if (r["format"], r["check"], r["saved"]["torch"], r["loaded"]["torch"])
                  == (fmt, check, saved, loaded) and r["status"] not in ("pass", "unsupported")]
        assert len(shown) == len(wanted) and any("known" in c for c in shown)
        page.screenshot(path=str(tmp_path / "atlas.png"), full_page=True)
        browser.close()
    assert requests == [page_url]  # nothing but the page itself: no CDN, no font, no beacon
    assert (tmp_path / "atlas.png").stat().st_size > 10_000


def test_the_committed_baseline_covers_every_failure_of_the_matrix(matrix) -> None:
    done = run_harness(sys.executable, "gate", str(matrix["results"]), "--baseline", str(BASELINE), check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "gate OK" in done.stderr


def test_removing_an_entry_fails_the_gate_naming_exactly_its_cells(matrix, tmp_path: Path) -> None:
    entries = load_baseline(BASELINE)
    failing = [r for r in Results.files([matrix["results"]]).judged() if is_failure(r)]
    live = live_entries(entries, date.today())

    def only(i: int) -> list:  # what entry i covers and no other entry does
        return [r for r in failing if [e.index for e in covering(r, live)] == [i]]

    index = max((e.index for e in live), key=lambda i: len(only(i)))
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


def test_an_entry_is_stale_only_where_the_run_had_a_pair_and_a_format_it_is_about(tmp_path: Path) -> None:
    from datetime import date

    from harness.report.gate import load_baseline, run_gate

    (tmp_path / "b.toml").write_text(
        'schema = 1\n'
        '[[known]]\nformat = "pickle"\nloaded = ">=2.6"\nreason = "about 2.6+ only"\n'
        '[[known]]\nformat = "export"\nsaved = "==2.1.*"\nreason = "about files of 2.1"\n'
        '[[known]]\nformat = "probe"\nreason = "about probed files"\n')
    records = [{"case": "c", "format": fmt, "check": "output", "status": "pass", "message": "",
                "run_id": "r", "saved": {"torch": "2.1.2"}, "loaded": {"torch": "2.4.1"}}
               for fmt in ("state_dict", "export")]
    result = run_gate(records, load_baseline(tmp_path / "b.toml"), date(2026, 12, 1))
    # the run had 2.1 → 2.4 and export files: the export entry could have matched and did not; the
    # pickle one is about loaders this run did not have, the probe one about a probe's records
    assert [entry.index for entry in result.stale] == [1]


def test_a_full_disk_leaves_the_previous_reports_whole_and_says_so_in_one_line(matrix, tmp_path: Path) -> None:
    """Writes are atomic: with the file size limited (as a full disk refuses the write), report
    fails in one line and every report of the previous run is still there, whole."""
    import resource
    import signal
    import subprocess

    out = tmp_path / "reports"
    run_harness(sys.executable, "report", str(matrix["results"]), "--out", str(out))
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    done = subprocess.run([sys.executable, "-m", "harness", "report", str(matrix["results"]), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, preexec_fn=small_files)
    assert done.returncode == 2 and "cannot write the reports" in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing half-written, no temporary left


def test_report_and_gate_of_160000_records_fit_in_120_mb_and_running_out_is_one_line(matrix, tmp_path: Path) -> None:
    """The matrix's records, 32 times over (other case ids), reported and gated with 120 MB of
    address space — enough to start (about 50 MB), far from enough to hold ~160,000 records
    (about 330 MB even sharing what they repeat): both stream them (two passes, :mod:`harness.report.passes`).
    What cannot stream — a compat.json is parsed whole — runs out in one line naming what to do."""
    import resource
    import subprocess

    records = read_records([matrix["results"]])
    big = tmp_path / "big.jsonl"
    with open(big, "w", encoding="utf-8") as handle:
        for copy in range(32):
            for r in records:
                handle.write(json.dumps({**r, "case": f"{r['case'][:8]}{copy:08x}"}) + "\n")

    def little_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (120 << 20, 120 << 20))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "harness", *args], capture_output=True, text=True, cwd=ROOT,
                              preexec_fn=little_memory)

    done = run("report", str(big), "--out", str(tmp_path / "r"))
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{32 * len(dedupe(records))} checks over pairs" in done.stderr
    done = run("gate", str(big), "--baseline", str(BASELINE))
    assert done.returncode == 0 and "gate OK" in done.stderr, done.stderr[-2000:]
    report = json.loads((tmp_path / "r" / "compat.json").read_text())
    report["messages"].extend("x" * (1 << 20) for _ in range(160))  # a report of 160 MB
    (tmp_path / "huge.json").write_text(json.dumps(report))
    done = run("gate", str(tmp_path / "huge.json"), "--baseline", str(BASELINE))
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stderr.strip() == ("harness gate: error: out of memory; give it fewer results at once (results "
                                   "files are read in two passes, a compat.json whole) or a machine with more")
