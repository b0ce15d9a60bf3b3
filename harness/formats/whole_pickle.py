"""``pickle``: the whole module via ``torch.save(model)``.

Loading it unpickles arbitrary classes, so it runs only with the user's consent,
needs every pickled class importable under the same qualified name, and since
torch 2.6 is refused by a plain ``torch.load`` (``weights_only`` became the
default). The ``default_load`` check records that last fact on its own.
"""

from __future__ import annotations

import _compat_pickle
import importlib
import pickletools
import zipfile
from pathlib import Path

import torch
from torch import nn

from ..model.cases import Case
from ..pickle_globals import load_by_default
from ..train.loop import Trained
from .base import ArtifactLoadError, Format, Runner, module_runner, register

FILE = "model.pt"


def pickled_globals(path: Path) -> list[str]:
    """Every ``module.qualname`` the pickle refers to (torch writes protocol 2 GLOBALs)."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("data.pkl"))
        data = archive.read(name)
    found, protocol = [], 0
    for opcode, arg, _ in pickletools.genops(data):
        if opcode.name == "PROTO" and isinstance(arg, int):
            protocol = arg
        if opcode.name == "GLOBAL" and isinstance(arg, str) and " " in arg:
            module, name = arg.split(" ", 1)
            if protocol < 3:  # as the unpickler reads it (fix_imports): __builtin__.set is builtins.set
                module, name = _compat_pickle.NAME_MAPPING.get((module, name), (module, name))
                module = _compat_pickle.IMPORT_MAPPING.get(module, module)
            found.append(f"{module}.{name}")
    return list(dict.fromkeys(found))


def unimportable(reference: str) -> str | None:
    """Why ``module.qualname`` cannot be resolved here, or None if it can."""
    # Pickle writes "module qualname"; qualname may itself be dotted, so walk down.
    parts = reference.split(".")
    for split in range(len(parts) - 1, 0, -1):
        module_name, attrs = ".".join(parts[:split]), parts[split:]
        try:
            obj = importlib.import_module(module_name)
        except ImportError:
            continue
        for attr in attrs:
            if not hasattr(obj, attr):
                return f"module {module_name!r} has no attribute {'.'.join(attrs)!r}"
            obj = getattr(obj, attr)
        return None
    return f"no module named {parts[0]!r}"


@register
class WholePickle(Format):
    name = "pickle"
    needs_code = True
    needs_trust = True
    keeps_uncarried_state = True
    snippet = (
        "# the whole-module pickle round trip\n"
        "torch.save(model, 'model.pt')\n"
        "loaded = torch.load('model.pt', weights_only=False)  # explicit: runs pickled code\n"
        "torch.load('model.pt')  # the default arguments (weights_only=True since torch 2.6)"
    )

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(trained.model, directory / FILE)

    def load(self, case: Case, directory: Path) -> Runner:
        path = directory / FILE
        try:
            module = torch.load(path, map_location="cpu", weights_only=False)
        except (ImportError, AttributeError) as exc:
            missing = [(ref, why) for ref in pickled_globals(path) if (why := unimportable(ref))]
            if not missing:
                raise
            names = "; ".join(f"class {ref} cannot be imported ({why})" for ref, why in missing)
            raise ArtifactLoadError(
                f"{path}: {names}. A whole-module pickle needs its classes importable under "
                "the same names; ship a state_dict with code that rebuilds the model instead"
            ) from exc
        if not isinstance(module, nn.Module):
            raise ArtifactLoadError(f"{path}: unpickled a {type(module).__name__}, not an nn.Module")
        return module_runner(module)

    def extra_checks(self):
        return {"default_load": default_load}


def default_load(directory: Path) -> str:
    """Load with this torch's *default* ``torch.load`` arguments, as a user's old code would.
    Refused (the default is weights-only from 2.6), the error lists every global the file
    needs allowlisted — a pickled module names each of its classes, which the upgrade plan
    shows as the change to make."""
    return load_by_default(directory / FILE, "the pickled module")
