"""A finding that lines up with a library's version change says so: the library and its two
versions, with torch when the run cannot tell them apart, never torch alone.

The records are a real save and verify of this environment, relabelled as if saved and loaded
in several torch environments whose fingerprints list transformers (the ``libraries`` key the
fingerprint writes), as test_reports relabels the matrix. Where a library change breaks the
files, the output check is what transformers 5 makes of a transformers 4 pickle: a load_error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, run_harness, saved_and_verified

from harness.report import make_report, write_report
from harness.report.libraries import attribute, env_pair, note
from harness.report.view import finding_line

BROKEN = ("Can't get attribute 'BertSdpaSelfAttention' on <module 'transformers.models.bert.modeling_bert' "
          "from '/env/lib/python3.11/site-packages/transformers/models/bert/modeling_bert.py'>")
#: (torch, transformers) of each environment: each torch with the transformers that works with it
ORDINARY = [("2.1.2", "4.44.2"), ("2.4.1", "4.57.6"), ("2.6.0", "5.25.0"), ("2.13.0", "5.25.0")]

Env = tuple[str, str]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """Two models saved and verified in this environment, as a user runs it."""
    records = saved_and_verified(tmp_path_factory.mktemp("libraries"), "state_dict")
    assert any(r["check"] == "output" and r["status"] == "pass" for r in records)
    return records


def relabel(records: list[dict], envs: list[Env], broken: Callable[[Env, Env], bool],
            libraries: bool = True) -> list[dict]:
    """The records of every ordered pair of ``envs``; a passing output check fails to load where
    ``broken(saved, loaded)``."""
    out = []
    for saved in envs:
        for loaded in envs:
            for r in records:
                r = {**r, "run_id": f"{r['run_id']}-{saved[0]}-{saved[1]}",
                     "saved": _env(r["saved"], saved, libraries), "loaded": _env(r["loaded"], loaded, libraries)}
                if r["check"] == "output" and r["status"] == "pass" and broken(saved, loaded):
                    r.update(status="load_error", message=BROKEN, stage="load", max_abs_diff=None, max_rel_diff=None)
                out.append(r)
    return out


def _env(fingerprint: dict, env: Env, libraries: bool) -> dict:
    torch, transformers = env
    numpy = "1.26.4" if tuple(int(p) for p in torch.split(".")[:2]) <= (2, 3) else fingerprint["numpy"]
    out = {**fingerprint, "torch": torch, "numpy": numpy}
    if libraries:  # as the fingerprint writes it: every library the models come from, null where absent
        out["libraries"] = {"transformers": transformers, "timm": None}
    return out


def _transformers_4_to_5(saved: Env, loaded: Env) -> bool:
    return saved[1].startswith("4.") and loaded[1].startswith("5.")


def _across_2_6(saved: Env, loaded: Env) -> bool:
    """The pairs where transformers goes 4 → 5 in ORDINARY, named by torch alone."""
    return saved[0] in ("2.1.2", "2.4.1") and loaded[0] in ("2.6.0", "2.13.0")


def _broken(findings: list[dict]) -> list[dict]:
    return [f for f in findings if "load_error" in f["statuses"]]


def _findings(records: list[dict], out: Path | None = None) -> tuple[dict, list[dict]]:
    report = make_report(records)
    if out is not None:
        write_report(report, out)
    lines = [finding_line(report.view, f) for f in report.view.findings]
    assert lines == [f["line"] for f in report.summary["findings"]]
    return report.summary, report.summary["findings"]


def test_torch_and_a_library_that_change_together_are_both_named(real, tmp_path: Path) -> None:
    summary, findings = _findings(relabel(real, ORDINARY, _transformers_4_to_5), tmp_path)
    [found] = _broken(findings)
    assert found["attribution"] == "torch and library" and found["attributed_to"] == ["torch", "transformers"]
    assert {(c["name"], c["saved"], c["loaded"]) for c in found["libraries_changed"]} == {
        ("transformers", "4.44.2", "5.25.0"), ("transformers", "4.57.6", "5.25.0")}
    line = found["line"]
    assert "when saved before 2.6.0 and loaded in ≥ 2.6.0" in line
    assert "torch 2.1.2, 2.4.1 → 2.6.0, 2.13.0 and transformers 4.44.2, 4.57.6 → 5.25.0 change together" in line
    assert "cannot tell which one causes it" in line
    # timm (absent everywhere) changes nowhere and is not named
    assert "timm" not in line and all(c["name"] != "timm" for c in found["libraries_changed"])
    assert summary["libraries"]["2.4.1"] == {"timm": [None], "transformers": ["4.57.6"]}
    markdown = (tmp_path / "compat.md").read_text(encoding="utf-8")
    assert "Libraries in each environment" in markdown and "| 2.4.1 | not installed | 4.57.6 |" in markdown
    assert "transformers 4.44.2, 4.57.6 → 5.25.0 change together" in markdown
    page = (tmp_path / "compat.html").read_text(encoding="utf-8")
    assert 'id="libraries"' in page and "transformers 4.44.2, 4.57.6 → 5.25.0 change together" in page
    stored = json.loads((tmp_path / "compat.json").read_text(encoding="utf-8"))
    assert [f["attribution"] for f in stored["summary"]["findings"] if f["line"] == line] == ["torch and library"]


def test_a_library_change_under_the_same_torch_is_the_library_s(real) -> None:
    """One torch with two transformers (a team trying its library upgrade): the failures follow
    transformers, and torch, the same on both sides of a failing pair, is not blamed."""
    envs = [("2.6.0", "4.57.6"), ("2.6.0", "5.25.0"), ("2.13.0", "5.25.0")]
    summary, findings = _findings(relabel(real, envs, _transformers_4_to_5))
    [found] = _broken(findings)
    assert found["attribution"] == "library" and found["attributed_to"] == ["transformers"]
    assert "caused by transformers 4.57.6 → 5.25.0, not torch" in found["line"]
    assert "change together" not in found["line"]
    assert summary["libraries"]["2.6.0"]["transformers"] == ["4.57.6", "5.25.0"]


def test_a_failure_the_library_change_does_not_explain_reads_as_before(real) -> None:
    """Files of 2.1 and 2.4 fail in 2.6 but load in 2.13, which has the same transformers as
    2.6: transformers 4 → 5 passes there, so the finding is not the library's."""
    def broken(saved: Env, loaded: Env) -> bool:
        return saved[0] in ("2.1.2", "2.4.1") and loaded[0] == "2.6.0"

    _, findings = _findings(relabel(real, ORDINARY, broken))
    [found] = _broken(findings)
    assert found["attribution"] is None and found["attributed_to"] == []
    assert "loaded in 2.6.0" in found["line"] and "transformers 4" not in found["line"]
    # transformers does change in every failing pair: compat.json says so, the line does not blame it
    assert {c["name"] for c in found["libraries_changed"]} == {"transformers"}


