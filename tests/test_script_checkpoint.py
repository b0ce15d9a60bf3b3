"""``checkpoint-script``: a training script's checkpoint (argparse, a dataclass config, NumPy
state), on real torch — 2.4 here, 2.6 (weights_only by default) and 2.1 in subprocesses."""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import subprocess
from pathlib import Path

import numpy as np
import pytest
import torch
from conftest import ROOT, run_harness

from harness.formats import FORMATS
from harness.formats.base import NeedsTrust
from harness.formats.script_checkpoint import FILE
from harness.model.cases import spec_case
from harness.model.spec import LayerSpec, ModelSpec, TrainingRecipe
from harness.modules import TrainingConfig
from harness.options import RunOptions
from harness.pickle_globals import (
    UNKNOWN,
    data_pickle,
    pickled_globals,
    refused_globals,
    scan,
)
from harness.report.gate import load_baseline
from harness.save.pipeline import save_all
from harness.verify.pipeline import TRUST_HINT, verify_dir

FORMAT = "checkpoint-script"
SPEC = ModelSpec(input_layout="vec", input_shape=(6,),
                 layers=(LayerSpec("linear", {"out_features": 8, "bias": True}), LayerSpec("relu"),
                         LayerSpec("linear", {"out_features": 3, "bias": True})),
                 recipe=TrainingRecipe(optimizer="adam", scheduler="step", steps=3, resume_steps=3))
BASELINE = load_baseline(ROOT / "compat-baseline.toml")


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("script") / "a"
    save_all(out, [spec_case(SPEC)], formats=[FORMAT, "checkpoint"])
    return out


def _file(out: Path) -> Path:
    return out / "cases" / SPEC.id / FORMAT / FILE


def _by_check(records) -> dict:
    return {r.check: r for r in records if r.format == FORMAT}


def test_the_file_holds_what_training_scripts_save(saved: Path) -> None:
    state = torch.load(_file(saved), weights_only=False)
    assert isinstance(state["args"], argparse.Namespace) and state["args"].optimizer == "adam"
    assert isinstance(state["config"], TrainingConfig) and state["config"].scheduler == "step"
    assert state["config"].options["resume_steps"] == 3  # the recipe's other fields
    kind, keys, *_ = state["rng"]["numpy"]  # as np.random.get_state() returns it
    assert kind == "MT19937" and isinstance(keys, np.ndarray) and keys.dtype == np.uint32
    assert isinstance(state["rng"]["python"], tuple) and len(state["rng"]["python"]) == 3
    assert isinstance(state["metrics"]["loss"], np.float64) and isinstance(state["metrics"]["losses"], np.ndarray)
    assert len(state["metrics"]["losses"]) == 3 and float(state["metrics"]["loss"]) == state["metrics"]["losses"][-1]
    assert set(state["grad_scaler"]) == {"scale", "growth_factor", "backoff_factor", "growth_interval",
                                         "_growth_tracker"}
    assert state["optimizer"]["state"] and state["scheduler"]["last_epoch"] == 3 and state["step"] == 3
    assert type(state["versions"]["torch"]).__name__ == "TorchVersion"


def test_same_environment_verdicts(saved: Path) -> None:
    checks = _by_check(verify_dir(saved, RunOptions(trust_pickles=True)))
    assert list(checks) == ["output", "default_load", "weights_only", "resume"]
    assert checks["output"].status == "pass" and checks["output"].max_abs_diff == 0.0
    assert checks["default_load"].status == "pass"  # torch 2.4 still defaults to weights_only=False
    assert checks["default_load"].message.startswith("loads, with a warning: You are using `torch.load` with "
                                                     "`weights_only=False`")
    assert checks["resume"].status == "pass", checks["resume"].message
    refused = checks["weights_only"]
    assert refused.status == "load_error"
    for name in ("argparse.Namespace", "harness.modules.TrainingConfig", "numpy._core.multiarray._reconstruct",
                 "numpy._core.multiarray.scalar", "numpy.dtype", "numpy.dtypes.UInt32DType", "_codecs.encode"):
        assert name in refused.message, name
    assert str(_file(saved)) in refused.message and torch.__version__ in refused.message
    assert "pass weights_only=False if you trust the file, or torch.serialization.add_safe_globals([" in refused.message
    assert refused.message.endswith("with them allowlisted here it loads")
    assert any(entry.matches(refused.to_json()) for entry in BASELINE)


