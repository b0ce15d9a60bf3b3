"""Factories whose models return what real models return (tests/test_model_outputs.py).

``nested``: a transformers-like output, an ``OrderedDict`` subclass holding a tensor, a tuple
of tensors and a dict whose keys are not in sorted order. With ``SHAPED_MODELS_SHIFT`` set
(in the loading environment only) the factory builds a model that moves one leaf,
``hidden_states.1``, so the formats that rebuild the model with the factory there mismatch on
that leaf alone.

``cached``, ``worded``: models whose output holds what harness cannot compare — a cache
object (transformers' ``DynamicCache`` from ``use_cache=True``, emulated: transformers is
not a test dependency) and a string.
"""

from __future__ import annotations

import os
from collections import OrderedDict

import torch
from torch import nn
from torch.utils import _pytree as pytree


class ModelOutput(OrderedDict):
    """What transformers' ``ModelOutput`` is to harness: an ordered dict of named outputs,
    registered with torch's pytree as transformers registers it (torch.export needs that)."""


if hasattr(pytree, "register_pytree_node"):  # torch >= 2.2; transformers does this for its ModelOutput
    pytree.register_pytree_node(ModelOutput, lambda out: (list(out.values()), list(out.keys())),
                                lambda values, keys: ModelOutput(zip(keys, values)),
                                serialized_type_name="shaped_models.ModelOutput")


class Nested(nn.Module):
    def __init__(self, shift: float = 0.0) -> None:
        super().__init__()
        self.embed = nn.Linear(6, 8)
        self.head = nn.Linear(8, 3)
        self.shift = shift

    def forward(self, x: torch.Tensor):
        hidden = torch.tanh(self.embed(x))
        second = hidden * 2 + self.shift
        return ModelOutput(logits=self.head(hidden), hidden_states=(hidden, second),
                           extra={"zeta": hidden.sum(-1), "alpha": hidden.mean(-1)})


class DynamicCache:
    """Stands in for transformers' cache object: not a tensor, not a container of them."""

    def __init__(self, keys: torch.Tensor) -> None:
        self.keys = [keys]


class Cached(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(6, 4)

    def forward(self, x: torch.Tensor):
        y = self.proj(x)
        return {"logits": y, "past_key_values": DynamicCache(y)}


class Worded(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(6, 4)

    def forward(self, x: torch.Tensor):
        return self.proj(x), "a label"


def nested():
    torch.manual_seed(0)
    return Nested(shift=float(os.environ.get("SHAPED_MODELS_SHIFT", "0"))), torch.randn(2, 6)


def cached():
    torch.manual_seed(0)
    return Cached(), torch.randn(2, 6)


def worded():
    torch.manual_seed(0)
    return Worded(), torch.randn(2, 6)
