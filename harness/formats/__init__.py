"""The format registry: one adapter module per format, registered here by import."""

from __future__ import annotations

from ..registry import Registry
from .base import ArtifactLoadError, CannotExpress, Format, Runner

FORMATS: Registry[Format] = Registry("format")


def register(cls: type[Format]) -> type[Format]:
    """Class decorator: register one instance of an adapter under its ``name``."""
    FORMATS.add(cls.name, cls())
    return cls


# Importing an adapter module registers it. Adding a format adds one line here.
from . import (  # noqa: E402,F401
    checkpoint,
    exported,
    onnx_formats,
    safetensors_formats,
    script_checkpoint,
    state_dict,
    torchscript,
    whole_pickle,
)

__all__ = ["FORMATS", "register", "ArtifactLoadError", "CannotExpress", "Format", "Runner"]
