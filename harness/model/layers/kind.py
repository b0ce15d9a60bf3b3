"""What a layer kind is, and the one registry of them.

Each kind is one class that knows all there is to know about it — which
tensors it accepts, how a strategy draws its parameters, what shape it
produces, how to build it and how to write it as PyTorch code — so the
generator, the builder and the reproducer can never disagree. Adding a kind
is adding one class in one of the modules :mod:`harness.model.layers` imports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, ClassVar, Iterable, Sequence

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

    # What the rest of harness decides from a kind, declared here so that no module outside
    # the kinds' own files ever names one (a test checks).
    #: Its output takes a branch chosen by the data (``if x.mean() > t``): a trace records one
    #: path, and a capture (torch.export, the dynamo ONNX exporter) may fail on it.
    data_dependent_branch: ClassVar[bool] = False
    #: Its eager inference takes a fused fast path that captures (trace, export) miss, so a
    #: capture rounds differently from eager.
    fused_in_eager: ClassVar[bool] = False
    #: Each body's first layer sets that body's width: shrinking keeps it while the body stays.
    body_head_sets_width: ClassVar[bool] = False
    #: Float parameters shrinking may switch off (to 0.0).
    zeroable: ClassVar[tuple[str, ...]] = ()
    #: A parameter whose values ``gen --stats`` counts as vocabulary items of their own, the
    #: values it takes, and how such an item is written (``{name}``, ``{value}``).
    variant_param: ClassVar[str] = ""
    variant_values: ClassVar[tuple[Any, ...]] = ()
    variant_label: ClassVar[str] = "{name}({value})"

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


def kind_of(layer: LayerSpec) -> Kind:
    """The kind of ``layer``; one this registry does not know (a spec from a newer harness)
    declares nothing: ``Kind``'s defaults."""
    return LAYERS.get(layer.kind) if layer.kind in LAYERS else Kind()


def any_kind(layers: Iterable[LayerSpec], flag: str) -> bool:
    """Does any of ``layers`` have a kind that sets ``flag``?"""
    return any(getattr(kind_of(layer), flag) for layer in layers)


def body_out(layers: Sequence[LayerSpec], info: TensorInfo) -> TensorInfo:
    """What a body produces from ``info`` (shape rules only; nothing is built)."""
    for layer in layers:
        info = LAYERS.get(layer.kind).out(layer, info)
    return info
