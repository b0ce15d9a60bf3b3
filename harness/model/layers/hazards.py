"""State hazards: the places where "save" silently stops meaning "restore everything".

Free parameters, buffers persistent and not, trained state in a plain tensor
attribute, tied weights, non-contiguous parameters, and parts computed in
float64 or bfloat16.
"""

from __future__ import annotations

import torch
from hypothesis import strategies as st

from ...modules import (
    NonContiguousLinear,
    PlainTensorShift,
    Precision,
    RunningShift,
    Scale,
    TiedPair,
)
from ..spec import LayerSpec
from .basic import ACTIVATIONS, MAX_WIDTH
from .kind import LAYERS, Kind, kind


class Hazard(Kind):
    family = "hazard"
    category = "hazard"


@kind
class FreeParameter(Hazard):
    """A learnable ``nn.Parameter`` held directly by a module, outside any torch layer."""

    name = "free_parameter"

    def build(self, spec, info, body):
        return Scale(list(info.shape))

    def code(self, spec, info, body):
        return f"Scale({list(info.shape)})"


@kind
class Buffer(Hazard):
    """Trained state in a registered buffer; ``persistent=False`` leaves it out of state_dict."""

    name = "buffer"
    variant_param = "persistent"
    variant_values = (False, True)
    variant_label = "{name}(persistent={value})"

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"persistent": draw(st.booleans())})

    def build(self, spec, info, body):
        return RunningShift(list(info.shape), spec.params["persistent"])

    def carried(self, spec):
        return LayerSpec(self.name, {"persistent": True})

    def code(self, spec, info, body):
        return f"RunningShift({list(info.shape)}, persistent={spec.params['persistent']})"


@kind
class PlainTensor(Hazard):
    name = "plain_tensor"

    def build(self, spec, info, body):
        return PlainTensorShift(list(info.shape))

    def carried(self, spec):
        return LayerSpec("buffer", {"persistent": True})

    def code(self, spec, info, body):
        return f"PlainTensorShift({list(info.shape)})"


@kind
class TiedWeights(Hazard):
    name = "tied_weights"
    layouts = ("vec", "seq")

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"activation": draw(st.sampled_from(ACTIVATIONS))})

    def build(self, spec, info, body):
        activation = LAYERS.get(spec.params["activation"]).build(spec, info, body)
        return TiedPair(info.features, activation)

    def code(self, spec, info, body):
        activation = LAYERS.get(spec.params["activation"]).code(spec, info, body)
        return f"TiedPair({info.features}, {activation})"


@kind
class NonContiguous(Hazard):
    name = "noncontiguous_linear"
    layouts = ("vec", "seq")

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"out_features": info.features if ctx.preserve
                                     else ctx.width(draw, MAX_WIDTH)})

    def out(self, spec, info):
        return info.with_features(spec.params["out_features"])

    def build(self, spec, info, body):
        return NonContiguousLinear(info.features, spec.params["out_features"])

    def code(self, spec, info, body):
        return f"NonContiguousLinear({info.features}, {spec.params['out_features']})"


DTYPES = {"float64": torch.float64, "bfloat16": torch.bfloat16}


@kind
class PrecisionPart(Hazard):
    """A Linear → activation → LayerNorm part held and computed in float64 or bfloat16."""

    name = "precision"
    layouts = ("vec", "seq")
    variant_param = "dtype"
    variant_values = tuple(sorted(DTYPES))

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"dtype": draw(st.sampled_from(self.variant_values)),
                                     "activation": draw(st.sampled_from(ACTIVATIONS))})

    def _body(self, spec, info) -> tuple[LayerSpec, ...]:
        return (LayerSpec("linear", {"out_features": info.features, "bias": True}),
                LayerSpec(spec.params["activation"]), LayerSpec("layernorm", {"affine": True}))

    def build(self, spec, info, body):
        return Precision(body(self._body(spec, info), info, "sequential")[0], DTYPES[spec.params["dtype"]])

    def code(self, spec, info, body):
        return f"Precision({body(self._body(spec, info), info, 'sequential')[0]}, torch.{spec.params['dtype']})"
