"""Does a finding line up with a library's version change rather than torch's?

Each torch environment gets the team's libraries (transformers, torchvision, timm, …) at
versions that work with that torch, and the fingerprint of each side of a record lists them
(``saved["libraries"]``, ``loaded["libraries"]``: distribution → version, null where it is not
installed). A failure that appears when transformers goes from 4 to 5 therefore appears
exactly where torch goes from 2.4 to 2.6 too, and a report that says only "when saved before
2.6.0 and loaded in ≥ 2.6.0" blames torch for it. So, per finding, from the run's own
evidence — the pairs where it fails and the pairs where its check compared and it did not:

- a library *changes with* the finding when its version differs between the saving and the
  loading side in every failing pair;
- it *lines up* with the finding when, moreover, no pair where the finding does not show has
  one of the same transitions (saved version → loaded version). A pair 4.44 → 4.57 that
  passes says nothing about 4.57 → 5.25; a pair 4.57 → 5.25 that passes clears the library,
  and so does a failing pair where it does not change (then it changes in no "every");
- torch lines up likewise: it changes in every failing pair, and no passing pair of a model
  that comes from the same libraries has the same saved and loaded torch (a record names its
  own model's libraries, ``source.libraries``: resnet18 passing across a torch change clears
  nothing about a transformers model).

When a library lines up and torch does too, the run cannot tell them apart (in an ordinary
run each torch has its own library versions, so this is the usual case): the finding names
both — never torch alone. When a library lines up and torch does not (the same torch on
both sides of a failing pair, or one torch pair that both fails and passes as its library
differs), the library is the cause. When no library lines up, the finding reads as it
always did. Records without ``libraries`` (older results, generated models) change nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .summary import version_key

#: One side's libraries, as sorted (distribution, version or None) items.
Libraries = tuple[tuple[str, "str | None"], ...]
#: A pair as the view keys its grids (saved-in label, loaded-in label) plus each side's libraries.
EnvPair = tuple[str, str, Libraries, Libraries]
#: A version on one side whose library list does not name the distribution: unknown, not absent.
_UNKNOWN = object()


def libraries_of(env: Mapping[str, Any]) -> Libraries:
    """The fingerprint's ``libraries`` as sorted items (empty when it has none)."""
    found = env.get("libraries") if isinstance(env, Mapping) else None
    if not isinstance(found, Mapping):
        return ()
    return tuple(sorted((str(name), None if version is None else str(version)) for name, version in found.items()))


#: The pseudo-library a record's team code stands as, when either side came from a git ref.
CODE = "team code"
WORKING_TREE = "working tree"


def code_of(env: Mapping[str, Any]) -> str | None:
    """The git ref a side's team code came from (None: the repository as it is)."""
    code = env.get("code") if isinstance(env, Mapping) else None
    return str(code["ref"])[:60] if isinstance(code, Mapping) and isinstance(code.get("ref"), str) else None


def env_pair(record: Mapping[str, Any], saved: str, loaded: str) -> EnvPair:
    """The pair with each side's libraries — only those the record's own model comes from, when
    its case names them (``source.libraries``): resnet18's finding is not set beside
    transformers' change. The team's own code is one more of them when either side came from
    a git ref (:mod:`harness.code_refs`), so a finding lines up with a code change exactly as
    with a library's."""
    own = record.get("source", {}).get("libraries") if isinstance(record.get("source"), Mapping) else None
    sides = libraries_of(record["saved"]), libraries_of(record["loaded"])
    if isinstance(own, list):
        sides = tuple(tuple(item for item in side if item[0] in own) for side in sides)
    codes = code_of(record["saved"]), code_of(record["loaded"])
    if any(codes):
        sides = tuple(tuple(sorted((*side, (CODE, code or WORKING_TREE)))) for side, code in zip(sides, codes))
    return saved, loaded, sides[0], sides[1]


def changed(saved: Libraries, loaded: Libraries) -> dict[str, tuple[str | None, str | None]]:
    """Distribution → (saved, loaded) version, for those both sides name with different versions."""
    before, after = dict(saved), dict(loaded)
    return {name: (before[name], after[name]) for name in sorted(before.keys() & after.keys())
            if before[name] != after[name]}


