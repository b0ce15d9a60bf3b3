"""Module classes that whole-module pickles refer to by qualified name.

A pickled model stores ``harness.modules.Residual`` as a reference, not code, so
these names and their attribute layout are a contract with every fixture ever
saved: never rename them, never move them, only add. They are written to stay
scriptable by TorchScript (typed, no dynamic attribute access in ``forward``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List

import torch
from torch import nn


class SpecNet(nn.Module):
    """The root of a model rebuilt from a :class:`harness.model.spec.ModelSpec`."""

    def __init__(self, body: nn.Module) -> None:
        super().__init__()
        self.body = body

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x)


class ListChain(nn.Module):
    """Children held in an ``nn.ModuleList``, applied in order."""

    def __init__(self, layers: List[nn.Module]) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x)
        return x


class DictChain(nn.Module):
    """Children held in an ``nn.ModuleDict`` under names, applied in insertion order."""

    def __init__(self, layers: List[nn.Module]) -> None:
        super().__init__()
        self.layers = nn.ModuleDict({f"{type(m).__name__.lower()}_{i}": m for i, m in enumerate(layers)})

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers.values():
            x = layer(x)
        return x


class Residual(nn.Module):
    """``x + body(x)``; the body preserves the shape."""

    def __init__(self, body: nn.Module) -> None:
        super().__init__()
        self.body = body

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.body(x)


class Branches(nn.Module):
    """Parallel branches on the same input, merged by sum or concatenation along ``dim``."""

    def __init__(self, branches: List[nn.Module], merge: str, dim: int) -> None:
        super().__init__()
        self.branches = nn.ModuleList(branches)
        self.merge = merge
        self.dim = dim

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        outs: List[torch.Tensor] = []
        for branch in self.branches:
            outs.append(branch(x))
        if self.merge == "sum":
            total = outs[0]
            for out in outs[1:]:
                total = total + out
            return total
        return torch.cat(outs, dim=self.dim)


class BranchOnStat(nn.Module):
    """Data-dependent control flow: which body runs depends on the input's mean."""

    def __init__(self, above: nn.Module, below: nn.Module, threshold: float) -> None:
        super().__init__()
        self.above = above
        self.below = below
        self.threshold = threshold

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if bool(x.mean() > self.threshold):
            return self.above(x)
        return self.below(x)


class Transpose(nn.Module):
    """Swap the two per-example axes: (T, F) sequences ↔ (C, L) signals."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.transpose(1, 2)


class MeanOverTime(nn.Module):
    """(B, T, F) → (B, F)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.mean(dim=1)


class RecurrentOutput(nn.Module):
    """An LSTM/GRU (batch first) returning only its output sequence."""

    def __init__(self, rnn: nn.Module) -> None:
        super().__init__()
        self.rnn = rnn

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.rnn(x)[0]


class SelfAttention(nn.Module):
    """``nn.MultiheadAttention`` (batch first) used as self-attention, output only."""

    def __init__(self, attention: nn.MultiheadAttention) -> None:
        super().__init__()
        self.attention = attention

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.attention(x, x, x, need_weights=False)[0]


class Scale(nn.Module):
    """A learnable ``nn.Parameter`` held directly, outside any torch layer."""

    def __init__(self, shape: List[int]) -> None:
        super().__init__()
        self.gain = nn.Parameter(torch.ones(shape))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.gain


class RunningShift(nn.Module):
    """Subtracts a running mean kept in a registered buffer, persistent or not.

    Training updates the buffer, so a ``persistent=False`` buffer holds trained
    state that ``state_dict`` silently drops.
    """

    def __init__(self, shape: List[int], persistent: bool) -> None:
        super().__init__()
        self.register_buffer("center", torch.zeros(shape), persistent=persistent)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            self.center.mul_(0.9).add_(x.detach().mean(dim=0) * 0.1)
        return x - self.center


class PlainTensorShift(nn.Module):
    """The classic lost-state trap: trained state in a plain tensor attribute.

    Neither a parameter nor a buffer, so ``state_dict`` never sees it.
    """

    def __init__(self, shape: List[int]) -> None:
        super().__init__()
        self.center = torch.zeros(shape)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            self.center.mul_(0.9).add_(x.detach().mean(dim=0) * 0.1)
        return x - self.center


class TiedPair(nn.Module):
    """Two linear maps sharing one weight tensor (each with its own bias)."""

    def __init__(self, features: int, activation: nn.Module) -> None:
        super().__init__()
        self.first = nn.Linear(features, features)
        self.second = nn.Linear(features, features)
        self.second.weight = self.first.weight
        self.activation = activation

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.second(self.activation(self.first(x)))


class NonContiguousLinear(nn.Module):
    """A linear layer whose weight parameter is a transposed, non-contiguous view."""

    def __init__(self, in_features: int, out_features: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.zeros(in_features, out_features).t())
        self.bias = nn.Parameter(torch.zeros(out_features))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return nn.functional.linear(x, self.weight, self.bias)


class Precision(nn.Module):
    """A part computed in another dtype (float64, bfloat16); casts in and back out."""

    def __init__(self, body: nn.Module, dtype: torch.dtype) -> None:
        super().__init__()
        self.body = body.to(dtype)
        self.dtype = dtype

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x.to(self.dtype)).to(x.dtype)


@dataclass
class TrainingConfig:
    """A training script's run configuration as a dataclass, the way scripts keep one in their
    checkpoints (the ``checkpoint-script`` format). Unpickling it needs this class importable
    as ``harness.modules.TrainingConfig``, and a ``weights_only=True`` load refuses it unless
    it is allowlisted: the reason such checkpoints broke with torch 2.6. Pickle restores the
    fields without calling ``__init__``, so fields may be added here, never renamed."""

    optimizer: str = "sgd"
    lr: float = 0.01
    steps: int = 0
    batch_size: int = 1
    seed: int = 0
    scheduler: str = "none"
    #: the recipe's further settings, by name
    options: Dict[str, Any] = field(default_factory=dict)
