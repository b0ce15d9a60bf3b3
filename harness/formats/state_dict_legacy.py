"""``state_dict-legacy``: the state dict in torch's legacy, pre-1.6 file format
(``_use_new_zipfile_serialization=False``), which old checkpoints and some tools still write.

It is read by a code path of its own in ``torch.load``: ``weights_only`` and ``mmap`` each
treat it differently from a zip file (``mmap=True`` refuses it), so it is a row of its own.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ..model.cases import Case
from ..model.materialize import rebuild
from ..train.loop import Trained
from .base import Format, register
from .mmap_load import mmap_check
from .state_dict import load_strict

FILE = "state_dict_legacy.pt"


@register
class StateDictLegacy(Format):
    name = "state_dict-legacy"
    resumes_with_checkpoint = True
    snippet = ("# the legacy (non-zip) state_dict round trip\n"
               "torch.save(model.state_dict(), 'state_dict.pt', _use_new_zipfile_serialization=False)\n"
               "state = torch.load('state_dict.pt', weights_only=True)\n"
               "model.load_state_dict(state)")

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / FILE, _use_new_zipfile_serialization=False)

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        path = directory / FILE
        state = torch.load(path, map_location="cpu", weights_only=True)
        module = rebuild(case)
        load_strict(module, state, path)
        return module

    def extra_checks(self):
        return {"mmap": mmap_check(FILE)}
