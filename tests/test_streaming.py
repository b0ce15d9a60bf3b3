"""``report`` and ``gate`` stream: what they hold grows with the distinct cases and cells a run
has, not with its records (:mod:`harness.report.passes`). Measured with tracemalloc on the
same cases checked again and again (each copy another run), so that only the record count grows."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from harness.report import gate as gate_module
from harness.report import make_report, write_report
from harness.report import passes as passes_module
from harness.report import spool as spool_module
from harness.report import view as view_module
from harness.report.gate import load_baseline, run_gate
from harness.report.passes import Results
from harness.report.read import read_records
from harness.results import ResultsError

SPEC = {"schema": 1, "layers": [{"kind": "linear", "params": {"out_features": 4}}] * 6, "recipe": {"steps": 3}}
ENVS = [{"torch": f"2.{minor}.0", "python": "3.11.7", "platform": "linux-x86_64"} for minor in (1, 4, 6)]
FORMATS = ("state_dict", "checkpoint", "pickle", "onnx", "safetensors")


def _lines(copies: int) -> list[str]:
    """3 pairs × 40 cases × 5 formats × 2 checks, each saving side a run of its own per copy
    (a results file per pair, as verify writes them); a third fail."""
    out = []
    for copy in range(copies):
        for saved, loaded in ((0, 1), (1, 2), (0, 2)):
            for case in range(40):
                for fmt in FORMATS:
                    for check in ("output", "resume"):
                        failing = (case + saved) % 3 == 0
                        out.append(json.dumps({
                            "case": f"case{case:03d}", "format": fmt, "check": check,
                            "status": "mismatch" if failing else "pass",
                            "message": f"outputs differ at /tmp/art/cases/case{case:03d}/{fmt}" if failing else "matches",
                            "run_id": f"run{copy}-{saved}", "artifacts": "/tmp/art",
                            "saved": ENVS[saved], "loaded": ENVS[loaded],
                            "source": {"kind": "spec", "spec": SPEC},
                            "max_abs_diff": 0.25 if failing else 0.0, "seconds": {"load": 0.01, "run": 0.02}}))
    return out


def _peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spools go to disk from their first byte (by default they stay in memory up to a bound), a
    cell keeps 10 of its failing cases for the page (by default 400) and the gate 10 new records
    whole (by default 1,000; every one has its line): each bound reached at both sizes."""
    monkeypatch.setattr(spool_module, "SPOOL_BYTES", 1)
    monkeypatch.setattr(view_module, "CASES_PER_CELL", 10)
    monkeypatch.setattr(gate_module, "NEW_KEPT", 10)


def test_report_and_gate_hold_no_record(tmp_path: Path, on_disk: None) -> None:
    baseline = tmp_path / "b.toml"
    baseline.write_text('schema = 1\n[[known]]\nformat = "onnx"\nreason = "onnx differs"\n')
    entries = load_baseline(baseline)
    peaks = {}
    for copies in (1, 8):
        results = tmp_path / f"r{copies}.jsonl"
        results.write_text("\n".join(_lines(copies)) + "\n")

        def report() -> None:
            write_report(make_report(Results.files([results]), entries, str(baseline)), tmp_path / f"out{copies}")

        def gate() -> None:
            result = run_gate(Results.files([results]), entries, date.today())
            assert 0 < len(result.new) <= result.new_count == sum(1 for _ in result.new_lines())

        peaks[copies] = (_peak(report), _peak(gate))
    # 8 times the records (1,200 → 9,600): what is held is the cases' and cells', and of each record
    # its two hashes (16 bytes), a flag and, while the repeats are found, a copy of one hash (8);
    # held, the records themselves took ~570 bytes each
    for kind, one, eight in zip(("report", "gate"), peaks[1], peaks[8]):
        assert (eight - one) / 8400 < 100, f"{kind}: peak {one:,} bytes at 1,200 records, {eight:,} at 9,600"
    # and the reports say what the records say: the last of each check, every copy a run of its own
    back = read_records([tmp_path / "out8" / "compat.json"])
    assert len(back) == 9600 and len({r["run_id"] for r in back}) == 8 * 2


def test_the_reports_from_files_equal_those_from_records_in_memory(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    lines = _lines(2)
    results.write_text("\n".join(lines + lines[:50]) + "\n")  # a rerun of 50 checks: the last of each shows
    from_files = make_report(Results.files([results]))
    in_memory = make_report(read_records([results]))
    assert from_files.summary == in_memory.summary and from_files.summary["records"] == len(lines)
    for report, out in ((from_files, tmp_path / "a"), (in_memory, tmp_path / "b")):
        write_report(report, out)
    for name in ("junit.xml", "compat.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert read_records([tmp_path / "a" / "compat.json"]) == read_records([tmp_path / "b" / "compat.json"])


def test_results_that_change_between_the_passes_are_an_error_not_half_a_report(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    lines = _lines(1)
    results.write_text("\n".join(lines[:100]) + "\n")
    read = Results.files([results])
    read.index()
    with open(results, "a") as handle:  # a verify still appending
        handle.write(lines[100] + "\n")
    with pytest.raises(ResultsError, match="changed while being read"):
        list(read.walk())
    results.write_text("\n".join(lines[:99] + [lines[100]]) + "\n")  # the same length, another record
    read = Results.files([results])
    read.index()
    results.write_text("\n".join(lines[:100]) + "\n")
    with pytest.raises(ResultsError, match="changed while being read"):
        list(read.walk())


def test_records_that_disagree_are_all_judged_and_counted_beyond_those_named(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passes_module, "CONFLICTS_KEPT", 3)
    lines = [json.loads(line) for line in _lines(1) if '"pass"' in line][:10]
    flipped = [{**r, "status": "mismatch", "message": "outputs differ"} for r in lines]
    results = [*flipped, *lines]  # each failure followed by a pass of the same check
    gate = run_gate(results, [], date.today())
    assert gate.new_count == 10 and gate.conflict_count == 10 and len(gate.conflicts) == 3
    report = make_report(results)
    assert report.summary["contradictions"] == 10 and report.summary["statuses"]["pass"] == 10
