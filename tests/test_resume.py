"""Resume equivalence in one environment: every optimizer × scheduler kind resumes bit-exactly,
and each defect planted in the restore path is caught with the right class."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_harness

from harness.formats import FORMATS
from harness.model.cases import spec_case
from harness.model.optimizers import OPTIMIZERS, SCHEDULERS
from harness.model.spec import LayerSpec, ModelSpec, TrainingRecipe
from harness.options import RunOptions
from harness.save.pipeline import save_all
from harness.verify.pipeline import verify_dir

RESUMING = ["checkpoint", "state_dict", "safetensors", "safetensors-model"]


def small_model(recipe: TrainingRecipe) -> ModelSpec:
    """Dropout and BatchNorm, so RNG state and running statistics matter."""
    return ModelSpec(input_layout="vec", input_shape=(5,), recipe=recipe, layers=(
        LayerSpec("linear", {"out_features": 6, "bias": True}),
        LayerSpec("batchnorm1d", {"momentum": 0.1}),
        LayerSpec("relu"),
        LayerSpec("dropout", {"p": 0.3}),
        LayerSpec("linear", {"out_features": 3, "bias": True}),
    ))


def test_every_optimizer_and_scheduler_resumes_bit_exactly(tmp_path: Path) -> None:
    specs = [small_model(TrainingRecipe(optimizer=opt, scheduler=sched, steps=2 + i % 3, lr=0.05,
                                        accumulate=1 + i % 2, clip_grad_norm=0.5 * (i % 3 == 0),
                                        resume_steps=3, seed=i))
             for i, (opt, sched) in enumerate((o, s) for o in OPTIMIZERS.names() for s in SCHEDULERS.names())]
    assert len(specs) == len(OPTIMIZERS.names()) * len(SCHEDULERS.names()) >= 10 * 8
    save_all(tmp_path / "a", [spec_case(s) for s in specs], formats=RESUMING + ["torchscript-script"])
    records = [r for r in verify_dir(tmp_path / "a") if r.check == "resume"]
    assert len(records) == len(specs) * 5
    for r in records:
        if r.format == "torchscript-script":
            assert r.status == "unsupported" and "inference-only" in r.message
            continue
        assert r.status == "pass", (r.format, r.source["spec"]["recipe"], r.message, r.diagnostics)
        assert "bit-exact" in r.message and r.diagnostics["updates"] == 3
        assert r.diagnostics["raw_first_step"] is None and r.diagnostics["max_param_diff"] == 0.0


def test_lr_schedules_really_move(tmp_path: Path) -> None:
    """The comparison would see a scheduler restored wrongly: the saved lr sequences change."""
    spec = small_model(TrainingRecipe(optimizer="sgd", scheduler="exponential", steps=2, resume_steps=3))
    save_all(tmp_path / "a", [spec_case(spec)], formats=["checkpoint"])
    entry = json.loads((tmp_path / "a" / "manifest.json").read_text())["cases"][0]
    lrs = [step["lr"][0] for step in entry["resume"]["trajectory"]]
    assert len(set(lrs)) == 3


def test_a_checkpoint_keeps_scheduler_rng_and_data_position(tmp_path: Path) -> None:
    import torch
    spec = small_model(TrainingRecipe(optimizer="adam", scheduler="onecycle", steps=4, accumulate=2))
    save_all(tmp_path / "a", [spec_case(spec)], formats=["checkpoint"])
    checkpoint = torch.load(tmp_path / "a" / "cases" / spec.id / "checkpoint" / "checkpoint.pt", weights_only=False)
    assert checkpoint["scheduler"]["last_epoch"] == 4 and checkpoint["data_position"] == 8
    assert checkpoint["hyperparameters"]["scheduler"] == "onecycle"


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("planted")
    env = {**os.environ, "HARNESS_PLUGINS": "planted_resume", "PYTHONPATH": str(ROOT / "tests" / "plugins")}
    formats = ["checkpoint", "state_dict", "planted_drop_moments", "planted_scheduler_behind",
               "planted_no_rng", "planted_one_ulp"]
    run_harness(sys.executable, "save", "--out", str(root / "a"), "--model", "planted_resume:model",
                *[arg for name in formats for arg in ("--format", name)], env=env)
    run_harness(sys.executable, "verify", str(root / "a"), "--results", str(root / "r.jsonl"), "--trust-code",
                env=env)
    records = [json.loads(line) for line in (root / "r.jsonl").read_text().splitlines()]
    return {r["format"]: r for r in records if r["check"] == "resume"}


def test_an_honest_restore_passes(planted) -> None:
    for fmt in ("checkpoint", "state_dict"):
        assert planted[fmt]["status"] == "pass", planted[fmt]["message"]


@pytest.mark.parametrize("fmt, lost", [
    ("planted_drop_moments", "optimizer state.0.exp_avg missing"),
    ("planted_scheduler_behind", "scheduler last_epoch differs"),
    ("planted_no_rng", "rng torch differs"),
    ("planted_one_ulp", "model 0.weight differs"),
])
def test_each_planted_restore_defect_is_caught_as_state_lost(planted, fmt: str, lost: str) -> None:
    r = planted[fmt]
    assert (r["status"], r["departure"]) == ("diverged", "state_lost"), r["message"]
    assert lost in r["message"] and r["limitation"] is None
    assert r["diagnostics"]["first_step"] is not None  # and the continued run departs


def test_the_scheduler_defect_shows_in_the_lr_sequence(planted) -> None:
    assert "lr" in planted["planted_scheduler_behind"]["diagnostics"]["first_departures"]


def test_inference_only_formats_say_so(tmp_path: Path) -> None:
    spec = small_model(TrainingRecipe())
    save_all(tmp_path / "a", [spec_case(spec)], formats=["pickle", "onnx", "export"])
    for r in verify_dir(tmp_path / "a", RunOptions(trust_pickles=True, trust_code=True)):
        if r.check == "resume":
            assert r.status == "unsupported" and r.message.startswith("inference-only format"), r.format
    assert all(FORMATS.get(f).resumable or FORMATS.get(f).resumes_with_checkpoint for f in RESUMING)


@pytest.mark.parametrize("probe_differs, expected", [(True, "rng_changed"), (False, "numeric_drift")])
def test_a_departure_with_exact_state_is_classified_by_the_rng_probe(tmp_path: Path, probe_differs: bool,
                                                                     expected: str) -> None:
    """The saving side's record says the same generator state drew other numbers (or not), and
    its trajectory departs at update 2. The model draws random numbers (dropout), so another
    stream is ``rng_changed``; with the same stream, the control — retrained here from the
    spec, held bit-exactly — departs from the recorded trajectory just as much (as a torch that
    trains nondeterministically does): ``numeric_drift``, with the control as its evidence."""
    spec = small_model(TrainingRecipe(optimizer="sgd", steps=2, resume_steps=3))
    save_all(tmp_path / "a", [spec_case(spec)], formats=["checkpoint"])
    path = tmp_path / "a" / "manifest.json"
    manifest = json.loads(path.read_text())
    reference = manifest["cases"][0]["resume"]
    reference["trajectory"][1]["loss"] += 1.0
    if probe_differs:
        reference["probe"][0] += 0.5
    path.write_text(json.dumps(manifest))
    [r] = [r for r in verify_dir(tmp_path / "a") if r.check == "resume"]
    assert (r.status, r.departure) == ("diverged", expected), r.message
    assert r.diagnostics["first_step"] == 2 and r.diagnostics["state_differences"] == []
    evidence = r.diagnostics["evidence"]
    assert evidence["draws_random"] is True and evidence["draws_random_from"] == "saving run"
    assert evidence["probe_equal"] is (not probe_differs)
    if not probe_differs:
        assert evidence["control_departs_at"] == evidence["resumed_departs_at"] == 4


@pytest.mark.parametrize("layers, vacuous", [
    ((LayerSpec("relu"),), True),                                        # nothing to train
    ((LayerSpec("layernorm", {"affine": False}),), True),               # no parameter, no buffer that moves
    ((LayerSpec("batchnorm1d", {"momentum": 0.1}),), False),             # parameters and running statistics
    ((LayerSpec("dropout", {"p": 0.5}),), False),                        # random draws
    ((LayerSpec("linear", {"out_features": 2, "bias": True}),), False),  # trainable parameters
])
def test_a_resume_check_that_cannot_fail_is_unsupported(tmp_path: Path, layers, vacuous: bool) -> None:
    """A model that nothing changes as it trains continues identically whatever a restore loses:
    its resume cells say so instead of reading as a pass."""
    spec = ModelSpec(input_layout="vec", input_shape=(4,), layers=layers)
    save_all(tmp_path / "a", [spec_case(spec)], formats=RESUMING)
    records = [r for r in verify_dir(tmp_path / "a") if r.check == "resume"]
    assert len(records) == len(RESUMING)
    for r in records:
        if vacuous:
            assert r.status == "unsupported" and "could not fail" in r.message, r.message
        else:
            assert r.status == "pass", r.message
