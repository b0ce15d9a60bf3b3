"""The retrain control: does this torch's own arithmetic depart from the saving run by itself?

A resume that departs across environments with its state restored exactly is either this
torch computing differently (``numeric_drift``) or something the file or the restore lost
that no digest names (``unexplained``). The control tells them apart: it rebuilds the case's
model here from its spec (or factory) — nothing is loaded — and replays the saving run from
the start, with the same recipe and data stream, through the save point (``recipe.steps``
updates, whose losses the manifest keeps as ``train_losses``) and the recorded resume updates
(the ``resume`` trajectory), then compares its losses and final outputs with the saving run's.

It runs only for a diverged resume (held bit-exactly in the saving environment) whose state is exact and whose random
streams do not explain it, once per case and loading environment (:data:`_CACHE`: every
resuming format of the case shares it), not once per format.
"""

from __future__ import annotations

import math
import traceback
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import torch

from ..model.outputs import legacy_order
from ..model.uncarried import disturb
from ..results import one_line
from ..train.loop import run_updates, train
from ..train.materialize import rebuild, training_plan
from .compare import TOLERANCES, coarsest, compare_outputs
from .departure import loss_gap
from .resume import departures_of, eval_outputs, observe

#: How much smaller than the resumed run's largest loss difference the control's may be and
#: still count as departing "as much". Rounding differences grow chaotically: the control
#: carries them from the first update and the resumed run from the save point, so the two
#: drift from different perturbations and their loss differences agree in order of magnitude,
#: not in value (in either direction: the control had longer to drift, but amplification is not
#: monotone). Lost state is different in kind: the control then matches the saving run (its
#: differences are rounding noise or zero) while the resumed run departs by the lost state's
#: effect, orders of magnitude more. One order of magnitude separates the two.
FACTOR = 10.0
#: Cases whose control figures are kept: (artifact directory, run id, case id) → figures.
_CACHE: dict[tuple[Any, ...], dict[str, Any]] = {}
_CACHE_SIZE = 32


def judged_control(key: tuple[Any, ...], entry: Any, inputs: tuple[torch.Tensor, ...],
                   reference_tensors: Mapping[str, torch.Tensor], computed_in: Sequence[torch.dtype],
                   resumed: Mapping[str, Any], exact: bool = False) -> tuple[dict[str, Any], bool]:
    """The control's figures for one case (:func:`control_figures`) and whether it departs as
    much as the resumed run whose figures are ``resumed`` (:func:`departs_as_much`). In the
    saving environment itself (``exact``) the control is held bit-exactly, as the resumed run
    is: a retrain that departs there is a torch that trains this model nondeterministically
    (torch 2.0/2.1 do, for some models) — this torch's own arithmetic, with the evidence."""
    figures = control_figures(key, entry, inputs, reference_tensors, computed_in, exact)
    return {k: v for k, v in figures.items() if k != "control_traceback"}, departs_as_much(figures, resumed)


def control_figures(key: tuple[Any, ...], entry: Any, inputs: tuple[torch.Tensor, ...],
                    reference_tensors: Mapping[str, torch.Tensor], computed_in: Sequence[torch.dtype],
                    exact: bool = False) -> dict[str, Any]:
    """The control's figures for one case, computed once per ``key``: where it first departs
    (updates counted from the start; None: it does not), its largest loss and output
    differences; ``control_error`` instead when it could not run."""
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                figures, losses = _replay(entry, inputs, reference_tensors, computed_in, exact)
                if _departs(figures):
                    figures.update(_repeatability(entry, inputs, reference_tensors, computed_in, exact, losses))
                _CACHE[key] = figures
        except Exception as exc:  # the factory or the training failed here: no evidence either way
            _CACHE[key] = {"control_error": one_line(exc)[:300],
                           "control_traceback": traceback.format_exc()[-2000:]}
    return _CACHE[key]


def _departs(figures: Mapping[str, Any]) -> bool:
    return figures["control_departs_at"] is not None or not figures["control_outputs_match"]


#: How many further retrains a departing control is compared with before this torch's training
#: is taken to be deterministic (each is one more training of the model, once per case).
RETRAINS = 3


