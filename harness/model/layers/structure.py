"""Structures: residual blocks, parallel branches, repeated blocks, data-dependent control flow.

Each holds one or more bodies (``LayerSpec.bodies``) in the container its
``container`` parameter names — ``nn.Sequential``, ``nn.ModuleList`` or
``nn.ModuleDict`` — so state-dict key layouts vary as they do in real code.
"""

from __future__ import annotations

from hypothesis import strategies as st

from ...modules import Branches, BranchOnStat, Residual
from ..spec import LayerSpec, SpecError
from .basic import MAX_WIDTH
from .kind import Kind, TensorInfo, body_out, kind

CONTAINERS = ("sequential", "modulelist", "moduledict")


class Structure(Kind):
    family = "structure"
    category = "structure"

    def accepts(self, info, ctx):
        return ctx.depth > 0 and super().accepts(info, ctx)

    def _container(self, draw) -> str:
        return draw(st.sampled_from(CONTAINERS))

    def _preserving(self, spec: LayerSpec, info: TensorInfo) -> None:
        """Residuals, repeats and conditional bodies must give back the shape they got."""
        for body in spec.bodies:
            if body_out(body, info) != info:
                raise SpecError(f"{spec.kind}: a body turns {info.layout} {list(info.shape)} into "
                                f"{list(body_out(body, info).shape)}; it must keep the shape")

    def out(self, spec, info):
        self._preserving(spec, info)
        return info


@kind
class ResidualKind(Structure):
    name = "residual"

    def draw(self, draw, info, ctx):
        body, _ = ctx.body(draw, info, preserve=True, depth=ctx.depth - 1)
        return LayerSpec(self.name, {"container": self._container(draw)}, (body,))

    def build(self, spec, info, body):
        return Residual(body(spec.bodies[0], info, spec.params["container"])[0])

    def code(self, spec, info, body):
        return f"Residual({body(spec.bodies[0], info, spec.params['container'])[0]})"


def _widen(info: TensorInfo, width: int) -> LayerSpec:
    """The first layer of a branch: change the feature width, keep every other axis."""
    if info.layout in ("vec", "seq"):
        return LayerSpec("linear", {"out_features": width, "bias": True})
    conv = "conv1d" if info.layout == "sig" else "conv2d"
    return LayerSpec(conv, {"out_channels": width, "kernel": 1, "stride": 1, "padding": 0, "bias": True})


@kind
class BranchesKind(Structure):
    name = "branches"
    body_head_sets_width = True  # each branch opens with the layer that sets its width (_widen)
    variant_param = "merge"
    variant_values = ("sum", "concat")

    def draw(self, draw, info, ctx):
        merge = "sum" if ctx.preserve else draw(st.sampled_from(self.variant_values))
        count = draw(st.integers(2, 3))
        common = info.features if ctx.preserve else ctx.width(draw, MAX_WIDTH)
        bodies = []
        for _ in range(count):
            width = common if merge == "sum" else ctx.width(draw, MAX_WIDTH)
            first = _widen(info, width)
            rest, _ = ctx.body(draw, info.with_features(width), preserve=True, depth=ctx.depth - 1,
                               min_size=0)
            bodies.append((first, *rest))
        return LayerSpec(self.name, {"merge": merge, "container": self._container(draw)}, tuple(bodies))

    def _dim(self, info: TensorInfo) -> int:
        return -1 if info.layout in ("vec", "seq") else 1

    def out(self, spec, info):
        outs = [body_out(b, info) for b in spec.bodies]
        widths = [o.features for o in outs]
        if any(o.with_features(1) != info.with_features(1) for o in outs):
            raise SpecError("branches: each branch may change only the feature width")
        if spec.params["merge"] == "sum" and len(set(widths)) > 1:
            raise SpecError(f"branches: summed branches need equal widths, got {widths}")
        return info.with_features(widths[0] if spec.params["merge"] == "sum" else sum(widths))

    def build(self, spec, info, body):
        container = spec.params["container"]
        return Branches([body(b, info, container)[0] for b in spec.bodies], spec.params["merge"],
                        self._dim(info))

    def code(self, spec, info, body):
        container = spec.params["container"]
        branches = ", ".join(body(b, info, container)[0] for b in spec.bodies)
        return f"Branches([{branches}], merge={spec.params['merge']!r}, dim={self._dim(info)})"


@kind
class Repeat(Structure):
    """The same block architecture k times in a row, each copy with its own weights."""

    name = "repeat"

    def draw(self, draw, info, ctx):
        body, _ = ctx.body(draw, info, preserve=True, depth=ctx.depth - 1)
        return LayerSpec(self.name, {"times": draw(st.integers(2, 3)),
                                     "container": self._container(draw)}, (body,))

    def _unrolled(self, spec) -> tuple[LayerSpec, ...]:
        return tuple(spec.bodies[0]) * spec.params["times"]

    def build(self, spec, info, body):
        return body(self._unrolled(spec), info, spec.params["container"])[0]

    def code(self, spec, info, body):
        return body(self._unrolled(spec), info, spec.params["container"])[0]


@kind
class BranchOnStatKind(Structure):
    """``if x.mean() > threshold``: tracing records one path, scripting keeps both."""

    name = "branch_on_stat"
    data_dependent_branch = True

    def draw(self, draw, info, ctx):
        above, _ = ctx.body(draw, info, preserve=True, depth=ctx.depth - 1)
        below, _ = ctx.body(draw, info, preserve=True, depth=ctx.depth - 1)
        return LayerSpec(self.name, {"threshold": 0.0, "container": self._container(draw)}, (above, below))

    def build(self, spec, info, body):
        container = spec.params["container"]
        return BranchOnStat(body(spec.bodies[0], info, container)[0], body(spec.bodies[1], info, container)[0],
                            spec.params["threshold"])

    def code(self, spec, info, body):
        container = spec.params["container"]
        return (f"BranchOnStat({body(spec.bodies[0], info, container)[0]}, "
                f"{body(spec.bodies[1], info, container)[0]}, {spec.params['threshold']})")
