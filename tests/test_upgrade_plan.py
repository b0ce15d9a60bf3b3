"""The upgrade plan, the grids' proportions, the expected differences by cause and the
magnitude buckets, on the real torch 2.1 ↔ 2.4 matrix of the test run — and a weights-only
upgrade to torch 2.6 whose suggested allowlist is pasted into torch 2.6 and loads the file."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import ROOT, run_harness, tox_env_python

from harness.artifacts.manifest import environment_label
from harness.report.magnitudes import bucket, columns, histogram
from harness.report.read import read_records
from harness.report.summary import dedupe
from harness.results import LIMITATIONS

BASELINE = ROOT / "compat-baseline.toml"


@pytest.fixture(scope="module")
def reported(matrix, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("plan")
    done = run_harness(sys.executable, "report", str(matrix["results"]), "--out", str(out), "--baseline", str(BASELINE))
    return {"out": out, "stderr": done.stderr, "summary": json.loads((out / "compat.json").read_text())["summary"],
            "records": read_records([matrix["results"]])}


def _broken(records: list[dict]) -> dict:
    """(format, check, saved, loaded) → cases that do not pass (nor are unsupported), the latest
    record of each check as the reports judge it."""
    out: dict = defaultdict(set)
    for r in records:
        if r["format"] != "model" and r["status"] not in ("pass", "unsupported"):
            out[(r["format"], r["check"], environment_label(r["saved"]), environment_label(r["loaded"]))].add(r["case"])
    return out


def test_the_plan_names_exactly_what_the_move_breaks_and_not_what_was_broken_already(reported) -> None:
    plans = reported["summary"]["upgrade_plan"]
    versions = reported["summary"]["versions"]
    assert [(p["from"], p["to"]) for p in plans] == [(versions[0], versions[1]), (versions[1], versions[0])]
    broken = _broken(dedupe(reported["records"]))
    for plan in plans:
        a, b = plan["from"], plan["to"]
        expected = {(fmt, check) for (fmt, check, s, lo), cases in broken.items()
                    if (s, lo) == (a, b) and cases - broken.get((fmt, check, a, a), set())}
        shown = {(fmt, step["check"]) for step in plan["steps"] if step["side"] == "read" for fmt in step["formats"]}
        assert shown == expected, plan["title"]
        for step in plan["steps"]:
            assert 0 < step["cases"] <= step["total"] and step["action"] and step["cause"]
            assert step["verdict"] in ("new", "known", "expected")
        assert not set(plan["unaffected"]) & {f for step in plan["steps"] for f in step["formats"]}


def test_every_report_opens_with_the_plan(reported) -> None:
    out = reported["out"]
    markdown = (out / "compat.md").read_text()
    assert markdown.index("## Upgrade plan") < markdown.index("## Findings in detail")
    first = reported["summary"]["upgrade_plan"][0]
    assert f"### {first['title']}" in markdown and "Change: " in markdown
    page = (out / "compat.html").read_text()
    assert page.index('<section id="upgrade">') < page.index('<ol id="findings">')
    assert "PLAN     " + first["headline"] in reported["stderr"]


def test_one_path_is_planned_with_upgrade_and_a_wrong_one_is_one_line(matrix, tmp_path: Path) -> None:
    versions = json.loads((matrix["reports"] / "compat.json").read_text())["summary"]["versions"]
    newer, older = versions[1].rsplit(".", 1)[0], versions[0].rsplit(".", 1)[0]
    run_harness(sys.executable, "report", str(matrix["results"]), "--out", str(tmp_path / "r"),
                "--upgrade", f"{newer}:{older}")
    plans = json.loads((tmp_path / "r" / "compat.json").read_text())["summary"]["upgrade_plan"]
    assert [(p["from"], p["to"], p["title"].endswith("(roll back)")) for p in plans] == [
        (versions[1], versions[0], True)]
    done = run_harness(sys.executable, "report", str(matrix["results"]), "--out", str(tmp_path / "s"),
                       "--upgrade", "2.99:2.4", check=False)
    assert done.returncode == 2 and "2.99 is not a torch of this run" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_expected_differences_are_one_line_per_cause(reported) -> None:
    markdown = (reported["out"] / "compat.md").read_text()
    section = markdown.split("## Expected differences (known limitations)")[1]
    named = [text for text in LIMITATIONS.values() if text in section]
    assert named, "the matrix has expected differences"
    assert all(section.count(text) == 1 for text in named)


def test_magnitude_buckets_keep_exact_apart_from_one_to_ten() -> None:
    assert [bucket(v) for v in (0.0, 3.0, 1.0, 9.99, 10.0, 0.5, 1e-15, float("inf"), float("nan"))] == [
        "exact", "1e0", "1e0", "1e0", "1e1", "1e-1", "1e-12", "inf", "nan"]
    counts = histogram([{"format": "f", "max_abs_diff": v} for v in (0.0, 3.0, 2e-3)])
    assert columns(counts) == ["exact", "1e-3", "1e-2", "1e-1", "1e0"] and counts["f"]["exact"] == 1


def test_the_magnitude_table_counts_every_output_comparison_once(reported) -> None:
    page = (reported["out"] / "compat.html").read_text()
    table = page.split('<table id="magnitudes">')[1].split("</table>")[0]
    rows = re.findall(r"<tr><th>([^<]+)</th>(.*?)</tr>", table)
    compared = defaultdict(int)
    for r in dedupe(reported["records"]):  # the report shows the last record of each check
        if isinstance(r.get("max_abs_diff"), (int, float)):
            compared[r["format"]] += 1
    seen = {}
    for fmt, cells in rows:
        numbers = [int(n) for n in re.findall(r">(\d+)</td>", cells)]
        assert sum(numbers[:-1]) == numbers[-1]  # the buckets add up to the row's total
        seen[fmt] = numbers[-1]
    assert seen == dict(compared)


@pytest.fixture(scope="module")
def to_2_6(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Saved with this environment's torch (2.4), verified with 2.6 and with 2.4 itself."""
    root = tmp_path_factory.mktemp("to26")
    run_harness(sys.executable, "save", "--out", str(root / "a"), "--examples", "2", "--seed", "3",
                "--format", "checkpoint-script", "--format", "pickle")
    for name, python in (("torch24", sys.executable), ("torch26", tox_env_python("torch26"))):
        run_harness(python, "verify", str(root / "a"), "--results", str(root / f"{name}.jsonl"), "--trust-pickles")
    run_harness(sys.executable, "report", str(root / "torch24.jsonl"), str(root / "torch26.jsonl"),
                "--out", str(root / "reports"))
    return {"root": root, "summary": json.loads((root / "reports" / "compat.json").read_text())["summary"]}