@dataclass(frozen=True)
class Attribution:
    kind: str | None                                    # "library", "torch and library", None: no library lines up
    changes: dict[str, list[tuple[str | None, str | None]]]  # library changing in every failing pair → its transitions
    causes: tuple[str, ...]                             # those of them that line up with the finding
    torch: list[tuple[str, str]]                        # torch's (saved, loaded) in the failing pairs
    saving: bool = False                                # a save failure: the saving side's versions are compared

    def names(self) -> list[str]:
        """Who the finding is attributed to: ["torch", "transformers"], ["transformers"], []."""
        if not self.kind:
            return []
        return (["torch"] if self.kind == "torch and library" else []) + list(self.causes)


def attribute(failing: Iterable[EnvPair], compared: Iterable[EnvPair]) -> Attribution:
    """What the pairs of a finding line up with (see the module's docstring)."""
    failing = set(failing)
    passing = set(compared) - failing
    torch = sorted({(p[0], p[1]) for p in failing}, key=lambda t: (version_key(t[0]), version_key(t[1])))
    common: set[str] | None = None
    for pair in failing:
        names = set(changed(pair[2], pair[3]))
        common = names if common is None else common & names
    changes, causes = {}, []
    for name in sorted(common or ()):
        steps = {_step(pair, name) for pair in failing}
        changes[name] = sorted(steps, key=lambda s: (_key(s[0]), _key(s[1])))
        if not steps & {_step(pair, name) for pair in passing}:
            causes.append(name)
    if not causes:
        return Attribution(None, changes, (), torch)
    # A passing pair clears torch only where the model comes from the same libraries: that
    # resnet18 crosses 2.4 → 2.13 says nothing of how a transformers model does.
    relevant = {(p[0], p[1]) for p in passing if all(name in dict(p[2]) for name in causes)}
    torch_lines_up = all(_torch(s) != _torch(lo) for s, lo in torch) and not set(torch) & relevant
    return Attribution("torch and library" if torch_lines_up else "library", changes, tuple(causes), torch)


def attribute_saving(failing: Iterable[EnvPair], compared: Iterable[EnvPair]) -> Attribution:
    """A save failure happens in the saving environment alone, so its evidence is the saving
    sides: a library lines up when the versions it fails to save with are none of the versions
    that saved (for a model of the same libraries); torch likewise. "whenever the saver is ≥
    2.13" must not read as torch's doing when transformers went to 5 in that environment."""
    failing = set(failing)
    bad = {(p[0], p[2]) for p in failing}
    good = {(p[0], p[2]) for p in set(compared) - failing if p[0] not in {b[0] for b in bad}}
    torch = sorted({(p[0], p[0]) for p in failing}, key=lambda t: version_key(t[0]))
    common = set.intersection(*(set(dict(libs)) for _, libs in bad)) if bad else set()
    changes, causes = {}, []
    for name in sorted(common):
        failed = {dict(libs)[name] for _, libs in bad}
        saved = {dict(libs)[name] for _, libs in good if name in dict(libs)}
        if saved and not failed & saved:
            changes[name] = sorted(((s, f) for s in saved for f in failed), key=lambda t: (_key(t[0]), _key(t[1])))
            causes.append(name)
    if not causes:
        return Attribution(None, {}, (), torch, saving=True)
    relevant = {label for label, libs in good if all(name in dict(libs) for name in causes)}
    torch_lines_up = not {_torch(label) for label, _ in bad} & {_torch(label) for label in relevant}
    return Attribution("torch and library" if torch_lines_up else "library", changes, tuple(causes), torch,
                       saving=True)


def finding_attribution(view: Any, found: Any) -> Attribution:
    """:func:`attribute` for a finding of a :class:`~harness.report.view.View`: its failing
    pairs against every pair where its check compared anything, in any of its formats (for a
    save failure, :func:`attribute_saving`)."""
    compared = set().union(*(view.compared_envs.get((fmt, found.check), ()) for fmt in found.formats))
    if set(found.statuses) == {"save_error"}:
        return attribute_saving(found.envs, compared)
    return attribute(found.envs, compared)


