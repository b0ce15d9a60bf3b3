"""Factories for tests/test_dcp_safetensors.py.

``logit_scale``: a learned temperature held as a 0-dim parameter, as CLIP keeps its
``logit_scale`` — a shape generated specs never have, and one torch 2.13's and 2.15's
safetensors consolidation writes as zero.
"""

from __future__ import annotations

import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(4, 3)
        self.logit_scale = nn.Parameter(torch.tensor(2.6592))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(x) * self.logit_scale.exp()


def logit_scale():
    torch.manual_seed(0)
    return Scaled(), torch.randn(4, 4), {"optimizer": "sgd", "lr": 0.01, "steps": 3, "resume_steps": 3}
