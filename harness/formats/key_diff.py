"""What changed between a state dict on disk and the model the loading code builds, in the
words of the change that caused it.

torch's strict load lists missing and unexpected keys and stops at the first size mismatch.
When a team renames an attribute, adds a buffer or widens a layer, the useful answer is the
rename (``fc.weight → head.weight``: one key gone and one new, with the same shape and
dtype), the tensors whose shape changed, and which new keys are buffers (a persistent
buffer the file predates). Found from the keys, shapes and dtypes alone; nothing is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

#: Keys listed in full before "… and N more".
SHOWN = 8


@dataclass
class KeyDiff:
    missing: list[str] = field(default_factory=list)       # the model has them, the file does not
    unexpected: list[str] = field(default_factory=list)    # the file has them, the model does not
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (in the file, in the model)
    reshaped: list[tuple[str, tuple, tuple]] = field(default_factory=list)  # key, file shape, model shape
    new_buffers: list[str] = field(default_factory=list)   # missing keys that are buffers, not renames

    def __bool__(self) -> bool:
        return bool(self.missing or self.unexpected or self.reshaped)

    def text(self) -> str:
        parts = []
        if self.missing or self.unexpected:
            parts.append(f"missing {_few(self.missing)}, unexpected {_few(self.unexpected)}")
        if self.renamed:
            parts.append("likely renamed (same shape and dtype): " + _few(_grouped(self.renamed), quote=False))
        if self.new_buffers:
            parts.append(f"new persistent buffers the file predates: {_few(self.new_buffers)}")
        if self.reshaped:
            parts.append("shape changed: " + _few([f"{key} {tuple(a)} in the file, {tuple(b)} in the model"
                                                   for key, a, b in self.reshaped], quote=False))
        return "; ".join(parts)


def _few(items: list[str], quote: bool = True) -> str:
    shown = [repr(i) if quote else i for i in items[:SHOWN]]
    more = f" and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
    return ("[" + ", ".join(shown) + more + "]") if quote else ", ".join(shown) + more


def _grouped(renamed: list[tuple[str, str]]) -> list[str]:
    """Renames as a reader would say them: a module renamed is one line for all its keys
    ("backbone.* → encoder.* (122 keys)"), a single key is itself ("fc.weight → head.weight")."""
    prefixes: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for old, new in renamed:
        a, b = old.split("."), new.split(".")
        same = 0
        while same < min(len(a), len(b)) - 1 and a[-1 - same] == b[-1 - same]:
            same += 1
        key = (".".join(a[:len(a) - same]), ".".join(b[:len(b) - same])) if same else (old, new)
        prefixes.setdefault(key, []).append((old, new))
    out = []
    for (before, after), pairs in prefixes.items():
        if len(pairs) > 1:
            out.append(f"{before}.* → {after}.* ({len(pairs)} keys)")
        else:
            out += [f"{old} → {new}" for old, new in pairs]
    return sorted(out)


def _signature(value: object) -> tuple | None:
    return (tuple(value.shape), value.dtype) if isinstance(value, torch.Tensor) else None


def _renames(gone: dict[str, tuple], new: dict[str, tuple]) -> list[tuple[str, str]]:
    """Pairs (file key, model key) of one signature each way; among several of the same
    signature, those whose last part ("weight", "running_mean") and order match."""
    found = []
    signatures = {s for s in gone.values() if s is not None}
    for signature in signatures:
        olds = [k for k, s in gone.items() if s == signature]
        news = [k for k, s in new.items() if s == signature]
        by_leaf: dict[str, tuple[list[str], list[str]]] = {}
        for key in olds:
            by_leaf.setdefault(key.rsplit(".", 1)[-1], ([], []))[0].append(key)
        for key in news:
            by_leaf.setdefault(key.rsplit(".", 1)[-1], ([], []))[1].append(key)
        for before, after in by_leaf.values():
            if before and len(before) == len(after):
                found += list(zip(before, after))  # both in the state dict's own order
    return sorted(found)


def diff(module: nn.Module, state: dict) -> KeyDiff:
    """The keys, renames, shapes and new buffers between ``state`` and ``module``'s state dict."""
    expected = module.state_dict()
    result = KeyDiff(missing=sorted(set(expected) - set(state)), unexpected=sorted(set(state) - set(expected)))
    for key in sorted(set(expected) & set(state)):
        a, b = _signature(state[key]), _signature(expected[key])
        if a is not None and b is not None and a[0] != b[0]:
            result.reshaped.append((key, a[0], b[0]))
    result.renamed = _renames({k: _signature(state[k]) for k in result.unexpected},
                              {k: _signature(expected[k]) for k in result.missing})
    renamed_to = {new for _, new in result.renamed}
    buffers = {name for name, _ in module.named_buffers()}
    result.new_buffers = [k for k in result.missing if k in buffers and k not in renamed_to]
    return result
