"""Which torch can read this file: each probed file's records across environments, turned
into its version window, its content check and the gate's view of it.

Plain data, no torch. Environments are ordered by their torch version (the report label,
NumPy variant included); a window is said over the environments probed, so "2.1–2.4"
means every probed environment from 2.1 to 2.4, not releases nobody tried.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..artifacts.manifest import environment_label
from ..report.summary import version_key
from ..verify.tolerance import TIERS

#: A load that did not work: the statuses that count as "does not load" in a window.
FAILED = ("load_error", "crash", "timeout", "forward_error", "mismatch")
DEFAULT = "torch.load"


@dataclass
class FileWindow:
    """One file across the environments that probed it."""

    label: str
    sha256: str
    kind: str
    envs: list[str]                                   # environment labels, oldest first
    cells: dict[str, dict[str, Mapping[str, Any]]]    # load → env label → record
    lines: list[str] = field(default_factory=list)    # one per load: where it loads and where not
    headline: str = ""                                # the window in one sentence
    advice: str = ""                                  # what to change, where a load needs it
    content: dict[str, str] = field(default_factory=dict)  # env label → "same" / what differs
    outputs: dict[str, str] = field(default_factory=dict)  # env label → the outputs against the reference
    loads_in: list[str] = field(default_factory=list)
    fails_in: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.label, "sha256": self.sha256, "kind": self.kind, "environments": self.envs,
                "headline": self.headline, "advice": self.advice, "lines": self.lines,
                "loads_in": self.loads_in, "fails_in": self.fails_in, "content": self.content,
                "outputs": self.outputs,
                "loads": {name: {env: {k: cell.get(k) for k in ("status", "message", "seconds", "limitation", "needs")}
                                 for env, cell in by_env.items()} for name, by_env in self.cells.items()}}


def short(label: str) -> str:
    """``2.4.1`` → ``2.4``; a NumPy variant keeps its NumPy: ``2.4+numpy1.25``."""
    torch, _, rest = label.partition("+")
    minor = ".".join(torch.split(".")[:2])
    numpy = rest.replace("numpy", "")
    return f"{minor}+numpy{'.'.join(numpy.split('.')[:2])}" if rest.startswith("numpy") else minor


def span(labels: Sequence[str], order: Sequence[str]) -> str:
    """The labels as runs over ``order``: "2.1–2.4, 2.13"."""
    wanted = set(labels)
    runs: list[list[str]] = []
    previous = False
    for label in order:
        if label in wanted:
            if previous:
                runs[-1].append(label)
            else:
                runs.append([label])
        previous = label in wanted
    return ", ".join(short(r[0]) if len(r) == 1 else f"{short(r[0])}–{short(r[-1])}" for r in runs)


def windows(records: Sequence[Mapping[str, Any]]) -> list[FileWindow]:
    """One window per probed file (same path and content), in the order first seen."""
    files: dict[tuple[str, str], FileWindow] = {}
    for record in records:
        key = (str(record["file"]), str(record["sha256"]))
        env = environment_label(record["loaded"])
        window = files.setdefault(key, FileWindow(key[0], key[1], str(record.get("kind")), [], {}))
        if env not in window.envs:
            window.envs.append(env)
        window.cells.setdefault(str(record["method"]), {})[env] = record
    for window in files.values():
        window.envs.sort(key=version_key)
        _describe(window)
    return list(files.values())


def _describe(window: FileWindow) -> None:
    order = window.envs
    for name, by_env in window.cells.items():
        passed = [e for e in order if by_env.get(e, {}).get("status") == "pass"]
        failed = [e for e in order if by_env.get(e, {}).get("status") in FAILED]
        skipped = [e for e in order if by_env.get(e, {}).get("status") == "unsupported"]
        verb = "runs" if name == "outputs" else "loads"
        parts = [f"{verb} in {span(passed, order)}"] if passed else []
        if failed:
            first = by_env[failed[0]]
            parts.append(f"fails in {span(failed, order)} ({first.get('status')}: {_brief(first.get('message'))})")
        if skipped:
            parts.append(f"not tried in {span(skipped, order)} ({_brief(by_env[skipped[0]].get('message'))})")
        window.lines.append(f"{name}: " + "; ".join(parts or ["no record"]))
    window.loads_in = [e for e in order if any(c.get(e, {}).get("status") == "pass" for c in window.cells.values())]
    window.fails_in = [e for e in order if e not in window.loads_in
                       and any(c.get(e, {}).get("status") in FAILED for c in window.cells.values())]
    _compare_contents(window)
    _compare_outputs(window)
    window.headline, window.advice = _headline(window)


def _brief(message: Any, limit: int = 160) -> str:
    text = " ".join(str(message or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _headline(window: FileWindow) -> tuple[str, str]:
    """The sentence a user reads first: where the default load works, and from where it needs
    something else (the allow-list that was verified, or weights_only=False)."""
    order = window.envs
    if not window.loads_in:
        tried = [e for e in order if any(c.get(e, {}).get("status") != "unsupported" for c in window.cells.values())]
        return (f"loads in none of {span(order, order)}" + ("" if tried else " (no load was tried: see the lines)"),
                "")
    default = window.cells.get(DEFAULT, {})
    tried = [e for e in order if default.get(e, {}).get("status") not in (None, "unsupported")]
    if not tried:
        name = next(n for n, c in window.cells.items() if any(c.get(e, {}).get("status") == "pass" for e in order))
        passed = [e for e in order if window.cells[name].get(e, {}).get("status") == "pass"]
        text = f"loads with {name} in {span(passed, order)}" + (
            f"; every load fails in {span(window.fails_in, order)}" if window.fails_in else "")
        if default:
            text += (f"; the default torch.load was not tried in {span(order, order)} (it would run the file's "
                     "pickle: --trust-pickles)")
        return text, ""
    plain = [e for e in order if default.get(e, {}).get("status") == "pass"]
    broken = [e for e in order if default.get(e, {}).get("status") in FAILED]
    unknown = [e for e in order if default.get(e, {}).get("status") == "unsupported"]
    parts = [f"loads with the default torch.load in {span(plain, order)}"] if plain else []
    if unknown:
        safe = [e for e in unknown if window.cells.get("weights_only=True", {}).get(e, {}).get("status") == "pass"]
        parts.append(f"the default torch.load was not tried in {span(unknown, order)} (it would run the file's "
                     "pickle: --trust-pickles)" + ("; loads with weights_only=True there" if len(safe) == len(unknown)
                                                   else f"; loads with weights_only=True in {span(safe, order)}"
                                                   if safe else ""))
    advice = ""
    if broken:
        allowed = window.cells.get("add_safe_globals", {})
        verified = [e for e in broken if allowed.get(e, {}).get("status") == "pass"]
        needs = next((default[e].get("needs") or allowed.get(e, {}).get("needs") for e in broken
                      if default[e].get("needs") or allowed.get(e, {}).get("needs")), None)
        first = short(broken[0])
        if needs and verified:
            advice = (f"from {first} needs torch.serialization.add_safe_globals([{', '.join(needs)}]) "
                      f"(verified in {span(verified, order)}) or weights_only=False")
        elif needs:
            why = _brief(next((allowed[e].get("message") for e in broken if e in allowed), ""), 200)
            advice = (f"from {first} needs torch.serialization.add_safe_globals([{', '.join(needs)}]) "
                      f"or weights_only=False (the allow-list: {why or 'not tried'})")
        else:
            advice = (f"the default torch.load fails in {span(broken, order)}: "
                      f"{_brief(default[broken[0]].get('message'))}")
        parts.append(advice)
    return "; ".join(parts), advice


def _compare_contents(window: FileWindow) -> None:
    """Every load that passed holds the same tensors (names, dtypes, shapes, bytes) as the
    first one of the oldest environment; where not, the first names that differ."""
    reference: Mapping[str, Any] | None = None
    where = ""
    for env in window.envs:
        for name, by_env in window.cells.items():
            contents = by_env.get(env, {}).get("contents") if by_env.get(env, {}).get("status") == "pass" else None
            if not isinstance(contents, dict):
                continue
            if reference is None:
                reference, where = contents, f"{name} in {short(env)}"
                window.content[env] = f"the reference ({where}: {contents.get('tensors')} tensors)"
                continue
            if contents.get("digest") == reference.get("digest"):
                window.content.setdefault(env, "same")
                continue
            window.content[env] = f"{name} differs from {where}: {_differences(reference, contents)}"


def _compare_outputs(window: FileWindow) -> None:
    """The outputs on the user's inputs against the oldest environment's, within the
    tolerance tier of each output's dtype (bit for bit where values were too many to keep)."""
    cells = window.cells.get("outputs", {})
    reference: list[Mapping[str, Any]] | None = None
    for env in window.envs:
        cell = cells.get(env, {})
        if cell.get("status") != "pass" or not isinstance(cell.get("outputs"), list):
            continue
        if reference is None:
            reference = cell["outputs"]
            window.outputs[env] = f"the reference ({len(reference)} outputs, {short(env)})"
            continue
        window.outputs[env] = _against(reference, cell["outputs"])


