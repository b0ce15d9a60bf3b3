"""Resume departures are classified by evidence, on real round trips between torch versions.

Saved with torch 2.6, resumed with torch 2.13 (across 2.7's CPU dropout-stream change) and
with 2.6 itself; the models are tests/plugins/resume_causes.py's.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest
from conftest import ROOT, run_harness, tox_env_python

from harness.verify.control import FACTOR, departs_as_much

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins")}
MODELS = ("convnet", "bert_like", "moving", "dropout", "annealed", "nondeterministic")
RESUMING = ("checkpoint", "state_dict")


def _records(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    return {(r["case"].split("-")[1], r["format"], r["check"]): r for r in rows}


@pytest.fixture(scope="module")
def saved(torch26_python, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("causes")
    run_harness(torch26_python, "save", "--out", str(root / "a"),
                *[arg for name in MODELS for arg in ("--model", f"resume_causes:{name}")],
                *[arg for fmt in RESUMING for arg in ("--format", fmt)], env=ENV)
    return root / "a"


def _verify(python: Path, saved: Path, name: str) -> dict:
    results = saved.parent / f"{name}.jsonl"
    run_harness(python, "verify", str(saved), "--results", str(results), "--trust-code", env=ENV)
    return _records(results)


@pytest.fixture(scope="module")
def across(saved: Path) -> dict:
    return _verify(tox_env_python("torch213"), saved, "torch213")


@pytest.fixture(scope="module")
def same(saved: Path, torch26_python) -> dict:
    return _verify(torch26_python, saved, "torch26")


def test_the_saving_run_measures_whether_the_model_draws_random_numbers(saved: Path) -> None:
    manifest = json.loads((saved / "manifest.json").read_text())
    cases = {c["source"]["factory"].split(":")[1]: c for c in manifest["cases"]}
    assert {name: cases[name]["resume"]["draws_random"] for name in MODELS} == {
        "convnet": False, "bert_like": False, "moving": False, "dropout": True, "annealed": False,
        "nondeterministic": False}


def test_a_model_that_only_rounds_differently_is_numeric_drift_with_the_control(across) -> None:
    """No randomness: the probe's dropout mask differs across 2.7, which the old classifier
    took for rng_changed; the control retrained in 2.13 departs as much as the resumed run."""
    for fmt in RESUMING:
        r = across[("convnet", fmt, "resume")]
        assert (r["status"], r["departure"]) == ("diverged", "numeric_drift"), r["message"]
        assert r["message"].startswith("numeric_drift:") and r["limitation"] is None
        evidence = r["diagnostics"]["evidence"]
        assert evidence["draws_random"] is False and evidence["probe_equal"] is False
        assert evidence["state_differences"] == [] and evidence["control_departs_at"] is not None
        assert evidence["control_updates"] == 8 and evidence["save_point"] == 4
        assert departs_as_much(evidence, evidence)
        # deterministic here: a second retrain repeats the first bit-exactly, so this is rounding,
        # not the nondeterministic training the 2.0/2.1 baseline entries are about
        assert (evidence["control_repeats"], evidence["control_repeats_until"]) == (True, None)
        assert evidence["control_retrains"] == 3  # every further retrain agreed with the first
        assert "two retrains here agree bit-exactly" in r["message"]
        assert "nondeterministic" not in r["message"]


@pytest.fixture(scope="module")
def older(saved: Path) -> dict:
    return _verify(tox_env_python("torch21"), saved, "torch21")


def test_a_torch_that_trains_nondeterministically_says_so_with_a_second_retrain(older, across) -> None:
    """Resumed in torch 2.1, which trains this model nondeterministically: numeric_drift, and a
    second retrain in 2.1 differs from the first — the evidence the 2.0/2.1 baseline entries
    need. Resumed in 2.13 it drifts too, deterministically (both retrains agree)."""
    for fmt in RESUMING:
        r = older[("nondeterministic", fmt, "resume")]
        assert (r["status"], r["departure"]) == ("diverged", "numeric_drift"), r["message"]
        evidence = r["diagnostics"]["evidence"]
        assert evidence["control_repeats"] is False and evidence["control_repeats_until"] >= 1
        assert 1 <= evidence["control_retrains"] <= 3  # the first retrain that differed ends the search
        assert "this torch trains the model nondeterministically: two retrains here differ" in r["message"]
        r = across[("nondeterministic", fmt, "resume")]
        if r["status"] == "diverged":
            assert r["diagnostics"]["evidence"]["control_repeats"] is True, r["message"]


def test_constant_non_persistent_buffers_are_not_lost_state(saved: Path, across) -> None:
    """BERT's position_ids and token_type_ids: outside state_dict, losing them would change
    the outputs, but a fresh build holds the same constants."""
    [case] = [c for c in json.loads((saved / "manifest.json").read_text())["cases"]
              if c["source"]["factory"].endswith(":bert_like")]
    assert {f["path"]: (f["changes_output"], f["differs_from_fresh"]) for f in case["audit"]} == {
        "position_ids": (True, False), "token_type_ids": (True, False)}
    for fmt in RESUMING:
        for check in ("output", "resume"):
            r = across[("bert_like", fmt, check)]
            assert r["limitation"] is None and r["status"] == "pass", (fmt, check, r["message"])


def test_a_non_persistent_buffer_training_changes_is_lost_state(across, same) -> None:
    for records in (across, same):
        for fmt in RESUMING:
            assert records[("moving", fmt, "output")]["limitation"] == "uncarried_state"
            r = records[("moving", fmt, "resume")]
            assert (r["status"], r["departure"], r["limitation"]) == ("diverged", "state_lost", "uncarried_state")
            assert r["diagnostics"]["evidence"]["uncarried_differs"] == ["center"]


def test_a_model_with_dropout_across_2_7_is_rng_changed(across) -> None:
    for fmt in RESUMING:
        r = across[("dropout", fmt, "resume")]
        assert (r["status"], r["departure"]) == ("diverged", "rng_changed"), r["message"]
        evidence = r["diagnostics"]["evidence"]
        assert evidence == {"state_differences": [], "draws_random": True, "draws_random_from": "saving run",
                            "probe_equal": False, "uniforms_equal": True, "dropout_mask_equal": False}
        assert r["message"].endswith("draws other numbers here (dropout masks)"), r["message"]


def test_a_departure_the_control_does_not_show_is_unexplained(across, same) -> None:
    """Trained state no digest names (a Python float): the control retrained in 2.13 follows
    the saving run, the resumed run departs at once. Not numeric_drift, and not state_lost
    without a named difference; in the same environment the control, held bit-exactly, follows
    the saving run too, and still no class by elimination."""
    for fmt in RESUMING:
        r = across[("annealed", fmt, "resume")]
        assert (r["status"], r["departure"]) == ("diverged", "unexplained"), r["message"]
        assert r["message"].startswith("unexplained:")
        evidence = r["diagnostics"]["evidence"]
        assert evidence["state_differences"] == [] and evidence["draws_random"] is False
        assert evidence["control_departs_at"] is None and evidence["resumed_departs_at"] == 4
        assert evidence["control_max_loss_diff"] * FACTOR < evidence["resumed_max_loss_diff"]
        r = same[("annealed", fmt, "resume")]
        assert (r["departure"], r["diagnostics"]["evidence"]["control_departs_at"]) == ("unexplained", None)


def test_the_same_environment_resumes_bit_exactly(same) -> None:
    for name in ("convnet", "bert_like", "dropout"):
        for fmt in RESUMING:
            r = same[(name, fmt, "resume")]
            assert r["status"] == "pass" and "bit-exact" in r["message"], (name, fmt, r["message"])


@pytest.mark.parametrize("control, resumed, expected", [
    # departs earlier and by the same order: rounding
    ({"control_departs_at": 2, "control_max_loss_diff": 0.08}, {"resumed_departs_at": 5,
                                                               "resumed_max_loss_diff": 0.09}, True),
    # within the factor, in either direction
    ({"control_departs_at": 5, "control_max_loss_diff": 0.09 / FACTOR}, {"resumed_departs_at": 5,
                                                                         "resumed_max_loss_diff": 0.09}, True),
    # the control departs later than the resumed run
    ({"control_departs_at": 6, "control_max_loss_diff": 0.5}, {"resumed_departs_at": 5,
                                                               "resumed_max_loss_diff": 0.09}, False),
    # the control matches: the resumed run lost something
    ({"control_departs_at": None, "control_max_loss_diff": 1e-8, "control_outputs_match": True},
     {"resumed_departs_at": 5, "resumed_max_loss_diff": 0.09}, False),
    # the control departs, but orders of magnitude less
    ({"control_departs_at": 2, "control_max_loss_diff": 1e-4}, {"resumed_departs_at": 5,
                                                                "resumed_max_loss_diff": 0.09}, False),
    # the resumed run departs in its outputs only: outputs compared
    ({"control_departs_at": None, "control_max_loss_diff": 0.0, "control_outputs_match": False,
      "control_max_output_diff": 1e-3}, {"resumed_departs_at": None, "resumed_max_loss_diff": 0.0,
                                         "resumed_max_output_diff": 4e-3}, True),
    ({"control_error": "the factory failed"}, {"resumed_departs_at": 5, "resumed_max_loss_diff": 0.09}, False),
    # a resumed run that turned NaN: a deterministic control that stays finite does not explain it,
    ({"control_departs_at": 2, "control_max_loss_diff": 0.3, "control_repeats": True},
     {"resumed_departs_at": 2, "resumed_max_loss_diff": math.inf}, False),
    # a torch whose own retrains differ does, if it departs no later
    ({"control_departs_at": 2, "control_max_loss_diff": 0.3, "control_repeats": False},
     {"resumed_departs_at": 2, "resumed_max_loss_diff": math.inf}, True),
    ({"control_departs_at": 3, "control_max_loss_diff": 0.3, "control_repeats": False},
     {"resumed_departs_at": 2, "resumed_max_loss_diff": math.inf}, False),
])
def test_as_much_means_no_later_and_of_the_same_order(control: dict, resumed: dict, expected: bool) -> None:
    assert departs_as_much(control, resumed) is expected


@pytest.mark.parametrize("where, value", [("draws_random", "yes"), ("differs_from_fresh", 0),
                                          ("train_losses", ["0.5"]), ("train_losses", [True])])
def test_the_new_manifest_fields_are_checked_as_untrusted_input(saved: Path, where: str, value) -> None:
    import copy

    from harness.artifacts.untrusted import Untrusted, check_manifest
    manifest = json.loads((saved / "manifest.json").read_text())
    check_manifest(manifest)
    edited = copy.deepcopy(manifest)
    [case] = [c for c in edited["cases"] if c["source"]["factory"].endswith(":bert_like")]
    if where == "draws_random":
        case["resume"]["draws_random"] = value
    elif where == "differs_from_fresh":
        case["audit"][0]["differs_from_fresh"] = value
    else:
        case["train_losses"] = value
    with pytest.raises(Untrusted, match=where):
        check_manifest(edited)
