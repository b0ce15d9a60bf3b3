"""What a format plugin (``HARNESS_PLUGINS=mypkg.formats``) needs from harness, in one place.

A plugin module imports only from here, so the internal modules can move (the layout is
being regrouped) without breaking anyone's formats. Subclass :class:`Format` (or one of the
built-in adapters, to change one step of it), decorate it with :func:`register`, raise
:class:`ArtifactLoadError` for a load that fails for a reason you can name and
:class:`CannotExpress` for a model the format cannot hold (``unsupported``, with a known
limitation); everything else a load raises becomes ``load_error`` with its traceback.
Consent to unpickling (``--trust-pickles``) reaches a load as the keyword ``trusted``, and
only a method that declares it gets it: pass it on to what you call
(``super().load_module(case, directory, trusted=trusted)``, ``read_checkpoint(path,
trusted=trusted)``).
"""

from __future__ import annotations

from .formats import FORMATS, register
from .formats.base import Format, Runner, module_runner, with_consent
from .formats.checkpoint import Checkpoint
from .formats.checkpoint_file import FILE as CHECKPOINT_FILE
from .formats.checkpoint_file import read_checkpoint
from .formats.errors import ArtifactLoadError, CannotExpress, NeedsTrust
from .formats.state_dict import StateDict
from .model.cases import Case
from .train.loop import Trained
from .train.materialize import rebuild

__all__ = [
    "CHECKPOINT_FILE", "FORMATS", "ArtifactLoadError", "CannotExpress", "Case", "Checkpoint", "Format",
    "NeedsTrust", "Runner", "StateDict", "Trained", "module_runner", "read_checkpoint", "rebuild", "register",
    "with_consent",
]
