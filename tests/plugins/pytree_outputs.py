"""Factories for tests/test_aoti_package.py: a team's model whose output is its library's
container type (:mod:`pytree_library`), imported inside the factory as a team's code imports
transformers — so a process that never ran the factory has no such type registered."""

from __future__ import annotations

import torch
from torch import nn


class Paired(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(4, 3)

    def forward(self, x: torch.Tensor):
        from pytree_library import Pair

        y = self.proj(x)
        return Pair(logits=y, scores=y.tanh())


def paired():
    import pytree_library  # noqa: F401  (registers Pair, as importing transformers' models does)

    torch.manual_seed(0)
    return Paired(), torch.randn(2, 4)
