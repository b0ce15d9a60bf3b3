"""``checkpoint``: the full training state the seed documents ask for, in one ``torch.save``.

Model state, optimizer state, step, the RNG states (torch, NumPy's global
generator, Python's ``random``), the spec and hyperparameters, and the versions
it was made with — every value a type ``weights_only=True`` accepts, so the
file loads without running code. Whether it does load that way in the loading
torch is recorded by the ``weights_only`` check (a torch 2.1 OneCycleLR state,
for one, would not).
"""

from __future__ import annotations

import platform
import random
from pathlib import Path

import numpy as np
import torch

from ..sources import Case, rebuild
from ..training import Trained
from . import register
from .base import ArtifactLoadError, Format, Runner, module_runner
from .state_dict import load_strict

FILE = "checkpoint.pt"
LAYOUT = "harness.checkpoint/1"


def rng_states() -> dict[str, object]:
    """The three generators a training script usually seeds, as weights_only-safe values."""
    kind, keys, pos, has_gauss, cached = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "numpy": {"kind": kind, "keys": torch.from_numpy(keys.astype(np.int64)), "pos": int(pos),
                  "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
        "python": [random.getstate()[0], list(random.getstate()[1]), random.getstate()[2]],
    }


def checkpoint_of(trained: Trained, case: Case) -> dict[str, object]:
    recipe = trained.recipe
    return {
        "layout": LAYOUT,
        "model": trained.model.state_dict(),
        "optimizer": trained.optimizer.state_dict() if trained.optimizer is not None else None,
        "scheduler": None,
        "step": trained.step,
        "epoch": 0,
        "rng": rng_states(),
        "source": dict(case.source),
        "hyperparameters": {k: getattr(recipe, k) for k in ("optimizer", "lr", "steps", "batch_size", "seed")}
        if recipe is not None else {},
        # plain str: torch.__version__ is a TorchVersion, which weights_only=True refuses
        "versions": {"torch": str(torch.__version__), "python": platform.python_version(),
                     "numpy": str(np.__version__)},
    }


def read_checkpoint(path: Path) -> dict:
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    if not isinstance(checkpoint, dict) or checkpoint.get("layout") != LAYOUT:
        raise ArtifactLoadError(f"{path}: not a {LAYOUT} checkpoint")
    return checkpoint


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

    def load(self, case: Case, directory: Path) -> Runner:
        checkpoint = read_checkpoint(directory / FILE)
        module = rebuild(case)
        load_strict(module, checkpoint["model"], directory / FILE)
        return module_runner(module)

    def extra_checks(self):
        return {"weights_only": weights_only}


def weights_only(directory: Path) -> str:
    """Does the whole checkpoint (optimizer, RNG, metadata too) load with weights_only=True?"""
    checkpoint = read_checkpoint(directory / FILE)
    parts = [k for k in ("model", "optimizer", "scheduler", "rng") if checkpoint.get(k) is not None]
    return f"loads with weights_only=True ({', '.join(parts)})"