def test_records_without_libraries_read_exactly_as_before(real, tmp_path: Path) -> None:
    plain = relabel(real, ORDINARY, _across_2_6, libraries=False)
    summary, findings = _findings(plain, tmp_path)
    assert summary["libraries"] == {}
    for found in findings:
        assert found["attribution"] is None and found["libraries_changed"] == []
        assert "transformers 4" not in found["line"] and "torch 2" not in found["line"]
    assert "Libraries" not in (tmp_path / "compat.md").read_text(encoding="utf-8")
    assert 'id="libraries"' not in (tmp_path / "compat.html").read_text(encoding="utf-8")
    # a library that never changes between the two sides changes nothing either
    same = [(torch, "5.25.0") for torch, _ in ORDINARY]
    _, unchanged = _findings(relabel(real, same, _across_2_6))
    assert [f["line"] for f in unchanged] == [f["line"] for f in findings]
    assert all(f["attribution"] is None and f["libraries_changed"] == [] for f in unchanged)


def test_the_gate_and_report_commands_name_the_library(real, tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in relabel(real, ORDINARY, _transformers_4_to_5)))
    baseline = tmp_path / "baseline.toml"
    baseline.write_text("schema = 1\n")
    done = run_harness(sys.executable, "report", str(results), "--out", str(tmp_path / "reports"),
                       "--baseline", str(baseline), cwd=ROOT)
    assert "LIBRARY  " in done.stderr and "transformers 4.44.2, 4.57.6 → 5.25.0 change together" in done.stderr
    # the gate reads the compact compat.json back: the libraries survive it
    done = run_harness(sys.executable, "gate", str(tmp_path / "reports" / "compat.json"), "--baseline",
                       str(baseline), cwd=ROOT, check=False)
    assert done.returncode == 1
    new = [line for line in done.stdout.splitlines() if line.startswith("NEW ")]
    assert new and all("with transformers " in line for line in new if "load_error" in line)
    assert any("2.4.1 → 2.6.0 with transformers 4.57.6 → 5.25.0" in line for line in new)
    library = [line for line in done.stdout.splitlines() if line.startswith("LIBRARY ")]
    assert len(library) == 1 and "torch 2.1.2, 2.4.1 → 2.6.0, 2.13.0 and transformers" in library[0]


