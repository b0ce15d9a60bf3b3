"""The atlas: every ordered pair once, environments built with tox in turn, a rerun continues."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from harness.runner.atlas import plan
from harness.versions import torch_envs


def test_the_plan_covers_every_ordered_pair_once_and_loads_only_what_is_saved() -> None:
    envs = torch_envs()
    visits = plan(envs)
    pairs = [(saved, visit.env) for visit in visits for saved in visit.loads]
    names = [env.name for env in envs]
    assert sorted(pairs) == sorted((a, b) for a in names for b in names)
    saved_at = {visit.env: index for index, visit in enumerate(visits) if visit.saves}
    for index, visit in enumerate(visits):
        assert all(saved_at[saved] <= index for saved in visit.loads)
    assert len(visits) == 2 * len(envs) - 1  # the newest needs one visit


def _atlas(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    cache = os.environ.get("UV_CACHE_DIR") or str(Path.home() / ".cache" / "uv")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOX_") and k != "VIRTUAL_ENV"}
    return subprocess.run([sys.executable, "-m", "harness", "atlas", "--tox-root", str(ROOT), "--state",
                           str(tmp_path / "state"), "--out", str(tmp_path / "atlas"), "--versions", "2.1,2.4",
                           "--examples", "2", "--uv-cache", cache, *extra],
                          capture_output=True, text=True, cwd=ROOT, env=env)


@pytest.mark.crossversion
def test_the_atlas_of_two_versions_and_its_rerun(tmp_path: Path) -> None:
    first = _atlas(tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Traceback" not in first.stderr
    results = tmp_path / "state" / "results"
    assert sorted(p.name for p in results.glob("*.jsonl")) == [
        "torch21__torch21.jsonl", "torch21__torch24.jsonl", "torch24__torch21.jsonl", "torch24__torch24.jsonl"]
    for path in results.glob("*.jsonl"):
        records = [json.loads(line) for line in path.read_text().splitlines()]
        saved, loaded = path.stem.split("__")
        assert records and {r["saved"]["torch"][:3] for r in records} == {saved[5] + "." + saved[6:]}
        assert {r["loaded"]["torch"][:3] for r in records} == {loaded[5] + "." + loaded[6:]}
    summary = (tmp_path / "atlas" / "README.md").read_text()
    assert "| **2.1.2** |" in summary and "| **2.4.1** |" in summary and "torch21 | " in summary
    atlas = json.loads((tmp_path / "atlas" / "atlas.json").read_text())
    assert atlas["versions"] == ["2.1.2", "2.4.1"] and atlas["checks"] == sum(
        len(p.read_text().splitlines()) for p in results.glob("*.jsonl"))
    # environments no later visit needs are gone
    assert not list((tmp_path / "state" / "tox").glob("torch*"))

    again = _atlas(tmp_path)  # nothing changed: nothing installed, nothing verified
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stderr.count("skipped") == 3 and "installing" not in again.stderr

    (results / "torch24__torch21.jsonl").unlink()  # as if interrupted before that pair
    resumed = _atlas(tmp_path)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert resumed.stderr.count("skipped") == 2 and "[3/3] torch21: verify" in resumed.stderr
    assert (results / "torch24__torch21.jsonl").is_file()


def test_the_summary_tells_new_from_known_and_unsupported_from_passed(tmp_path: Path) -> None:
    from harness.report.atlas import collect, gate_lines, write_markdown
    from harness.report.gate import load_baseline

    (tmp_path / "b.toml").write_text('schema = 1\n[[known]]\nformat = "export"\ncheck = "output"\n'
                                     'status = "load_error"\nmessage = "^KeyError"\nreason = "layout changed"\n')
    baseline = load_baseline(tmp_path / "b.toml")

    def record(fmt: str, status: str, message: str = "", limitation: str | None = None,
               saved: str = "2.8.0", loaded: str = "2.7.1") -> dict:
        return {"case": message or status, "format": fmt, "check": "output", "status": status,
                "message": message, "limitation": limitation, "saved": {"torch": saved}, "loaded": {"torch": loaded}}

    atlas = collect([record("export", "load_error", "KeyError: 'version'"),           # known
                     record("pickle", "load_error", "UnpicklingError: no"),           # new
                     record("onnx", "unsupported", "needs onnxscript", "onnx_operator"),  # compared nothing
                     record("state_dict", "pass", saved="2.7.1")], baseline)
    out = write_markdown(atlas, tmp_path / "atlas.md", "t").read_text()
    grid = {line.split("#### ")[1]: out.split(line, 1)[1].split("####")[0] for line in out.splitlines()
            if line.startswith("#### ")}
    assert "| **2.8.0** | 🔶1 |" in grid["export / output"]
    assert "| **2.8.0** | ❌1 |" in grid["pickle / output"]
    assert "onnx / output" not in grid  # unsupported everywhere: no grid, and never ✅
    assert "| **2.7.1** | ✅ |" in grid["state_dict / output"]
    lines = gate_lines(atlas, baseline)
    assert len(lines) == 1 and lines[0].startswith("NEW      pickle/output load_error: 1 checks")
