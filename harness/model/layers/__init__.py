"""The vocabulary: every layer kind, structure and state hazard, in one registry.

What a kind is lives in :mod:`.kind`; each module imported here registers its kinds.
Adding a kind is adding one class in one of them.
"""

from __future__ import annotations

from . import basic, hazards, sequence, spatial, structure  # noqa: F401  (registers kinds)
from .kind import (
    FAMILIES,
    FLOAT_LAYOUTS,
    LAYERS,
    Context,
    Kind,
    TensorInfo,
    any_kind,
    body_out,
    kind,
    kind_of,
)

__all__ = ["LAYERS", "Context", "Kind", "TensorInfo", "any_kind", "body_out", "kind", "kind_of", "FLOAT_LAYOUTS", "FAMILIES"]
