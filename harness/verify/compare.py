"""The tolerance policy: exact where exactness is owed, per-dtype tiers elsewhere.

Same environment and a byte-for-byte format: any difference is a real bug, so
equality is exact. Across environments kernels may legitimately round
differently, so each dtype gets a tier. Max absolute and relative errors are
always recorded, pass or fail, so the tiers can be tightened from data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import torch

from ..model.outputs import leaf_label
from .tolerance import TIERS

# dtype → (rtol, atol). Documented in README; change both together (the tiers are in tolerance.py).
TOLERANCES: dict[torch.dtype, tuple[float, float]] = {getattr(torch, name): tier for name, tier in TIERS.items()}


@dataclass(frozen=True)
class Comparison:
    ok: bool
    max_abs_diff: float
    max_rel_diff: float
    message: str


def _diffs(ref: torch.Tensor, got: torch.Tensor) -> tuple[float, float, torch.Tensor]:
    """Max abs/rel error over positions both hold as numbers, and where NaN-ness disagrees."""
    a, b = ref.detach().to(torch.float64), got.detach().to(torch.float64)
    nan_a, nan_b = torch.isnan(a), torch.isnan(b)
    both = ~(nan_a | nan_b)
    a, b = a[both], b[both]
    same = a == b  # covers equal infinities
    abs_err = torch.where(same, torch.zeros_like(a), (a - b).abs())
    rel_err = abs_err / a.abs().clamp_min(torch.finfo(torch.float64).tiny)
    max_abs = float(abs_err.max()) if abs_err.numel() else 0.0
    max_rel = float(rel_err.max()) if rel_err.numel() else 0.0
    return max_abs, max_rel, nan_a != nan_b


def coarsest(dtypes: Sequence[torch.dtype]) -> torch.dtype | None:
    """The least precise floating dtype among ``dtypes`` (by its tolerance tier)."""
    known = [d for d in dtypes if d in TOLERANCES]
    return max(known, key=lambda d: TOLERANCES[d]) if known else None


def compare_outputs(reference: Sequence[torch.Tensor], actual: Sequence[torch.Tensor],
                    exact: bool, computed_in: Sequence[torch.dtype] = (),
                    names: Sequence[str] | None = None) -> Comparison:
    """Compare output lists leaf by leaf; NaN equals NaN at the same position and nowhere else.

    ``names`` are the reference leaves' paths (:mod:`harness.model.outputs`), so a message says
    ``output logits`` or ``output hidden_states.2``; without them (artifacts saved before
    harness named them) a leaf is named by its index. Across environments the tolerance is
    that of the least precise dtype among the output's and ``computed_in`` (the model's
    parameter dtypes): a float32 output computed through a bfloat16 part is only as exact as
    bfloat16.
    """
    labels = [leaf_label(name) for name in names] if names is not None and len(names) == len(reference) \
        else [f"output {index}" for index in range(len(reference))]
    if len(reference) != len(actual):
        return Comparison(False, float("nan"), float("nan"), _count_message(reference, actual, names))
    worst_abs = worst_rel = 0.0
    problems = []
    for label, ref, got in zip(labels, reference, actual):
        if ref.shape != got.shape or ref.dtype != got.dtype:
            problems.append(f"{label}: expected {ref.dtype} {tuple(ref.shape)}, "
                            f"got {got.dtype} {tuple(got.shape)}")
            continue
        max_abs, max_rel, nan_disagree = _diffs(ref, got)
        worst_abs, worst_rel = max(worst_abs, max_abs), max(worst_rel, max_rel)
        if nan_disagree.any():
            problems.append(f"{label}: NaN at {int(nan_disagree.sum())} positions only on one side")
        if exact:
            if max_abs != 0.0:
                problems.append(f"{label}: not bit-exact (max abs diff {max_abs:.3g})")
        else:
            tier = coarsest([ref.dtype, *computed_in]) or ref.dtype
            rtol, atol = TOLERANCES.get(tier, (0.0, 0.0))
            ok = torch.isclose(got.to(torch.float64), ref.to(torch.float64),
                               rtol=rtol, atol=atol, equal_nan=True).all()
            if not ok:
                problems.append(f"{label}: beyond {tier} tolerance rtol={rtol} atol={atol} "
                                f"(max abs {max_abs:.3g}, max rel {max_rel:.3g})")
    return Comparison(not problems, worst_abs, worst_rel, "; ".join(problems))


def _count_message(reference: Sequence[torch.Tensor], actual: Sequence[torch.Tensor],
                   names: Sequence[str] | None) -> str:
    """Other leaves than the reference's: which, where both sides name theirs."""
    message = f"expected {len(reference)} output tensors, got {len(actual)}"
    got = getattr(actual, "names", None)
    if names is None or got is None:
        return message
    missing = [name for name in names if name not in got]
    extra = [name for name in got if name not in names]
    said = [f"{what} {', '.join(n or '(the whole output)' for n in found[:8])}" + (" …" if len(found) > 8 else "")
            for what, found in (("missing", missing), ("not in the reference", extra)) if found]
    return f"{message} ({'; '.join(said)})" if said else message


#: Outputs whose values all lie within this (relative to their size, or absolutely below 1)
#: are constant up to rounding: a LayerNorm over one feature, a ReLU of all-negative inputs.
CONSTANT_SPREAD = 1e-6
#: How far a loaded model's outputs may lie from constant references and still be rounding.
ROUNDING = 1e-5


def constant(reference: Sequence[torch.Tensor]) -> str | None:
    """Why comparing these reference outputs tests nothing, or None.

    A model whose every output is the same value on the fixed inputs (up to rounding) cannot
    tell a restored model from a fresh one, and its rounding noise around that value makes
    relative errors huge: a check on it would be a pass that cannot fail, or noise."""
    spreads = []
    for tensor in reference:
        if not tensor.is_floating_point() and not tensor.is_complex():
            return None
        values = torch.view_as_real(tensor) if tensor.is_complex() else tensor
        values = values.detach().double()
        if values.numel() < 2 or not torch.isfinite(values).all():
            return None
        spread = (values.max() - values.min()).item()
        if spread > CONSTANT_SPREAD * max(1.0, values.abs().max().item()):
            return None
        spreads.append(spread)
    if not spreads:
        return None
    return (f"degenerate model: its outputs are constant up to rounding on the fixed inputs (spread "
            f"{max(spreads):.3g}), so an output comparison tests nothing")
