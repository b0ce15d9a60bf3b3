"""What a layer kind is, and the one registry of them.

Each kind is one class that knows all there is to know about it — which
tensors it accepts, how a strategy draws its parameters, what shape it
produces, how to build it and how to write it as PyTorch code — so the
generator, the builder and the reproducer can never disagree. Adding a kind
is adding one class in one of the modules :mod:`harness.model.layers` imports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, ClassVar, Sequence

from hypothesis import strategies as st
from torch import nn

from ...registry import Registry
from ..spec import LayerSpec

FLOAT_LAYOUTS = ("vec", "seq", "sig", "img")
#: Draw order of families, simplest first (Hypothesis shrinks towards the front).
FAMILIES = ("dense", "activation", "norm", "dropout", "conv", "pool", "reshape", "sequence",
            "structure", "hazard")


@dataclass(frozen=True)
class TensorInfo:
    """What flows between layers, per example: layout, shape (no batch axis), vocabulary."""

    layout: str                 # vec (F) | seq (T, F) | sig (C, L) | img (C, H, W) | tok (T) integers
    shape: tuple[int, ...]
    vocab: int = 0              # for tok: token ids are in [0, vocab)

    @property
    def features(self) -> int:
        """The axis layers mix: last for vec/seq, channels for sig/img."""
        return self.shape[-1] if self.layout in ("vec", "seq") else self.shape[0]

    def with_features(self, n: int) -> TensorInfo:
        if self.layout in ("vec", "seq"):
            return replace(self, shape=(*self.shape[:-1], n))
        return replace(self, shape=(n, *self.shape[1:]))


@dataclass(frozen=True)
class Context:
    """Where a kind is being drawn: must it keep the shape, how deep may structures nest, and
    which feature widths it may choose (realistic models pick from ``widths``; without them a
    kind draws from 1 up, which is what shrinking and the small vocabulary draws want)."""

    preserve: bool
    depth: int
    body: Callable[..., tuple[tuple[LayerSpec, ...], TensorInfo]]  # (draw, info, preserve, depth) → body
    widths: tuple[int, ...] = ()

    def width(self, draw: Any, most: int) -> int:
        """A new feature or channel width."""
        return draw(st.sampled_from(self.widths)) if self.widths else draw(st.integers(1, most))


BuildBody = Callable[[Sequence[LayerSpec], TensorInfo, str], tuple[nn.Module, TensorInfo]]
CodeBody = Callable[[Sequence[LayerSpec], TensorInfo, str], tuple[str, TensorInfo]]


class Kind:
    """One entry of the vocabulary. Subclasses set ``name`` and ``category``."""

    name: ClassVar[str]
    category: ClassVar[str] = "layer"   # layer | structure | hazard
    family: ClassVar[str] = "layer"     # generators pick a family first, then a kind in it
    layouts: ClassVar[tuple[str, ...]] = FLOAT_LAYOUTS
    can_preserve: ClassVar[bool] = True  # can it be drawn so output shape == input shape?

    def accepts(self, info: TensorInfo, ctx: Context) -> bool:
        return info.layout in self.layouts and (self.can_preserve or not ctx.preserve)

    def draw(self, draw: Any, info: TensorInfo, ctx: Context) -> LayerSpec:
        return LayerSpec(self.name, {})

    def out(self, spec: LayerSpec, info: TensorInfo) -> TensorInfo:
        return info

    def build(self, spec: LayerSpec, info: TensorInfo, body: BuildBody) -> nn.Module:
        raise NotImplementedError

    def carried(self, spec: LayerSpec) -> LayerSpec:
        """The node as a model that registers all its state would write it (so ``state_dict``
        carries it); the same node for every kind that keeps no tensor outside it."""
        return spec

    def code(self, spec: LayerSpec, info: TensorInfo, body: CodeBody) -> str:
        raise NotImplementedError


LAYERS: Registry[Kind] = Registry("layer kind")


def kind(cls: type[Kind]) -> type[Kind]:
    """Class decorator: register one instance of a kind under its ``name``."""
    LAYERS.add(cls.name, cls())
    return cls


def body_out(layers: Sequence[LayerSpec], info: TensorInfo) -> TensorInfo:
    """What a body produces from ``info`` (shape rules only; nothing is built)."""
    for layer in layers:
        info = LAYERS.get(layer.kind).out(layer, info)
    return info
