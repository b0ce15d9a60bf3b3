"""Sequence layers: embeddings of integer tokens, recurrent layers, attention, transformers."""

from __future__ import annotations

from hypothesis import strategies as st
from torch import nn

from ...modules import MeanOverTime, RecurrentOutput, SelfAttention
from ..spec import LayerSpec
from .basic import MAX_WIDTH, divisors
from .kind import Context, Kind, TensorInfo, kind


@kind
class Embedding(Kind):
    family = "reshape"
    name = "embedding"
    layouts = ("tok",)
    can_preserve = False

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"dim": ctx.width(draw, MAX_WIDTH)})

    def out(self, spec, info):
        return TensorInfo("seq", (info.shape[0], spec.params["dim"]))

    def build(self, spec, info, body):
        return nn.Embedding(info.vocab, spec.params["dim"])

    def code(self, spec, info, body):
        return f"nn.Embedding({info.vocab}, {spec.params['dim']})"


class Recurrent(Kind):
    family = "sequence"
    layouts = ("seq",)
    zeroable = ("dropout",)
    torch_class: str

    def draw(self, draw, info: TensorInfo, ctx: Context) -> LayerSpec:
        layers = draw(st.sampled_from([1, 2]))
        return LayerSpec(self.name, {
            "hidden": info.features if ctx.preserve else ctx.width(draw, MAX_WIDTH),
            "layers": layers,
            "bidirectional": False if ctx.preserve else draw(st.booleans()),
            "bias": draw(st.booleans()),
            "dropout": draw(st.sampled_from([0.0, 0.2])) if layers > 1 else 0.0,
        })

    def out(self, spec, info):
        p = spec.params
        return TensorInfo("seq", (info.shape[0], p["hidden"] * (2 if p["bidirectional"] else 1)))

    def _args(self, spec, info) -> str:
        p = spec.params
        return (f"{info.features}, {p['hidden']}, num_layers={p['layers']}, bias={p['bias']}, "
                f"batch_first=True, dropout={p['dropout']}, bidirectional={p['bidirectional']}")

    def build(self, spec, info, body):
        p = spec.params
        rnn = getattr(nn, self.torch_class)(info.features, p["hidden"], num_layers=p["layers"], bias=p["bias"],
                                            batch_first=True, dropout=p["dropout"],
                                            bidirectional=p["bidirectional"])
        return RecurrentOutput(rnn)

    def code(self, spec, info, body):
        return f"RecurrentOutput(nn.{self.torch_class}({self._args(spec, info)}))"


@kind
class LSTM(Recurrent):
    name, torch_class = "lstm", "LSTM"


@kind
class GRU(Recurrent):
    name, torch_class = "gru", "GRU"


@kind
class MultiheadAttention(Kind):
    family = "sequence"
    name = "attention"
    layouts = ("seq",)
    zeroable = ("dropout",)
    fused_in_eager = True

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"heads": draw(st.sampled_from(divisors(info.features, 4))),
                                     "bias": draw(st.booleans()),
                                     "dropout": draw(st.sampled_from([0.0, 0.1]))})

    def build(self, spec, info, body):
        p = spec.params
        return SelfAttention(nn.MultiheadAttention(info.features, p["heads"], dropout=p["dropout"],
                                                   bias=p["bias"], batch_first=True))

    def code(self, spec, info, body):
        p = spec.params
        return (f"SelfAttention(nn.MultiheadAttention({info.features}, {p['heads']}, "
                f"dropout={p['dropout']}, bias={p['bias']}, batch_first=True))")


@kind
class TransformerEncoderLayer(Kind):
    family = "sequence"
    name = "transformer_encoder"
    layouts = ("seq",)
    zeroable = ("dropout",)
    fused_in_eager = True

    def draw(self, draw, info, ctx):
        return LayerSpec(self.name, {"heads": draw(st.sampled_from(divisors(info.features, 4))),
                                     "feedforward": draw(st.sampled_from([2 * info.features, 4 * info.features] if ctx.widths
                                                                          else [4, 8, 16])),
                                     "dropout": draw(st.sampled_from([0.0, 0.1])),
                                     "activation": draw(st.sampled_from(["relu", "gelu"])),
                                     "norm_first": draw(st.booleans())})

    def _args(self, spec, info) -> str:
        p = spec.params
        return (f"{info.features}, {p['heads']}, dim_feedforward={p['feedforward']}, "
                f"dropout={p['dropout']}, activation={p['activation']!r}, batch_first=True, "
                f"norm_first={p['norm_first']}")

    def build(self, spec, info, body):
        p = spec.params
        return nn.TransformerEncoderLayer(info.features, p["heads"], dim_feedforward=p["feedforward"],
                                          dropout=p["dropout"], activation=p["activation"],
                                          batch_first=True, norm_first=p["norm_first"])

    def code(self, spec, info, body):
        return f"nn.TransformerEncoderLayer({self._args(spec, info)})"


@kind
class MeanTime(Kind):
    family = "reshape"
    name = "mean_over_time"
    layouts = ("seq",)
    can_preserve = False

    def out(self, spec, info):
        return TensorInfo("vec", (info.shape[1],))

    def build(self, spec, info, body):
        return MeanOverTime()

    def code(self, spec, info, body):
        return "MeanOverTime()"
