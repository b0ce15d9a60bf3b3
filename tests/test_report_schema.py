"""compat.json schema 3 (:mod:`harness.report.compact`), on the real torch 2.1 ↔ 2.4 matrix of
the test run: it reads back as the records it was written from, the gate gives the same verdict
on it as on the results, schema 2 still reads, and a hostile report is one line, exit status 2.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_harness

from harness.artifacts.manifest import write_json_atomic
from harness.report import make_report, summarize
from harness.report.compact import COLUMNS, decode
from harness.report.json_report import write_json
from harness.report.read import read_records
from harness.report.summary import dedupe
from harness.results import ResultsError

BASELINE = ROOT / "compat-baseline.toml"


def harness(*args: str) -> Any:
    return run_harness(sys.executable, *args, cwd=ROOT, check=False)


@pytest.fixture(scope="module")
def results(matrix) -> list[dict[str, Any]]:
    """The matrix's records as the results files hold them (deduplicated, as a report is)."""
    return dedupe(read_records([matrix["results"]]))


@pytest.fixture(scope="module")
def report(matrix, tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = read_records([matrix["results"]])
    return write_json(make_report(records), tmp_path_factory.mktemp("schema3"))


@pytest.fixture(scope="module")
def schema2(matrix, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same records as the schema-2 writer wrote them: whole, indented, without traceback."""
    records = read_records([matrix["results"]])
    path = tmp_path_factory.mktemp("schema2") / "compat.json"
    write_json_atomic(path, {"schema": 2, "harness": "0.1.0", "generated": "2026-01-01T00:00:00+00:00",
                             "summary": summarize(records),
                             "records": [{k: v for k, v in r.items() if k != "traceback"} for r in dedupe(records)]})
    return path


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)  # exact: 1, 1.0 and True differ, NaN equals NaN


def _close(before: Any, after: Any, digits: int) -> bool:
    """``after`` is ``before`` rounded to ``digits`` significant digits (or both are None/NaN)."""
    if before is None or after is None:
        return before is after
    if math.isnan(before):
        return math.isnan(after)
    return after == before or abs(after - before) <= 0.51 * 10 ** (1 - digits) * abs(before)


def _same_record(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The fields in which ``after`` (read from a report) is not ``before`` (from the results)."""
    wrong = [] if sorted(after) == sorted(before) else ["field names"]
    for name, value in before.items():
        if name in ("traceback", "output"):
            ok = after[name] is None  # schema 3 keeps neither
        elif name in ("max_abs_diff", "max_rel_diff"):
            ok = _close(value, after[name], 4)
        elif name == "seconds" and value is not None:
            ok = list(after[name] or ()) == list(value) and all(
                _close(value[s], after[name][s], 3) or abs(value[s] - after[name][s]) <= 5e-7 for s in value)
        else:
            ok = _text(after[name]) == _text(value)
        if not ok:
            wrong.append(name)
    return wrong


def test_a_schema_3_report_reads_back_as_the_records_it_was_written_from(results, report) -> None:
    back = read_records([report])
    assert len(back) == len(results) > 1000
    wrong = {(r["case"], r["format"], r["check"]): _same_record(r, b) for r, b in zip(results, back)}
    assert not {key: names for key, names in wrong.items() if names}
    assert any(r["message"] != r["message"].replace(r["artifacts"], "") for r in back)  # paths kept, exactly


def test_the_report_is_compact_plain_json(results, report) -> None:
    def no_constant(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    text = report.read_text(encoding="utf-8")
    data = json.loads(text, parse_constant=no_constant)
    assert text.startswith('{"schema":3,') and "\n" not in text.rstrip("\n")
    assert data["records"]["columns"] == list(COLUMNS)
    assert len(data["records"]["rows"]) == len(results) and data["summary"]["records"] == len(results)
    # each distinct environment, spec and run once; far smaller than the records written out whole
    assert len(data["environments"]) == len({_text(r["saved"]) for r in results} | {_text(r["loaded"]) for r in results})
    assert len(data["cases"]) == len({r["case"] for r in results})
    whole = len(json.dumps([{k: v for k, v in r.items() if k != "traceback"} for r in results], indent=1))
    assert report.stat().st_size * 10 < whole, (report.stat().st_size, whole)


def test_the_cli_report_writes_schema_3_and_reads_it_back(matrix, results) -> None:
    written = matrix["reports"] / "compat.json"
    assert json.loads(written.read_text(encoding="utf-8"))["schema"] == 3
    back = read_records([written])
    assert len(back) == len(results) and not [b for r, b in zip(results, back) if _same_record(r, b)]


def test_a_report_of_the_report_is_the_same_report(matrix, tmp_path: Path) -> None:
    """``harness report compat.json`` judges the records it reads back as the results were judged:
    the same summary, the same Markdown, and the same rows (the rounding is already done)."""
    first = matrix["reports"]
    again = harness("report", str(first / "compat.json"), "--out", str(tmp_path))
    assert again.returncode == 0, again.stderr
    before, after = (json.loads((d / "compat.json").read_text(encoding="utf-8")) for d in (first, tmp_path))
    assert {k: v for k, v in after.items() if k != "generated"} == {k: v for k, v in before.items() if k != "generated"}
    assert (tmp_path / "compat.md").read_text(encoding="utf-8") == (first / "compat.md").read_text(encoding="utf-8")


def test_non_finite_differences_survive(results, tmp_path: Path) -> None:
    real = next(r for r in results if r["max_abs_diff"] is not None)
    records = [{**real, "case": f"{real['case']}-{n}", "max_abs_diff": value, "max_rel_diff": -value}
               for n, value in enumerate((math.nan, math.inf, 1e-300, 123456.789))]
    path = write_json(make_report(records), tmp_path)
    assert "NaN" not in path.read_text() and "Infinity" not in path.read_text()
    back = read_records([path])
    assert math.isnan(back[0]["max_abs_diff"]) and math.isnan(back[0]["max_rel_diff"])
    assert (back[1]["max_abs_diff"], back[1]["max_rel_diff"]) == (math.inf, -math.inf)
    assert back[2]["max_abs_diff"] == 1e-300 and back[3]["max_abs_diff"] == 123500.0


def test_a_schema_2_report_still_reads(results, schema2) -> None:
    assert [_text(r) for r in read_records([schema2])] == [
        _text({k: v for k, v in r.items() if k != "traceback"}) for r in results]


@pytest.fixture(scope="module")
def empty_baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("baseline") / "empty.toml"
    path.write_text("schema = 1\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("source", ["schema 3", "schema 2"])
@pytest.mark.parametrize("which", ["committed", "empty"])
def test_the_gate_judges_a_report_as_it_judges_the_results(matrix, report, schema2, empty_baseline,
                                                           source: str, which: str) -> None:
    baseline = str(BASELINE if which == "committed" else empty_baseline)
    on_results = harness("gate", str(matrix["results"]), "--baseline", baseline)
    on_report = harness("gate", str(report if source == "schema 3" else schema2), "--baseline", baseline)
    assert on_results.returncode in (0, 1) and "Traceback" not in on_report.stderr, on_report.stderr
    assert (on_report.returncode, on_report.stdout) == (on_results.returncode, on_results.stdout)
    assert on_report.stderr.splitlines()[-1] == on_results.stderr.splitlines()[-1]  # the verdict line
    if which == "empty":  # every failure is new: the lines compared are the gate's real output
        assert on_report.returncode == 1 and on_report.stdout.count("NEW      ") > 10


def _cell(column: str, row: int, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set one cell of a row (padding a short row with defaults first)."""
    def edit(data: dict[str, Any]) -> None:
        cells = data["records"]["rows"][row]
        position = COLUMNS.index(column)
        cells.extend(None if name.startswith("max_") else 0 for name in COLUMNS[len(cells):position + 1])
        cells[position] = value
    return edit


def _set(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


def _delete(key: str) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        del data[key]
    return edit


#: name: (what is done to the real report, the command, what the one line must say)
HOSTILE: dict[str, tuple[Callable[[dict[str, Any]], Any], str, str]] = {
    "message index out of range": (
        _cell("message", 12, 10**6), "gate", "records.rows[12]: message index 1000000 is out of range ("),
    "negative index": (_cell("case", 3, -1), "report", "records.rows[3]: case index -1 is out of range"),
    "index a string": (
        _cell("saved", 5, "0"), "gate", "records.rows[5]: saved must be an index (an integer), not string"),
    "index a boolean": (_cell("status", 5, True), "report", "records.rows[5]: status must be an index"),
    "index a float": (_cell("run", 7, 0.0), "gate", "records.rows[7]: run must be an index"),
    "row an object": (_set("records", "rows", 2, value={"case": 0}), "report", "records.rows[2]: must be an array"),
    "row too long": (
        _set("records", "rows", 2, value=[0] * 40), "gate",
        f"records.rows[2]: must be an array of at most {len(COLUMNS)} values, not 40"),
    "difference a word": (
        _cell("max_abs_diff", 4, "big"), "report", "records.rows[4]: max_abs_diff must be null, a number"),
    "seconds out of range": (
        _cell("seconds", 4, [99, 1]), "gate", "records.rows[4]: seconds steps index 99 is out of range"),
    "seconds a string": (_cell("seconds", 4, "fast"), "report", "records.rows[4]: seconds must be 0 or"),
    "environment a string": (
        _set("environments", 0, value="2.1.2"), "gate", "environments[0]: must be an object, not string"),
    "case not a pair": (
        _set("cases", 0, value=["id"]), "report", "cases[0]: must be a [case id, source object] pair"),
    "run of numbers": (_set("runs", 0, value=[1, 2]), "gate", "runs[0]: must be a [run_id, artifacts] pair"),
    "message a number": (_set("messages", 0, value=5), "report", "messages[0]: must be a string or an array"),
    "message piece unknown": (
        _set("messages", 0, value=["x", 7]), "gate", "messages[0]: must be a string or an array"),
    "format a number": (
        _set("tables", "format", 0, value=3), "report", "tables.format[0]: must be a string, not number"),
    "claimed a word": (_set("tables", "claimed", 0, value="yes"), "gate", "tables.claimed[0]: must be a boolean"),
    "warnings a string": (
        _set("tables", "warnings", 0, value="careful"), "report", "tables.warnings[0]: must be an array of strings"),
    "no messages": (_delete("messages"), "gate", "messages: missing"),
    "no tables": (_delete("tables"), "report", "tables: missing"),
    "tables an array": (_set("tables", value=[]), "gate", "tables: must be an object, not array"),
    "rows an object": (_set("records", "rows", value={}), "report", "records.rows: must be an array, not object"),
    "unknown column": (
        _set("records", "columns", 3, value="colour"), "gate", "records.columns[3]: 'colour' is not a column"),
    "no message column": (
        lambda d: d["records"]["columns"].remove("message"), "report", "records.columns: misses 'message'"),
    "unknown schema": (_set("schema", value=4), "gate", "schema: 4 is not one this harness reads (2, 3)"),
    "schema a string": (_set("schema", value="3"), "report", "schema: '3' is not one this harness reads"),
    "not an object": (lambda d: [d], "gate", "is a JSON array, not a report"),
    "schema 2, a bad record": (
        lambda d: {"schema": 2, "records": [{"case": "x", "status": 5}]}, "report",
        "records[0]: the record misses field 'format'"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_report_is_one_line_naming_the_field(report, tmp_path: Path, name: str) -> None:
    edit, command, expected = HOSTILE[name]
    data = json.loads(report.read_text(encoding="utf-8"))
    data = edit(data) or data
    hostile = tmp_path / "compat.json"
    hostile.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResultsError) as raised:
        read_records([hostile])
    assert expected in str(raised.value) and "\n" not in str(raised.value), str(raised.value)
    extra = ["--out", str(tmp_path / "out")] if command == "report" else ["--baseline", str(BASELINE)]
    done = harness(command, str(hostile), *extra)
    assert done.returncode == 2 and "Traceback" not in done.stderr, (done.returncode, done.stderr)
    assert done.stderr.strip().count("\n") == 0 and f"results {hostile}: " in done.stderr, done.stderr
    assert expected in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()  # nothing written from part of a report


def test_a_truncated_report_is_one_line(report, tmp_path: Path) -> None:
    text = report.read_text(encoding="utf-8")
    cut = tmp_path / "compat.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    error = harness("report", str(cut), "--out", str(tmp_path / "out")).stderr
    assert f"results {cut}: not a JSON report" in error and error.count("\n") == 1, error


def test_decode_names_where_it_was_given(report) -> None:
    data = json.loads(report.read_text(encoding="utf-8"))
    data["records"]["rows"][0] = "x"
    with pytest.raises(ResultsError, match=r"^somewhere: records\.rows\[0\]: must be an array"):
        list(decode(data, "somewhere"))
