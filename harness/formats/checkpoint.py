"""``checkpoint``: the full training state the seed documents ask for, in one ``torch.save``.

Model state, optimizer and LR-scheduler state, step and data position, the RNG
states at the save point (torch, NumPy's global generator, Python's ``random``),
the spec and hyperparameters, and the versions it was made with. harness's own
values are all types ``weights_only=True`` accepts; whether the whole file loads
that way in the loading torch is the ``weights_only`` check (torch 2.1's
OneCycleLR puts a bound method into its state, so it does not).
"""

from __future__ import annotations

import platform
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ..model.cases import Case
from ..train.loop import Trained
from ..train.materialize import rebuild
from ..train.rng import rng_states
from .base import Format, register
from .checkpoint_file import FILE, LAYOUT, of_layout, read_checkpoint
from .mmap_load import mmap_check
from .state_dict import load_strict

__all__ = ["FILE", "LAYOUT", "Checkpoint", "checkpoint_of", "of_layout", "read_checkpoint"]


def checkpoint_of(trained: Trained, case: Case) -> dict[str, object]:
    recipe = trained.recipe
    return {
        "layout": LAYOUT,
        "model": trained.model.state_dict(),
        "optimizer": trained.optimizer.state_dict() if trained.optimizer is not None else None,
        "scheduler": trained.scheduler.state_dict() if trained.scheduler is not None else None,
        "step": trained.step,
        "epoch": 0,
        "data_position": trained.position,
        # the generators as they were at the save point, not after other formats were written
        "rng": trained.rng if trained.rng is not None else rng_states(),
        "source": dict(case.source),
        "hyperparameters": asdict(recipe) if recipe is not None else {},
        # plain str: torch.__version__ is a TorchVersion, which weights_only=True refuses
        "versions": {"torch": str(torch.__version__), "python": platform.python_version(),
                     "numpy": str(np.__version__)},
    }


@register
class Checkpoint(Format):
    name = "checkpoint"
    resumable = True
    snippet = ("# the training-checkpoint round trip\n"
               "torch.save({'model': model.state_dict()}, 'checkpoint.pt')\n"
               "state = torch.load('checkpoint.pt', weights_only=True)\n"
               "model.load_state_dict(state['model'])")

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(checkpoint_of(trained, case), directory / FILE)

    def load_module(self, case: Case, directory: Path, *, trusted: bool = False) -> nn.Module:
        checkpoint = read_checkpoint(directory / FILE, trusted=trusted)
        module = rebuild(case)
        load_strict(module, checkpoint["model"], directory / FILE)
        return module

    def training_state(self, case: Case, case_dir: Path, *, trusted: bool = False) -> dict:
        return read_checkpoint(case_dir / self.name / FILE, trusted=trusted)

    def extra_checks(self):
        return {"weights_only": weights_only, "mmap": mmap_check(FILE)}


def weights_only(directory: Path) -> str:
    """Does the whole checkpoint (optimizer, RNG, metadata too) load with weights_only=True?"""
    checkpoint = read_checkpoint(directory / FILE, strict=True)
    parts = [k for k in ("model", "optimizer", "scheduler", "rng") if checkpoint.get(k) is not None]
    return f"loads with weights_only=True ({', '.join(parts)})"