def test_nothing_is_unpickled_without_consent(saved: Path) -> None:
    checks = _by_check(verify_dir(saved, RunOptions(trust_pickles=False)))
    assert {(r.status, r.message) for r in checks.values()} == {("unsupported", TRUST_HINT)}
    adapter, case = FORMATS.get(FORMAT), spec_case(SPEC)
    with pytest.raises(NeedsTrust, match="--trust-pickles"):
        adapter.load_module(case, _file(saved).parent)
    with pytest.raises(NeedsTrust):
        adapter.training_state(case, saved / "cases" / SPEC.id)
    with pytest.raises(NeedsTrust):  # consent is an argument: none given is none
        adapter.training_state(case, saved / "cases" / SPEC.id, trusted=False)


def test_training_state_is_in_the_layout_resume_restores(saved: Path) -> None:
    state = FORMATS.get(FORMAT).training_state(spec_case(SPEC), saved / "cases" / SPEC.id, trusted=True)
    theirs = torch.load(saved / "cases" / SPEC.id / "checkpoint" / "checkpoint.pt", weights_only=True)
    assert set(state) == {"optimizer", "scheduler", "rng", "step"} and state["step"] == theirs["step"]
    assert set(state["rng"]) == set(theirs["rng"]) and set(state["rng"]["numpy"]) == set(theirs["rng"]["numpy"])
    assert torch.equal(state["rng"]["numpy"]["keys"], theirs["rng"]["numpy"]["keys"])
    assert state["rng"]["python"] == theirs["rng"]["python"]
    assert torch.equal(state["rng"]["torch"], theirs["rng"]["torch"])


def test_the_manifest_lists_its_file(saved: Path) -> None:
    from harness.artifacts.manifest import read_manifest
    entry = read_manifest(saved)["cases"][0]  # read_manifest checks names against the untrusted-input rules
    assert entry["formats"][FORMAT]["files"] == [f"cases/{SPEC.id}/{FORMAT}/{FILE}"]


# --- the pickle reader: names from the opcodes, never by unpickling ---

def test_globals_are_read_through_the_memo_in_every_protocol() -> None:
    payload = {"a": np.random.get_state(), "b": np.float64(1.5), "c": [np.array([1, 2]), np.array([3, 4])],
               "n": argparse.Namespace(x=1), "m": argparse.Namespace(y=2), "r": random.getstate()}
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        names, dtypes = scan(pickle.dumps(payload, protocol=protocol))
        assert "argparse.Namespace" in names and "numpy.dtype" in names, protocol
        assert names.count("argparse.Namespace") == 1  # the second Namespace is a memo GET
        assert {"numpy.dtypes.UInt32DType", "numpy.dtypes.Float64DType", "numpy.dtypes.Int64DType"} <= set(dtypes)
        assert UNKNOWN not in names


def test_a_stack_global_of_computed_strings_is_not_guessed() -> None:
    # protocol 4: STACK_GLOBAL whose module string comes from a call, not a string push
    data = (b"\x80\x04" + b"\x8c\x08builtins\x8c\x03str\x93" + b"\x8c\x01x\x85R"  # str("x") -> computed
            + b"\x8c\x04path\x93" + b".")
    names = pickled_globals(data)
    assert names == ["builtins.str", UNKNOWN]


def test_the_reader_finds_what_torch_refuses(saved: Path) -> None:
    """harness's static list (used before torch 2.5) holds every global this torch's
    unpickler really refuses: allowlisting exactly that list loads the file."""
    from harness import _compat
    from harness.pickle_globals import known_global
    names = refused_globals(_file(saved), _compat.weights_only_allowed_globals())
    assert "torch._utils._rebuild_tensor_v2" not in names and "collections.OrderedDict" not in names
    with _compat.safe_globals([known_global(n) for n in names]):
        state = torch.load(_file(saved), weights_only=True)
    assert isinstance(state["args"], argparse.Namespace)
    fewer = [known_global(n) for n in names if n != "numpy.dtypes.UInt32DType"]
    with pytest.raises(pickle.UnpicklingError), _compat.safe_globals(fewer):  # one fewer is not enough
        torch.load(_file(saved), weights_only=True)


# --- across versions ---

