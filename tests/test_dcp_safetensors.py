"""``dcp-safetensors`` on real torch releases: saved by 2.13 and loaded by 2.15 and back, the
``consolidated`` check's plain safetensors files, and 2.6, which has no HF storage.

Nothing is mocked except in the last test, which damages the consolidated files on purpose to
show the check fails when they are wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, run_harness, tox_env_python

from harness.model.spec import LayerSpec, ModelSpec

pytestmark = pytest.mark.crossversion

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins")}
FORMAT = "dcp-safetensors"
LINEAR = LayerSpec("linear", {"out_features": 6, "bias": True})
SPECS = {
    "plain": ModelSpec(input_layout="vec", input_shape=(4,), layers=(LINEAR, LayerSpec("relu"), LINEAR)),
    "batchnorm": ModelSpec(input_layout="vec", input_shape=(4,),
                           layers=(LINEAR, LayerSpec("batchnorm1d", {"momentum": 0.1}), LINEAR)),
}
NAMES = {spec.id: name for name, spec in SPECS.items()}
RELEASES = {"torch213": "2.13", "torch215": "2.15", "torch26": "2.6."}


def _records(path: Path) -> dict[tuple[str, str], dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {(NAMES.get(r["case"]) or r["case"].split("-")[1], r["check"]): r for r in rows}


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two specs and the 0-dim factory model, saved by torch 2.13, 2.15 and 2.6."""
    root = tmp_path_factory.mktemp("dcp_hf")
    specs = root / "specs.jsonl"
    specs.write_text("".join(json.dumps(spec.to_json()) + "\n" for spec in SPECS.values()))
    for env in ("torch213", "torch215", "torch26"):
        run_harness(tox_env_python(env), "save", "--out", str(root / env), "--specs", str(specs),
                    "--model", "dcp_models:logit_scale", "--format", FORMAT, "--workers", "1", "--quiet",
                    env=ENV, cwd=ROOT)
    return root


def _verify(saved: Path, saver: str, loader: str) -> dict[tuple[str, str], dict]:
    """The records of ``loader``'s verify of what ``saver`` saved (each pair verified once)."""
    results = saved / f"{saver}-by-{loader}.jsonl"
    if results.exists():
        return _records(results)
    run_harness(tox_env_python(loader), "verify", str(saved / saver), "--results", str(results),
                "--workers", "1", "--trust-code", env=ENV, cwd=ROOT)  # no --trust-pickles: none is needed
    return _records(results)


@pytest.mark.parametrize(("saver", "loader"), [("torch213", "torch215"), ("torch215", "torch213")])
def test_saved_in_one_release_loads_in_the_other_and_consolidates(saved: Path, saver: str, loader: str) -> None:
    records = _verify(saved, saver, loader)
    assert {r["saved"]["torch"][:4] for r in records.values()} == {RELEASES[saver]}
    assert {r["loaded"]["torch"][:4] for r in records.values()} == {RELEASES[loader]}
    for model in ("plain", "batchnorm", "logit_scale"):
        output = records[(model, "output")]
        assert output["status"] == "pass" and output["max_abs_diff"] is not None, (model, output["message"])
        resume = records[(model, "resume")]
        assert resume["status"] == "unsupported" and resume["message"].startswith("inference-only format")
    plain = records[("plain", "consolidated")]
    assert plain["status"] == "pass", plain["message"]
    assert "consolidate_safetensors_files" in plain["message"] and "bit for bit (4 tensors)" in plain["message"]


@pytest.mark.parametrize(("saver", "loader"), [("torch213", "torch215"), ("torch215", "torch213")])
def test_the_consolidation_of_both_releases_fails_integer_and_0_dim_tensors(saved: Path, saver: str,
                                                                            loader: str) -> None:
    """Two defects of torch's consolidation the check finds on real models: BatchNorm's int64
    ``num_batches_tracked`` (it sizes dtypes with torch.finfo) and a 0-dim parameter (written
    as zero) — each a load_error naming the tensor, while the checkpoint itself loads."""
    records = _verify(saved, saver, loader)
    integer = records[("batchnorm", "consolidated")]
    assert integer["status"] == "load_error" and integer["limitation"] is None
    assert "torch.finfo" in integer["message"] and "body.1.num_batches_tracked (torch.int64)" in integer["message"]
    assert FORMAT in integer["message"] and "safetensors.torch.save_file" in integer["message"]  # format, fix
    assert "_consolidate_hf_safetensors.py" in integer["traceback"]  # torch's own frame is kept
    scalar = records[("logit_scale", "consolidated")]
    assert scalar["status"] == "load_error" and "logit_scale: 0-dim" in scalar["message"], scalar["message"]
    assert "became 0.0" in scalar["message"]


def test_a_release_without_hf_storage_says_so_on_both_sides(saved: Path) -> None:
    reason = "has no HuggingFaceStorageWriter/HuggingFaceStorageReader"
    manifest = json.loads((saved / "torch26" / "manifest.json").read_text())
    saves = [case["formats"][FORMAT] for case in manifest["cases"]]
    assert len(saves) == 3 and all(s["status"] == "unsupported" and reason in s["message"] for s in saves)
    records = _verify(saved, "torch213", "torch26")
    assert len(records) == 9
    for (model, check), r in records.items():
        assert r["status"] == "unsupported", (model, check, r["status"])
        assert (reason in r["message"]) if check != "resume" else r["message"].startswith("inference-only")


DAMAGE = """
import json, sys
from pathlib import Path
import torch
from safetensors.torch import load_file, save_file
from harness import _compat
from harness.options import RunOptions
from harness.verify.pipeline import verify_dir

real = _compat.hf_consolidation()
how = sys.argv[2]

def damaged(input_dir, output_dir, fqn_to_index_mapping):
    real(input_dir=input_dir, output_dir=output_dir, fqn_to_index_mapping=fqn_to_index_mapping)
    path = next(Path(output_dir).glob("*.safetensors"))
    tensors = load_file(str(path))
    if how == "value":
        tensors["body.0.weight"] = tensors["body.0.weight"].clone()
        tensors["body.0.weight"][0, 0] += 1.0
    else:
        tensors["stray"] = torch.zeros(1)
    save_file(tensors, str(path))

_compat.hf_consolidation = lambda: damaged
rows = [r for r in verify_dir(Path(sys.argv[1]), RunOptions()) if r.check == "consolidated"]
print(json.dumps([[r.case, r.status, r.message] for r in rows]))
"""


@pytest.mark.parametrize("how", ["value", "key"])
def test_damaged_consolidated_files_are_a_load_error_not_a_pass(saved: Path, how: str) -> None:
    """The check holds the plain files to the checkpoint: a changed value or a key the model
    lacks, written by the consolidation step, fails it, naming the tensor."""
    done = subprocess.run([str(tox_env_python("torch213")), "-c", DAMAGE, str(saved / "torch213"), how],
                          capture_output=True, text=True, cwd=ROOT, env=ENV)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {NAMES.get(case, case): (status, message)
            for case, status, message in json.loads(done.stdout.strip().splitlines()[-1])}
    status, message = rows["plain"]
    assert status == "load_error", message
    if how == "value":
        assert "hold other values than the checkpoint" in message and "body.0.weight: 1 of 24 values differ" in message
    else:
        assert "unexpected ['stray']" in message
