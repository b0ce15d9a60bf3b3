"""``state_dict``: parameters and registered persistent buffers, loaded into a rebuilt module.

The common way to ship weights. It needs the code (here: the spec or factory)
and must load with ``weights_only=True``, strictly: every missing or unexpected
key is named, never skipped.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ..model.cases import Case
from ..train.loop import Trained
from ..train.materialize import rebuild
from .base import ArtifactLoadError, Format, register
from .key_diff import diff
from .mmap_load import mmap_check

FILE = "state_dict.pt"


def load_strict(module: nn.Module, state: dict, artifact: Path) -> None:
    """``load_state_dict(strict=True)``, with the differences spelled out first: the keys,
    likely renames, new buffers and changed shapes (:mod:`.key_diff`)."""
    found = diff(module, state)
    if found:
        raise ArtifactLoadError(f"{artifact}: the state dict does not fit the rebuilt model: {found.text()}")
    module.load_state_dict(state, strict=True)


@register
class StateDict(Format):
    name = "state_dict"
    resumes_with_checkpoint = True
    snippet = (
        "# the state_dict round trip\n"
        "torch.save(model.state_dict(), 'state_dict.pt')\n"
        "state = torch.load('state_dict.pt', weights_only=True)\n"
        "print(sorted(set(model.state_dict()) ^ set(state)))  # keys that differ"
    )

    #: The file in the format's folder (a subclass writing another layout names its own).
    file = FILE

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / self.file)

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        path = directory / self.file
        state = torch.load(path, map_location="cpu", weights_only=True)
        module = rebuild(case)
        load_strict(module, state, path)
        return module

    def extra_checks(self):
        return {"mmap": mmap_check(self.file)}
