"""Deterministic training, before the save point and after it.

The data stream comes from NumPy, not torch's RNG: micro-batch ``i`` is drawn
from a generator seeded with ``(recipe.seed, i)``, so it is the same in every
torch version, and its position (updates done × micro-batches per update) is
all a resumed run needs to continue it. torch's RNG is seeded only for what the
model itself draws (dropout masks), and its state is part of the checkpoint.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn

from .. import timings
from ..model.build import draw_inputs, flatten_outputs
from ..model.layers import TensorInfo
from ..model.optimizers import OPTIMIZERS, SCHEDULERS, make_optimizer, make_scheduler
from ..model.spec import TrainingRecipe

__all__ = ["OPTIMIZERS", "SCHEDULERS", "Batch", "DataStream", "Trained", "data_stream",
           "example_stream", "run_updates", "start", "train"]

Batch = tuple[tuple[torch.Tensor, ...], "torch.Tensor | None"]
#: micro-batch index → (inputs, target); a target of None means "all zeros".
DataStream = Callable[[int], Batch]


def data_stream(recipe: TrainingRecipe, inputs: TensorInfo, outputs: TensorInfo) -> DataStream:
    """A generated model's data: (inputs, target) pairs drawn from NumPy, addressable by index."""
    def batch(index: int) -> Batch:
        rng = np.random.default_rng([recipe.seed, index])
        x = draw_inputs(inputs, rng, recipe.batch_size)
        y = torch.from_numpy(rng.standard_normal((recipe.batch_size, *outputs.shape))).to(torch.float32)
        return (x,), y
    return batch


def example_stream(inputs: tuple[torch.Tensor, ...]) -> DataStream:
    """A user's model: harness cannot invent data for an unknown input domain, so every step
    sees the factory's example inputs, with a zero target."""
    return lambda index: (inputs, None)


@dataclass
class Trained:
    """A model in training, with everything a checkpoint must keep to resume it."""

    model: nn.Module
    inputs: tuple[torch.Tensor, ...]          # the example inputs outputs are compared on
    optimizer: torch.optim.Optimizer | None = None
    scheduler: Any = None
    recipe: TrainingRecipe | None = None
    step: int = 0                             # updates done
    losses: list[float] = field(default_factory=list)
    rng: dict[str, Any] | None = None         # the generators' states at the save point
    disturbed: list[str] = field(default_factory=list)  # plain tensor attributes harness changed (audit.disturb)

    @property
    def position(self) -> int:
        """Micro-batches of the data stream consumed so far."""
        return self.step * (self.recipe.accumulate if self.recipe else 1)


def start(model: nn.Module, recipe: TrainingRecipe, inputs: tuple[torch.Tensor, ...] = ()) -> Trained:
    """A fresh run: the recipe's optimizer and scheduler over the model's trainable parameters."""
    parameters = [p for p in model.parameters() if p.requires_grad]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # schedulers warn about their own initial step
        optimizer = make_optimizer(parameters, recipe)
        scheduler = make_scheduler(optimizer, recipe)
    return Trained(model=model, inputs=inputs, optimizer=optimizer, scheduler=scheduler, recipe=recipe)


def current_lrs(trained: Trained) -> list[float]:
    return [float(group["lr"]) for group in trained.optimizer.param_groups] if trained.optimizer else []


def run_updates(trained: Trained, stream: DataStream, count: int,
                observe: Callable[[Trained, float, list[float]], Any] | None = None) -> list[Any]:
    """``count`` updates in train mode, continuing from ``trained.position`` in the stream.

    Every update runs forward in train mode, because buffers and running
    statistics change there even when nothing is learnable. The optimizer and
    scheduler always step (a parameter without a gradient is skipped by the
    optimizer), so the scheduler's position equals the update count. Returns
    ``observe(trained, loss, lrs)`` per update, or the losses.
    """
    recipe = trained.recipe
    assert recipe is not None
    model, optimizer, scheduler = trained.model, trained.optimizer, trained.scheduler
    takes_loss = SCHEDULERS.get(recipe.scheduler).takes_loss
    parameters = [p for p in model.parameters() if p.requires_grad]
    seen = []
    model.train()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(count):
            started = time.time()
            lrs = current_lrs(trained)
            if optimizer is not None:
                optimizer.zero_grad()
            total = 0.0
            for micro in range(recipe.accumulate):
                x, y = stream(trained.position + micro)
                out = flatten_outputs(model(*x))
                targets = [torch.zeros_like(o) for o in out] if y is None else [y]
                loss = sum(nn.functional.mse_loss(o.float(), t.float()) for o, t in zip(out, targets))
                loss = loss / recipe.accumulate
                if isinstance(loss, torch.Tensor) and loss.requires_grad:
                    loss.backward()
                total += float(loss)
            if optimizer is not None:
                if recipe.clip_grad_norm > 0 and parameters:
                    nn.utils.clip_grad_norm_(parameters, recipe.clip_grad_norm)
                optimizer.step()
                if scheduler is not None:
                    scheduler.step(total) if takes_loss else scheduler.step()
            trained.step += 1
            trained.losses.append(total)
            timings.interval("train", started, time.time())  # the update alone, not what observes it
            seen.append(observe(trained, total, lrs) if observe else total)
    model.eval()
    return seen


def train(model: nn.Module, recipe: TrainingRecipe, stream: DataStream) -> Trained:
    """Train a fresh model in place up to the save point (``recipe.steps`` updates)."""
    torch.manual_seed(recipe.seed)
    trained = start(model, recipe)
    run_updates(trained, stream, recipe.steps)
    return trained
