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

from .build import draw_inputs
from .layers import TensorInfo
from .registry import Registry
from .spec import TrainingRecipe

OptimizerFactory = Callable[[Iterable[nn.Parameter], float], torch.optim.Optimizer]
OPTIMIZERS: Registry[OptimizerFactory] = Registry("optimizer")

OPTIMIZERS.add("sgd", lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9))
OPTIMIZERS.add("adam", lambda params, lr: torch.optim.Adam(params, lr=lr))
OPTIMIZERS.add("adamw", lambda params, lr: torch.optim.AdamW(params, lr=lr, weight_decay=0.01))


def batches(recipe: TrainingRecipe, inputs: TensorInfo,
            outputs: TensorInfo) -> Iterable[tuple[torch.Tensor, torch.Tensor]]:
    """The recipe's data stream: (input, target) pairs drawn from NumPy."""
    rng = np.random.default_rng(recipe.seed)
    for _ in range(recipe.steps):
        x = draw_inputs(inputs, rng, recipe.batch_size)
        y = torch.from_numpy(rng.standard_normal((recipe.batch_size, *outputs.shape))).to(torch.float32)
        yield x, y


def train(model: nn.Module, recipe: TrainingRecipe, inputs: TensorInfo, outputs: TensorInfo) -> list[float]:
    """Train in place for ``recipe.steps`` steps; returns the loss of each step.

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
    for x, y in batches(recipe, inputs, outputs):
        if optimizer is not None:
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        if optimizer is not None and loss.requires_grad:
            loss.backward()
            optimizer.step()
        losses.append(float(loss.detach()))
    model.eval()
    return losses
