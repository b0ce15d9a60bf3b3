"""Saving and verifying across worker processes, and not redoing work that is current.

Speed is the benchmark's business (benchmarks/bench.py); these tests hold what the
speed must not cost: the same results with one worker or two, a skipped save only
when nothing that decides the artifacts changed, supervisors that leave torch to
their workers, and the timings the benchmark reads.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_harness
from safetensors.torch import load_file

import harness

FORMATS = ["state_dict", "checkpoint", "torchscript-script", "onnx", "pickle"]


def _save(python: str, out: Path, *extra: str) -> subprocess.CompletedProcess:
    args = ["save", "--out", str(out), "--examples", "6", "--seed", "4"]
    for fmt in FORMATS:
        args += ["--format", fmt]
    return run_harness(python, *args, *extra)


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())


def _cells(path: Path) -> list[tuple]:
    return [(r["case"], r["format"], r["check"], r["status"], r.get("limitation"))
            for r in map(json.loads, path.read_text().splitlines())]


def test_two_workers_save_and_verify_what_one_worker_does(this_python, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _save(this_python, one, "--workers", "1")
    done = _save(this_python, two, "--workers", "2")
    assert "(2 workers)" in done.stderr
    a, b = _manifest(one), _manifest(two)
    assert [e["id"] for e in a["cases"]] == [e["id"] for e in b["cases"]]
    for x, y in zip(a["cases"], b["cases"]):
        assert {f: r["status"] for f, r in x["formats"].items()} == {f: r["status"] for f, r in y["formats"].items()}
        assert {f: r["files"] for f, r in x["formats"].items()} == {f: r["files"] for f, r in y["formats"].items()}
        for tensors in ("inputs", "reference"):  # the same training, whichever worker ran it
            left, right = load_file(str(one / x[tensors])), load_file(str(two / y[tensors]))
            assert left.keys() == right.keys() and all((left[k] == right[k]).all() for k in left)
    r1, r2 = tmp_path / "r1.jsonl", tmp_path / "r2.jsonl"
    run_harness(this_python, "verify", str(two), "--results", str(r1), "--trust-pickles", "--trust-code", "--workers", "1")
    run_harness(this_python, "verify", str(two), "--results", str(r2), "--trust-pickles", "--trust-code", "--workers", "2")
    # same cells, same verdicts, and the same order: a file a run creates is in manifest order
    assert _cells(r1) == _cells(r2)
    assert len(_cells(r1)) >= 6 * len(FORMATS)


def test_fresh_workers_take_over_without_changing_a_verdict(this_python, tmp_path: Path) -> None:
    import os

    formats = [a for f in ("state_dict", "checkpoint") for a in ("--format", f)]
    base = ["--examples", "5", "--seed", "4", "--workers", "1", *formats]
    run_harness(this_python, "save", "--out", str(tmp_path / "one"), *base)
    recycled = {**os.environ, "HARNESS_CASES_PER_WORKER": "2", "HARNESS_PROFILE": str(tmp_path / "profile.jsonl")}
    run_harness(this_python, "save", "--out", str(tmp_path / "many"), *base, env=recycled)
    a, b = _manifest(tmp_path / "one"), _manifest(tmp_path / "many")
    assert [(e["id"], {f: r["status"] for f, r in e["formats"].items()}) for e in a["cases"]] == \
           [(e["id"], {f: r["status"] for f, r in e["formats"].items()}) for e in b["cases"]]
    r1, r2 = tmp_path / "r1.jsonl", tmp_path / "r2.jsonl"
    run_harness(this_python, "verify", str(tmp_path / "many"), "--results", str(r1), "--workers", "1")
    run_harness(this_python, "verify", str(tmp_path / "many"), "--results", str(r2), "--workers", "1", env=recycled)
    assert _cells(r1) == _cells(r2) and len(_cells(r1)) == 5 * 7  # checkpoint: 4 checks, state_dict: 3
    workers = [json.loads(line) for line in (tmp_path / "profile.jsonl").read_text().splitlines()]
    assert len(workers) == 3 + 3  # 5 cases, 2 a worker: three workers to save, three to verify


def test_save_is_skipped_only_while_its_inputs_are_unchanged(this_python, tmp_path: Path) -> None:
    out = tmp_path / "a"
    _save(this_python, out)
    first = _manifest(out)["run_id"]

    again = _save(this_python, out)
    assert "are current" in again.stderr and _manifest(out)["run_id"] == first

    forced = _save(this_python, out, "--force")
    assert "saved 6 cases" in forced.stderr
    second = _manifest(out)["run_id"]
    assert second != first

    other_seed = run_harness(this_python, "save", "--out", str(out), "--examples", "6", "--seed", "5",
                             *[a for f in FORMATS for a in ("--format", f)])
    assert "saved 6 cases" in other_seed.stderr and _manifest(out)["run_id"] != second
    third = _manifest(out)["run_id"]

    _save(this_python, out)  # back to seed 4: saved again
    fourth = _manifest(out)["run_id"]
    assert fourth != third
    damaged = out / _manifest(out)["cases"][0]["reference"]
    data = bytearray(damaged.read_bytes())
    data[-1] ^= 0xFF
    damaged.write_bytes(bytes(data))
    repaired = _save(this_python, out)  # a file changed since: not current
    assert "saved 6 cases" in repaired.stderr and _manifest(out)["run_id"] != fourth


def test_the_supervising_processes_do_not_import_torch(this_python, tmp_path: Path) -> None:
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    probe = ("import sys, runpy\n"
             "sys.argv = ['harness', *sys.argv[1:]]\n"
             "try:\n"
             "    runpy.run_module('harness', run_name='__main__')\n"
             "except SystemExit as stop:\n"
             "    assert not stop.code, stop.code\n"
             "print('torch imported' if 'torch' in sys.modules else 'no torch')\n")
    for args in (["save", "--out", str(out), "--examples", "2", "--format", "state_dict"],
                 ["verify", str(out), "--results", str(results)],
                 ["report", str(results), "--out", str(tmp_path / "reports")]):
        done = subprocess.run([this_python, "-c", probe, *args], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "no torch", (args, done.stdout)
    assert (out / "manifest.json").is_file() and results.read_text().strip()


def test_timings_and_profile_are_recorded(this_python, tmp_path: Path) -> None:
    import os

    out, results, profile = tmp_path / "a", tmp_path / "r.jsonl", tmp_path / "profile.jsonl"
    env = {**os.environ, "HARNESS_PROFILE": str(profile)}
    run_harness(this_python, "save", "--out", str(out), "--examples", "2", "--format", "state_dict",
                "--format", "checkpoint", "--workers", "1", env=env)
    run_harness(this_python, "verify", str(out), "--results", str(results), "--workers", "1", env=env)
    saved = [r for e in _manifest(out)["cases"] for r in e["formats"].values() if r["status"] == "saved"]
    assert saved and all(r["seconds"] > 0 for r in saved)
    records = [json.loads(line) for line in results.read_text().splitlines()]
    passed = [r for r in records if r["check"] == "output" and r["status"] == "pass"]
    assert passed and all(set(r["seconds"]) >= {"load", "run", "compare"} for r in passed)
    resumed = [r for r in records if r["check"] == "resume" and r["status"] == "pass"]
    assert resumed and all(set(r["seconds"]) >= {"restore", "resume"} for r in resumed)
    lines = [json.loads(line) for line in profile.read_text().splitlines()]
    kinds = {kind for line in lines for kind, _, _ in line["intervals"]}
    assert {"import", "save", "load", "run", "restore"} <= kinds
    assert all(start <= end for line in lines for _, start, end in line["intervals"])


def test_the_benchmark_prints_its_targets_beside_the_figures(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--sizes", "2",
                           "--speedup-sizes", "2", "--repeat", "1", "--floor-sizes", "2", "--out", str(out)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    at = report["sizes"]["2"]
    w1 = at["w1"]
    # the floor of a run is part of it: less than its wall time, and more than nothing
    assert 0 < w1["save_floor"] < w1["save"] and 0 < w1["verify_floor"] < w1["verify"]
    assert at["overhead_save"] == w1["save"] / w1["save_floor"] > 1
    assert at["floor_save"]["import"] > 0 and at["floor_save"]["raw"] > 0 and at["floor_verify"]["raw"] > 0
    assert at["w2"]["verify_peak_mib"] > 50 and at["speedup_verify"] == w1["verify"] / at["w2"]["verify"]
    assert report["targets"]["verify_speedup"]["measured"] == at["speedup_verify"]
    assert report["targets"]["overhead_save_100"]["verdict"] == "not measured"
    for target in report["targets"].values():
        assert target["what"] in done.stdout


def test_an_edit_anywhere_in_harness_changes_what_save_calls_current(this_python, tmp_path: Path) -> None:
    """The digest of harness's own code (part of the key that lets ``save`` skip) covers every
    module of every subpackage, not only those beside the digest's own."""
    copy = tmp_path / "copy"
    shutil.copytree(Path(harness.__file__).parent, copy / "harness",
                    ignore=shutil.ignore_patterns("__pycache__"))

    def digest() -> str:
        done = subprocess.run([this_python, "-c", "from harness.runner.save_pool import harness_digest\n"
                               "print(harness_digest())"], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(copy)}, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    before = digest()
    with open(copy / "harness" / "model" / "spec.py", "a", encoding="utf-8") as spec:
        spec.write("# an edit\n")
    assert digest() != before
