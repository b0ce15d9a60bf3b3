"""The libraries a team's models come from, and whether an environment's packages hold together.

A finding must not blame torch for what transformers changed, so an environment's
fingerprint records the version of every distribution the models' code comes from. They are
found from the factories' imports — read from the factory modules' source, following the
team's own package, never by importing (the supervisor imports neither torch nor the
team's code) — not from a fixed list. Nothing here imports torch.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Iterable, Mapping

from .errors import HarnessError

#: Distributions the fingerprint records anyway (torch, NumPy, harness, …): not "libraries".
_OWN = {"torch", "numpy", "harness", "onnx", "onnxruntime", "onnxscript", "safetensors", "protobuf"}
#: How many modules of a team's package are read, at most, to find what it imports.
MODULES_READ = 200
_DIST_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class LibraryConflict(HarnessError, RuntimeError):
    """An environment's packages do not satisfy what harness or a team's library requires."""


def _scope(tree: ast.Module, function: str | None) -> list[ast.AST]:
    """What of a module a factory runs: its module-level statements and, when the factory is
    named, that function's body — not the other factories of the same module."""
    if function is None:
        return [tree]
    kept: list[ast.AST] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name != function:
            continue
        kept.append(node)
    return kept


def _imports(path: Path, package: str, function: str | None = None) -> set[str]:
    """Absolute names a module's source imports (relative ones resolved within ``package``);
    with ``function``, only those its module level and that function import."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return set()
    found = set()
    for node in (n for scope in _scope(tree, function) for n in ast.walk(scope)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: max(1, len(package.split(".")) - node.level + 1)]
                found.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                found.add(node.module)
    return found


def _source(module: str) -> tuple[Path, str] | None:
    """Where a module's source is and the package it belongs to, found without importing it
    (a parent package's ``__init__`` is not run: only its spec is looked up by path)."""
    parts = module.split(".")
    try:
        spec = importlib.util.find_spec(parts[0])
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if len(parts) == 1:
        origin = spec.origin
    else:
        folders = list(spec.submodule_search_locations or [])
        origin = None
        for folder in folders:
            base = Path(folder).joinpath(*parts[1:])
            for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                if candidate.is_file():
                    origin = str(candidate)
                    break
            if origin:
                break
    if not origin or not origin.endswith(".py"):
        return None
    path = Path(origin)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0] or module
    return path, package


def imported_tops(factories: Iterable[str]) -> set[str]:
    """Top-level packages the factories' modules import, following imports inside the team's
    own top-level packages (bounded), without running any of it."""
    own = {reference.partition(":")[0].split(".")[0] for reference in factories}
    todo: list[tuple[str, str | None]] = [(ref.partition(":")[0], ref.partition(":")[2] or None) for ref in factories]
    seen: set[tuple[str, str | None]] = set()
    tops: set[str] = set()
    while todo and len(seen) < MODULES_READ:
        module, function = todo.pop()
        if (module, function) in seen:
            continue
        seen.add((module, function))
        found = _source(module)
        if found is None:
            continue
        for name in _imports(*found, function):
            top = name.split(".")[0]
            if top in own:
                todo.append((name, None))
            elif top not in sys.stdlib_module_names:
                tops.add(top)
    return tops | own


def installed(names: Iterable[str]) -> dict[str, str | None]:
    """Distribution name → its version here (None: not installed)."""
    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except (metadata.PackageNotFoundError, ValueError):
            out[name] = None
    return out


def factory_libraries(factories: Iterable[str]) -> dict[str, str | None]:
    """The distributions the team's models come from, with their versions in this environment."""
    factories = list(factories)
    if not factories:
        return {}
    by_top = metadata.packages_distributions()
    names = sorted({dist for top in imported_tops(factories) for dist in by_top.get(top, ())
                    if dist.lower().replace("_", "-") not in _OWN})
    return installed(names)


def valid_names(value: object) -> list[str]:
    """The distribution names an untrusted ``libraries`` mapping holds (others dropped)."""
    if not isinstance(value, Mapping):
        return []
    return [name for name in value if isinstance(name, str) and _DIST_NAME.fullmatch(name)][:100]


def _requirements(owner: str) -> tuple[str, list]:
    """A distribution's version and its unconditional requirements (none when not installed)."""
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        dist = metadata.distribution(owner)
    except metadata.PackageNotFoundError:
        return "", []
    found = []
    for text in dist.requires or ():
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            found.append(requirement)
    return dist.version, found


def check_environment(libraries: Iterable[str] = ()) -> list[str]:
    """One line per requirement of harness, or of a team's library, that this environment's
    packages do not satisfy — with every other owner's requirement on that package, so the
    line names the library that moved it — found before anything runs, not as broken
    imports later."""
    from packaging.version import InvalidVersion

    owners = {owner: _requirements(owner) for owner in dict.fromkeys(["harness", *libraries])}
    problems = []
    for owner, (version, requirements) in owners.items():
        for requirement in requirements:
            try:
                have = metadata.version(requirement.name)
            except metadata.PackageNotFoundError:
                problems.append(f"{owner} {version} needs {requirement}, which is not installed")
                continue
            try:
                ok = requirement.specifier.contains(have, prereleases=True)
            except InvalidVersion:
                ok = True
            if ok:
                continue
            others = [f"{other} {v} needs {r}" for other, (v, rs) in owners.items() if other != owner
                      for r in rs if package_key(r.name) == package_key(requirement.name)]
            problems.append(f"{owner} {version} needs {requirement}, but {requirement.name} {have} is installed"
                            + (f" ({'; '.join(others)})" if others else ""))
    return problems


def package_key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
