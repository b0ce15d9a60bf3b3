"""The training kinds a recipe can name: optimizers and LR schedulers, one registry each.

A recipe stores names, not objects, so the loading environment can build the
same optimizer and scheduler and then restore their saved state into them —
which is what a user's resume code does. Adding a kind is one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn
from torch.optim import lr_scheduler

from ..model.spec import TrainingRecipe
from ..registry import Registry

OptimizerFactory = Callable[[Iterable[nn.Parameter], float], torch.optim.Optimizer]
OPTIMIZERS: Registry[OptimizerFactory] = Registry("optimizer")

OPTIMIZERS.add("sgd", lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9))
OPTIMIZERS.add("sgd_nesterov", lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9, nesterov=True,
                                                                 weight_decay=1e-4))
OPTIMIZERS.add("adam", lambda params, lr: torch.optim.Adam(params, lr=lr))
OPTIMIZERS.add("adam_amsgrad", lambda params, lr: torch.optim.Adam(params, lr=lr, amsgrad=True))
OPTIMIZERS.add("adamw", lambda params, lr: torch.optim.AdamW(params, lr=lr, weight_decay=0.01))
OPTIMIZERS.add("rmsprop", lambda params, lr: torch.optim.RMSprop(params, lr=lr, momentum=0.5))
OPTIMIZERS.add("adagrad", lambda params, lr: torch.optim.Adagrad(params, lr=lr))
OPTIMIZERS.add("adamax", lambda params, lr: torch.optim.Adamax(params, lr=lr))
OPTIMIZERS.add("nadam", lambda params, lr: torch.optim.NAdam(params, lr=lr))
OPTIMIZERS.add("radam", lambda params, lr: torch.optim.RAdam(params, lr=lr))


@dataclass(frozen=True)
class SchedulerKind:
    """How to build one LR scheduler kind for a recipe, and whether ``step`` takes the loss."""

    make: Callable[[torch.optim.Optimizer, TrainingRecipe], Any]
    takes_loss: bool = False


def _total(recipe: TrainingRecipe) -> int:
    """Updates over the whole run, before and after the save point."""
    return recipe.steps + recipe.resume_steps


def _warmup(optimizer: torch.optim.Optimizer, recipe: TrainingRecipe) -> Any:
    warm = lr_scheduler.LinearLR(optimizer, start_factor=0.25, total_iters=2)
    decay = lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
    return lr_scheduler.SequentialLR(optimizer, [warm, decay], milestones=[2])


SCHEDULERS: Registry[SchedulerKind] = Registry("LR scheduler")
SCHEDULERS.add("none", SchedulerKind(lambda optimizer, recipe: None))
SCHEDULERS.add("step", SchedulerKind(lambda o, r: lr_scheduler.StepLR(o, step_size=2, gamma=0.5)))
SCHEDULERS.add("multistep", SchedulerKind(lambda o, r: lr_scheduler.MultiStepLR(o, milestones=[1, 3], gamma=0.5)))
SCHEDULERS.add("exponential", SchedulerKind(lambda o, r: lr_scheduler.ExponentialLR(o, gamma=0.8)))
SCHEDULERS.add("cosine", SchedulerKind(lambda o, r: lr_scheduler.CosineAnnealingLR(o, T_max=_total(r))))


def _one_cycle(optimizer: torch.optim.Optimizer, recipe: TrainingRecipe) -> Any:
    # It refuses to step past total_steps (one spare for its own initial step), and cycles
    # momentum only for optimizers that have one (Adagrad, Adamax... have no momentum or betas).
    cycles = any(key in optimizer.defaults for key in ("momentum", "betas"))
    return lr_scheduler.OneCycleLR(optimizer, max_lr=recipe.lr * 10, total_steps=_total(recipe) + 1,
                                   cycle_momentum=cycles)


SCHEDULERS.add("onecycle", SchedulerKind(_one_cycle))
SCHEDULERS.add("warmup", SchedulerKind(_warmup))
SCHEDULERS.add("plateau", SchedulerKind(lambda o, r: lr_scheduler.ReduceLROnPlateau(o, factor=0.5, patience=0),
                                        takes_loss=True))


def make_optimizer(parameters: list[nn.Parameter], recipe: TrainingRecipe) -> torch.optim.Optimizer | None:
    """The recipe's optimizer over ``parameters``; None for a model with nothing to learn."""
    return OPTIMIZERS.get(recipe.optimizer)(parameters, recipe.lr) if parameters else None


def make_scheduler(optimizer: torch.optim.Optimizer | None, recipe: TrainingRecipe) -> Any:
    """The recipe's LR scheduler (None for ``none`` or without an optimizer)."""
    if optimizer is None:
        return None
    return SCHEDULERS.get(recipe.scheduler).make(optimizer, recipe)


@dataclass(frozen=True)
class Usual:
    """An optimizer × scheduler combination (with its clipping and accumulation) that training
    scripts actually run."""

    optimizer: str
    scheduler: str
    clip_grad_norm: float = 0.0
    accumulate: int = 1


#: What the default population trains with, in turn: the combinations users run, on purpose.
USUAL = (
    Usual("adamw", "onecycle", clip_grad_norm=1.0),
    Usual("adamw", "warmup"),                      # linear warm-up, then decay (SequentialLR)
    Usual("sgd", "multistep"),                     # momentum SGD, MultiStepLR
    Usual("adam", "plateau"),                      # ReduceLROnPlateau on the loss
    Usual("sgd_nesterov", "cosine", accumulate=2),
    Usual("adam", "cosine", clip_grad_norm=1.0),
    Usual("rmsprop", "step"),
    Usual("adagrad", "exponential"),
    Usual("adamax", "none", accumulate=2),
    Usual("nadam", "warmup", clip_grad_norm=1.0),
    Usual("radam", "onecycle"),
    Usual("adam_amsgrad", "step", accumulate=2),
)


def usual_recipes() -> list[Usual]:
    """:data:`USUAL`, then any registered optimizer or scheduler it leaves out (paired with a
    common partner), so a kind added to a registry is trained by the default population."""
    plan = list(USUAL)
    optimizers = {u.optimizer for u in plan}
    schedulers = {u.scheduler for u in plan}
    plan += [Usual(name, "cosine") for name in OPTIMIZERS.names() if name not in optimizers]
    plan += [Usual("adamw", name) for name in SCHEDULERS.names() if name not in schedulers]
    return plan


#: How a user's model (``--model``) trains when its factory names no recipe: a few AdamW updates
#: with cosine decay on its example inputs, toward a zero target, so its resume is checked. A
#: factory's ``recipe_dict`` overrides any of these fields.
FACTORY_RECIPE = TrainingRecipe(optimizer="adamw", lr=0.001, steps=3, resume_steps=3, scheduler="cosine")
