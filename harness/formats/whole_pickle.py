"""``pickle``: the whole module via ``torch.save(model)``.

Loading it unpickles arbitrary classes, so it runs only with the user's consent,
needs every pickled class importable under the same qualified name, and since
torch 2.6 is refused by a plain ``torch.load`` (``weights_only`` became the
default). The ``default_load`` check records that last fact on its own.
"""

from __future__ import annotations

import _compat_pickle
import ast
import importlib
import importlib.util
import os
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


#: Python files read when looking for where a class went (a bound on a team's tree).
SEARCHED_FILES = 3000


def _code_roots() -> list[Path]:
    """The folders the team's code imports from: ``PYTHONPATH`` (a ref's tree, the repository),
    never site-packages or the standard library."""
    here = Path(__file__).resolve().parents[2]
    roots = [Path(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return [r for r in roots if r.is_dir() and r.resolve() != here]


def moved_to(reference: str) -> list[str]:
    """Where a class named like ``reference``'s last part is defined now, as ``module.Class``,
    found by reading (never importing) the team's Python files."""
    name = reference.rsplit(".", 1)[-1]
    found: list[str] = []
    seen = 0
    for root in _code_roots():
        for path in sorted(root.rglob("*.py")):
            seen += 1
            if seen > SEARCHED_FILES:
                return found
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
                continue
            if any(isinstance(node, ast.ClassDef) and node.name == name for node in tree.body):
                parts = list(path.relative_to(root).with_suffix("").parts)
                if parts[-1] == "__init__":
                    parts.pop()
                if parts and all(p.isidentifier() for p in parts):
                    found.append(".".join([*parts, name]))
    return [f for f in dict.fromkeys(found) if f != reference]


def moved_text(reference: str) -> str:
    """ ": it moved to …, and the line that loads the file anyway" ("" when nowhere)."""
    places = moved_to(reference)
    if len(places) != 1:
        return f": a class of that name is defined in {', '.join(places)}" if places else ""
    old_module, new = reference.rsplit(".", 1)[0], places[0]
    new_module = new.rsplit(".", 1)[0]
    try:
        gone = importlib.util.find_spec(old_module) is None
    except (ImportError, ValueError):
        gone = True
    if gone:
        fix = f"import sys, {new_module}; sys.modules[{old_module!r}] = {new_module}"
    else:
        fix = f"import {old_module}, {new_module}; {reference} = {new}"
    return f": the class moved to {new} (before torch.load: `{fix}`)"


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
            names = "; ".join(f"class {ref} cannot be imported ({why}){moved_text(ref)}" for ref, why in missing)
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
