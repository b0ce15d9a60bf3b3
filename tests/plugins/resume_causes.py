"""Factories whose resume departures have known causes (tests/test_resume_causes.py).

``convnet``: convolutions and batch normalization trained by AdamW, no randomness: across
torch versions its CPU kernels round differently and training amplifies it (``numeric_drift``).
``bert_like``: transformers' constant ``persistent=False`` buffers (``position_ids``,
``token_type_ids``), rebuilt identically by the constructor: not lost state.
``moving``: a ``persistent=False`` buffer that training changes: lost by a ``state_dict`` reload.
``dropout``: draws a dropout mask every update (``rng_changed`` across torch 2.7's CPU
dropout-stream change).
``annealed``: keeps trained state in a Python float, which no format that rebuilds the model
carries and no digest or audit names: the control matches the saving run while the resumed
run departs (``unexplained``).
``nondeterministic``: trained nondeterministically by torch 2.0/2.1 — in 2.1 a second retrain
differs from the first (``numeric_drift``, with that evidence).
"""

from __future__ import annotations

import torch
from torch import nn


class ConvNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
            nn.Conv2d(16, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
            nn.Conv2d(16, 16, 3, padding=1, stride=2), nn.BatchNorm2d(16), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x) + 1.0  # a target of zero: the loss stays away from zero


def convnet():
    torch.manual_seed(0)
    return ConvNet(), torch.randn(4, 3, 16, 16), {"optimizer": "adamw", "lr": 0.05, "steps": 4,
                                                   "resume_steps": 4}


class BertLike(nn.Module):
    """What a BERT embedding holds outside ``state_dict``: constants of its configuration."""

    def __init__(self) -> None:
        super().__init__()
        self.words = nn.Embedding(32, 8)
        self.positions = nn.Embedding(16, 8)
        self.types = nn.Embedding(2, 8)
        self.norm = nn.LayerNorm(8)
        self.head = nn.Linear(8, 4)
        self.register_buffer("position_ids", torch.arange(16).expand((1, -1)), persistent=False)
        self.register_buffer("token_type_ids", torch.zeros(1, 16, dtype=torch.long), persistent=False)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        length = ids.shape[1]
        hidden = self.words(ids) + self.positions(self.position_ids[:, :length]) \
            + self.types(self.token_type_ids[:, :length])
        return self.head(self.norm(hidden)) + 1.0


def bert_like():
    torch.manual_seed(0)
    return BertLike(), torch.randint(0, 32, (2, 12))


class Moving(nn.Module):
    """A running mean kept in a ``persistent=False`` buffer: training changes it."""

    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(6, 6)
        self.register_buffer("center", torch.zeros(6), persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.proj(x)
        if self.training:
            with torch.no_grad():
                self.center.mul_(0.5).add_(0.5 * y.mean(0))
        return y - self.center + 1.0


def moving():
    torch.manual_seed(0)
    return Moving(), torch.randn(4, 6)


class Dropping(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x) + 1.0


def dropout():
    torch.manual_seed(0)
    return Dropping(), torch.randn(4, 6)


class Annealed(nn.Module):
    """A temperature halved by every training forward, kept as a plain Python float."""

    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(6, 6)
        self.temperature = 1.0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            self.temperature *= 0.5
        return self.proj(x) * self.temperature + 1.0


def annealed():
    torch.manual_seed(0)
    return Annealed(), torch.randn(4, 6)


class Transposed(nn.Module):
    """A transformer layer whose output is a transposed (non-contiguous) view: torch 2.0 and 2.1
    compute its gradients nondeterministically, two runs from one seed give other losses."""

    def __init__(self) -> None:
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(16, 2, 32, dropout=0.0, batch_first=True)
        self.act = nn.GELU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (self.act(self.layer(x)) * 0.5).transpose(1, 2) + 1.0


def nondeterministic():
    torch.manual_seed(0)
    return Transposed(), torch.randn(4, 6, 16), {"optimizer": "rmsprop", "lr": 0.01, "steps": 4,
                                                  "resume_steps": 4}
