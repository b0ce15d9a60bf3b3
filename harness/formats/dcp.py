"""``dcp``: ``torch.distributed.checkpoint`` in one process on the CPU, as large-model training
writes it — model and optimizer state, scheduler, step, data position and RNG states.

PyTorch documents no backward compatibility for these files, and users have been broken
across releases (2.3 → 2.4, the 2.7 AdamW refactor that added a param-group key), so the
matrix loads every release's directory in every other one. Each torch writes it its own
documented way: from 2.2 ``dcp.save/load(checkpoint_id=...)`` with the optimizer keyed by
parameter name through ``get_state_dict``/``set_state_dict``; torch 2.0–2.1
``save_state_dict/load_state_dict(no_dist=True)`` with the optimizer's own state dict.

Loading fills a state dict of the rebuilt model (and of a freshly built optimizer, scheduler
and generators) in place, which is how DCP loads; keys the checkpoint lacks fail the load,
keys the rebuilt model lacks are named from the checkpoint's metadata. The metadata file and
every non-tensor value are pickles, so loading needs ``--trust-pickles``.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import torch
from torch import nn

from .. import _compat
from ..model.cases import Case
from ..train.loop import Trained, start
from ..train.materialize import rebuild, training_plan
from ..train.rng import rng_states
from .base import ArtifactLoadError, Format, register
from .checkpoint import checkpoint_of
from .errors import LimitedLoad

LAYOUT = "harness.dcp/1"
#: What the training state is read into: the keys :func:`harness.verify.resume.restore` takes.
TRAINING_KEYS = ("optimizer", "scheduler", "step", "data_position", "rng")


def _call(saving: bool, state: dict[str, Any], path: Path) -> None:
    """``dcp`` save or load (in place) of ``state`` at ``path``, in this torch's spelling; a DCP
    failure comes out as the exception it wrapped."""
    import torch.distributed.checkpoint as dcp
    where = str(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "assuming the intent is to save in a single process"
            if _compat.dcp_spelling() == "checkpoint_id":
                (dcp.save if saving else dcp.load)(state, checkpoint_id=where)
            elif saving:
                dcp.save_state_dict(state, storage_writer=dcp.FileSystemWriter(where), no_dist=True)
            else:
                dcp.load_state_dict(state, storage_reader=dcp.FileSystemReader(where), no_dist=True)
    except _compat.dcp_failures() as exc:
        doing = "could not write" if saving else "cannot load"
        error = RuntimeError if saving else ArtifactLoadError
        raise error(f"{path}: torch {torch.__version__} {doing} this distributed checkpoint "
                    f"({_last_line(exc)})") from _inner(exc)


def _inner(exc: BaseException) -> BaseException:
    """The exception DCP wrapped (``CheckpointException.failures``: rank → (exception, stack))."""
    failures = getattr(exc, "failures", None)
    if isinstance(failures, dict) and failures:
        first = next(iter(failures.values()))
        if isinstance(first, tuple) and first and isinstance(first[0], BaseException):
            return first[0]
    return exc


def _last_line(exc: BaseException) -> str:
    """What went wrong, from DCP's exception: it wraps each rank's traceback into its message
    (``CheckpointException``), so the cause is the message's last line."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[-1] if lines else type(exc).__name__)[:300]


def _read(template: dict[str, Any], path: Path) -> None:
    """Load the checkpoint at ``path`` into ``template`` in place (DCP's way)."""
    if not (path / ".metadata").is_file():
        raise ArtifactLoadError(f"{path}: no .metadata file, so not a distributed checkpoint")
    _call(False, template, path)
    if template.get("layout") == "" and "layout" in _saved_keys(path):
        raise ArtifactLoadError(
            f"{path}: torch {torch.__version__}'s dcp.load read the tensors but left the checkpoint's other "
            "values where they were (its 'layout' string stayed empty), so the training state it holds "
            "(step, scheduler, RNG states) cannot be restored")
    if template.get("layout") != LAYOUT:
        raise ArtifactLoadError(f"{path}: not a {LAYOUT} distributed checkpoint")


def _saved_keys(path: Path) -> set[str]:
    import torch.distributed.checkpoint as dcp
    return set(dcp.FileSystemReader(str(path)).read_metadata().state_dict_metadata)


def _names(model: nn.Module, optimizer: torch.optim.Optimizer) -> list[str]:
    names = {id(param): name for name, param in model.named_parameters()}
    return [names[id(param)] for group in optimizer.param_groups for param in group["params"]]


def _by_name(model: nn.Module, optimizer: torch.optim.Optimizer) -> dict[str, Any]:
    """The optimizer's state dict keyed by parameter name, as ``get_state_dict`` writes it from
    2.2 — written out for 2.0–2.1, whose DCP turns integer keys into strings on the way in and
    so loses every non-tensor state value (RMSprop's ``step``) of an optimizer's own state dict."""
    state, names = optimizer.state_dict(), _names(model, optimizer)
    return {"state": {names[index]: value for index, value in state["state"].items()},
            "param_groups": [{**group, "params": [names[i] for i in group["params"]]}
                             for group in state["param_groups"]]}


def _by_index(model: nn.Module, optimizer: torch.optim.Optimizer, named: dict[str, Any]) -> dict[str, Any]:
    index = {name: i for i, name in enumerate(_names(model, optimizer))}
    return {"state": {index[name]: value for name, value in named["state"].items()},
            "param_groups": [{**group, "params": [index[n] for n in group["params"]]}
                             for group in named["param_groups"]]}


