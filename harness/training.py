"""Deterministic training before the save, so saved state is trained state.

The data stream comes from NumPy, not torch's RNG, so it is the same in every
torch version; torch's RNG is seeded only for what the model itself draws
(dropout masks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import numpy as np
import torch
from torch import nn

from .build import draw_inputs
from .layers import TensorInfo
from .outputs import flatten_outputs
from .registry import Registry
from .spec import TrainingRecipe

OptimizerFactory = Callable[[Iterable[nn.Parameter], float], torch.optim.Optimizer]
OPTIMIZERS: Registry[OptimizerFactory] = Registry("optimizer")

OPTIMIZERS.add("sgd", lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9))
OPTIMIZERS.add("adam", lambda params, lr: torch.optim.Adam(params, lr=lr))
OPTIMIZERS.add("adamw", lambda params, lr: torch.optim.AdamW(params, lr=lr, weight_decay=0.01))


Batch = tuple[tuple[torch.Tensor, ...], "torch.Tensor | None"]


def batches(recipe: TrainingRecipe, inputs: TensorInfo, outputs: TensorInfo) -> Iterator[Batch]:
    """A generated model's data stream: (inputs, target) pairs drawn from NumPy."""
    rng = np.random.default_rng(recipe.seed)
    for _ in range(recipe.steps):
        x = draw_inputs(inputs, rng, recipe.batch_size)
        y = torch.from_numpy(rng.standard_normal((recipe.batch_size, *outputs.shape))).to(torch.float32)
        yield (x,), y


def example_batches(recipe: TrainingRecipe, inputs: tuple[torch.Tensor, ...]) -> Iterator[Batch]:
    """A user's model: harness cannot invent data for an unknown input domain, so every step
    sees the factory's example inputs, with a zero target."""
    for _ in range(recipe.steps):
        yield inputs, None


@dataclass
class Trained:
    """A model after training, with what a checkpoint must keep to resume it."""

    model: nn.Module
    inputs: tuple[torch.Tensor, ...]          # the example inputs outputs are compared on
    optimizer: torch.optim.Optimizer | None = None
    recipe: TrainingRecipe | None = None
    step: int = 0
    losses: list[float] = field(default_factory=list)


def train(model: nn.Module, recipe: TrainingRecipe, data: Iterable[Batch]) -> Trained:
    """Train in place on ``data``.

    Every step runs forward in train mode, because buffers and running
    statistics change there even when nothing is learnable; the optimizer
    steps only when the loss depends on a parameter (a parameter-free model,
    or a data-dependent branch that skips every parameter, has no gradient).
    """
    torch.manual_seed(recipe.seed)
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = OPTIMIZERS.get(recipe.optimizer)(parameters, recipe.lr) if parameters else None
    model.train()
    losses = []
    for x, y in data:
        if optimizer is not None:
            optimizer.zero_grad()
        out = flatten_outputs(model(*x))
        targets = [torch.zeros_like(o) for o in out] if y is None else [y]
        loss = sum(nn.functional.mse_loss(o.float(), t.float()) for o, t in zip(out, targets))
        if optimizer is not None and isinstance(loss, torch.Tensor) and loss.requires_grad:
            loss.backward()
            optimizer.step()
        losses.append(float(loss))
    model.eval()
    return Trained(model=model, inputs=(), optimizer=optimizer, recipe=recipe, step=len(losses), losses=losses)
