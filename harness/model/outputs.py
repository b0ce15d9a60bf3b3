"""A model's output as named tensors: what harness compares, leaf by leaf.

Models come as they come: a tensor, a tuple, a dict, a transformers ``ModelOutput`` (an
``OrderedDict``), or containers of these nested. Every tensor in it is a leaf named by its
path (``logits``, ``hidden_states.2``, ``0.1``), so a difference names what differs rather
than "output 3". Leaves are taken in the order the containers hold them (a dict's insertion
order), the order torch's own exporters flatten them in (the TorchScript-based ONNX exporter
and ``torch.utils._pytree``, which ``torch.export`` and the dynamo ONNX exporter use): a
format that returns a flat tuple is matched to the same leaves position by position.

A leaf that is not a tensor — a cache object (transformers' ``DynamicCache`` from a model
with ``use_cache=True``), a string, ``None`` — cannot be compared by any format. It is a
problem with the model, raised once as :class:`UncomparableOutput` naming its path and type
and the fix, not a failure of every format in every pair.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import torch

#: What a path is made of: dict keys and sequence indices, outermost first.
LeafPath = tuple[Any, ...]


class UncomparableOutput(TypeError):
    """A model's output holds something harness cannot compare (or no tensor at all)."""

    def __init__(self, path: LeafPath, value: Any, empty: bool = False) -> None:
        self.path = path_name(path)
        self.kind = "no tensor" if empty else ("None" if value is None else type(value).__name__)
        super().__init__(self.problem)

    @property
    def problem(self) -> str:
        """The problem as the end of a sentence that starts with the model's name."""
        where = f"at {self.path}" if self.path else "as its output"
        if self.kind == "no tensor" or (self.kind == "None" and not self.path):
            what = "no tensor" if self.kind == "no tensor" else "None"
            return f"returns {what} {where}: harness compares tensors only — return the tensors the model computes"
        what = self.kind if self.kind == "None" else f"{'an' if self.kind[0] in 'AEIOUaeiou' else 'a'} {self.kind}"
        if "cache" in self.kind.lower():
            fix = "return tensors (transformers: use_cache=False)"
        elif self.kind == "None":
            fix = "leave the None out of the output"
        else:
            fix = "return tensors, or dicts, tuples or lists of them"
        return f"returns {what} {where}: harness compares tensors only — {fix}"


class Outputs(list):
    """The tensors of an output in order (a list: every caller that wants tensors gets them),
    with the path of each in :attr:`paths`."""

    paths: list[LeafPath]

    def __init__(self, leaves: Sequence[tuple[LeafPath, torch.Tensor]] = ()) -> None:
        super().__init__(tensor for _, tensor in leaves)
        self.paths = [path for path, _ in leaves]

    @property
    def names(self) -> list[str]:
        return [path_name(path) for path in self.paths]


def path_name(path: LeafPath) -> str:
    """``("hidden_states", 2)`` → ``"hidden_states.2"``; the whole output (a bare tensor) is ``""``."""
    return ".".join(str(part) for part in path)


def leaf_label(name: str) -> str:
    """How messages name a leaf: ``output logits``, ``output 0.1``, and ``output`` for a bare tensor."""
    return f"output {name}" if name else "output"


def flatten_outputs(out: object) -> Outputs:
    """The tensors of a model's output with their paths; :class:`UncomparableOutput` if a leaf
    is not a tensor or there is no tensor at all."""
    leaves: list[tuple[LeafPath, torch.Tensor]] = []
    _walk(out, (), leaves)
    if not leaves:
        raise UncomparableOutput((), out, empty=True)
    return Outputs(leaves)


def _walk(value: Any, path: LeafPath, leaves: list[tuple[LeafPath, torch.Tensor]]) -> None:
    if isinstance(value, torch.Tensor):
        leaves.append((path, value))
    elif isinstance(value, Mapping):  # dict, OrderedDict, ModelOutput: in the order they hold their keys
        for key, item in value.items():
            _walk(item, (*path, key), leaves)
    elif isinstance(value, (list, tuple)):  # a namedtuple too: by position, as exporters return it
        for index, item in enumerate(value):
            _walk(item, (*path, index), leaves)
    else:
        raise UncomparableOutput(path, value)


def legacy_order(outputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
    """The tensors in the order harness flattened them before it named them (every dict's keys
    sorted), for reference outputs saved then: an artifact directory without output names. A
    flat list (ONNX) has no paths and keeps its order."""
    paths = getattr(outputs, "paths", None)
    if not paths:
        return list(outputs)
    try:
        order = sorted(range(len(outputs)), key=lambda index: paths[index])
    except TypeError:  # keys that do not sort: the old flattening could not have saved this output
        return list(outputs)
    return [outputs[index] for index in order]
