"""spec → nn.Module, identical in every torch version.

Parameters are not left to torch's initialisers (their random streams are not a
cross-version contract): every parameter is filled from a NumPy generator
seeded by the spec, in registration order. Buffers keep their constructors'
constant values (BatchNorm's zeros and ones), which are version-independent.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import torch
from torch import nn

from ..modules import DictChain, ListChain, SpecNet
from ..registry import UnknownName
from .layers import LAYERS, TensorInfo
from .layers.structure import CONTAINERS
from .outputs import flatten_outputs  # noqa: F401  (the formats and the training loop import it from here)
from .spec import LayerSpec, ModelSpec, SpecError

LAYOUT_RANKS = {"vec": 1, "seq": 2, "sig": 2, "img": 3, "tok": 1}


def input_info(spec: ModelSpec) -> TensorInfo:
    if spec.input_layout not in LAYOUT_RANKS:
        raise SpecError(f"input_layout {spec.input_layout!r} is not one of {sorted(LAYOUT_RANKS)}")
    if len(spec.input_shape) != LAYOUT_RANKS[spec.input_layout] or min(spec.input_shape, default=0) < 1:
        raise SpecError(f"input_shape {list(spec.input_shape)} does not fit layout {spec.input_layout!r}")
    if spec.input_layout == "tok" and spec.vocab < 1:
        raise SpecError("a tok (integer) input needs vocab >= 1")
    return TensorInfo(spec.input_layout, tuple(spec.input_shape), spec.vocab)


def _kind(layer: LayerSpec, info: TensorInfo):
    """The registered kind of ``layer``, refusing unknown kinds and inputs it does not accept."""
    try:
        kind = LAYERS.get(layer.kind)
    except UnknownName as exc:
        raise SpecError(str(exc)) from None
    if info.layout not in kind.layouts:
        raise SpecError(f"layer {layer.kind!r} does not accept a {info.layout} input {list(info.shape)}")
    return kind


def body_info(layers: Sequence[LayerSpec], info: TensorInfo) -> TensorInfo:
    for layer in layers:
        info = _kind(layer, info).out(layer, info)
    return info


def output_info(spec: ModelSpec) -> TensorInfo:
    """What the model produces per example, by walking the layer table."""
    return body_info(spec.layers, input_info(spec))


def build_body(layers: Sequence[LayerSpec], info: TensorInfo, container: str) -> tuple[nn.Module, TensorInfo]:
    """Build a layer sequence into the named container; returns it with its output info."""
    modules = []
    for layer in layers:
        kind = _kind(layer, info)
        out = kind.out(layer, info)  # validates structures before anything is built
        modules.append(kind.build(layer, info, build_body))
        info = out
    if container == "sequential":
        return nn.Sequential(*modules), info
    if container == "modulelist":
        return ListChain(modules), info
    if container == "moduledict":
        return DictChain(modules), info
    raise SpecError(f"container {container!r} is not one of {list(CONTAINERS)}")


def build(spec: ModelSpec) -> nn.Module:
    """Build the module a spec describes, with deterministic, version-independent values."""
    body, _ = build_body(spec.layers, input_info(spec), spec.container)
    model = SpecNet(body)
    fill_deterministically(model, spec.init_seed)
    return model


def fill_deterministically(model: nn.Module, seed: int) -> None:
    """Give every floating parameter values drawn from NumPy, not from torch."""
    rng = np.random.default_rng(seed)
    with torch.no_grad():
        for _, tensor in model.named_parameters():
            if not tensor.is_floating_point():
                continue
            fan_in = math.prod(tensor.shape[1:]) if tensor.dim() > 1 else tensor.numel()
            bound = 1.0 / math.sqrt(max(1, fan_in))
            values = rng.uniform(-bound, bound, size=tuple(tensor.shape))
            tensor.copy_(torch.from_numpy(values).to(tensor.dtype))


def draw_inputs(info: TensorInfo, rng: np.random.Generator, batch: int) -> torch.Tensor:
    """A batch for this input: token ids for ``tok``, standard normal floats otherwise."""
    if info.layout == "tok":
        return torch.from_numpy(rng.integers(0, info.vocab, size=(batch, *info.shape)))
    return torch.from_numpy(rng.standard_normal((batch, *info.shape))).to(torch.float32)


def example_inputs(spec: ModelSpec, batch: int = 4) -> tuple[torch.Tensor, ...]:
    """Fixed inputs for output comparison, derived from the spec alone."""
    rng = np.random.default_rng(int(spec.id, 16) % (2**32))
    return (draw_inputs(input_info(spec), rng, batch),)
