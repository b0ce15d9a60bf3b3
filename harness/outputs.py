"""A model's outputs as a flat list of tensors: what every comparison works on."""

from __future__ import annotations

import torch


def flatten_outputs(out: object) -> list[torch.Tensor]:
    """Tensors from a tensor, or nested lists/tuples/dicts of them, in a stable order."""
    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, (list, tuple)):
        return [t for item in out for t in flatten_outputs(item)]
    if isinstance(out, dict):
        return [t for key in sorted(out) for t in flatten_outputs(out[key])]
    raise TypeError(f"model returned {type(out).__name__}, which holds no tensors")
