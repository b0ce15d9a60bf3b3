"""The table of layer kinds: how each one is built and what shape it produces.

Builders and strategies share this table, so a spec drawn by a strategy always
builds: each entry knows its output shape from its input shape and parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from torch import nn

from .registry import Registry

Shape = tuple[int, ...]


@dataclass(frozen=True)
class LayerKind:
    build: Callable[[Mapping[str, Any], Shape], nn.Module]
    out_shape: Callable[[Mapping[str, Any], Shape], Shape]


LAYERS: Registry[LayerKind] = Registry("layer kind")


def _same(params: Mapping[str, Any], shape: Shape) -> Shape:
    return shape


def _features(params: Mapping[str, Any], shape: Shape) -> Shape:
    return (*shape[:-1], int(params["out_features"]))


LAYERS.add("linear", LayerKind(
    build=lambda p, s: nn.Linear(s[-1], int(p["out_features"]), bias=bool(p.get("bias", True))),
    out_shape=_features,
))
LAYERS.add("dropout", LayerKind(build=lambda p, s: nn.Dropout(float(p["p"])), out_shape=_same))

ACTIVATIONS: dict[str, Callable[[], nn.Module]] = {
    "relu": nn.ReLU,
    "gelu": nn.GELU,
    "silu": nn.SiLU,
    "tanh": nn.Tanh,
    "leaky_relu": lambda: nn.LeakyReLU(0.1),
}
for _name, _factory in ACTIVATIONS.items():
    LAYERS.add(_name, LayerKind(build=lambda p, s, f=_factory: f(), out_shape=_same))
