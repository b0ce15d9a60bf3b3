"""``state_dict-legacy``: the state dict in torch's legacy, pre-1.6 file format
(``_use_new_zipfile_serialization=False``), which old checkpoints and some tools still write.

It is read by a code path of its own in ``torch.load``: ``weights_only`` and ``mmap`` each
treat it differently from a zip file (``mmap=True`` refuses it), so it is a row of its own.
"""

from __future__ import annotations

from pathlib import Path

import torch

from ..model.cases import Case
from ..train.loop import Trained
from .base import register
from .state_dict import StateDict

FILE = "state_dict_legacy.pt"


@register
class StateDictLegacy(StateDict):
    """Loaded as ``state_dict`` is (``weights_only=True``, strict keys, the ``mmap`` check);
    only the file differs."""

    name = "state_dict-legacy"
    file = FILE
    snippet = ("# the legacy (non-zip) state_dict round trip\n"
               "torch.save(model.state_dict(), 'state_dict.pt', _use_new_zipfile_serialization=False)\n"
               "state = torch.load('state_dict.pt', weights_only=True)\n"
               "model.load_state_dict(state)")

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / self.file, _use_new_zipfile_serialization=False)