def test_attribution_from_the_pairs_alone() -> None:
    """The rule on its own: a passing pair with the same transition clears the library; a
    failing pair where it does not change does too; torch changing with it keeps both named."""
    def pair(saved: Env, loaded: Env) -> tuple:
        return env_pair({"saved": {"libraries": {"lib": saved[1]}}, "loaded": {"libraries": {"lib": loaded[1]}}},
                        saved[0], loaded[0])

    a, b, c = ("1.0", "x1"), ("2.0", "x2"), ("3.0", "x2")
    everything = [pair(s, lo) for s in (a, b, c) for lo in (a, b, c)]
    assert attribute([pair(a, b), pair(a, c)], everything).kind == "torch and library"
    assert attribute([pair(a, b)], everything).kind is None                  # a → c: same transition, passes
    assert attribute([pair(a, b), pair(b, c)], everything).kind is None      # b → c: x2 → x2 fails
    same_torch = [pair(("2.0", "x1"), ("2.0", "x2")), pair(("2.0", "x1"), ("2.0", "x1"))]
    assert attribute(same_torch[:1], same_torch).kind == "library"
    assert attribute([pair(a, b)], [pair(a, b)]).names() == ["torch", "lib"]  # one pair run: cannot tell


def test_a_save_failure_is_judged_by_the_saving_side() -> None:
    """Saving fails in one environment alone: the versions it fails with against those that saved
    (of a model from the same libraries); a model of other libraries clears nothing."""
    from harness.report.libraries import attribute_saving

    def pair(saved: str, loaded: str, versions: dict, source: list | None = None) -> tuple:
        record = {"saved": {"libraries": {n: v[saved] for n, v in versions.items()}},
                  "loaded": {"libraries": {n: v[loaded] for n, v in versions.items()}}}
        if source is not None:
            record["source"] = {"libraries": source}
        return env_pair(record, saved, loaded)

    hf = {"transformers": {"2.4.1": "4.45.2", "2.13.0": "5.16.1"}}
    tv = {"torchvision": {"2.4.1": "0.19.1", "2.13.0": "0.28.0"}}
    labels = ("2.4.1", "2.13.0")
    failing = [pair("2.13.0", lo, hf, ["transformers"]) for lo in labels]
    compared = failing + [pair("2.4.1", lo, hf, ["transformers"]) for lo in labels] + \
        [pair(s, lo, tv, ["torchvision"]) for s in labels for lo in labels]  # resnet saves everywhere
    found = attribute_saving(failing, compared)
    assert found.names() == ["torch", "transformers"] and found.saving
    assert "fails to save only with torch 2.13.0 and transformers 4.45.2 → 5.16.1" in note(found)
    # a failure in every saving environment says nothing of a library
    assert attribute_saving(compared[:4], compared[:4]).kind is None


def test_library_names_and_versions_from_records_are_escaped(real, tmp_path: Path) -> None:
    """A fingerprint is read from a file like the rest of a record: its libraries cannot add
    markup to the pages or a line to the gate's output."""
    hostile = "<img src=x onerror=alert(1)>|`"
    records = relabel(real, ORDINARY, _transformers_4_to_5)
    for r in records:
        for side in ("saved", "loaded"):
            r[side] = {**r[side], "libraries": {hostile: r[side]["libraries"]["transformers"] + "\nNEW      forged"}}
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in records))
    (tmp_path / "b.toml").write_text("schema = 1\n")
    run_harness(sys.executable, "report", str(results), "--out", str(tmp_path / "reports"), cwd=ROOT)
    for name in ("compat.md", "compat.html"):
        page = (tmp_path / "reports" / name).read_text(encoding="utf-8")
        assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    done = run_harness(sys.executable, "gate", str(results), "--baseline", str(tmp_path / "b.toml"), cwd=ROOT,
                       check=False)
    assert "&lt;" not in done.stdout and "<img" in done.stdout  # printable as is, one line each
    assert not any(line.startswith("NEW      forged") for line in done.stdout.splitlines())
    assert any(line.startswith("LIBRARY  ") and "\\nNEW      forged" in line for line in done.stdout.splitlines())