def _with_state(optimizer: torch.optim.Optimizer) -> torch.optim.Optimizer:
    """Give a fresh optimizer its state tensors (a step with zero gradients at lr 0), so there is
    something to load into: what ``get_state_dict`` does from 2.2, written out for 2.0–2.1."""
    if optimizer.state:
        return optimizer
    for group in optimizer.param_groups:
        for param in group["params"]:
            if param.grad is None:
                param.grad = torch.zeros_like(param)
    lrs = [group["lr"] for group in optimizer.param_groups]
    for group in optimizer.param_groups:
        group["lr"] = 0.0
    optimizer.step()
    for group, lr in zip(optimizer.param_groups, lrs):
        group["lr"] = lr
    optimizer.zero_grad(set_to_none=True)
    return optimizer


@register
class DistributedCheckpoint(Format):
    name = "dcp"
    resumable = True
    needs_trust = True
    snippet = ("# the torch.distributed.checkpoint round trip, in one process\n"
               "import torch.distributed.checkpoint as dcp\n"
               "state = {'model': model.state_dict()}\n"
               "if hasattr(dcp, 'save'):  # torch 2.2+\n"
               "    dcp.save(state, checkpoint_id='dcp')\n"
               "    dcp.load(state, checkpoint_id='dcp')  # fills state in place\n"
               "else:  # torch 2.0-2.1\n"
               "    dcp.save_state_dict(state, storage_writer=dcp.FileSystemWriter('dcp'), no_dist=True)\n"
               "    dcp.load_state_dict(state, storage_reader=dcp.FileSystemReader('dcp'), no_dist=True)\n"
               "model.load_state_dict(state['model'])")

    def available(self) -> str | None:
        return _compat.dcp_unavailable()

    def saved_with(self) -> dict[str, Any]:
        return {"spelling": _compat.dcp_spelling(),
                "optimizer_state": "get_state_dict" if _compat.dcp_state_dict_helpers() else "by name, harness's"}

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        state = checkpoint_of(trained, case)
        state.pop("source")  # the spec is in the manifest; a user's config would be in their code
        state["layout"] = LAYOUT
        helpers = _compat.dcp_state_dict_helpers()
        if helpers is not None and trained.optimizer is not None:
            state["model"], state["optimizer"] = helpers[0](trained.model, trained.optimizer)
        elif trained.optimizer is not None:
            state["optimizer"] = _by_name(trained.model, trained.optimizer)
        _call(True, state, directory)

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        module = rebuild(case)
        template: dict[str, Any] = {"layout": "", "model": module.state_dict()}
        _read(template, directory)
        unexpected = sorted(key[len("model."):] for key in _saved_keys(directory)
                            if key.startswith("model.") and key[len("model."):] not in template["model"])
        if unexpected:
            raise ArtifactLoadError(f"{directory}: the checkpoint holds keys the rebuilt model lacks: "
                                    f"{unexpected[:10]}")
        return module

    def training_state(self, case: Case, case_dir: Path) -> dict[str, Any]:
        recipe, _ = training_plan(case, ())
        if recipe is None:
            raise ArtifactLoadError(f"{case_dir / self.name}: the case has no training recipe to resume")
        trained = start(rebuild(case), recipe)
        helpers = _compat.dcp_state_dict_helpers()
        optimizer = trained.optimizer
        template: dict[str, Any] = {"layout": "", "step": 0, "data_position": 0, "rng": rng_states(),
                                    "scheduler": trained.scheduler.state_dict() if trained.scheduler else None}
        if optimizer is not None and helpers is not None:
            model_state, template["optimizer"] = helpers[0](trained.model, optimizer)
        elif optimizer is not None:
            template["optimizer"] = _by_name(trained.model, _with_state(optimizer))
        else:
            template["optimizer"] = None
        try:
            _read(template, case_dir / self.name)
        except ArtifactLoadError as exc:
            raise _stateless(exc, template, case_dir / self.name) from exc.__cause__
        if optimizer is not None and helpers is not None:
            helpers[1](trained.model, optimizer, model_state_dict=model_state,
                       optim_state_dict=template["optimizer"])
            template["optimizer"] = optimizer.state_dict()
        elif optimizer is not None:
            template["optimizer"] = _by_index(trained.model, optimizer, template["optimizer"])
        return {key: template[key] for key in TRAINING_KEYS}


def _stateless(exc: ArtifactLoadError, template: dict[str, Any], path: Path) -> ArtifactLoadError:
    """The load failure, named ``dcp_stateless_param`` when the checkpoint has no optimizer state at
    all for parameters the rebuilt optimizer has state for (read from the checkpoint's metadata)."""
    optimizer = template.get("optimizer") or {}
    found = re.search(r"Missing key in checkpoint state_dict: (\S+?)\.?$|^'(\S+)'$", str(exc.__cause__ or ""))
    key = (found.group(1) or found.group(2)) if found else ""
    try:
        saved = _saved_keys(path)
    except Exception:  # noqa: BLE001 (metadata this torch cannot read: the load's own failure stands)
        return exc
    missing = [name for name in optimizer.get("state", {})
               if not any(k.startswith(f"optimizer.state.{name}.") for k in saved)]
    if not any(key.startswith(f"optimizer.state.{name}.") for name in missing):
        return exc
    return LimitedLoad(f"{exc} — the checkpoint holds no optimizer state for {missing[:5]} (never given a "
                       "gradient before the save), while the optimizer rebuilt to load into has state for "
                       "every parameter", "dcp_stateless_param")