def note(attribution: Attribution) -> str:
    """The words a finding's line ends with ("" when no library lines up)."""
    if not attribution.kind:
        return ""
    libs = _and([f"{name} {steps_text(attribution.changes[name])}" for name in attribution.causes])
    if attribution.saving:
        torch = ", ".join(dict.fromkeys(saved for saved, _ in attribution.torch))
        who = f"{libs} (the versions it saves with → fails with)"
        if attribution.kind == "library":
            return f"caused by {who}, not torch: the same torch saves it with the other version"
        return f"fails to save only with torch {torch} and {who} together: the run cannot tell which one causes it"
    if attribution.kind == "library":
        changes = "it changes" if len(attribution.causes) == 1 else "they change"
        return f"caused by {libs}, not torch: {changes} in exactly these pairs and torch does not line up with them"
    return (f"torch {steps_text(attribution.torch)} and {libs} change together in these pairs: "
            "the run cannot tell which one causes it")


def as_json(attribution: Attribution) -> dict[str, Any]:
    """The fields ``compat.json`` keeps per finding."""
    return {"attribution": attribution.kind, "attributed_to": attribution.names(),
            "libraries_changed": [{"name": name, "saved": saved, "loaded": loaded}
                                  for name, steps in attribution.changes.items() for saved, loaded in steps]}


def change_text(record: Mapping[str, Any]) -> str:
    """A record's library changes, for a gate line: "transformers 4.57.6 → 5.25.0" ("" if none)."""
    _, _, saved, loaded = env_pair({**record, "source": None}, "", "")
    return ", ".join(f"{name} {_v(s)} → {_v(lo)}" for name, (s, lo) in changed(saved, loaded).items())


def steps_text(steps: Iterable[tuple[str | None, str | None]]) -> str:
    """Transitions, saving versions with the same loading versions grouped: "4.44.2, 4.57.6 →
    5.25.0; 5.25.0 → 4.57.6"."""
    targets: dict[str | None, set[str | None]] = {}
    for saved, loaded in steps:
        targets.setdefault(saved, set()).add(loaded)
    groups: dict[tuple, list[str | None]] = {}
    for saved in sorted(targets, key=_key):
        groups.setdefault(tuple(sorted(targets[saved], key=_key)), []).append(saved)
    return "; ".join(f"{', '.join(map(_v, savers))} → {', '.join(map(_v, loaders))}" for loaders, savers in groups.items())


def environment_libraries(environments: Mapping[str, Iterable[Libraries]]) -> dict[str, dict[str, list[str | None]]]:
    """Environment label → distribution → the versions its records name (usually one; null:
    not installed), for the labels whose records list libraries at all."""
    out: dict[str, dict[str, list[str | None]]] = {}
    for label in sorted(environments, key=version_key):
        versions: dict[str, set[str | None]] = {}
        for libraries in environments[label]:
            for name, version in libraries:
                versions.setdefault(name, set()).add(version)
        if versions:
            out[label] = {name: sorted(found, key=_key) for name, found in sorted(versions.items())}
    return out


def environments_text(libraries: Mapping[str, Mapping[str, list[str | None]]]) -> str:
    """"2.4.1: torchvision 0.19.1, transformers 4.57.6; 2.6.0: …" ("" when no record lists libraries)."""
    return "; ".join(f"{label}: " + ", ".join(f"{name} {' / '.join(map(_v, versions))}"
                                              for name, versions in per.items())
                     for label, per in libraries.items())


def _step(pair: EnvPair, name: str) -> tuple[Any, Any]:
    return dict(pair[2]).get(name, _UNKNOWN), dict(pair[3]).get(name, _UNKNOWN)


def _torch(label: str) -> str:
    return label.split("+", 1)[0]


def _key(version: Any) -> tuple:
    return (0,) if not isinstance(version, str) else (1, version_key(version), version)


def _v(version: Any) -> str:
    return version if isinstance(version, str) else "not installed"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
