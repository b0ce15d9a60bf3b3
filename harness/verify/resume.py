"""Resume equivalence: restore everything training needs, continue, and explain any departure.

The saving side records, at the save point, a digest of every piece of state
(parameters and buffers, optimizer, LR scheduler, RNG, step) and then continues
the *original* objects for ``recipe.resume_steps`` updates, recording each
update's loss, learning rates, parameter and optimizer digests and an RNG probe.
The loading side rebuilds from the spec, restores from the artifact as a user's
resume code would, compares the restored state with the saved digests before any
step, continues, and compares update by update. A departure is classified from evidence,
never by elimination (the evidence is kept in ``diagnostics["evidence"]``):

- ``state_lost``: named restored state is not what was saved (``state_differences``), or the
  model holds a tensor outside ``state_dict`` that differs from a fresh build and that the
  format does not carry (the saving side's audit) — a serialization defect or limit;
- ``rng_changed``: the model draws random numbers during the recorded updates (measured by
  the saving run: torch's generator state moved across them, ``draws_random``) *and* the
  same generator state draws other numbers here (the RNG probe differs);
- ``numeric_drift``: a control (:mod:`harness.verify.control`) that rebuilds the model here and
  replays the saving run from the start without loading anything departs from the saving
  run's trajectory as much as the resumed run does — this torch's arithmetic, not the file;
- ``unexplained``: anything else (a control that matches while the resumed run departs, a
  departure in the same environment, a control that could not run): what to look at.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from ..model.build import flatten_outputs
from ..model.outputs import legacy_order
from ..results import DEPARTURES as DEPARTURE_CLASSES
from ..train.loop import DataStream, Trained, run_updates, start
from ..train.rng import rng_probe, rng_states, set_rng_states
from .compare import TOLERANCES, coarsest, compare_outputs
from .departure import Control, classify, gap_text, loss_gap

#: Scheduler state keys that are bookkeeping or changed meaning across torch versions.
SCHEDULER_NOISE = {"verbose", "_get_lr_called_within_step", "anneal_func", "_anneal_func_type", "_is_initial"}
#: Learning rates are computed in Python floats; across versions only formula rewrites differ.
LR_RTOL = 1e-9
DEPARTURES = tuple(DEPARTURE_CLASSES)  # state_lost, rng_changed, numeric_drift, unexplained
#: The control on demand (:mod:`harness.verify.control`): given the resumed run's figures, the
#: control's and whether it departs as much (None: no control here, e.g. the same environment).


def _digest(array: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()[:16]


def _tensor_digest(tensor: torch.Tensor) -> str:
    """The dtype and the values (as float64 or int64 bytes): a restored tensor cast to another
    dtype is different state (torch casts optimizer state to the parameter's dtype on load)."""
    t = tensor.detach().cpu()
    values = (t.to(torch.float64) if t.is_floating_point() else t.to(torch.int64)).numpy()
    return f"{str(t.dtype).replace('torch.', '')}:{_digest(values)}"


_SCALARS = (int, float, bool, str, type(None))


def _plain(value: Any) -> Any:
    """A JSON-comparable form of a state value; tensors become their digests."""
    if isinstance(value, torch.Tensor):
        return _tensor_digest(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if all(type(v) in _SCALARS for v in value):  # fast path: Python's RNG state is 625 ints
            return list(value)
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return None  # functions and objects (torch 2.1's OneCycleLR keeps a bound method)


def model_digest(model: torch.nn.Module) -> dict[str, str]:
    return {name: _tensor_digest(t) for name, t in model.state_dict().items()}


def optimizer_digest(optimizer: torch.optim.Optimizer | None) -> dict[str, Any]:
    if optimizer is None:
        return {}
    state = optimizer.state_dict()
    out: dict[str, Any] = {}
    for index, values in state["state"].items():
        for key, value in values.items():
            out[f"state.{index}.{key}"] = _plain(value)
    for number, group in enumerate(state["param_groups"]):
        for key, value in group.items():
            if key != "params":
                out[f"group.{number}.{key}"] = _plain(value)
    return out


def scheduler_digest(scheduler: Any) -> dict[str, Any]:
    if scheduler is None:
        return {}
    return {key: _plain(value) for key, value in scheduler.state_dict().items() if key not in SCHEDULER_NOISE}


def rng_digest(states: Mapping[str, Any] | None) -> dict[str, str]:
    if not states:
        return {}
    return {name: hashlib.sha256(json.dumps(_plain(value), sort_keys=True).encode()).hexdigest()[:16]
            for name, value in states.items()}


def state_digest(trained: Trained, rng: Mapping[str, Any] | None) -> dict[str, Any]:
    """Every piece of training state, as comparable values."""
    return {"model": model_digest(trained.model), "optimizer": optimizer_digest(trained.optimizer),
            "scheduler": scheduler_digest(trained.scheduler), "rng": rng_digest(rng), "step": trained.step}


def state_differences(saved: Mapping[str, Any], restored: Mapping[str, Any]) -> list[str]:
    """What the restored state lacks or holds differently, by name. Keys only the restoring
    torch has are new bookkeeping of that version, not lost state."""
    diffs = []
    if saved["step"] != restored["step"]:
        diffs.append(f"step {restored['step']} instead of {saved['step']}")
    for part in ("model", "optimizer", "scheduler", "rng"):
        mine = restored[part]
        for key, value in saved[part].items():
            if key not in mine:
                diffs.append(f"{part} {key} missing")
            elif mine[key] != value and not (part == "optimizer" and key.startswith("group.")
                                             and _bookkeeping(value, mine[key])):
                diffs.append(f"{part} {key} differs")
    return diffs


def _bookkeeping(saved: Any, restored: Any) -> bool:
    """Flags like ``foreach``/``fused`` that one version writes as None and another as False."""
    return saved in (None, False) and restored in (None, False)


def observe(trained: Trained, loss: float, lrs: list[float]) -> dict[str, Any]:
    return {"loss": loss, "lr": lrs, "params": _combined(model_digest(trained.model)),
            "optimizer": _combined(optimizer_digest(trained.optimizer)), "probe": rng_probe()}


def _combined(parts: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def eval_outputs(model: torch.nn.Module, inputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
    model.eval()
    with torch.no_grad():
        return flatten_outputs(model(*inputs))


def reference_run(trained: Trained, stream: DataStream) -> tuple[dict[str, Any], dict[str, torch.Tensor]]:
    """Continue the saved run in the saving environment; returns the manifest's resume record
    and the tensors to keep beside it (final outputs and parameters). Moves ``trained`` on."""
    assert trained.recipe is not None and trained.rng is not None
    save_point = state_digest(trained, trained.rng)
    set_rng_states(trained.rng)
    probe = rng_probe()
    before = torch.get_rng_state()
    trajectory = run_updates(trained, stream, trained.recipe.resume_steps, observe)
    draws_random = not torch.equal(before, torch.get_rng_state())  # the model drew from torch's generator
    outputs = eval_outputs(trained.model, trained.inputs)
    tensors = {f"output.{i}": t.detach().contiguous() for i, t in enumerate(outputs)}
    tensors.update({f"param.{name}": t.detach().contiguous().clone()
                    for name, t in trained.model.state_dict().items()})
    return {"save_point": save_point, "probe": probe, "trajectory": trajectory, "draws_random": draws_random}, tensors


def nothing_to_resume(reference: Mapping[str, Any]) -> str | None:
    """Why a resume check of this case could not fail, from the saving run's record, or None.

    A model with no optimizer state whose parameters and buffers stay the same through the
    recorded updates and which draws no random numbers (the generator probe never moves)
    continues identically whatever a restore loses: a ``pass`` there would say nothing."""
    save_point, trajectory = reference.get("save_point") or {}, reference.get("trajectory") or []
    if save_point.get("optimizer") or not trajectory:
        return None
    states = {_combined(save_point.get("model") or {})} | {str(update.get("params")) for update in trajectory}
    probes = {json.dumps(reference.get("probe"))} | {json.dumps(update.get("probe")) for update in trajectory}
    if len(states) == 1 and len(probes) == 1:
        return ("nothing in this model changes as it trains (no trainable parameters, no buffer that updates, "
                "no random draws): no training state to lose, so the check could not fail on one (a model "
                "that differs after loading is the output check's finding)")
    return None


@dataclass
class Verdict:
    status: str                      # pass | diverged
    message: str
    departure: str | None = None     # one of DEPARTURES, when diverged
    diagnostics: dict[str, Any] = field(default_factory=dict)


def restore(case_model: torch.nn.Module, recipe: Any, checkpoint: Mapping[str, Any],
            inputs: tuple[torch.Tensor, ...]) -> Trained:
    """What a user's resume code does: build optimizer and scheduler from the recipe, then
    load their saved states, the RNG states and the step."""
    trained = start(case_model, recipe, inputs)
    if trained.optimizer is not None and checkpoint.get("optimizer") is not None:
        trained.optimizer.load_state_dict(checkpoint["optimizer"])
    if trained.scheduler is not None and checkpoint.get("scheduler") is not None:
        trained.scheduler.load_state_dict(checkpoint["scheduler"])
    if checkpoint.get("rng") is not None:
        set_rng_states(checkpoint["rng"])
    trained.step = int(checkpoint.get("step", 0))
    return trained


def judge(reference: Mapping[str, Any], reference_tensors: Mapping[str, torch.Tensor], trained: Trained,
          stream: DataStream, exact: bool, computed_in: Sequence[torch.dtype], lost_uncarried: Sequence[str] = (),
          names: Sequence[str] | None = None, control: Control | None = None) -> Verdict:
    """Compare the restored state (the generators as they are now), then continue and compare
    update by update. ``names``: the paths of the output tensors (None: saved before harness
    named them, with dicts flattened in sorted key order). ``lost_uncarried``: the tensors
    outside ``state_dict`` the format loses that differ from a fresh build. ``control``: called
    only to explain a departure (see :func:`.departure.classify`)."""
    assert trained.recipe is not None
    diffs = state_differences(reference["save_point"], state_digest(trained, rng_states()))
    probe_here = rng_probe()
    trajectory = run_updates(trained, stream, trained.recipe.resume_steps, observe)
    outputs = eval_outputs(trained.model, trained.inputs)
    if names is None:
        outputs = legacy_order(outputs)
    ref_outputs = [reference_tensors[f"output.{i}"] for i in range(len(outputs))
                   if f"output.{i}" in reference_tensors]
    tolerance = TOLERANCES.get(coarsest([*computed_in, torch.float32]) or torch.float32)
    steps = departures_of(reference["trajectory"], trajectory, exact, tolerance)
    first = min(steps.first_by.values()) if steps.first_by else None
    departs = [q for q, number in steps.first_by.items() if number == first]
    out = compare_outputs(ref_outputs, outputs, exact=exact, computed_in=computed_in, names=names)
    if not out.ok:
        departs = [*departs, "outputs"]
    param_diff = _max_param_diff(reference_tensors, trained.model)
    diagnostics: dict[str, Any] = {
        "updates": len(trajectory), "first_step": first, "departs": departs, "first_departures": steps.first_by,
        "state_differences": diffs[:20],
        "max_loss_diff": steps.worst_loss, "max_output_diff": out.max_abs_diff, "max_param_diff": param_diff,
        "raw_first_step": steps.raw_first[0] if steps.raw_first else None,
        "rng_probe_equal": probe_here == reference["probe"],
    }
    policy = "bit-exact (same environment)" if exact else "per-dtype tolerance"
    if not departs and not diffs:
        note = "" if exact or steps.raw_first is None else (
            f"; raw {'/'.join(steps.raw_first[1])} digests first differ at update {steps.raw_first[0]} "
            f"(max parameter diff {param_diff:.3g})")
        return Verdict("pass", f"resumed {len(trajectory)} updates, {policy}{note}", diagnostics=_json_safe(diagnostics))
    resumed = {"resumed_departs_at": None if first is None else trained.recipe.steps + first,
               "resumed_max_loss_diff": steps.worst_loss, "resumed_max_output_diff": out.max_abs_diff}
    departure, why, evidence = classify(diffs, lost_uncarried, reference, probe_here, resumed, control)
    diagnostics["evidence"] = evidence
    where = _where(first, steps, departs, len(trajectory), out.max_abs_diff)
    return Verdict("diverged", f"{departure}: {where}; {why}", departure=departure, diagnostics=_json_safe(diagnostics))


def _json_safe(value: Any) -> Any:
    """Diagnostics as plain JSON: a loss NaN on one side is an infinite difference here, and
    JSON has no Infinity or NaN, so a non-finite number is kept as its name ("inf", "nan")."""
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return value


@dataclass
class _Steps:
    first_by: dict[str, int]                      # quantity → first update where it departs
    raw_first: tuple[int, list[str]] | None       # first update whose raw digests differ, and which
    worst_loss: float


def departures_of(reference: Sequence[Mapping[str, Any]], trajectory: Sequence[Mapping[str, Any]], exact: bool,
                  tolerance: tuple[float, float]) -> _Steps:
    """Where each quantity of the continued run first departs from the saving run's. Across
    environments the raw parameter and optimizer digests are diagnostics, not departures."""
    rtol, atol = tolerance
    steps = _Steps({}, None, 0.0)
    for number, (ref, got) in enumerate(zip(reference, trajectory), start=1):
        what = []
        loss_diff = loss_gap(ref["loss"], got["loss"])
        steps.worst_loss = max(steps.worst_loss, loss_diff)
        if (loss_diff != 0.0) if exact else not loss_diff <= atol + rtol * abs(ref["loss"]):
            what.append("loss")
        if not _lrs_match(ref["lr"], got["lr"], exact):
            what.append("lr")
        raw = [k for k in ("params", "optimizer") if ref[k] != got[k]]
        if raw and steps.raw_first is None:
            steps.raw_first = (number, raw)
        if exact:
            what += raw
        for quantity in what:
            steps.first_by.setdefault(quantity, number)
    return steps


def _where(first: int | None, steps: _Steps, departs: Sequence[str], updates: int, output_diff: float) -> str:
    if first is not None:
        later = ", ".join(f"{q} at {n}" for q, n in steps.first_by.items() if n != first)
        return (f"departs at update {first} ({', '.join(departs)}{'; then ' + later if later else ''}; "
                f"{gap_text(steps.worst_loss)})")
    if departs:
        return (f"losses and learning rates match over {updates} updates, but the outputs after "
                f"them differ (max abs {output_diff:.3g})")
    return f"the next {updates} updates still match"


def _lrs_match(ref: Sequence[float], got: Sequence[float], exact: bool) -> bool:
    if len(ref) != len(got):
        return False
    if exact:
        return list(ref) == list(got)
    return all(abs(a - b) <= LR_RTOL * abs(a) for a, b in zip(ref, got))


def _max_param_diff(reference: Mapping[str, torch.Tensor], model: torch.nn.Module) -> float:
    worst = 0.0
    for name, t in model.state_dict().items():
        ref = reference.get(f"param.{name}")
        if ref is not None and ref.shape == t.shape and t.is_floating_point():
            diff = (ref.to(torch.float64) - t.detach().to(torch.float64)).abs()
            diff = diff[~torch.isnan(diff)]
            if diff.numel():
                worst = max(worst, float(diff.max()))
    return worst
