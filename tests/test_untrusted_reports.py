"""Results files and baselines are untrusted input: ``report`` and ``gate`` escape everything,
fail closed, and answer every malformed input with one line (exit status 2), never a traceback.

Each test writes its hostile input itself; the CLI runs as a user would run it.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_harness

from harness.report.atlas import collect, write_markdown
from harness.report.read import read_records
from harness.results import Record, ResultsError, is_failure

SAVED = {"torch": "2.1.2", "python": "3.11.9", "numpy": "1.26.4", "platform": "Linux-6.1-x86_64",
         "machine": "x86_64"}
LOADED = {"torch": "2.4.1", "python": "3.11.9", "numpy": "2.1.0", "platform": "Linux-6.1-x86_64",
          "machine": "x86_64"}
XSS = "<img src=x onerror=alert(1)>"
SPEC = {"kind": "sequential", "layers": [{"kind": "linear", "in": 4, "out": 2}], "seed": 3}


def record(case: str = "mlp-0", status: str = "pass", **fields: Any) -> dict[str, Any]:
    """A record as ``verify`` writes it; ``fields`` then overwrite it (a status the dataclass
    refuses is written into the dict afterwards, as a hand edit or a newer harness would)."""
    real = status if status in ("pass", "mismatch", "load_error", "unsupported") else "mismatch"
    data = Record(case=case, format="state_dict", check="output", status=real, saved=SAVED, loaded=LOADED,
                  message="" if real == "pass" else "beyond torch.float32 tolerance (max abs 0.5)",
                  max_abs_diff=0.0 if real == "pass" else 0.5, max_rel_diff=0.0 if real == "pass" else 0.1,
                  run_id="run-1", artifacts="/tmp/artifacts/old", source={"spec": SPEC},
                  seconds={"load": 0.01, "run": 0.02}).to_json()
    data["status"] = status
    data.update(fields)
    return data


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def harness(*args: str) -> Any:
    return run_harness(sys.executable, *args, cwd=ROOT, check=False)


def one_line_error(done: Any) -> str:
    """The run failed as a user error: exit status 2, one line on stderr, no traceback."""
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0, done.stderr
    return done.stderr


def baseline(tmp_path: Path, text: str, name: str = "baseline.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- compat.html -------------------------------------------------------------------------

class _Page(HTMLParser):
    """Every element and attribute of the page, and the text of each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def test_record_strings_cannot_inject_markup_into_the_html_page(tmp_path: Path) -> None:
    hostile_env = {**SAVED, "torch": "2.1.2<img src=x onerror=alert(2)>"}
    message = f'{XSS} "quoted" </script><script>alert(3)</script> <!--<script> \u2028 \u2029 & more'
    results = write(tmp_path / "r.jsonl", [
        record(XSS, "mismatch", message=message, max_abs_diff=0.5),
        record(f"x{XSS}", "pass", format='fmt" onmouseover="alert(4)', max_abs_diff=float("nan")),
        record("hostile-version", "load_error", saved=hostile_env, check=XSS),  # contradicted below
        record("hostile-version", "mismatch", saved=hostile_env, check=XSS, limitation=XSS),
        record("new-status", f"error{XSS}", max_abs_diff=float("nan"))])
    done = harness("report", str(results), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "out" / "compat.html").read_text(encoding="utf-8")
    assert "<img" not in page and "<script>alert" not in page
    dom = _Page()
    dom.feed(page)
    assert "img" not in dom.tags and dom.tags.count("script") == 2
    assert not [name for name in dom.attrs if name.startswith("on")]
    assert "Contradictions: 1 checks have records with different statuses" in page
    # the payload survives as data: nothing in it ends, comments out or re-opens its <script>
    raw = page.split('<script type="application/json" id="data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and "\u2028" not in raw and "\u2029" not in raw
    data = json.loads(dom.scripts[0])
    # the cases of cells that did not pass, as rows of indices into the page's tables
    shown = [dict(zip(data["columns"], row)) for rows in data["cells"].values() for row in rows]
    for r in shown:
        r["case"], r["message"] = data["cases"][r["case"]], data["strings"][r["message"]]
    assert {r["case"] for r in shown} == set(data["cases"]) == {XSS, "hostile-version", "new-status"}
    assert next(r for r in shown if r["case"] == XSS)["message"] == message
    assert next(r for r in shown if r["case"] == "new-status")["abs"] == "nan"  # JSON.parse has no NaN
    # a hostile version label is text in the grids' headers and in their attributes
    hostile = "2.1.2&lt;img src=x onerror=alert(2)&gt;"
    assert f'<th title="{hostile}">{hostile}</th>' in page
    assert 'data-saved="2.1.2&lt;img src=x onerror=alert(2)&gt;"' in page


# --- compat.md -----------------------------------------------------------------------------

def _outside_fences(markdown: str) -> str:
    """The markdown with every fenced block removed (fences of any length, closed by one as long)."""
    out, fence = [], None
    for line in markdown.splitlines():
        match = re.match(r"^(`{3,})", line)
        if fence is None and match:
            fence = match.group(1)
        elif fence is not None and line.strip() == fence:
            fence = None
        elif fence is None:
            out.append(line)
    assert fence is None, "a fence was left open"
    return "\n".join(out)


def test_markdown_escapes_record_strings_and_fences_cannot_be_closed(tmp_path: Path) -> None:
    source = {"spec": {**SPEC, "note": "```\n# not a heading\n<script>alert(1)</script>\n````"}}
    results = write(tmp_path / "r.jsonl", [
        record("c<script>", "load_error", message="<script>alert(1)</script> a|b\r# injected heading\u2028- item\n(line 2)",
               format="pick|le", source=source),
        record("plain", "pass")])
    done = harness("report", str(results), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    markdown = (tmp_path / "out" / "compat.md").read_text(encoding="utf-8")
    outside = _outside_fences(markdown)
    assert "<script" not in outside and "&lt;script&gt;alert(1)&lt;/script&gt;" in outside
    assert not any(line.startswith(("# injected", "- item")) for line in markdown.splitlines())
    assert "> &lt;script&gt;alert(1)&lt;/script&gt; a|b # injected heading - item" in markdown
    # the table row of the hostile format keeps the header's columns: its "|" is escaped
    header = next(line for line in markdown.splitlines() if line.startswith("| format | check |"))
    row = next(line for line in markdown.splitlines() if line.startswith("| pick"))
    assert row.startswith("| pick\\|le | output |")
    assert len(re.findall(r"(?<!\\)\|", row)) == len(re.findall(r"(?<!\\)\|", header))
    # the source JSON (with backticks of its own) sits in a fence longer than any of its runs
    opening = next(line for line in markdown.splitlines() if line.endswith("json") and line.startswith("```"))
    ticks = opening[:-4]
    assert len(ticks) > 4
    block = markdown.split(opening + "\n", 1)[1].split("\n" + ticks + "\n", 1)[0]
    assert json.loads(block) == source


def test_the_atlas_markdown_escapes_record_strings(tmp_path: Path) -> None:
    atlas = collect([record(XSS, "load_error", format="a|b", message=f"{XSS} | x"),
                     record("ok", "pass", saved={"torch": "2.1<b>"})])
    text = write_markdown(atlas, tmp_path / "atlas.md", "t").read_text(encoding="utf-8")
    assert "<img" not in text and "<b>" not in text
    assert "| a\\|b | output |" in text and "NEW: &lt;img src=x onerror=alert(1)&gt; | x" in text


def test_junit_xml_stays_well_formed_with_control_characters(tmp_path: Path) -> None:
    results = write(tmp_path / "r.jsonl", [record("c\x00", "mismatch", message="bad \x00\x1b[31m\udc80 <x> & ]]>",
                                                  traceback="line\x07")])
    done = harness("report", str(results), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    root = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    failure = root.find(".//failure")
    assert failure is not None and failure.get("message").startswith("bad \\x00\\x1b[31m\\udc80 <x> & ]]>")


# --- fail closed: unknown statuses and limitations ------------------------------------------

def test_an_unknown_status_is_a_failure_everywhere(tmp_path: Path) -> None:
    assert is_failure(record(status="error")) and is_failure(record(status="error", limitation="uncarried_state"))
    assert not is_failure(record(status="pass")) and not is_failure(record(status="unsupported"))
    results = write(tmp_path / "r.jsonl", [record("a", "pass"), record("b", "error", message="worker said error")])
    # even an entry whose status is "*" does not cover a status it cannot have been written for
    entry = baseline(tmp_path, 'schema = 1\n[[known]]\nformat = "state_dict"\nstatus = "*"\nreason = "known"\n')
    done = harness("gate", str(results), "--baseline", str(entry))
    assert done.returncode == 1, done.stdout + done.stderr
    assert [line for line in done.stdout.splitlines() if line.startswith("NEW")] == [
        "NEW      state_dict/output error 2.1.2 → 2.4.1 case b: worker said error"]
    report = harness("report", str(results), "--out", str(tmp_path / "out"))
    assert report.returncode == 0 and "1 error" in report.stderr
    summary = json.loads((tmp_path / "out" / "compat.json").read_text())["summary"]
    assert summary["statuses"]["error"] == 1 and summary["failing"] == 1
    junit = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    assert junit.get("failures") == "1" and junit.find(".//failure").get("type") == "error"


def test_an_unknown_limitation_excuses_nothing(tmp_path: Path) -> None:
    made_up = record("b", "mismatch", limitation="the file said so")
    assert is_failure(made_up) and not is_failure(record("b", "mismatch", limitation="uncarried_state"))
    empty = baseline(tmp_path, "schema = 1\n")
    done = harness("gate", str(write(tmp_path / "r.jsonl", [made_up])), "--baseline", str(empty))
    assert done.returncode == 1 and "NEW      state_dict/output mismatch" in done.stdout
    known = harness("gate", str(write(tmp_path / "k.jsonl", [record("b", "mismatch", limitation="uncarried_state")])),
                    "--baseline", str(empty))
    assert known.returncode == 0, known.stdout + known.stderr
    harness("report", str(tmp_path / "r.jsonl"), "--out", str(tmp_path / "out"))
    summary = json.loads((tmp_path / "out" / "compat.json").read_text())["summary"]
    assert summary["failing"] == 1 and summary["expected"] == 0
    assert "Expected differences" not in (tmp_path / "out" / "compat.md").read_text()


# --- malformed results ----------------------------------------------------------------------

GOOD = json.dumps(record())
MALFORMED_LINES = {
    "not JSON": ("{not json", "not a JSON record"),
    "not an object": ("[1, 2]", "not an object"),
    "missing status": (json.dumps({k: v for k, v in record().items() if k != "status"}), "'status'"),
    "status a number": (json.dumps(record(status=5)), "'status' must be a string"),
    "case null": (json.dumps(record(case=None)), "'case' must be a string"),
    "saved a string": (json.dumps(record(saved="2.1.2")), "'saved' must be an object"),
    "diff a string": (json.dumps(record(max_abs_diff="big")), "'max_abs_diff' must be null or a number"),
    "diff a boolean": (json.dumps(record(max_rel_diff=True)), "'max_rel_diff' must be null or a number"),
    "limitation a number": (json.dumps(record(limitation=3)), "'limitation' must be null or a string"),
    "run_id a number": (json.dumps(record(run_id=7)), "'run_id' must be a string"),
    "source a list": (json.dumps(record(source=[1])), "'source' must be an object"),
    "seconds of strings": (json.dumps(record(seconds={"load": "slow"})), "'seconds'"),
    "absurd nesting": ("[" * 200_000 + "]" * 200_000, "nested"),
    "deep but parseable": (json.dumps(record(source={"spec": json.loads("[" * 300 + "]" * 300)})), "nested"),
    "a huge integer": ('{"case": ' + "9" * 5000 + "}", "not a JSON record"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED_LINES))
@pytest.mark.parametrize("command", ["report", "gate"])
def test_each_malformed_results_line_is_one_line_naming_file_and_line(tmp_path: Path, name: str,
                                                                     command: str) -> None:
    line, expected = MALFORMED_LINES[name]
    results = tmp_path / "r.jsonl"
    results.write_text(GOOD + "\n\n" + line + "\n" + GOOD + "\n", encoding="utf-8")
    extra = ["--out", str(tmp_path / "out")] if command == "report" else [
        "--baseline", str(baseline(tmp_path, "schema = 1\n"))]
    error = one_line_error(harness(command, str(results), *extra))
    assert f"{results}:3:" in error and expected in error, error
    assert not (tmp_path / "out").exists()  # nothing written from part of a file


def test_unreadable_results_are_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(GOOD.encode() + b"\n\xff\xfe not utf-8\n")
    assert f"{binary}:2: not UTF-8" in one_line_error(harness("report", str(binary), "--out", str(tmp_path / "o")))
    folder = tmp_path / "results"
    (folder / "trap.jsonl").mkdir(parents=True)  # a directory where a *.jsonl file should be
    assert "trap.jsonl cannot be read" in one_line_error(harness("gate", str(folder), "--baseline", "x.toml"))
    missing = tmp_path / "nowhere.jsonl"
    assert str(missing) in one_line_error(harness("report", str(missing), "--out", str(tmp_path / "o")))
    with pytest.raises(ResultsError, match="does not exist"):
        read_records([missing])


def test_a_line_over_64_mib_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    results = tmp_path / "huge.jsonl"
    with open(results, "w", encoding="utf-8") as handle:
        handle.write(GOOD + "\n")
        handle.write('{"case": "' + "x" * (64 << 20) + '"}\n')
    error = one_line_error(harness("report", str(results), "--out", str(tmp_path / "out")))
    assert f"{results}:2:" in error and "64 MiB" in error


def test_a_directory_of_results_is_read_file_by_file(tmp_path: Path) -> None:
    folder = tmp_path / "results"
    folder.mkdir()
    write(folder / "a__b.jsonl", [record("a")])
    write(folder / "b__c.jsonl", [record("b", "mismatch")])
    (folder / "notes.txt").write_text("not results")
    assert [r["case"] for r in read_records([folder])] == ["a", "b"]


# --- malformed baselines --------------------------------------------------------------------

MALFORMED_BASELINES = {
    "format a number": ('[[known]]\nformat = 3\nreason = "r"\n', ["entry 1", "format must be a string"]),
    "message a list": ('[[known]]\nmessage = ["x"]\nreason = "r"\n', ["entry 1", "message must be a string"]),
    "reason a number": ("[[known]]\nreason = 5\n", ["entry 1", "reason must be a string"]),
    "link a number": ('[[known]]\nreason = "r"\nlink = 1\n', ["entry 1", "link must be a string"]),
    "saved a table": ('[[known]]\nreason = "r"\nsaved = {v = 1}\n', ["entry 1", "saved must be a string"]),
    "known a number": ("known = 3\n", ["`known` must be an array of tables"]),
    "known of numbers": ("known = [1, 2]\n", ["`known` must be an array of tables"]),
    "known a table": ('[known]\nreason = "r"\n', ["`known` must be an array of tables"]),
    "schema a string": ('schema = "x"\n', ["schema 'x'"]),
    "schema a boolean": ("schema = true\n", ["schema True"]),
    "expires a date-time": ('[[known]]\nreason = "r"\nexpires = 2027-01-31T10:00:00\n', ["entry 1", "expires"]),
    "a typo at the top": ('schema = 1\n[[knwon]]\nreason = "r"\n', ["unknown top-level keys ['knwon']"]),
    "bad regex": ('[[known]]\nreason = "r"\nmessage = "("\n', ["entry 1", "message is not a regular expression"]),
}


@pytest.mark.parametrize("name", sorted(MALFORMED_BASELINES))
def test_each_malformed_baseline_is_one_line_naming_entry_and_field(tmp_path: Path, name: str) -> None:
    text, expected = MALFORMED_BASELINES[name]
    path = baseline(tmp_path, text)
    error = one_line_error(harness("gate", str(write(tmp_path / "r.jsonl", [record()])), "--baseline", str(path)))
    assert str(path) in error and all(part in error for part in expected), error


def test_an_unusable_baseline_path_is_one_line(tmp_path: Path) -> None:
    results = write(tmp_path / "r.jsonl", [record()])
    binary = tmp_path / "latin1.toml"
    binary.write_bytes('[[known]]\nreason = "caf\xe9"\n'.encode("latin-1"))
    assert "not UTF-8" in one_line_error(harness("gate", str(results), "--baseline", str(binary)))
    assert "is a directory" in one_line_error(harness("gate", str(results), "--baseline", str(tmp_path)))
    assert "is a directory" in one_line_error(harness("gate", str(results), "--baseline", str(tmp_path),
                                                      "--write-baseline"))
    assert "--today" in one_line_error(harness("gate", str(results), "--baseline", str(binary), "--today", "soon"))


# --- entries that match everything ----------------------------------------------------------

@pytest.mark.parametrize("entry", ['message = ".*"\nformat = "*"\ncheck = "*"\nstatus = "*"\n', "", 'message = "^"\n'])
def test_an_entry_that_matches_every_failure_is_reported_as_broad(tmp_path: Path, entry: str) -> None:
    path = baseline(tmp_path, f'schema = 1\n[[known]]\n{entry}reason = "everything is fine"\n'
                              '[[known]]\nformat = "*"\nstatus = "*"\nmessage = "^KeyError"\nreason = "narrow"\n')
    done = harness("gate", str(write(tmp_path / "r.jsonl", [record("b", "mismatch")])), "--baseline", str(path))
    broad = [line for line in done.stdout.splitlines() if line.startswith("BROAD")]
    assert len(broad) == 1 and broad[0].startswith("BROAD    entry 1 (")
    assert broad[0].endswith("matches every failure: the gate cannot fail on anything it covers; narrow it")
    assert done.returncode == 0 and "1 broad" in done.stderr  # a warning: it still covers what it matches


# --- records that contradict each other -----------------------------------------------------

def test_a_later_pass_does_not_hide_a_contradicting_failure(tmp_path: Path) -> None:
    mismatch = record("mlp-0", "mismatch", message="beyond torch.float32 tolerance (max abs 0.5)")
    results = write(tmp_path / "r.jsonl", [mismatch, dict(mismatch), record("mlp-0", "pass"), record("other")])
    empty = baseline(tmp_path, "schema = 1\n")
    done = harness("gate", str(results), "--baseline", str(empty))
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line for line in lines if line.startswith("NEW")] == [  # the identical duplicate counts once
        "NEW      state_dict/output mismatch 2.1.2 → 2.4.1 case mlp-0: beyond torch.float32 tolerance (max abs 0.5)"]
    assert [line for line in lines if line.startswith("CONFLICT")] == [
        "CONFLICT state_dict/output 2.1.2 → 2.4.1 case mlp-0: statuses mismatch, pass in the results; each was judged"]
    covering = baseline(tmp_path, 'schema = 1\n[[known]]\nstatus = "mismatch"\nmessage = "tolerance"\n'
                                  'reason = "rounding"\n', "covering.toml")
    covered = harness("gate", str(results), "--baseline", str(covering))
    assert covered.returncode == 0 and "CONFLICT state_dict/output" in covered.stdout
    report = harness("report", str(results), "--out", str(tmp_path / "out"))
    assert report.returncode == 0 and "1 checks have records that disagree" in report.stderr
    assert json.loads((tmp_path / "out" / "compat.json").read_text())["summary"]["contradictions"] == 1
    assert "Contradictions: 1 check has records with different statuses" in (tmp_path / "out" / "compat.md").read_text()
    assert "Contradictions: 1 checks have records" in (tmp_path / "out" / "compat.html").read_text()


def test_gate_lines_cannot_be_forged_by_a_record(tmp_path: Path) -> None:
    results = write(tmp_path / "r.jsonl", [record("c\nNEW      fake\x1b[2K", "mismatch", message="")])
    done = harness("gate", str(results), "--baseline", str(baseline(tmp_path, "schema = 1\n")))
    assert done.returncode == 1 and done.stdout.count("\n") == 1 and "\x1b" not in done.stdout
    assert "case c\\nNEW      fake\\x1b[2K: " in done.stdout


# --- report --out ---------------------------------------------------------------------------

def test_report_out_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    results = write(tmp_path / "r.jsonl", [record()])
    target = tmp_path / "compat.html"
    target.write_text("keep me")
    error = one_line_error(harness("report", str(results), "--out", str(target)))
    assert f"--out {target} is a file; give a directory" in error and target.read_text() == "keep me"
