"""Baseline entries that cover too much, and message patterns that take too long.

A baseline is human-edited and travels between teams, so the gate checks two things about
each entry beyond its types (:mod:`harness.report.gate`):

* **Breadth.** An entry "matches every failure" whatever way it is written: ``format = "*"``
  and ``format = "[a-z]*"`` match every format harness knows just the same, and
  ``saved = ">=0"`` every torch release just as an empty range does. So breadth is judged by
  what a field matches — every known format, check and status name, every released torch
  version (the version table's minors, patch releases .0 to .3) — not by how it is spelled.
* **Time.** ``message`` is a regular expression searched in every failing record's message,
  and a results file is untrusted: a pattern that nests repeats (``(a+)+``, ``(a|aa)*``)
  backtracks exponentially on a message built for it and stalls the gate. Such a pattern is
  refused when the baseline is loaded (:func:`nested_repeat`), naming the entry; messages
  are not cut short, so an entry matches the whole message as its author expects.
"""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatchcase
from functools import lru_cache
from typing import Any

from packaging.specifiers import SpecifierSet
from packaging.version import Version

try:  # the parser of the re module: Python 3.11+ names it re._parser
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

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


def nested_repeat(pattern: str) -> bool:
    """Does the regular expression repeat something that itself repeats or alternates
    (``(a+)+``, ``(a*b?)*``, ``(a|aa)+``)? Those backtrack exponentially on a message that
    almost matches. A possessive repeat or an atomic group is never backtracked into, so only
    what is inside it is judged. Repeats one after another (``.*a.*b``) cost polynomial
    time, not exponential, and are allowed."""
    try:
        parsed = _sre_parse.parse(pattern)
    except (_sre.error, RecursionError, OverflowError):  # re.compile judged it already
        return False
    return _nests(parsed, False)


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
_NO_BACKTRACK = tuple(getattr(_sre, name) for name in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP") if hasattr(_sre, name))


def _nests(items: Any, repeated: bool) -> bool:
    for op, av in items:
        if op in _REPEATS:
            many = av[1] > 1
            if many and repeated:
                return True
            if _nests(av[2], repeated or many):
                return True
        elif op in _NO_BACKTRACK:  # given back as a whole or not at all: judged on its own
            if _nests(av[2] if isinstance(av, tuple) else av, False):
                return True
        elif op is _sre.BRANCH:
            if repeated or any(_nests(branch, repeated) for branch in av[1]):
                return True
        elif op is _sre.SUBPATTERN:
            if _nests(av[-1], repeated):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if _nests(av[1], repeated):
                return True
        elif op is _sre.GROUPREF_EXISTS and any(part is not None and _nests(part, repeated) for part in av[1:]):
            return True
    return False
