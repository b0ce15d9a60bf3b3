"""spec → nn.Module, identical in every torch version.

Parameters are not left to torch's initialisers (their random streams are not a
cross-version contract): every tensor is filled from a NumPy generator seeded by
the spec, in registration order, so torch 2.0 and the newest build equal modules.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from .layers import LAYERS, Shape
from .modules import SpecNet
from .spec import ModelSpec, SpecError

DTYPES: dict[str, torch.dtype] = {
    "float32": torch.float32,
    "float64": torch.float64,
    "bfloat16": torch.bfloat16,
    "float16": torch.float16,
    "int64": torch.int64,
}


def output_shape(spec: ModelSpec) -> Shape:
    """The per-example output shape, by walking the layer table."""
    shape: Shape = tuple(spec.input_shape)
    for layer in spec.layers:
        shape = LAYERS.get(layer.kind).out_shape(layer.params, shape)
    return shape


def build(spec: ModelSpec) -> nn.Module:
    """Build the module a spec describes, with deterministic, version-independent values."""
    shape: Shape = tuple(spec.input_shape)
    body = []
    for index, layer in enumerate(spec.layers):
        try:
            kind = LAYERS.get(layer.kind)
        except KeyError as exc:
            raise SpecError(f"layer {index}: {exc.args[0]}") from None
        body.append(kind.build(layer.params, shape))
        shape = kind.out_shape(layer.params, shape)
    model = SpecNet(nn.Sequential(*body), shape, [(b.name, b.persistent) for b in spec.buffers])
    fill_deterministically(model, spec.init_seed)
    return model


def fill_deterministically(model: nn.Module, seed: int) -> None:
    """Give every parameter and floating buffer values drawn from NumPy, not from torch."""
    rng = np.random.default_rng(seed)
    tensors = [*model.named_parameters(), *model.named_buffers()]
    with torch.no_grad():
        for _, tensor in tensors:
            if not tensor.is_floating_point():
                continue
            fan_in = math.prod(tensor.shape[1:]) if tensor.dim() > 1 else tensor.numel()
            bound = 1.0 / math.sqrt(max(1, fan_in))
            values = rng.uniform(-bound, bound, size=tuple(tensor.shape))
            tensor.copy_(torch.from_numpy(values).to(tensor.dtype))


def example_inputs(spec: ModelSpec, batch: int = 4) -> tuple[torch.Tensor, ...]:
    """Fixed inputs for output comparison, derived from the spec alone."""
    rng = np.random.default_rng(int(spec.id, 16) % (2**32))
    values = rng.standard_normal((batch, *spec.input_shape))
    return (torch.from_numpy(values).to(DTYPES[spec.input_dtype]),)