@pytest.fixture(scope="module")
def torch26(request: pytest.FixtureRequest) -> Path:
    """torch 2.6 (HARNESS_TORCH26_PYTHON names an interpreter you have; else the tox env)."""
    if os.environ.get("HARNESS_TORCH26_PYTHON"):
        return Path(os.environ["HARNESS_TORCH26_PYTHON"])
    return request.getfixturevalue("torch26_python")


def _verify(python: Path, out: Path, results: Path) -> dict:
    run_harness(python, "verify", str(out), "--results", str(results), "--trust-pickles", "--workers", "1",
                "--quiet", cwd=ROOT)
    records = [json.loads(line) for line in results.read_text().splitlines()]
    return {r["check"]: r for r in records if r["format"] == FORMAT}


@pytest.mark.crossversion
def test_torch26_refuses_a_plain_load_and_names_the_fix(saved: Path, torch26: Path, tmp_path: Path) -> None:
    checks = _verify(torch26, saved, tmp_path / "r.jsonl")
    assert checks["output"]["loaded"]["torch"].startswith("2.6")
    assert checks["output"]["status"] == "pass" and checks["resume"]["status"] == "pass"
    refused = checks["default_load"]
    assert refused["status"] == "load_error"
    assert refused["message"].startswith("UnpicklingError: Weights only load failed: torch 2.6")
    assert "defaults to weights_only=True" in refused["message"] and str(_file(saved)) in refused["message"]
    assert "pass weights_only=False if you trust the file, or torch.serialization.add_safe_globals([" \
        in refused["message"]
    for name in ("argparse.Namespace", "harness.modules.TrainingConfig", "numpy._core.multiarray._reconstruct",
                 "numpy.dtypes.UInt32DType"):
        assert name in refused["message"], name
    assert checks["weights_only"]["status"] == "load_error"
    assert checks["weights_only"]["message"].endswith("with them allowlisted here it loads")
    for check in ("default_load", "weights_only"):
        assert any(entry.matches(checks[check]) for entry in BASELINE), check


@pytest.mark.crossversion
def test_files_of_torch26_and_torch21_load_by_default_here(torch26: Path, other_python: Path,
                                                        tmp_path: Path) -> None:
    specs = tmp_path / "specs.jsonl"
    specs.write_text(SPEC.canonical() + "\n")
    for python in (torch26, other_python):
        out = tmp_path / python.parent.parent.name
        run_harness(python, "save", "--out", str(out), "--specs", str(specs), "--format", FORMAT,
                    "--workers", "1", "--quiet", cwd=ROOT)
        checks = {r.check: r for r in verify_dir(out, RunOptions(trust_pickles=True)) if r.format == FORMAT}
        assert checks["default_load"].status == "pass", checks["default_load"].message
        assert checks["output"].status == "pass" and checks["resume"].status == "pass", python
        refused = checks["weights_only"]
        assert refused.status == "load_error" and "argparse.Namespace" in refused.message
        if "numpy.core.multiarray._reconstruct" in pickled_globals(data_pickle(_file(out))):
            # a NumPy 1 file read with NumPy 2: torch 2.4 allowlists objects only under their own
            # module (numpy._core), so allowlisting cannot help here — the message says why
            assert "with them allowlisted here it still fails" in refused.message
            assert "allowlisting under a name arrived in 2.6" in refused.message
        else:
            assert refused.message.endswith("with them allowlisted here it loads")


@pytest.mark.crossversion
def test_torchs_own_list_and_harness_reading_agree(saved: Path, torch26: Path) -> None:
    """Where torch lists the refused globals itself (2.5+), harness's opcode reading finds the same."""
    script = ("import json, sys, torch\n"
              "from harness import _compat\n"
              "from harness.pickle_globals import refused_globals, scan, data_pickle\n"
              "path = sys.argv[1]\n"
              "print(json.dumps({'torch': sorted(_compat.unsafe_globals_in_checkpoint(path)),\n"
              "                  'harness': sorted(refused_globals(path, _compat.weights_only_allowed_globals())),\n"
              "                  'dtypes': scan(data_pickle(path))[1]}))\n")
    done = subprocess.run([str(torch26), "-c", script, str(_file(saved))], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    found = json.loads(done.stdout)
    assert found["torch"] and set(found["harness"]) == set(found["torch"]) | set(found["dtypes"])
