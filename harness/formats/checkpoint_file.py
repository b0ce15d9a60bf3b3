"""The ``checkpoint`` artifact's file, read back: by the checkpoint format, and by every
format that keeps only weights and resumes with the checkpoint's optimizer, scheduler and
RNG state (the base class's default ``training_state``).

Its own module so that :mod:`harness.formats.base` can read a checkpoint without importing
an adapter (the adapters import the base class).
"""

from __future__ import annotations

import pickle
from pathlib import Path

import torch

from ..pickle_globals import refusal
from .errors import ArtifactLoadError, NeedsTrust

FILE = "checkpoint.pt"
LAYOUT = "harness.checkpoint/1"


def read_checkpoint(path: Path, strict: bool = False, *, trusted: bool = False) -> dict:
    """The checkpoint, loaded with ``weights_only=True``; with the user's consent (and not
    ``strict``), one that needs unpickling — torch 2.1's OneCycleLR keeps a bound method —
    is loaded with ``weights_only=False``."""
    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        first = refusal(exc)
        if strict or not trusted:
            raise NeedsTrust(f"{path} does not load with weights_only=True ({first}); loading it runs "
                             "code from the file: pass --trust-pickles if you made it") from exc
        checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    return of_layout(checkpoint, path, LAYOUT)


def of_layout(checkpoint: object, path: Path, layout: str) -> dict:
    """The loaded checkpoint, if it is a dict of harness's ``layout`` (else ArtifactLoadError)."""
    if not isinstance(checkpoint, dict) or checkpoint.get("layout") != layout:
        raise ArtifactLoadError(f"{path}: not a {layout} checkpoint")
    return checkpoint
