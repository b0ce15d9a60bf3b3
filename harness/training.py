"""Deterministic training before the save, so saved state is trained state.

The data stream comes from NumPy, not torch's RNG, so it is the same in every
torch version; torch's RNG is seeded only for what the model itself draws
(dropout masks).
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np
import torch
from torch import nn

from .registry import Registry
from .spec import TrainingRecipe

OptimizerFactory = Callable[[Iterable[nn.Parameter], float], torch.optim.Optimizer]
OPTIMIZERS: Registry[OptimizerFactory] = Registry("optimizer")

OPTIMIZERS.add("sgd", lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9))
OPTIMIZERS.add("adam", lambda params, lr: torch.optim.Adam(params, lr=lr))
OPTIMIZERS.add("adamw", lambda params, lr: torch.optim.AdamW(params, lr=lr, weight_decay=0.01))


def batches(recipe: TrainingRecipe, input_shape: tuple[int, ...], output_shape: tuple[int, ...],
            dtype: torch.dtype) -> Iterable[tuple[torch.Tensor, torch.Tensor]]:
    """The recipe's data stream: (input, target) pairs drawn from NumPy."""
    rng = np.random.default_rng(recipe.seed)
    for _ in range(recipe.steps):
        x = rng.standard_normal((recipe.batch_size, *input_shape))
        y = rng.standard_normal((recipe.batch_size, *output_shape))
        yield torch.from_numpy(x).to(dtype), torch.from_numpy(y).to(dtype)


def train(model: nn.Module, recipe: TrainingRecipe, input_shape: tuple[int, ...],
          output_shape: tuple[int, ...], dtype: torch.dtype) -> list[float]:
    """Train in place for ``recipe.steps`` steps; returns the loss of each step."""
    torch.manual_seed(recipe.seed)
    optimizer = OPTIMIZERS.get(recipe.optimizer)(model.parameters(), recipe.lr)
    model.train()
    losses = []
    for x, y in batches(recipe, input_shape, output_shape, dtype):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(float(loss.detach()))
    model.eval()
    return losses
