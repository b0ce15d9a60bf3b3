"""State audit: which tensors will ``state_dict`` not carry, and does losing them matter?

A tensor kept as a plain attribute, or in a ``persistent=False`` buffer, is not in
``state_dict``; after a reload it holds whatever the constructor put there.
Each finding is proven, not guessed: the tensor is perturbed in a copy of the
model, the copy's state dict is saved and loaded into a freshly built model
(every other finding copied over, so only this one is lost), and the outputs
are compared. A finding also says whether the tensor differs from the one a freshly built
model holds (``differs_from_fresh``): a constant the constructor rebuilds identically
(transformers' ``position_ids``) is not lost by a reload, whatever losing it would do, so only
a tensor that differs and changes the output is the ``uncarried_state`` limitation.
"""

from __future__ import annotations

import copy
import io
from dataclasses import asdict, dataclass
from typing import Callable, Sequence

import torch
from torch import nn

from ..model.build import flatten_outputs
from ..model.uncarried import perturb, uncarried


@dataclass(frozen=True)
class Finding:
    path: str                 # dotted path from the root module, e.g. "body.2.center"
    kind: str                 # "plain tensor attribute" | "non-persistent buffer"
    shape: tuple[int, ...]
    dtype: str
    changes_output: bool      # proven: losing it changes the output on the example inputs
    max_abs_diff: float
    #: the tensor differs from the one a fresh build holds (dtype, shape or values): a reload loses it
    differs_from_fresh: bool = True

    def to_json(self) -> dict:
        return asdict(self)


def _tensor_at(model: nn.Module, path: str) -> torch.Tensor:
    owner, _, name = path.rpartition(".")
    return getattr(model.get_submodule(owner) if owner else model, name)


def _run(model: nn.Module, inputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
    model.eval()
    with torch.no_grad():
        return flatten_outputs(model(*inputs))


def _state_round_trip(model: nn.Module, fresh: nn.Module) -> None:
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    buffer.seek(0)
    fresh.load_state_dict(torch.load(buffer, weights_only=True), strict=True)


def audit(model: nn.Module, inputs: Sequence[torch.Tensor], rebuild: Callable[[], nn.Module]) -> list[Finding]:
    """Find and prove every tensor ``state_dict`` would lose; ``rebuild`` makes a fresh model."""
    found = list(uncarried(model))
    findings = []
    fresh = rebuild() if found else None
    for path, kind, tensor in found:
        original = copy.deepcopy(model)
        perturb(_tensor_at(original, path))
        reference = _run(original, inputs)
        reloaded = rebuild()
        _state_round_trip(original, reloaded)
        for other, _, _ in found:
            if other != path:
                with torch.no_grad():
                    _tensor_at(reloaded, other).copy_(_tensor_at(original, other))
        outputs = _run(reloaded, inputs)
        diff = max((float((a.double() - b.double()).abs().max()) for a, b in zip(reference, outputs)
                    if a.numel()), default=0.0)
        findings.append(Finding(path, kind, tuple(tensor.shape), str(tensor.dtype).replace("torch.", ""),
                                changes_output=diff > 0, max_abs_diff=diff,
                                differs_from_fresh=_differs(tensor, fresh, path)))
    return findings


def _differs(tensor: torch.Tensor, fresh: nn.Module | None, path: str) -> bool:
    """Does ``tensor`` differ from the one at ``path`` in a freshly built model (missing there,
    another dtype or shape, other values; NaNs in the same places are equal)?"""
    try:
        other = _tensor_at(fresh, path) if fresh is not None else None
    except AttributeError:
        return True
    if not isinstance(other, torch.Tensor) or other.dtype != tensor.dtype or other.shape != tensor.shape:
        return True
    a, b = tensor.detach().cpu(), other.detach().cpu()
    return not (torch.equal(a, b) or (a.is_floating_point() and bool(torch.equal(a.isnan(), b.isnan()))
                                      and torch.equal(a.nan_to_num(0.0), b.nan_to_num(0.0))))
