"""Module classes that whole-module pickles refer to by qualified name.

A pickled model stores ``harness.modules.SpecNet`` as a reference, not code, so
these names and their attribute layout are a contract with every fixture ever
saved: never rename them, never move them, only add.
"""

from __future__ import annotations

import torch
from torch import nn


class SpecNet(nn.Module):
    """A model rebuilt from a :class:`harness.spec.ModelSpec`: a layer body plus extra buffers."""

    def __init__(self, body: nn.Sequential, buffer_shape: tuple[int, ...],
                 buffers: list[tuple[str, bool]]) -> None:
        super().__init__()
        self.body = body
        self.extra_buffers = [name for name, _ in buffers]
        for name, persistent in buffers:
            self.register_buffer(name, torch.zeros(buffer_shape), persistent=persistent)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.body(x)
        for name in self.extra_buffers:
            out = out + getattr(self, name)
        return out
