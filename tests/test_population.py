"""The default population is what a run's verdicts rest on: these fail when it degrades
(a minimal model appears, an optimizer or scheduler goes missing, training too short to
resume, a resume check that cannot fail)."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_harness

from harness.model.layers import LAYERS
from harness.model.optimizers import OPTIMIZERS, SCHEDULERS, USUAL, usual_recipes
from harness.model.population import carried, generate_specs, minimal, trainable
from harness.model.strategies import draw_specs, model_specs

DEFAULT = generate_specs(40, 0)


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_the_default_forty_hold_no_minimal_model(seed: int) -> None:
    specs = DEFAULT if seed == 0 else generate_specs(40, seed)
    assert len(specs) == 40
    assert [(s.id, minimal(s)) for s in specs if minimal(s)] == []
    for spec in specs:
        assert min(spec.recipe.steps, spec.recipe.resume_steps) >= 3 and spec.recipe.batch_size >= 2


def test_minimal_recognises_what_shrinking_produces() -> None:
    first = draw_specs(model_specs(), 1, 0)[0]  # Hypothesis's simplest draw: one layer, width 1
    assert minimal(first) is not None


def test_every_optimizer_and_scheduler_trains_a_model_with_weights() -> None:
    used = [(s.recipe.optimizer, s.recipe.scheduler) for s in DEFAULT if trainable(s)]
    assert {o for o, _ in used} == set(OPTIMIZERS.names())
    assert {s for _, s in used} == set(SCHEDULERS.names())
    assert all(trainable(s) for s in DEFAULT)


def test_the_combinations_users_run_are_drawn_on_purpose() -> None:
    combos = {(s.recipe.optimizer, s.recipe.scheduler) for s in DEFAULT}
    for pair in [("adamw", "onecycle"), ("adamw", "warmup"), ("sgd", "multistep"), ("adam", "plateau")]:
        assert pair in combos
    assert any(s.recipe.clip_grad_norm > 0 for s in DEFAULT)
    assert any(s.recipe.accumulate > 1 for s in DEFAULT)
    covered = {u.optimizer for u in usual_recipes()} | {u.scheduler for u in usual_recipes()}
    assert set(OPTIMIZERS.names()) | set(SCHEDULERS.names()) <= covered
    assert len(usual_recipes()) >= len(USUAL)


def test_any_run_as_long_as_the_vocabulary_contains_every_kind() -> None:
    specs = generate_specs(80, 3)
    kinds = len(LAYERS.names())
    for start in (0, 17, 80 - kinds):
        window = specs[start:start + kinds]
        assert {layer.kind for spec in window for layer in spec.walk()} == set(LAYERS.names()), start


def test_models_are_realistic_in_size_and_hazards() -> None:
    for spec in DEFAULT:
        assert 4 <= len(spec.layers) <= 8, spec.id
        hazards = [layer for layer in spec.walk() if LAYERS.get(layer.kind).category == "hazard"]
        assert len(hazards) >= 2, spec.id
    # spec i is drawn around the i-th kind, which sits among others, not always first
    names = LAYERS.names()
    for i, spec in enumerate(DEFAULT[:len(names)]):
        assert names[i] in {layer.kind for layer in spec.walk()}, (i, names[i])
    assert sum(spec.layers[0].kind != names[i] for i, spec in enumerate(DEFAULT[:len(names)])) >= 8


def test_state_outside_state_dict_is_one_model_in_a_few() -> None:
    """Most models register all their state, so the state_dict formats' cross-version output
    check is not hidden behind an expected mismatch; the uncarried hazards still appear."""
    losing = [s for s in DEFAULT if carried(s) != s]
    assert 4 <= len(losing) <= 16, len(losing)


def test_gen_stats_states_the_distribution(this_python) -> None:
    done = run_harness(this_python, "gen", "--examples", "40", "--stats")
    out = done.stdout
    assert "minimal specs          0" in out
    assert "with weights to train  40/40" in out
    assert "trainable parameters" in out and "updates before save    3 /" in out
    for name in (*OPTIMIZERS.names(), *SCHEDULERS.names()):
        assert f" {name} " in out or f"{name}+" in out or f"+{name}" in out, name


def test_a_restore_that_drops_optimizer_state_never_passes_resume(tmp_path: Path) -> None:
    """With the optimizer's state dropped on load, every resume of the default population must
    fail (or say why it cannot be checked) — no pass that could not have failed."""
    env = {**os.environ, "HARNESS_PLUGINS": "planted_resume", "PYTHONPATH": str(ROOT / "tests" / "plugins")}
    run_harness(sys.executable, "save", "--out", str(tmp_path / "a"), "--examples", "12",
                "--format", "checkpoint", "--format", "planted_drop_moments", env=env)
    run_harness(sys.executable, "verify", str(tmp_path / "a"), "--results", str(tmp_path / "r.jsonl"), env=env)
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    dropped = [r for r in records if r["format"] == "planted_drop_moments" and r["check"] == "resume"]
    honest = [r for r in records if r["format"] == "checkpoint" and r["check"] == "resume"]
    assert len(dropped) == 12
    assert [r["case"] for r in dropped if r["status"] == "pass"] == []
    assert sum(r["status"] == "diverged" for r in dropped) >= 10
    assert sum(r["status"] == "pass" for r in honest) >= 8  # the same models resume when restored honestly


def test_the_population_of_a_seed_ignores_the_literals_of_loaded_code(tmp_path: Path) -> None:
    """Hypothesis draws some integers from the literals of every loaded module that is not
    installed; the default population must not change when harness's code or a user's module
    (here: one full of integers a spec could hold) is loaded beside it."""
    before = [spec.id for spec in generate_specs(40, 0)]
    (tmp_path / "literals_module.py").write_text(
        "VALUES = [" + ", ".join(str(n) for n in [*range(1, 300), 2000, 4096, 65535, 36192]) + "]\n")
    sys.path.insert(0, str(tmp_path))
    try:
        importlib.import_module("literals_module")
        assert [spec.id for spec in generate_specs(40, 0)] == before
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("literals_module", None)
