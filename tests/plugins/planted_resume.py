"""Test-only checkpoint formats whose restore path each plant one defect, and a model whose
training uses everything a resume must restore (Adam moments, an LR schedule, dropout's RNG,
BatchNorm statistics). Loaded through HARNESS_PLUGINS."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from torch import nn

from harness.plugin import CHECKPOINT_FILE as FILE
from harness.plugin import Case, Checkpoint, read_checkpoint, register


def model():
    """(module, example inputs, recipe): ``--model planted_resume:model``."""
    torch.manual_seed(0)
    module = nn.Sequential(nn.Linear(6, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.3), nn.Linear(8, 3))
    inputs = torch.from_numpy(np.random.default_rng(0).standard_normal((5, 6))).float()
    recipe = {"optimizer": "adam", "scheduler": "step", "steps": 3, "resume_steps": 3, "lr": 0.05}
    return module, inputs, recipe


class Planted(Checkpoint):
    def state(self, case: Case, case_dir: Path) -> dict:
        return read_checkpoint(case_dir / self.name / FILE)


@register
class DropMoments(Planted):
    """Restores the optimizer's hyperparameters but not its per-parameter moments."""

    name = "planted_drop_moments"

    def training_state(self, case, case_dir):
        state = self.state(case, case_dir)
        state["optimizer"]["state"] = {}
        return state


@register
class SchedulerBehind(Planted):
    """Restores the LR scheduler one step behind."""

    name = "planted_scheduler_behind"

    def training_state(self, case, case_dir):
        state = self.state(case, case_dir)
        state["scheduler"]["last_epoch"] -= 1
        state["scheduler"]["_step_count"] -= 1
        return state


@register
class NoRng(Planted):
    """Forgets to restore the random generators."""

    name = "planted_no_rng"

    def training_state(self, case, case_dir):
        state = self.state(case, case_dir)
        state["rng"] = None
        torch.manual_seed(1234)  # whatever the process had drawn before
        return state


@register
class OneUlp(Planted):
    """Restores one parameter one ulp away from the saved value."""

    name = "planted_one_ulp"

    def load_module(self, case, directory):
        module = super().load_module(case, directory)
        with torch.no_grad():
            weight = next(module.parameters())
            weight.view(-1)[0] = torch.nextafter(weight.view(-1)[0], torch.tensor(float("inf")))
        return module
