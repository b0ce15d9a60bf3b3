"""``checkpoint-script``: a training checkpoint as real training scripts write it.

Besides model, optimizer and scheduler state and the step, scripts put into their
checkpoints the run's ``argparse.Namespace``, a dataclass config, NumPy's and Python's RNG
states as the library functions return them (``np.random.get_state()``,
``random.getstate()``), NumPy scalars and arrays in the metrics, a ``GradScaler`` state
dict and the versions. Those values are what torch 2.6's switch of ``torch.load`` to
``weights_only=True`` broke across the ecosystem, so this format keeps them on purpose,
next to the weights-only-clean ``checkpoint``. The file loads only with
``weights_only=False`` (it unpickles ``argparse`` and harness's dataclass), so every load
needs the user's consent (``--trust-pickles``).

Extra checks, per loading torch: ``default_load`` (does a plain ``torch.load(path)`` load
it?) and ``weights_only`` (it does not; the failure names the globals to allowlist, found
without unpickling, and says whether allowlisting them — from a fixed set — makes it load).
"""

from __future__ import annotations

import argparse
import pickle
import platform
import random
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .. import _compat
from ..model.cases import Case
from ..modules import TrainingConfig
from ..pickle_globals import fix_hint, load_allowlisted, load_by_default, needed_allowlist, refusal
from ..train.loop import Trained
from ..train.materialize import rebuild
from ..train.rng import rng_states, set_rng_states
from .base import Format, NeedsTrust, register
from .checkpoint import checkpoint_of, of_layout
from .state_dict import load_strict

FILE = "checkpoint.pt"
LAYOUT = "harness.checkpoint-script/1"


def native_rng(states: dict[str, Any] | None) -> dict[str, Any]:
    """The generators' states at the save point in the forms the library functions return
    (a ByteTensor, NumPy's 5-tuple with its uint32 array, Python's 3-tuple): set them, read
    them with ``get_state()``/``getstate()``, and put this process's generators back."""
    here = rng_states()
    try:
        if states is not None:
            set_rng_states(states)
        return {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()}
    finally:
        set_rng_states(here)


def plain_rng(native: dict[str, Any]) -> dict[str, Any]:
    """The native states in the layout of :func:`harness.train.rng.rng_states`, which resume restores."""
    kind, keys, pos, has_gauss, cached = native["numpy"]
    version, internal, gauss = native["python"]
    return {"torch": native["torch"],
            "numpy": {"kind": kind, "keys": torch.from_numpy(np.asarray(keys).astype(np.int64)),
                      "pos": int(pos), "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
            "python": [version, list(internal), gauss]}


def config_of(hyperparameters: dict[str, Any]) -> TrainingConfig:
    """The recipe as a script's dataclass config: its named fields, the rest under ``options``."""
    names = {f.name for f in fields(TrainingConfig)} - {"options"}
    return TrainingConfig(**{k: v for k, v in hyperparameters.items() if k in names},
                          options={k: v for k, v in hyperparameters.items() if k not in names})


def script_checkpoint_of(trained: Trained, case: Case) -> dict[str, Any]:
    """What a typical training script saves at its save point."""
    hyperparameters = asdict(trained.recipe) if trained.recipe is not None else {}
    losses = trained.losses or [float("nan")]
    return {
        **checkpoint_of(trained, case),  # model, optimizer, scheduler, step, spec, hyperparameters
        "layout": LAYOUT,
        "args": argparse.Namespace(**hyperparameters),
        "config": config_of(hyperparameters),
        "rng": native_rng(trained.rng),
        "metrics": {"loss": np.float64(losses[-1]), "losses": np.array(losses)},
        "grad_scaler": _compat.grad_scaler_state(),
        # as scripts write them: torch.__version__ is a TorchVersion, np.__version__ a str
        "versions": {"torch": torch.__version__, "python": platform.python_version(),
                     "numpy": np.__version__},
    }


def read_script_checkpoint(path: Path, *, trusted: bool = False) -> dict[str, Any]:
    """The checkpoint, unpickled with ``weights_only=False`` — only with the user's consent."""
    if not trusted:
        raise NeedsTrust(f"{path} loads only with weights_only=False (it holds an argparse.Namespace, "
                         "a dataclass config and NumPy objects); loading it runs code from the file: "
                         "pass --trust-pickles if you made it")
    return of_layout(torch.load(path, map_location="cpu", weights_only=False), path, LAYOUT)


@register
class ScriptCheckpoint(Format):
    name = "checkpoint-script"
    resumable = True
    needs_trust = True
    snippet = (
        "# a training script's checkpoint: argparse args, a dataclass config, NumPy and Python state\n"
        "import argparse, dataclasses, random\n"
        "@dataclasses.dataclass\n"
        "class Config:\n"
        "    lr: float = 0.01\n"
        "torch.save({'model': model.state_dict(), 'args': argparse.Namespace(lr=0.01), 'config': Config(),\n"
        "            'numpy_rng': np.random.get_state(), 'python_rng': random.getstate(),\n"
        "            'loss': np.float64(0.5), 'losses': np.array([0.7, 0.5])}, 'checkpoint.pt')\n"
        "state = torch.load('checkpoint.pt', weights_only=False)  # explicit: runs pickled code\n"
        "model.load_state_dict(state['model'])\n"
        "torch.load('checkpoint.pt')  # the default arguments (weights_only=True since torch 2.6)"
    )

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(script_checkpoint_of(trained, case), directory / FILE)

    def load_module(self, case: Case, directory: Path, *, trusted: bool = False) -> nn.Module:
        checkpoint = read_script_checkpoint(directory / FILE, trusted=trusted)
        module = rebuild(case)
        load_strict(module, checkpoint["model"], directory / FILE)
        return module

    def training_state(self, case: Case, case_dir: Path, *, trusted: bool = False) -> dict[str, Any]:
        """Optimizer, scheduler, step, and the RNG states converted to the layout resume restores."""
        checkpoint = read_script_checkpoint(case_dir / self.name / FILE, trusted=trusted)
        return {"optimizer": checkpoint["optimizer"], "scheduler": checkpoint["scheduler"],
                "step": checkpoint["step"], "rng": plain_rng(checkpoint["rng"])}

    def extra_checks(self):
        return {"default_load": default_load, "weights_only": weights_only}


def default_load(directory: Path) -> str:
    """Load with this torch's *default* ``torch.load`` arguments, as a user's old code would:
    it unpickles everything before torch 2.6 and refuses the file from 2.6 on."""
    path = directory / FILE
    return load_by_default(path, str(path))


def weights_only(directory: Path) -> str:
    """Does the file load with ``weights_only=True``? It cannot (argparse, the dataclass and
    NumPy objects are outside torch's allowlist), so this raises, naming the globals that
    ``add_safe_globals`` needs and whether allowlisting them here makes it load."""
    path = directory / FILE
    try:
        torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        names = needed_allowlist(path)
        raise pickle.UnpicklingError(
            f"Weights only load failed: {path} does not load with weights_only=True in torch "
            f"{torch.__version__} ({refusal(exc)}); it needs {len(names)} names allowlisted; "
            f"{fix_hint(names)}; {_allowlisted(path)}") from exc
    return "loads with weights_only=True"


def _allowlisted(path: Path) -> str:
    """Whether the file loads with ``weights_only=True`` once what it needs is allowlisted."""
    return load_allowlisted(path)[2]