def _against(reference: Sequence[Mapping[str, Any]], got: Sequence[Mapping[str, Any]]) -> str:
    if len(reference) != len(got):
        return f"differs: {len(got)} outputs, the reference has {len(reference)}"
    worst = 0.0
    for index, (a, b) in enumerate(zip(reference, got)):
        if (a.get("dtype"), a.get("shape")) != (b.get("dtype"), b.get("shape")):
            return f"differs: output {index} is {b.get('dtype')} {b.get('shape')}, the reference {a.get('dtype')} {a.get('shape')}"
        if a.get("sha256") == b.get("sha256"):
            continue
        if a.get("values") is None or b.get("values") is None:
            return f"differs: output {index} is not bit for bit the reference (too large to compare by value)"
        rtol, atol = TIERS.get(str(a.get("dtype")), (0.0, 0.0))
        for x, y in zip(a["values"], b["values"]):
            if x != y and not (math.isnan(x) and math.isnan(y)):
                if math.isnan(x) or math.isnan(y) or abs(x - y) > atol + rtol * abs(x):
                    return f"differs: output {index} by {abs(x - y):.3g} (tolerance of {a.get('dtype')}: rtol {rtol:g}, atol {atol:g})"
                worst = max(worst, abs(x - y))
    return "same" if worst == 0 else f"same within tolerance (max abs diff {worst:.3g})"


