"""A team's own models (``--models``, ``HARNESS_MODELS``) are first-class: trained with a
default recipe so their resume is checked, audited, and a tensor kept outside the state dict
is reported as lost — in this torch and across versions — even though the factory re-seeds
and would rebuild it identically."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ROOT, run_harness, tox_env_python

MODELS = "team_models:leaky,team_models:gpt_block"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "examples")}
STATE_DICT_FORMATS = ("state_dict", "safetensors", "safetensors-model", "checkpoint")


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import sys
    out = tmp_path_factory.mktemp("own") / "a"
    run_harness(sys.executable, "save", "--out", str(out), "--models", MODELS, env=ENV)
    return out


def _verify(python, saved: Path, tmp_path: Path) -> dict:
    results = tmp_path / "r.jsonl"
    run_harness(python, "verify", str(saved), "--results", str(results), "--trust-pickles", "--trust-code",
                env=ENV)
    return {(r["case"].split("-")[1], r["format"], r["check"]): r for r in _records(results)}


def test_models_alone_save_only_those(saved: Path) -> None:
    manifest = json.loads((saved / "manifest.json").read_text())
    assert [c["source"]["factory"] for c in manifest["cases"]] == MODELS.split(",")
    for case in manifest["cases"]:
        assert len(case["train_losses"]) == 3 and "resume" in case  # the default recipe trained it
    leaky = manifest["cases"][0]
    disturbed = {f["path"]: f["disturbed"] for f in leaky["audit"]}
    assert disturbed == {"offset": True, "scale": False}


def _assert_the_plain_attribute_is_lost(records: dict) -> None:
    for fmt in STATE_DICT_FORMATS:
        if fmt == "safetensors" and records[("leaky", fmt, "output")]["status"] == "unsupported":
            continue
        out = records[("leaky", fmt, "output")]
        assert out["status"] != "pass", (fmt, out["message"])
        assert (out["status"], out["limitation"]) == ("mismatch", "uncarried_state"), (fmt, out["message"])
        assert "offset (plain tensor attribute)" in out["message"]
        resume = records[("leaky", fmt, "resume")]
        assert (resume["status"], resume["limitation"]) == ("diverged", "uncarried_state"), fmt
    # whole-module formats keep the attribute
    assert records[("leaky", "pickle", "output")]["status"] == "pass"


def test_a_plain_attribute_is_reported_lost_in_this_torch(saved: Path, tmp_path: Path) -> None:
    import sys
    records = _verify(sys.executable, saved, tmp_path)
    _assert_the_plain_attribute_is_lost(records)
    # the GPT block registers everything: its resume is a real check, and passes bit-exactly
    for fmt in ("state_dict", "checkpoint"):
        r = records[("gpt_block", fmt, "resume")]
        assert r["status"] == "pass" and r["message"].startswith("resumed 3 updates"), r["message"]


@pytest.mark.crossversion
def test_a_plain_attribute_is_reported_lost_across_versions(saved: Path, other_python, torch26_python,
                                                            tmp_path: Path) -> None:
    for python in (other_python, torch26_python):
        records = _verify(python, saved, tmp_path / Path(python).parts[-3])
        _assert_the_plain_attribute_is_lost(records)
        assert records[("gpt_block", "state_dict", "resume")]["status"] != "unsupported"


@pytest.mark.crossversion
def test_an_export_program_whose_output_is_its_librarys_type_loads_in_a_fresh_worker(tmp_path: Path) -> None:
    """A torch.export program's output spec names the pytree type the model returned
    (``pytree_library.Pair``, registered when the factory imports that module, as transformers'
    ``ModelOutput`` classes are): the verifying worker runs the factory before loading, as the
    deploying process's code would (measured: GPT-2's program saved by 2.6 failed "Deserializing
    transformers.modeling_outputs.CausalLMOutputWithCrossAttentions in pytree failed because the
    serialized type is not registered" in 2.6 and 2.15 before it did)."""
    newer = tox_env_python("torch213")  # 2.4's torch.export cannot capture building a dict subclass
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins")}
    run_harness(newer, "save", "--out", str(tmp_path / "a"), "--model", "pytree_outputs:paired",
                "--format", "export", "--workers", "1", "--quiet", env=env, cwd=ROOT)
    results = tmp_path / "r.jsonl"
    run_harness(newer, "verify", str(tmp_path / "a"), "--results", str(results), "--workers", "1",
                "--trust-code", env=env, cwd=ROOT)
    output = next(r for r in map(json.loads, results.read_text().splitlines()) if r["check"] == "output")
    assert output["status"] == "pass", output["message"]
