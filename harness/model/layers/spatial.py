"""Convolutions, pooling and the reshapes between vectors, sequences, signals and images."""

from __future__ import annotations

import math

from hypothesis import strategies as st
from torch import nn

from ...modules import Transpose
from ..spec import LayerSpec
from .kind import Context, Kind, TensorInfo, kind

MAX_CHANNELS = 8


def _conv_out(size: int, k: int, s: int, p: int) -> int:
    return (size + 2 * p - k) // s + 1


class Conv(Kind):
    family = "conv"
    dims: int

    def draw(self, draw, info: TensorInfo, ctx: Context) -> LayerSpec:
        smallest = min(info.shape[1:])
        if ctx.preserve:
            k = draw(st.sampled_from([1, 3] if smallest >= 1 else [1]))
            params = {"out_channels": info.features, "kernel": k, "stride": 1, "padding": k // 2}
        else:
            p = draw(st.sampled_from([0, 1]))
            k = draw(st.integers(1, min(3, smallest + 2 * p)))
            params = {"out_channels": ctx.width(draw, MAX_CHANNELS), "kernel": k,
                      "stride": draw(st.sampled_from([1, 2])), "padding": p}
        params["bias"] = draw(st.booleans())
        return LayerSpec(self.name, params)

    def out(self, spec, info):
        p = spec.params
        spatial = tuple(_conv_out(n, p["kernel"], p["stride"], p["padding"]) for n in info.shape[1:])
        return TensorInfo(info.layout, (p["out_channels"], *spatial))

    def _args(self, spec, info) -> str:
        p = spec.params
        return (f"{info.features}, {p['out_channels']}, kernel_size={p['kernel']}, "
                f"stride={p['stride']}, padding={p['padding']}, bias={p['bias']}")

    def build(self, spec, info, body):
        p = spec.params
        cls = nn.Conv1d if self.dims == 1 else nn.Conv2d
        return cls(info.features, p["out_channels"], kernel_size=p["kernel"], stride=p["stride"],
                   padding=p["padding"], bias=p["bias"])

    def code(self, spec, info, body):
        return f"nn.Conv{self.dims}d({self._args(spec, info)})"


@kind
class Conv1d(Conv):
    name, dims, layouts = "conv1d", 1, ("sig",)


@kind
class Conv2d(Conv):
    name, dims, layouts = "conv2d", 2, ("img",)


class Pool(Kind):
    """Fixed-window pooling; picks the 1d or 2d torch class from the layout."""

    family = "pool"

    layouts = ("sig", "img")
    can_preserve = False
    classes: dict[str, str]

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"kernel": draw(st.integers(1, min(2, *info.shape[1:])))})

    def out(self, spec, info):
        k = spec.params["kernel"]
        return TensorInfo(info.layout, (info.shape[0], *((n - k) // k + 1 for n in info.shape[1:])))

    def build(self, spec, info, body):
        return getattr(nn, self.classes[info.layout])(spec.params["kernel"])

    def code(self, spec, info, body):
        return f"nn.{self.classes[info.layout]}({spec.params['kernel']})"


@kind
class MaxPool(Pool):
    name, classes = "maxpool", {"sig": "MaxPool1d", "img": "MaxPool2d"}


@kind
class AvgPool(Pool):
    name, classes = "avgpool", {"sig": "AvgPool1d", "img": "AvgPool2d"}


class AdaptivePool(Pool):
    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"size": [draw(st.integers(1, n)) for n in info.shape[1:]]})

    def out(self, spec, info):
        return TensorInfo(info.layout, (info.shape[0], *spec.params["size"]))

    def _size(self, spec) -> object:
        size = spec.params["size"]
        return size[0] if len(size) == 1 else tuple(size)

    def build(self, spec, info, body):
        return getattr(nn, self.classes[info.layout])(self._size(spec))

    def code(self, spec, info, body):
        return f"nn.{self.classes[info.layout]}({self._size(spec)!r})"


@kind
class AdaptiveAvgPool(AdaptivePool):
    name, classes = "adaptive_avgpool", {"sig": "AdaptiveAvgPool1d", "img": "AdaptiveAvgPool2d"}


@kind
class AdaptiveMaxPool(AdaptivePool):
    name, classes = "adaptive_maxpool", {"sig": "AdaptiveMaxPool1d", "img": "AdaptiveMaxPool2d"}


@kind
class Flatten(Kind):
    family = "reshape"
    name = "flatten"
    layouts = ("sig", "img")
    can_preserve = False

    def out(self, spec, info):
        return TensorInfo("vec", (math.prod(info.shape),))

    def build(self, spec, info, body):
        return nn.Flatten()

    def code(self, spec, info, body):
        return "nn.Flatten()"


@kind
class Unflatten(Kind):
    """A vector becomes a one-channel signal, so vector inputs can reach convolutions."""

    family = "reshape"

    name = "unflatten"
    layouts = ("vec",)
    can_preserve = False

    def out(self, spec, info):
        return TensorInfo("sig", (1, info.shape[0]))

    def build(self, spec, info, body):
        return nn.Unflatten(1, (1, info.shape[0]))

    def code(self, spec, info, body):
        return f"nn.Unflatten(1, (1, {info.shape[0]}))"


@kind
class TransposeKind(Kind):
    """(T, F) sequence ↔ (C, L) signal."""

    family = "reshape"

    name = "transpose"
    layouts = ("seq", "sig")
    can_preserve = False

    def out(self, spec, info):
        return TensorInfo("sig" if info.layout == "seq" else "seq", (info.shape[1], info.shape[0]))

    def build(self, spec, info, body):
        return Transpose()

    def code(self, spec, info, body):
        return "Transpose()"
