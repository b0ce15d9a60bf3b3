"""Artifacts are untrusted input: a crafted pickle that would run a command is never unpickled
by verify unless the user opted in, and state_dict / checkpoint files load with weights_only=True."""

from __future__ import annotations

import json
import os
import pickle
import sys
from pathlib import Path

import torch
from conftest import run_harness

from harness.artifacts import MANIFEST, sha256
from harness.saving import save_all
from harness.sources import spec_case
from harness.spec import LayerSpec, ModelSpec

FILES = {"pickle": "model.pt", "state_dict": "state_dict.pt", "checkpoint": "checkpoint.pt"}


class RunsACommand:
    """Unpickling this runs ``touch MARKER`` (what an attacker's file would do)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def hostile_artifacts(tmp_path: Path) -> tuple[Path, Path, str]:
    """A real artifact directory whose three pickle-based files are replaced by the crafted one,
    with the manifest's checksums updated to match (a consistent, malicious artifact set)."""
    spec = ModelSpec(input_layout="vec", input_shape=(4,), layers=(LayerSpec("linear", {"out_features": 2,
                                                                                       "bias": True}),))
    out = tmp_path / "artifacts"
    save_all(out, [spec_case(spec)], formats=list(FILES))
    marker = tmp_path / "PWNED"
    manifest = json.loads((out / MANIFEST).read_text())
    for fmt, name in FILES.items():
        path = out / "cases" / spec.id / fmt / name
        torch.save(RunsACommand(marker), path, pickle_protocol=pickle.DEFAULT_PROTOCOL)
        manifest["checksums"][path.relative_to(out).as_posix()] = sha256(path)
    (out / MANIFEST).write_text(json.dumps(manifest))
    assert not marker.exists()
    return out, marker, spec.id


def test_verify_never_unpickles_without_consent(tmp_path: Path) -> None:
    out, marker, _ = hostile_artifacts(tmp_path)
    results = tmp_path / "r.jsonl"
    done = run_harness(sys.executable, "verify", str(out), "--results", str(results))
    assert not marker.exists(), "verify ran code from an artifact without --trust-pickles"
    assert "Traceback" not in done.stderr
    records = {(r["format"], r["check"]): r for r in map(json.loads, results.read_text().splitlines())}
    assert records[("pickle", "output")]["status"] == "unsupported"
    assert "--trust-pickles" in records[("pickle", "output")]["message"]
    # state_dict and checkpoint are read with weights_only=True, which refuses the object
    for fmt in ("state_dict", "checkpoint"):
        record = records[(fmt, "output")]
        assert record["status"] in ("load_error", "unsupported") and "weights_only" in record["message"], record
    assert all(r["status"] != "pass" for r in records.values())



def test_export_artifacts_need_consent_where_torch_export_load_unpickles(tmp_path: Path) -> None:
    """torch.export.load reads the weights with a plain torch.load: before torch 2.6 that
    unpickles anything, so an export artifact is as dangerous as a pickle there."""
    from harness._compat import torch_load_unpickles_by_default
    spec = ModelSpec(input_layout="vec", input_shape=(4,), layers=(LayerSpec("linear", {"out_features": 2,
                                                                                       "bias": True}),))
    save_all(tmp_path / "a", [spec_case(spec)], formats=["export"])
    from harness.verifying import verify_dir
    [r] = [r for r in verify_dir(tmp_path / "a") if r.check == "output"]
    if torch_load_unpickles_by_default():
        assert r.status == "unsupported" and "--trust-pickles" in r.message
    else:
        assert r.status == "pass"
    [trusted] = [r for r in verify_dir(tmp_path / "a", trust_pickles=True) if r.check == "output"]
    assert trusted.status == "pass"


def test_the_opt_in_is_what_lets_a_pickle_run(tmp_path: Path) -> None:
    out, marker, _ = hostile_artifacts(tmp_path)
    run_harness(sys.executable, "verify", str(out), "--results", str(tmp_path / "r.jsonl"), "--trust-pickles")
    assert marker.exists()  # so the test above would have seen it
