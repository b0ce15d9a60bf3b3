"""Baseline entries that cover too much.

A baseline is human-edited and travels between teams, so the gate checks this about each
entry beyond its types (:mod:`harness.report.gate`):

* **Breadth.** An entry "matches every failure" whatever way it is written: ``format = "*"``
  and ``format = "[a-z]*"`` match every format harness knows just the same, and
  ``saved = ">=0"`` every torch release just as an empty range does. So breadth is judged by
  what a field matches — every known format, check and status name, every released torch
  version (the version table's minors, patch releases .0 to .3) — not by how it is spelled.
* **Time** is not judged here: ``message`` patterns are matched by RE2, in time linear in
  the message whatever the pattern (:mod:`harness.report.patterns`).
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase
from functools import lru_cache

from packaging.specifiers import SpecifierSet
from packaging.version import Version

#: Patch releases assumed of each torch minor when asking whether a range admits every release.
PATCHES = range(4)


def matches_all(pattern: str, names: Iterable[str] | None) -> bool:
    """Does the shell-style ``pattern`` match every one of ``names``? With no list of names to
    judge by (the formats cannot be imported here), only a pattern of ``*`` alone does."""
    if set(pattern) == {"*"}:
        return True
    return names is not None and all(fnmatchcase(name, pattern) for name in names)


def every_release(specifiers: str) -> bool:
    """Does every released torch version fall in this PEP 440 range (empty: any version)?"""
    if not specifiers:
        return True
    releases = _releases()
    return bool(releases) and all(version in SpecifierSet(specifiers) for version in releases)


@lru_cache(maxsize=1)
def _releases() -> tuple[Version, ...]:
    from ..versions import VersionTableError, torch_envs
    try:
        minors = [env.version for env in torch_envs()]
    except VersionTableError:
        return ()
    return tuple(Version(f"{minor}.{patch}") for minor in minors for patch in PATCHES)


@lru_cache(maxsize=1)
def known_formats() -> tuple[str, ...] | None:
    """Every registered format's name (None: the formats, which need torch, cannot be imported)."""
    try:
        from ..formats import FORMATS
    except ImportError:
        return None
    return tuple(FORMATS.names())


@lru_cache(maxsize=1)
def known_checks() -> tuple[str, ...] | None:
    """Every check any registered format's cells hold (``output``, ``resume`` and each format's
    extra checks), or None when the formats cannot be imported."""
    try:
        from ..formats import FORMATS
    except ImportError:
        return None
    names = {"output", "resume"}
    for name in FORMATS.names():
        names.update(FORMATS.get(name).extra_checks())
    return tuple(sorted(names))
