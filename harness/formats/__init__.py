"""The formats: one adapter module per format, registered by importing it here."""

from __future__ import annotations

# Importing an adapter module registers it. Adding a format adds one line here.
from . import (  # noqa: E402,F401
    aoti_package,
    checkpoint,
    dcp,
    dcp_safetensors,
    executorch_program,
    exported,
    onnx_formats,
    safetensors_formats,
    safetensors_sharded,
    script_checkpoint,
    state_dict,
    state_dict_legacy,
    torchscript,
    whole_pickle,
)
from .base import FORMATS, ArtifactLoadError, CannotExpress, Format, Runner, register

__all__ = ["FORMATS", "register", "ArtifactLoadError", "CannotExpress", "Format", "Runner"]
