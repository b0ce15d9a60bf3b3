"""Robust under crashes, hangs, kills and bad inputs: no lost results, no false pass."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, acceptable, run_harness

PLUGINS = {**os.environ, "HARNESS_PLUGINS": "planted_faults", "PYTHONPATH": str(ROOT / "tests" / "plugins")}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _marked(directory: Path, fmt: str) -> set[str]:
    manifest = json.loads((directory / "manifest.json").read_text())
    return {c["id"] for c in manifest["cases"] if (directory / "cases" / c["id"] / fmt / "fault").read_text() == "True"}


def test_a_crash_or_a_hang_costs_only_its_own_cell(tmp_path: Path) -> None:
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "6", "--seed", "4", "--format", "state_dict",
                "--format", "test_aborts", "--format", "test_hangs", env=PLUGINS)
    aborts, hangs = _marked(out, "test_aborts"), _marked(out, "test_hangs")
    assert aborts and hangs and len(aborts | hangs) < 6
    done = run_harness(sys.executable, "verify", str(out), "--results", str(results), "--timeout", "20", env=PLUGINS)
    assert "Traceback" not in done.stderr and "workers replaced" in done.stderr
    records = _records(results)
    # every case × format × (output, mmap, resume): none lost (the plugins are state_dict formats)
    assert len(records) == 6 * 3 * 3
    for r in records:
        if r["format"] == "test_aborts" and r["case"] in aborts:
            assert r["status"] == "crash" and "SIGABRT" in r["message"] and r["case"] in r["message"]
        elif r["format"] == "test_hangs" and r["case"] in hangs:
            assert r["status"] == "timeout" and "test_hangs" in r["message"]
        else:  # everything else has its normal verdict
            assert acceptable(r), (r["format"], r["case"], r["status"], r["message"][:200])


def test_a_crash_or_a_hang_while_saving_costs_only_its_own_cells(tmp_path: Path) -> None:
    """An exporter that kills its process or never returns on some models: the save goes
    on, those models' cells in that format read ``crash`` / ``timeout``, and everything else
    keeps its verdict."""
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "6", "--seed", "4", "--workers", "2",
                "--timeout", "20", "--format", "state_dict", "--format", "test_save_aborts",
                "--format", "test_save_hangs", env=PLUGINS)
    cases = json.loads((out / "manifest.json").read_text())["cases"]
    # the plugin's choice of cases (planted_faults.marked; importing it here would register
    # its formats in this process)
    doomed = {fmt: {c["id"] for c in cases if hashlib.sha256(f"{salt}:{c['id']}".encode()).digest()[0] % 3 == 0}
              for fmt, salt in (("test_save_aborts", "save-abort"), ("test_save_hangs", "save-hang"))}
    assert len(cases) == 6 and all(doomed.values()) and len(set.union(*doomed.values())) < 6
    expected = {"test_save_aborts": ("crash", "SIGABRT"), "test_save_hangs": ("timeout", "ran out of time")}
    for case in cases:
        for fmt, record in case["formats"].items():
            if case["id"] in doomed.get(fmt, ()):
                status, words = expected[fmt]
                assert record["status"] == status and words in record["message"] and case["id"] in record["message"]
            else:
                assert record["status"] == "saved", (fmt, record)
    run_harness(sys.executable, "verify", str(out), "--results", str(results), "--shrink", env=PLUGINS)
    records = _records(results)
    assert len(records) == 6 * 3 * 3
    for r in records:
        if r["case"] in doomed.get(r["format"], ()):
            assert (r["status"], r["stage"]) == (expected[r["format"]][0], "save")
        else:
            assert acceptable(r), (r["format"], r["case"], r["status"], r["message"][:200])


def test_matrix_shrink_goes_on_past_a_crash_across_environments(tmp_path: Path) -> None:
    """``matrix --shrink`` replays failures that need two environments through long-lived
    workers; a crash cell is not replayed (it would kill the replaying worker), and the run
    finishes with every other result."""
    artifacts, results = tmp_path / "artifacts", tmp_path / "results"
    names = ("a", "b")  # two environment names, one interpreter: every pair but a→a, b→b is "across"
    for name in names:
        run_harness(sys.executable, "save", "--out", str(artifacts / name), "--examples", "6", "--seed", "4",
                    "--format", "test_aborts", env=PLUGINS)
    for name in names:
        run_harness(sys.executable, "matrix", "--name", name, "--artifacts", str(artifacts),
                    "--results", str(results), "--shrink", env=PLUGINS)
    for pair in ("a__b", "b__a"):
        records = _records(results / f"{pair}.jsonl")
        assert len(records) == 6 * 3
        crashes = [r for r in records if r["status"] == "crash"]
        assert crashes and all("not replayed" in r["reproducer"]["unavailable"] for r in crashes)
        assert all(acceptable(r) for r in records if r["status"] != "crash")


def test_a_killed_verify_continues_where_it_stopped(tmp_path: Path) -> None:
    out = tmp_path / "a"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "12", "--seed", "8",
                "--format", "state_dict", "--format", "checkpoint", "--format", "torchscript-trace")
    whole = tmp_path / "whole.jsonl"
    run_harness(sys.executable, "verify", str(out), "--results", str(whole))
    cut = tmp_path / "cut.jsonl"
    command = [sys.executable, "-m", "harness", "verify", str(out), "--results", str(cut), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and (not cut.exists() or len(cut.read_bytes().splitlines()) < 20):
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the verifier and its worker, mid-run
    process.wait()
    before = len(_records(cut))
    assert 0 < before < len(_records(whole)), "the kill should land mid-run"
    again = run_harness(sys.executable, "verify", str(out), "--results", str(cut))
    assert "already recorded" in again.stderr

    def key(r: dict) -> tuple:
        return r["case"], r["format"], r["check"], r["status"], r.get("limitation")

    lines = _records(cut)
    assert len(lines) == len({(r["case"], r["format"], r["check"]) for r in lines})  # no duplicates
    assert sorted(map(key, lines)) == sorted(map(key, _records(whole)))  # none lost


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bad") / "a"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "2", "--format", "state_dict")
    return out


def _copy(saved: Path, tmp_path: Path) -> Path:
    import shutil
    target = tmp_path / "copy"
    shutil.copytree(saved, target)
    return target


def _first_file(directory: Path) -> Path:
    manifest = json.loads((directory / "manifest.json").read_text())
    case = manifest["cases"][0]["id"]
    return directory / "cases" / case / "state_dict" / "state_dict.pt"


def _edit_manifest(directory: Path, change) -> None:
    path = directory / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


BAD_DIRECTORIES = {
    "missing manifest": (lambda d: (d / "manifest.json").unlink(), "exit", "manifest.json"),
    "unreadable manifest": (lambda d: (d / "manifest.json").write_text("{not json"), "exit", "manifest.json"),
    "newer manifest schema": (lambda d: _edit_manifest(d, lambda m: m.update(schema=99)), "exit", "schema 99"),
    "unknown format": (lambda d: _edit_manifest(d, lambda m: [c["formats"].update(
        {"future-format": {"status": "saved", "message": "", "files": []}}) for c in m["cases"]]),
        "unsupported", "unknown to this harness"),
    "truncated file": (lambda d: _first_file(d).write_bytes(_first_file(d).read_bytes()[:100]), "corrupt",
                       "checksum differs"),
    "flipped bytes": (lambda d: _first_file(d).write_bytes(bytes([_first_file(d).read_bytes()[0] ^ 1])
                                                           + _first_file(d).read_bytes()[1:]), "corrupt",
                      "checksum differs"),
    "invalid spec": (lambda d: _edit_manifest(d, lambda m: m["cases"][0]["source"]["spec"].update(layers="x")),
                     "exit", "layers must be an array, not str 'x'"),
}


@pytest.mark.parametrize("fault", sorted(BAD_DIRECTORIES))
def test_a_bad_artifact_directory_is_one_clear_line_never_a_pass(saved: Path, tmp_path: Path, fault: str) -> None:
    damage, expected, words = BAD_DIRECTORIES[fault]
    directory = _copy(saved, tmp_path)
    damage(directory)
    results = tmp_path / "r.jsonl"
    done = run_harness(sys.executable, "verify", str(directory), "--results", str(results), check=False)
    assert "Traceback" not in done.stderr
    if expected == "exit":
        assert done.returncode == 2
        line = done.stderr.strip().splitlines()[-1]
        assert line.startswith("harness verify: error:") and words in line and str(directory) in line
        return
    assert done.returncode == 0
    records = _records(results)
    bad = [r for r in records if r["status"] == expected and words in r["message"]]
    assert bad, [(r["format"], r["status"], r["message"][:100]) for r in records]
    cells = {(r["case"], r["format"]) for r in bad}
    assert not any(r["status"] == "pass" and (r["case"], r["format"]) in cells for r in records)


BAD_COMMANDS = {
    "spec file with an invalid spec": (["save", "--specs", "{specs}", "--out", "{out}"],
                                       "line 1: layers must be an array, not str 'x'"),
    "factory that does not exist": (["save", "--examples", "0", "--model", "json:no_such_factory", "--out", "{out}"],
                                    "has no function 'no_such_factory'"),
    "factory that returns no module": (["save", "--examples", "0", "--model", "json:JSONDecoder", "--out", "{out}"],
                                       "expected (module, example_inputs)"),
}


@pytest.mark.parametrize("fault", sorted(BAD_COMMANDS))
def test_a_bad_input_to_save_is_one_clear_line(tmp_path: Path, fault: str) -> None:
    args, words = BAD_COMMANDS[fault]
    specs = tmp_path / "specs.jsonl"
    specs.write_text('{"schema": 1, "input_layout": "vec", "input_shape": [3], "layers": "x"}\n')
    args = [a.format(specs=specs, out=tmp_path / "out") for a in args]
    done = run_harness(sys.executable, *args, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert words in done.stderr.strip().splitlines()[-1]


def test_an_environment_without_onnxruntime_makes_onnx_unsupported(tmp_path: Path) -> None:
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "2", "--format", "onnx",
                "--format", "state_dict")
    without = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins" / "no_onnxruntime")}
    done = run_harness(sys.executable, "verify", str(out), "--results", str(results), env=without)
    assert "Traceback" not in done.stderr
    onnx = [r for r in _records(results) if (r["format"], r["check"]) == ("onnx", "output")]
    for r in onnx:
        if r.get("limitation") is None:  # (a model the exporter cannot express stays that)
            assert r["status"] == "unsupported" and "onnxruntime cannot be imported" in r["message"]
    assert any(r.get("limitation") is None for r in onnx)
    assert all(acceptable(r) for r in _records(results) if r["format"] == "state_dict")


def test_an_environment_without_torch_export_makes_export_unsupported(tmp_path: Path) -> None:
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "2", "--format", "export")
    without = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins" / "no_torch_export")}
    done = run_harness(sys.executable, "verify", str(out), "--results", str(results), env=without)
    assert "Traceback" not in done.stderr
    exported = [r for r in _records(results) if (r["format"], r["check"]) == ("export", "output")
                and r.get("limitation") is None]
    assert exported and all(r["status"] == "unsupported" and "no torch.export.save/load" in r["message"]
                            for r in exported)