def _repeatability(entry: Any, inputs: tuple[torch.Tensor, ...], reference_tensors: Mapping[str, torch.Tensor],
                   computed_in: Sequence[torch.dtype], exact: bool, losses: Sequence[float]) -> dict[str, Any]:
    """Does this torch train the model the same way twice? The evidence that tells a torch whose
    training is nondeterministic (torch 2.0/2.1 for some models: a second run from the same seed
    gives other losses) from one that is deterministic and rounds differently from the saving
    torch. In the saving environment (``exact``) a control that departs is already a second run
    of the same torch from the same seed; elsewhere a second control is run and compared with the
    first bit-exactly (NaN equal to NaN) — up to :data:`RETRAINS` of them, until one differs:
    torch 2.1's nondeterminism does not show in every pair of runs (measured: a second run
    repeated the first in one CI run of the test model out of several). ``control_repeats_until``:
    the first update where a run differs from the first (None: they all agree);
    ``control_retrains``: how many runs were compared with the first."""
    if exact:
        return {"control_repeats": False, "control_repeats_until": None}
    for attempt in range(1, RETRAINS + 1):
        _, again = _replay(entry, inputs, reference_tensors, computed_in, exact)
        differs = next((n for n, (a, b) in enumerate(zip(losses, again), start=1)
                        if not (a == b or (math.isnan(a) and math.isnan(b)))), None)
        if differs is None and len(losses) != len(again):
            differs = min(len(losses), len(again)) + 1
        if differs is not None:
            break
    return {"control_repeats": differs is None, "control_repeats_until": differs, "control_retrains": attempt}


def _replay(entry: Any, inputs: tuple[torch.Tensor, ...], reference_tensors: Mapping[str, torch.Tensor],
            computed_in: Sequence[torch.dtype], exact: bool = False) -> tuple[dict[str, Any], list[float]]:
    """Rebuild, train through the save point and the resume updates, and compare with the
    saving run (losses within the per-dtype tolerance, like the resumed run's; bit-exactly
    when ``exact``). Also the losses themselves, every update in order."""

    case, reference = entry.case, entry.resume
    recipe, stream = training_plan(case, inputs)
    model = rebuild(case)
    trained = train(model, recipe, stream)
    trained.inputs = inputs
    if case.spec is None:  # the saving side changed a user's plain tensor attributes after training
        disturb(model)
    trajectory = run_updates(trained, stream, recipe.resume_steps, observe)
    outputs = eval_outputs(trained.model, inputs)
    rtol, atol = tolerance = TOLERANCES.get(coarsest([*computed_in, torch.float32]) or torch.float32)
    saved_losses = list(entry.train_losses)
    before = [loss_gap(a, b) for a, b in zip(saved_losses, trained.losses[:recipe.steps])]
    first = next((n for n, (a, b) in enumerate(zip(saved_losses, trained.losses), start=1)
                  if (loss_gap(a, b) != 0.0 if exact else not loss_gap(a, b) <= atol + rtol * abs(a))), None)
    after = departures_of(reference["trajectory"], trajectory, exact, tolerance)
    if first is None and after.first_by:
        first = recipe.steps + min(after.first_by.values())
    ref_outputs = [reference_tensors[f"output.{i}"] for i in range(len(outputs)) if f"output.{i}" in reference_tensors]
    names = entry.outputs  # None: saved before harness named them, dicts flattened in sorted key order
    if names is None:
        outputs = legacy_order(outputs)
    out = compare_outputs(ref_outputs, outputs, exact=exact, computed_in=computed_in, names=names)
    figures = {"control_departs_at": first, "control_max_loss_diff": max([*before, after.worst_loss]),
               "control_max_output_diff": out.max_abs_diff, "control_outputs_match": out.ok,
               "save_point": recipe.steps, "control_updates": len(trained.losses)}
    return figures, [*trained.losses, *(float(update["loss"]) for update in trajectory)]


def departs_as_much(control: Mapping[str, Any], resumed: Mapping[str, Any]) -> bool:
    """Does the control depart from the saving run as much as the resumed run does: no later
    (updates counted from the start), and with a largest difference at least 1/:data:`FACTOR`
    of the resumed run's (losses; the final outputs when the resumed run's losses match)? When
    this torch trains the model nondeterministically (two retrains differ) no size compares: one
    run of it may end in NaN where another does not, so no later is enough."""
    if "control_error" in control:
        return False
    if control["control_departs_at"] is None and control.get("control_outputs_match", True):
        return False
    there, here = resumed.get("resumed_departs_at"), control["control_departs_at"]
    if there is not None and (here is None or here > there):
        return False
    if control.get("control_repeats") is False:  # this torch's own runs vary: any size is its own
        return True
    if there is not None:
        return control["control_max_loss_diff"] * FACTOR >= resumed["resumed_max_loss_diff"]
    return control["control_max_output_diff"] * FACTOR >= resumed["resumed_max_output_diff"]
