"""Where a finding shows, in words: the simplest rule over the run's torch versions that names
exactly its failing pairs ("whenever the loader is ≥ 2.6.0"), and version lists as ranges."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .summary import version_key


def ordered(versions: Iterable[str]) -> list[str]:
    return sorted(set(versions), key=version_key)


def span(versions: Sequence[str], within: Sequence[str]) -> str:
    """Versions as ranges of the run's release order: "2.1…2.5, 2.13" (a run of three or more
    consecutive tested versions as A…B), "all" when it is every version of the run."""
    if not versions:
        return "none"
    if list(versions) == list(within) and len(within) > 1:
        return "all"
    index = {v: i for i, v in enumerate(within)}
    runs: list[list[str]] = []
    for version in sorted(versions, key=lambda v: index[v]):
        if runs and index[version] == index[runs[-1][-1]] + 1:
            runs[-1].append(version)
        else:
            runs.append([version])
    return ", ".join(f"{r[0]}…{r[-1]}" if len(r) >= 3 else ", ".join(r) for r in runs)


def _code(label: str) -> str:
    """The local label of an environment: the git ref of its team code ("" the working tree)."""
    return label.partition("+")[2]


def where(failing: Iterable[tuple[str, str]], applicable: Iterable[tuple[str, str]], versions: Sequence[str]) -> str:
    """Since which version / in which direction a set of failing pairs shows, among the pairs
    where the check compared anything: the simplest rule that names exactly those pairs."""
    bad, seen = set(failing), set(applicable) | set(failing)
    rank = {v: i for i, v in enumerate(versions)}
    if bad == seen:
        return "in every pair" if len(seen) > 1 else "in the one pair run"
    rules: list[tuple[str, Any]] = [
        ("within one version only (every cross-version pair passes)", lambda s, lo: s == lo),
        ("across versions only (within one version it passes)", lambda s, lo: s != lo),
        ("whenever the loader is older than the saver (new → old)", lambda s, lo: rank[lo] < rank[s]),
        ("whenever the loader is newer than the saver (old → new)", lambda s, lo: rank[lo] > rank[s]),
    ]
    codes = sorted({_code(v) for v in versions})
    if len(codes) > 1 and not any(c.startswith("numpy") for c in codes):  # the team's code is an axis
        rules += [("whenever the saving and the loading code differ (the same code passes)",
                   lambda s, lo: _code(s) != _code(lo))]
        rules += [(f"when saved with the code of {code or 'the working tree'} and loaded with other code",
                   lambda s, lo, c=code: _code(s) == c != _code(lo)) for code in codes]
        rules += [(f"when loaded with the code of {code or 'the working tree'} from other code",
                   lambda s, lo, c=code: _code(lo) == c != _code(s)) for code in codes]
    torch = [v.partition("+")[0] for v in versions]  # thresholds are torch's, whatever the code
    firsts = [v for i, v in enumerate(versions) if i and torch[i] != torch[i - 1]]
    lasts = [v for i, v in enumerate(versions[:-1]) if torch[i] != torch[i + 1]]
    for version in firsts:
        shown = version.partition("+")[0]
        rules += [(f"whenever the loader is ≥ {shown}", lambda s, lo, v=version: rank[lo] >= rank[v]),
                  (f"whenever the saver is ≥ {shown}", lambda s, lo, v=version: rank[s] >= rank[v]),
                  (f"when saved in ≥ {shown} and loaded in an older torch",
                   lambda s, lo, v=version: rank[s] >= rank[v] and rank[lo] < rank[s]),
                  (f"when saved before {shown} and loaded in ≥ {shown}",
                   lambda s, lo, v=version: rank[s] < rank[v] <= rank[lo])]
    for version in lasts:
        shown = version.partition("+")[0]
        rules += [(f"whenever the loader is ≤ {shown}", lambda s, lo, v=version: rank[lo] <= rank[v]),
                  (f"whenever the saver is ≤ {shown}", lambda s, lo, v=version: rank[s] <= rank[v])]
    for version in versions:
        rules += [(f"whenever the saver is {version}", lambda s, lo, v=version: s == v),
                  (f"whenever the loader is {version}", lambda s, lo, v=version: lo == v)]
    for words, rule in rules:
        if {p for p in seen if rule(*p)} == bad:
            return words
    saved = ordered(s for s, _ in bad)
    loaded = ordered(lo for _, lo in bad)
    if {p for p in seen if p[0] in saved and p[1] in loaded} == bad:
        return f"when saved in {span(saved, versions)} and loaded in {span(loaded, versions)}"
    return (f"in {len(bad)} of {len(seen)} pairs: saved in {span(saved, versions)}, "
            f"loaded in {span(loaded, versions)}")
