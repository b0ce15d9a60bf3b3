"""Whatever torch or a model prints in a worker is output, never protocol.

The workers talk to their supervisor over pipes of their own; stdout and stderr go to a
file. Before, torch 2.6's ONNX exporter printing a graph (and 2.13's printing a line per
export) on the worker's stdout stopped ``save`` with a JSONDecodeError.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from conftest import ROOT, acceptable, run_harness

PLUGINS = {**os.environ, "HARNESS_PLUGINS": "planted_noise", "PYTHONPATH": str(ROOT / "tests" / "plugins")}
CASES = 4


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _verdicts(records: list[dict], fmt: str) -> dict[tuple[str, str], tuple]:
    return {(r["case"], r["check"]): (r["status"], r.get("limitation")) for r in records if r["format"] == fmt}


def test_garbage_on_stdout_and_stderr_changes_no_verdict(tmp_path: Path) -> None:
    quiet, noisy = tmp_path / "quiet", tmp_path / "noisy"
    run_harness(sys.executable, "save", "--out", str(quiet), "--examples", str(CASES), "--seed", "3",
                "--format", "state_dict", "--workers", "2")
    saved = run_harness(sys.executable, "save", "--out", str(noisy), "--examples", str(CASES), "--seed", "3",
                        "--format", "state_dict", "--format", "test_noisy", "--workers", "2", env=PLUGINS)
    assert "Traceback" not in saved.stderr and "planted-noise" not in saved.stderr
    manifest = json.loads((noisy / "manifest.json").read_text())
    assert len(manifest["cases"]) == CASES
    for case in manifest["cases"]:
        record = case["formats"]["test_noisy"]
        assert record["status"] == "saved"
        # the end of what it printed is kept with the format that printed it, bounded
        assert "planted-noise save: last words" in record["output"] and len(record["output"]) < 2500
        assert "output" not in case["formats"]["state_dict"]  # and not with the one that printed nothing

    results = {name: tmp_path / f"{name}.jsonl" for name in ("quiet", "noisy")}
    run_harness(sys.executable, "verify", str(quiet), "--results", str(results["quiet"]), "--workers", "2")
    done = run_harness(sys.executable, "verify", str(noisy), "--results", str(results["noisy"]), "--workers", "2",
                       env=PLUGINS)
    assert "Traceback" not in done.stderr and "workers replaced" not in done.stderr
    quiet_records, noisy_records = _records(results["quiet"]), _records(results["noisy"])
    assert len(noisy_records) == 2 * len(quiet_records) == 2 * CASES * 3  # (output, mmap, resume) × 2 formats
    # the printing format gets the same verdicts as the format it wraps, and nothing else changes
    assert _verdicts(noisy_records, "test_noisy") == _verdicts(noisy_records, "state_dict")
    assert _verdicts(noisy_records, "state_dict") == _verdicts(quiet_records, "state_dict")
    assert any(r["status"] == "pass" for r in noisy_records)
    for r in noisy_records:
        if r["format"] == "test_noisy":
            assert "planted-noise load: last words" in r["output"], r
        else:
            assert r.get("output") is None, r


def test_a_bad_line_in_the_channel_is_a_crash_of_that_cell_only(tmp_path: Path) -> None:
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    run_harness(sys.executable, "save", "--out", str(out), "--examples", "6", "--seed", "5",
                "--format", "state_dict", "--format", "test_garbles_channel", env=PLUGINS)
    cases = [c["id"] for c in json.loads((out / "manifest.json").read_text())["cases"]]
    garbled = {c for c in cases if hashlib.sha256(f"channel:{c}".encode()).digest()[0] % 2 == 0}
    assert garbled and len(garbled) < len(cases)
    done = run_harness(sys.executable, "verify", str(out), "--results", str(results), env=PLUGINS)
    assert "Traceback" not in done.stderr
    records = _records(results)
    assert len(records) == len(cases) * 2 * 3  # (output, mmap, resume) of 2 state_dict formats: none lost
    for r in records:
        if r["format"] == "test_garbles_channel" and r["case"] in garbled:
            assert r["status"] == "crash"
            assert "not a protocol message" in r["message"] and "this is not json" in r["message"]
            assert r["case"] in r["message"]
        else:
            assert acceptable(r), (r["format"], r["case"], r["status"], r["message"][:200])


def test_the_test_plugins_use_only_the_public_plugin_module() -> None:
    """harness.plugin is the face a format plugin imports; the planted plugins prove it is
    enough (they are loaded through HARNESS_PLUGINS by the isolation, resume and protocol tests)."""
    import ast

    import harness.plugin

    for path in sorted((ROOT / "tests" / "plugins").glob("*.py")):
        tree = ast.parse(path.read_text())
        used = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("harness")}
        assert used <= {"harness.plugin"}, (path.name, used)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "harness.plugin":
                assert all(alias.name in harness.plugin.__all__ for alias in node.names), path.name
