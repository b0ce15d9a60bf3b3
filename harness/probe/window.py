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
from ..verify.tolerance import TIERS
from ..versions import version_key
from .headline import DEFAULT, FAILED, failure_words, headline, onnxruntimes, short, span

__all__ = ["DEFAULT", "FAILED", "FileWindow", "gate_records", "short", "span", "windows"]


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
    contents: str = ""                                # what was compared, in one sentence, with its count
    devices: list[str] = field(default_factory=list)  # devices other than the CPU its storages claim
    outputs: dict[str, str] = field(default_factory=dict)  # env label → the outputs against the reference
    loads_in: list[str] = field(default_factory=list)
    fails_in: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.label, "sha256": self.sha256, "kind": self.kind, "environments": self.envs,
                "headline": self.headline, "advice": self.advice, "lines": self.lines,
                "loads_in": self.loads_in, "fails_in": self.fails_in, "content": self.content,
                "contents": self.contents, "outputs": self.outputs, "onnxruntime": self.onnxruntime(),
                "loads": {name: {env: {k: cell.get(k) for k in ("status", "call", "message", "seconds", "limitation",
                                                                 "needs")}
                                 for env, cell in by_env.items()} for name, by_env in self.cells.items()}}

    def onnxruntime(self) -> dict[str, str | None]:
        """Each environment's onnxruntime version (an ONNX file's loads are onnxruntime's)."""
        return {env: next((c[env].get("loaded", {}).get("onnxruntime") for c in self.cells.values() if env in c), None)
                for env in self.envs}


def windows(records: Sequence[Mapping[str, Any]],
            static: Mapping[str, Mapping[str, Any]] | None = None) -> list[FileWindow]:
    """One window per probed file (same path and content), in the order first seen;
    ``static``: the files' static facts by sha256 (the devices their storages claim)."""
    files: dict[tuple[str, str], FileWindow] = {}
    for record in records:
        key = (str(record["file"]), str(record["sha256"]))
        env = environment_label(record["loaded"])
        devices = [d for d in (static or {}).get(key[1], {}).get("devices") or () if d != "cpu"]
        window = files.setdefault(key, FileWindow(key[0], key[1], str(record.get("kind")), [], {}, devices=devices))
        if env not in window.envs:
            window.envs.append(env)
        window.cells.setdefault(str(record["method"]), {})[env] = record
    for window in files.values():
        window.envs.sort(key=version_key)
        _describe(window)
    return list(files.values())


def _describe(window: FileWindow) -> None:
    """One line per load (the call, where it works, where it fails — the decisive words kept
    whole — and where it was not tried), then the windows, contents, outputs and headline."""
    order = window.envs
    where = (lambda envs: onnxruntimes(window, envs)) if window.kind == "onnx" else (lambda envs: span(envs, order))
    for name, by_env in window.cells.items():
        passed = [e for e in order if by_env.get(e, {}).get("status") == "pass"]
        failed = [e for e in order if by_env.get(e, {}).get("status") in FAILED]
        skipped = [e for e in order if by_env.get(e, {}).get("status") == "unsupported"]
        verb = "runs" if name == "outputs" else "loads"
        parts = [f"{verb} in {where(passed)}"] if passed else []
        if failed:
            parts.append(f"fails in {where(failed)} ({failure_words(by_env[failed[0]])})")
        if skipped:
            parts.append(f"not tried in {span(skipped, order)} ({_brief(by_env[skipped[0]].get('message'))})")
        call = next((str(c["call"]) for c in by_env.values() if c.get("call")), "")
        shown = f"{name} ({call})" if call and call not in (name, f"{name}(f)") else name
        window.lines.append(f"{shown}: " + "; ".join(parts or ["no record"]))
    window.loads_in = [e for e in order if any(c.get(e, {}).get("status") == "pass" for c in window.cells.values())]
    window.fails_in = [e for e in order if e not in window.loads_in
                       and any(c.get(e, {}).get("status") in FAILED for c in window.cells.values())]
    _compare_contents(window)
    _compare_outputs(window)
    window.headline, window.advice = headline(window)


def _brief(message: Any, limit: int = 240) -> str:
    text = " ".join(str(message or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _compare_contents(window: FileWindow) -> None:
    """Every load that passed holds the same tensors (names, dtypes, shapes, bytes) as the
    first one of the oldest environment; where not, the first names that differ. The sentence
    for a reader (``contents``) says how many tensors were compared, and in which
    environments; it claims nothing where nothing was compared."""
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
    window.contents = _contents_sentence(window, reference)


def _contents_sentence(window: FileWindow, reference: Mapping[str, Any] | None) -> str:
    order = list(window.content)
    if reference is None:
        return "nothing loaded, so nothing was compared"
    count, undigested = int(reference.get("tensors") or 0), int(reference.get("undigested") or 0)
    if count == undigested:
        return (f"nothing to compare: what loaded holds no tensor or array harness reads ({count} tensors"
                + (", none of them readable as bytes)" if count else ")"))
    if len(order) == 1:
        return f"{count} tensors, read in {span(order, window.envs)} only: nothing to compare across environments"
    differing = [e for e, said in window.content.items() if "differs" in said]
    if differing:
        return "; ".join(f"{short(e)}: {window.content[e]}" for e in differing)
    skipped = f" ({undigested} more not compared: sparse, quantized or meta)" if undigested else ""
    return (f"the same {count - undigested} tensors (names, dtypes, shapes and bytes){skipped} in "
            f"{span(order, window.envs)}, every load that worked compared")


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
