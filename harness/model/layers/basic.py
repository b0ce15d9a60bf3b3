"""Feature-wise layers: Linear, activations, dropout and the normalisations."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from torch import nn

from ..spec import LayerSpec
from .kind import Context, Kind, TensorInfo, kind

MAX_WIDTH = 16


def divisors(n: int, most: int = 8) -> list[int]:
    return [d for d in range(1, min(n, most) + 1) if n % d == 0]


@kind
class Linear(Kind):
    family = "dense"
    name = "linear"
    layouts = ("vec", "seq")

    def draw(self, draw: Any, info: TensorInfo, ctx: Context) -> LayerSpec:
        out = info.features if ctx.preserve else ctx.width(draw, MAX_WIDTH)
        return LayerSpec(self.name, {"out_features": out, "bias": draw(st.booleans())})

    def out(self, spec, info):
        return info.with_features(spec.params["out_features"])

    def build(self, spec, info, body):
        return nn.Linear(info.features, spec.params["out_features"], bias=spec.params["bias"])

    def code(self, spec, info, body):
        return f"nn.Linear({info.features}, {spec.params['out_features']}, bias={spec.params['bias']})"


class Activation(Kind):
    family = "activation"
    factory: Any
    source: str

    def build(self, spec, info, body):
        return self.factory()

    def code(self, spec, info, body):
        return self.source


for _name, _factory, _source in [
    ("relu", nn.ReLU, "nn.ReLU()"),
    ("gelu", nn.GELU, "nn.GELU()"),
    ("silu", nn.SiLU, "nn.SiLU()"),
    ("tanh", nn.Tanh, "nn.Tanh()"),
    ("leaky_relu", lambda: nn.LeakyReLU(0.1), "nn.LeakyReLU(0.1)"),
]:
    kind(type(f"Activation_{_name}", (Activation,),
              {"name": _name, "factory": staticmethod(_factory), "source": _source}))

ACTIVATIONS = ("relu", "gelu", "silu", "tanh", "leaky_relu")


@kind
class Dropout(Kind):
    family = "dropout"
    name = "dropout"
    zeroable = ("p",)

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"p": draw(st.sampled_from([0.1, 0.5, 0.0]))})

    def build(self, spec, info, body):
        return nn.Dropout(spec.params["p"])

    def code(self, spec, info, body):
        return f"nn.Dropout({spec.params['p']})"


@kind
class LayerNorm(Kind):
    family = "norm"
    name = "layernorm"

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"affine": draw(st.booleans())})

    def build(self, spec, info, body):
        return nn.LayerNorm(info.shape[-1], elementwise_affine=spec.params["affine"])

    def code(self, spec, info, body):
        return f"nn.LayerNorm({info.shape[-1]}, elementwise_affine={spec.params['affine']})"


class BatchNorm(Kind):
    """Running statistics: trained state in buffers, and eval output depends on them."""

    family = "norm"
    torch_class: str

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"momentum": draw(st.sampled_from([0.1, 0.5]))})

    def build(self, spec, info, body):
        return getattr(nn, self.torch_class)(info.features, momentum=spec.params["momentum"])

    def code(self, spec, info, body):
        return f"nn.{self.torch_class}({info.features}, momentum={spec.params['momentum']})"


@kind
class BatchNorm1d(BatchNorm):
    name, torch_class, layouts = "batchnorm1d", "BatchNorm1d", ("vec", "sig")


@kind
class BatchNorm2d(BatchNorm):
    name, torch_class, layouts = "batchnorm2d", "BatchNorm2d", ("img",)


@kind
class GroupNorm(Kind):
    family = "norm"
    name = "groupnorm"
    layouts = ("sig", "img")

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"groups": draw(st.sampled_from(divisors(info.features)))})

    def build(self, spec, info, body):
        return nn.GroupNorm(spec.params["groups"], info.features)

    def code(self, spec, info, body):
        return f"nn.GroupNorm({spec.params['groups']}, {info.features})"
