"""The ``mmap`` check of the byte formats: ``torch.load(..., mmap=True)`` (from torch 2.1), the
way large checkpoints are opened without reading them into memory.

It has failure modes of its own — only zip-format files map (a legacy file is refused) — so
the check loads the file both ways and holds the mapped tensors to the read ones, bit for bit.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

from .. import _compat
from ..pickle_globals import refusal
from .base import ArtifactLoadError, CannotExpress


def _tensors(value: Any, prefix: str = "") -> dict[str, torch.Tensor]:
    """Every tensor in a loaded object (nested dicts and lists), by path."""
    if isinstance(value, torch.Tensor):
        return {prefix: value}
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, (list, tuple)) else ()
    found: dict[str, torch.Tensor] = {}
    for key, item in items:
        found.update(_tensors(item, f"{prefix}.{key}" if prefix else str(key)))
    return found


def _same_bits(a: torch.Tensor, b: torch.Tensor) -> bool:
    """Bit for bit, NaN included (a model whose training diverged keeps NaN weights)."""
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    return torch.equal(a.contiguous().reshape(-1).view(torch.uint8), b.contiguous().reshape(-1).view(torch.uint8))


def _load(path: Path, mmap: bool, trusted: bool) -> Any:
    """weights_only=True, or with the user's consent unpickling (torch 2.1's OneCycleLR state)."""
    keywords = {"mmap": True} if mmap else {}
    try:
        # a str: torch 2.1 maps only "a string filename"
        return torch.load(str(path), map_location="cpu", weights_only=True, **keywords)
    except pickle.UnpicklingError as exc:
        if not trusted:  # the check cannot run without the consent: not a failure of mmap
            raise CannotExpress(f"{path} does not load with weights_only=True ({refusal(exc)}), so comparing "
                                "its mapped load needs --trust-pickles") from exc
        return torch.load(str(path), map_location="cpu", weights_only=False, **keywords)


def mmap_check(file: str) -> Callable[..., str]:
    """The check for a format whose artifact is the one ``torch.save`` file ``file``."""

    def check(directory: Path, *, trusted: bool = False) -> str:
        if not _compat.load_takes_mmap():
            raise CannotExpress(f"torch {torch.__version__} has no torch.load(mmap=True) (it came in 2.1)")
        path = directory / file
        mapped, read = _tensors(_load(path, True, trusted)), _tensors(_load(path, False, trusted))
        if mapped.keys() != read.keys():
            raise ArtifactLoadError(f"{path}: mmap=True gives other tensors: {sorted(mapped.keys() ^ read.keys())[:10]}")
        differ = [k for k in read if not _same_bits(mapped[k], read[k])]
        if differ:
            raise ArtifactLoadError(f"{path}: mmap=True gives other values for {differ[:10]}")
        return f"mmap=True gives the same {len(read)} tensors, bit for bit"

    return check
