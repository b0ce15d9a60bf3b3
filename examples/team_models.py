"""Hand-written models as a team brings them to harness: ``--model team_models:gpt_block``.

A factory takes no arguments and returns ``(module, example_inputs)`` or
``(module, example_inputs, recipe_dict)``; harness imports it again in every torch
environment to rebuild the architecture, so it must build the same module there.
Each one seeds torch first, as reproducible training code does. Run them with::

    PYTHONPATH=examples python -m harness save --out artifacts/t24 --model team_models:gpt_block
    PYTHONPATH=examples HARNESS_MODELS=team_models:gpt_block,team_models:resnet_block \\
        python3 -m tox -e torch24,torch26
"""

from __future__ import annotations

import math

import torch
from torch import nn


class GPTBlock(nn.Module):
    """A pre-norm transformer block with a causal mask buffer and an LM head tied to the
    embedding (the weight-sharing every GPT-style model has)."""

    def __init__(self, vocab: int = 64, dim: int = 32, heads: int = 4, context: int = 16) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.position = nn.Parameter(torch.zeros(context, dim))
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))
        self.head = nn.Linear(dim, vocab, bias=False)
        self.head.weight = self.embed.weight
        self.heads = heads
        self.register_buffer("mask", torch.tril(torch.ones(context, context, dtype=torch.bool)),
                             persistent=False)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        batch, steps = tokens.shape
        x = self.embed(tokens) + self.position[:steps]
        q, k, v = self.qkv(self.norm1(x)).chunk(3, dim=-1)
        q, k, v = (t.reshape(batch, steps, self.heads, -1).transpose(1, 2) for t in (q, k, v))
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(q.shape[-1])
        scores = scores.masked_fill(~self.mask[:steps, :steps], float("-inf"))
        attended = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, steps, -1)
        x = x + self.proj(attended)
        x = x + self.mlp(self.norm2(x))
        return self.head(x)


class ResNetBlock(nn.Module):
    """Two 3×3 convolutions with batch norm and a 1×1 projection on the skip path."""

    def __init__(self, channels: int = 3, width: int = 16) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(channels, width, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.skip = nn.Conv2d(channels, width, 1, bias=False)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(width, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.relu(self.bn1(self.conv1(x)))
        y = torch.relu(self.bn2(self.conv2(y)) + self.skip(x))
        return self.fc(self.pool(y).flatten(1))


class BiLSTMTagger(nn.Module):
    """A 2-layer bidirectional LSTM with dropout between layers and a per-step classifier."""

    def __init__(self, features: int = 12, hidden: int = 24, tags: int = 5) -> None:
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, num_layers=2, bidirectional=True, batch_first=True,
                            dropout=0.1)
        self.out = nn.Linear(2 * hidden, tags)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.lstm(x)[0])


class Leaky(nn.Module):
    """The seed documents' trap: a tensor kept as a plain attribute (``state_dict`` never sees
    it) beside a ``persistent=False`` buffer and a registered one."""

    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(8, 8)
        self.offset = torch.randn(8)                                  # not in state_dict
        self.register_buffer("scale", torch.rand(8) + 0.5, persistent=False)
        self.register_buffer("kept", torch.ones(8))                   # carried

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(x) * self.scale + self.offset + self.kept


def gpt_block():
    torch.manual_seed(0)
    return GPTBlock(), torch.randint(0, 64, (4, 12))


def resnet_block():
    torch.manual_seed(0)
    # its own recipe: momentum SGD with a step decay instead of harness's default (AdamW, cosine)
    return ResNetBlock(), torch.randn(4, 3, 8, 8), {"optimizer": "sgd", "scheduler": "step", "lr": 0.01}


def bilstm():
    torch.manual_seed(0)
    return BiLSTMTagger(), torch.randn(3, 7, 12)


def leaky():
    torch.manual_seed(0)
    return Leaky(), torch.randn(4, 8)
