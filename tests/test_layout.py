"""The package's shape: no import cycle, no module over 400 lines, and a layout section in the
manual (docs/architecture.md) that names every module there is and none that is not."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "harness"
LONGEST = 400


def imports_of(package: Path) -> dict[str, set[str]]:
    """Module → the modules of ``package`` it imports, counting every import statement in it
    (inside functions too: a late import is still a dependency)."""
    modules = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    graph = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = here.split(".")[: len(here.split(".")) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                found |= {f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or around a loop."""
    reach = {name: set() for name in graph}
    for start in graph:
        todo = list(graph[start])
        while todo:
            module = todo.pop()
            if module not in reach[start]:
                reach[start].add(module)
                todo.extend(graph[module])
    groups = {frozenset(m for m in graph if m in reach[name] and name in reach[m]) for name in graph}
    return sorted(sorted(group) for group in groups if group)


def test_no_import_cycle_in_harness() -> None:
    assert cycles(imports_of(PACKAGE)) == []


def packages_of(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The import graph between the top-level packages (``harness.model``, ``harness.train``,
    …; a top-level module is its own node): the layout is a pipeline, each stage using the
    ones before it, so no two packages may need each other."""
    def package(module: str) -> str:
        return ".".join(module.split(".")[:2])

    out: dict[str, set[str]] = {}
    for module, imported in graph.items():
        out.setdefault(package(module), set()).update(package(m) for m in imported if package(m) != package(module))
    return out


def test_no_import_cycle_between_packages() -> None:
    assert cycles(packages_of(imports_of(PACKAGE))) == []


def test_the_package_check_finds_a_cycle_between_packages(tmp_path: Path) -> None:
    """Modules of two packages that need each other, without a cycle between the modules."""
    package = tmp_path / "pkg"
    for sub in ("model", "train"):
        (package / sub).mkdir(parents=True)
        (package / sub / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "model" / "strategies.py").write_text("from ..train import optimizers\n")
    (package / "train" / "optimizers.py").write_text("")
    (package / "train" / "loop.py").write_text("from ..model import build\n")
    (package / "model" / "build.py").write_text("")
    graph = imports_of(package)
    assert cycles(graph) == []
    assert cycles(packages_of(graph)) == [["pkg.model", "pkg.train"]]


def test_the_cycle_check_finds_a_late_import_cycle(tmp_path: Path) -> None:
    """The check above can fail: a cycle closed by an import inside a function is found."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from .b import f\n")
    (package / "a.py").write_text("from .sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from ..a import g\n")
    (package / "c.py").write_text("from . import a\n")
    assert cycles(imports_of(package)) == [["pkg.a", "pkg.sub.b"]]


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py")))
def test_no_module_is_over_400_lines(path: str) -> None:
    lines = (ROOT / path).read_text(encoding="utf-8").count("\n")
    assert lines <= LONGEST, f"{path} has {lines} lines; split it by what its parts are for"


def layout_section() -> list[str]:
    """The code block of the manual's "How the code is laid out" page (docs/architecture.md)."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("# How the code is laid out", 1)[1].split("\n## ", 1)[0]
    return section.split("```", 2)[1].splitlines()


def modules_named(lines: list[str]) -> set[str]:
    """``harness/…`` paths the layout names: a line ``  name.py  …`` names a top-level module,
    a line ``  pkg/  …`` (and the deeper-indented lines after it) the ``*.py`` names in it."""
    named, package = set(), ""
    for line in lines:
        entry = re.match(r"^  (\S+)\s", line + " ")
        if entry and not line.startswith("   "):
            head = entry.group(1)
            package = head if head.endswith("/") else ""
            if head.endswith(".py"):
                named.add(head)
                continue
            line = line[entry.end():]
        if package:
            named |= {package + name for name in re.findall(r"\b([\w/]+\.py)\b", line) if name != "__init__.py"}
    return named


def test_the_readme_layout_names_every_module_and_no_other() -> None:
    there = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}
    named = modules_named(layout_section())
    assert named - there == set(), "docs/architecture.md names modules that do not exist"
    assert there - named == set(), "modules docs/architecture.md's layout does not name"
