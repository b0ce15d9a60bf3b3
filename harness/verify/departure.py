"""Why a resume departs: the class and the evidence it rests on, never by elimination.

:func:`classify` is given what the resumed run measured (state differences by name, the
uncarried tensors that differ from a fresh build, the generator probe here) and, to explain a
departure that neither names, the retrain control (:mod:`.control`); it returns one of the
classes of :data:`harness.results.DEPARTURES`, the words of the record's message, and the
evidence the record keeps.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..train.rng import UNIFORMS

#: The control, called with the resumed run's figures: its own figures, and whether it departs as much.
Control = Callable[[Mapping[str, Any]], "tuple[Mapping[str, Any], bool]"]


def draws_random(reference: Mapping[str, Any]) -> tuple[bool, str]:
    """Does the model draw random numbers during the recorded updates, and how that is known:
    the saving run's measurement (torch's generator state moved across them), or, in files
    saved before it was recorded, the RNG probes it took after each update (they move with it)."""
    if isinstance(reference.get("draws_random"), bool):
        return reference["draws_random"], "saving run"
    probes = {json.dumps(reference.get("probe"))} | {json.dumps(update.get("probe"))
                                                      for update in reference.get("trajectory") or []}
    return len(probes) > 1, "probes"


def classify(diffs: Sequence[str], lost: Sequence[str], reference: Mapping[str, Any], probe_here: Any,
           resumed: Mapping[str, Any], control: Control | None) -> tuple[str, str, dict[str, Any]]:
    """The departure class, why, and the evidence it rests on; never by elimination."""
    if diffs:
        why = "restored state differs from the saved: " + "; ".join(diffs[:5])
        return "state_lost", why, {"state_differences": list(diffs[:20])}
    if lost:
        why = (f"the model holds trained state the format does not carry ({', '.join(lost[:5])}: "
               "differs from a fresh build)")
        return "state_lost", why, {"state_differences": [], "uncarried_differs": list(lost[:20])}
    draws, known_by = draws_random(reference)
    evidence: dict[str, Any] = {"state_differences": [], "draws_random": draws, "draws_random_from": known_by,
                                "probe_equal": probe_here == reference.get("probe"),
                                **_streams_equal(probe_here, reference.get("probe"))}
    exact = "state restored exactly"
    if draws and not evidence["probe_equal"]:
        changed = [name for name, key in (("torch.rand", "uniforms_equal"), ("dropout masks", "dropout_mask_equal"))
                   if evidence.get(key) is False]
        why = (f"{exact}, the model draws random numbers as it trains, and the same generator state "
               f"draws other numbers here{' (' + ', '.join(changed) + ')' if changed else ''}")
        return "rng_changed", why, evidence
    if control is None:
        why = f"{exact} and the random streams do not explain it; no control ran"
        return "unexplained", why, evidence
    figures, as_much = control(resumed)
    evidence.update(figures, **resumed)
    if "control_error" in figures:
        why = f"{exact}; the control that would show this torch's own departure failed ({figures['control_error']})"
        return "unexplained", why, evidence
    at = figures["control_departs_at"]
    control_run = (f"a control retrained here without loading anything departs "
                   f"{f'from update {at}' if at is not None else 'in its final outputs'} "
                   f"({gap_text(figures['control_max_loss_diff'])})")
    if as_much:
        return "numeric_drift", f"{exact}; {control_run}, as much as the resumed run; {_repeats(figures)}", evidence
    why = (f"{exact}, but {control_run}, later or less than the resumed run: the file or the restore "
           "lost something no digest names")
    return "unexplained", why, evidence


def _streams_equal(here: Any, saved: Any) -> dict[str, bool]:
    """Which of the probe's streams differ: its uniforms (``torch.rand``) and its dropout mask
    (:func:`~harness.train.rng.rng_probe`), so a reader sees which one a release changed."""
    if not (isinstance(here, list) and isinstance(saved, list) and len(here) == len(saved) > UNIFORMS):
        return {}
    return {"uniforms_equal": here[:UNIFORMS] == saved[:UNIFORMS], "dropout_mask_equal": here[UNIFORMS:] == saved[UNIFORMS:]}


def _repeats(figures: Mapping[str, Any]) -> str:
    """What the control's repetition shows: nondeterministic training here, or deterministic
    arithmetic that rounds otherwise than the saving torch's (training amplifies it)."""
    if figures.get("control_repeats") is None:
        return "whether this torch repeats its training was not measured"
    if figures["control_repeats"]:
        return ("two retrains here agree bit-exactly: this torch rounds otherwise than the saving one, "
                "and training amplifies it")
    until = figures.get("control_repeats_until")
    if until is None:  # the saving environment itself: the control is a second run of the same torch
        return "this torch trains the model nondeterministically: its retrain departs from its own saving run"
    return f"this torch trains the model nondeterministically: two retrains here differ from update {until}"


def gap_text(gap: float) -> str:
    return "a loss NaN on one side" if math.isinf(gap) else f"max loss diff {gap:.3g}"


def loss_gap(a: float, b: float) -> float:
    """How far two losses are apart: 0 when both are NaN, infinite when one is (a run that
    turned to NaN departs without bound, and must not vanish from a maximum)."""
    if math.isnan(a) or math.isnan(b):
        return 0.0 if math.isnan(a) and math.isnan(b) else math.inf
    return abs(a - b)