def _differences(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    left, right = a.get("named") or {}, b.get("named") or {}
    if not left or not right:
        return f"{a.get('tensors')} tensors against {b.get('tensors')} (too many to name)"
    only_a = sorted(set(left) - set(right))
    only_b = sorted(set(right) - set(left))
    changed = sorted(k for k in set(left) & set(right) if left[k] != right[k])
    said = []
    if changed:
        said.append(f"{len(changed)} differ ({', '.join(changed[:3])})")
    if only_a:
        said.append(f"{len(only_a)} missing ({', '.join(only_a[:3])})")
    if only_b:
        said.append(f"{len(only_b)} extra ({', '.join(only_b[:3])})")
    return "; ".join(said) or "same tensors in another order"


def gate_records(found: Sequence[FileWindow]) -> list[dict[str, Any]]:
    """The probe's failures as the gate judges them (format ``probe``, check = the load):
    a load that worked in an environment and fails in a newer one, with ``saved`` the oldest
    environment where it loaded; and contents or outputs that differ from the reference."""
    out: list[dict[str, Any]] = []
    for window in found:
        for name, by_env in window.cells.items():
            first_pass: Mapping[str, Any] | None = None
            for env in window.envs:
                cell = by_env.get(env)
                if not cell:
                    continue
                if cell.get("status") == "pass" and first_pass is None:
                    first_pass = cell
                elif cell.get("status") in FAILED and first_pass is not None:
                    out.append(_gate_record(window, name, cell, first_pass["loaded"], str(cell.get("message"))))
        for check, said_by_env in (("content", window.content), ("outputs", window.outputs)):
            for env, said in said_by_env.items():
                if "differs" in said:
                    cell = next(c[env] for c in window.cells.values() if env in c)
                    out.append({**_gate_record(window, check, cell, cell["loaded"], said), "status": "mismatch"})
    return out


def _gate_record(window: FileWindow, check: str, cell: Mapping[str, Any], saved: Mapping[str, Any],
                 message: str) -> dict[str, Any]:
    return {"case": window.label, "format": "probe", "check": check, "status": cell.get("status"),
            "saved": dict(saved), "loaded": dict(cell["loaded"]), "message": f"{window.label}: {message}",
            "limitation": None, "artifacts": window.sha256}
