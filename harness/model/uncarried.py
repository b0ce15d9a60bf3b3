"""The tensors ``state_dict`` leaves out of a model, and changing them as training would.

Both the saving side (:mod:`harness.save.audit`, which proves whether losing one matters, and
the save pipeline, which changes a user's plain tensor attributes before the save point) and
the verifying side (the retrain control, :mod:`harness.verify.control`, which must rebuild the
model the way the saving run had it) need them: they are about the model, so they live here.
"""

from __future__ import annotations

from collections.abc import Iterator

import torch
from torch import nn


def uncarried(model: nn.Module) -> Iterator[tuple[str, str, torch.Tensor]]:
    """(path, kind, tensor) for every tensor of the model that ``state_dict`` leaves out."""
    seen: set[int] = set()
    for prefix, module in model.named_modules():
        dot = f"{prefix}." if prefix else ""
        for attr, value in vars(module).items():
            if isinstance(value, torch.Tensor) and not isinstance(value, nn.Parameter) and id(value) not in seen:
                seen.add(id(value))
                yield f"{dot}{attr}", "plain tensor attribute", value
        for name in sorted(getattr(module, "_non_persistent_buffers_set", ())):
            buffer = module._buffers.get(name)
            if buffer is not None and id(buffer) not in seen:
                seen.add(id(buffer))
                yield f"{dot}{name}", "non-persistent buffer", buffer


def perturb(tensor: torch.Tensor) -> None:
    with torch.no_grad():
        if tensor.is_floating_point() or tensor.is_complex():
            tensor.add_(0.5 + torch.linspace(0, 1, tensor.numel(), dtype=torch.float64)
                        .reshape(tensor.shape).to(tensor.dtype))
        elif tensor.dtype == torch.bool:
            tensor.logical_not_()  # a mask
        else:
            tensor.add_(1)


def disturb(model: nn.Module) -> list[str]:
    """Change every plain tensor attribute of a user's model in place, as training changes
    trained state, and return their paths.

    A factory that seeds torch and re-creates ``self.t = torch.randn(...)`` in its constructor
    gives the reloading side the very same tensor, which hides that ``state_dict`` never
    carried it: any tensor a user keeps that way and changes (a running statistic, a learned
    table) is lost on reload. Disturbed before the save point, the loss shows as the
    ``uncarried_state`` limitation instead of a pass. ``persistent=False`` buffers are left
    alone: they are a deliberate choice for constants the constructor rebuilds (masks,
    position ids), and a non-persistent buffer that training changes shows by itself."""
    paths = []
    for path, kind, tensor in uncarried(model):
        if kind == "plain tensor attribute":
            perturb(tensor)
            paths.append(path)
    return paths