def test_a_weights_only_upgrade_names_the_globals_and_pasting_them_loads_the_file(to_2_6) -> None:
    """2.4 → 2.6: torch.load turns weights-only; the plan's change for checkpoint-script lists
    the exact globals, and allowlisting exactly those in torch 2.6 loads the file weights-only."""
    [plan] = [p for p in to_2_6["summary"]["upgrade_plan"] if p["title"].endswith("(upgrade)")]
    [step] = [s for s in plan["steps"] if s["side"] == "read" and s["formats"] == ["checkpoint-script"]
              and s["check"] == "default_load"]
    listed = re.search(r"add_safe_globals\(\[([^\]]+)\]\)", step["action"]).group(1).split(", ")
    assert "harness.modules.TrainingConfig" in listed and "weights_only=False" in step["action"]
    [checkpoint] = list((to_2_6["root"] / "a" / "cases").glob("*/checkpoint-script/checkpoint.pt"))[:1]
    script = ("import importlib, sys, torch\n"
              "names = sys.argv[2].split(',')\n"
              "def obj(name):\n"
              "    parts = name.split('.')\n"
              "    for i in range(len(parts) - 1, 0, -1):\n"
              "        try:\n"
              "            value = importlib.import_module('.'.join(parts[:i]))\n"
              "        except ImportError:\n"
              "            continue\n"
              "        for part in parts[i:]:\n"
              "            value = getattr(value, part)\n"
              "        return value\n"
              "torch.serialization.add_safe_globals([obj(n) for n in names])\n"
              "torch.load(sys.argv[1], weights_only=True)\n"
              "print('loaded')\n")
    done = subprocess.run([str(tox_env_python("torch26")), "-c", script, str(checkpoint), ",".join(listed)],
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "loaded", done.stderr[-2000:]
    # a whole-module pickle lists every class it holds, the model's own included
    [pickled] = [s for s in plan["steps"] if s["formats"] == ["pickle"] and s["check"] == "default_load"
                 and s["side"] == "read"]
    assert "harness.modules." in pickled["action"] and "a pickled module names every class" in pickled["action"]


def test_a_reviewed_action_in_the_baseline_comes_first(reported, matrix, tmp_path: Path) -> None:
    steps = [s for p in reported["summary"]["upgrade_plan"] for s in p["steps"] if s["baseline_entries"]]
    assert steps, "the matrix has known steps"
    number = steps[0]["baseline_entries"][0]
    blocks = BASELINE.read_text().split("[[known]]")
    blocks[number] = blocks[number].rstrip("\n") + '\naction = "pin the release: reviewed by the team"\n\n'
    baseline = tmp_path / "baseline.toml"
    baseline.write_text("[[known]]".join(blocks))
    run_harness(sys.executable, "report", str(matrix["results"]), "--out", str(tmp_path / "r"), "--baseline", str(baseline))
    summary = json.loads((tmp_path / "r" / "compat.json").read_text())["summary"]
    actions = {s["action"] for p in summary["upgrade_plan"] for s in p["steps"] if number in s["baseline_entries"]}
    assert actions == {"pin the release: reviewed by the team"}


def test_a_format_the_old_torch_could_not_write_broke_nothing_on_the_upgrade() -> None:
    """A format that only the newer torch writes (dcp-safetensors: 2.13+) failing in the newer
    torch's own pair is a finding, not "what worked with 2.6 and breaks with 2.13"; a format 2.6
    wrote and 2.13 fails on is."""
    from harness.report import make_report

    def record(fmt: str, saved: str, loaded: str, status: str, message: str = "") -> dict:
        return {"case": "c1", "format": fmt, "check": "output", "status": status, "message": message,
                "run_id": f"run-{saved}", "saved": {"torch": saved}, "loaded": {"torch": loaded}}

    records = []
    for saved in ("2.6.0", "2.13.0"):
        for loaded in ("2.6.0", "2.13.0"):
            own13 = saved == loaded == "2.13.0"
            records.append(record("new-format", saved, loaded,
                                  "load_error" if own13 else "unsupported",
                                  "consolidation fails" if own13 else "this torch has no such storage"))
            records.append(record("old-format", saved, loaded, "load_error" if own13 else "pass",
                                  "it broke" if own13 else ""))
    report = make_report(records, upgrade="2.6:2.13")
    steps = report.plans[0].steps
    assert [(s.side, s.formats) for s in steps] == [("own", ["old-format"])]
    assert any(f.format == "new-format" and f.verdict == "new" for f in report.view.findings)


def test_a_format_the_target_never_read_is_neither_unchanged_nor_in_its_window() -> None:
    """Rolling back from 2.6 to 2.4: 2.6 wrote executorch programs (some failed to save) and 2.4
    has no executorch, so its cell holds only ``unsupported`` and the copied ``save_error``s —
    nothing was read, so the format is not "unchanged"; a format 2.4 read and passed is."""
    from harness.report import make_report

    def record(fmt: str, case: str, loaded: str, status: str) -> dict:
        return {"case": case, "format": fmt, "check": "output", "status": status, "message": status,
                "run_id": "run-2.6.0", "saved": {"torch": "2.6.0"}, "loaded": {"torch": loaded}}

    records = [record("executorch", "c1", loaded, "pass" if loaded == "2.6.0" else "unsupported")
               for loaded in ("2.6.0", "2.4.1")]
    records += [record("executorch", "c2", loaded, "save_error") for loaded in ("2.6.0", "2.4.1")]
    records += [record("state_dict", case, loaded, "pass") for case in ("c1", "c2") for loaded in ("2.6.0", "2.4.1")]
    report = make_report(records, upgrade="2.6:2.4")
    assert report.plans[0].unaffected == ["state_dict"]
    # …and 2.4 is not in the window of 2.6's programs: it read none of them
    from harness.report.view import windows
    assert windows(report.view)["executorch"]["output"]["2.6.0"] == ["2.6.0"]
    assert windows(report.view)["state_dict"]["output"]["2.6.0"] == ["2.4.1", "2.6.0"]
