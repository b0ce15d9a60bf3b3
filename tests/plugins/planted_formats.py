"""Test-only formats with planted failures, loaded through HARNESS_PLUGINS in every environment."""

from __future__ import annotations

from pathlib import Path

import torch

from harness.plugin import (
    ArtifactLoadError,
    Case,
    Format,
    Trained,
    module_runner,
    rebuild,
    register,
)


def has_kind(case: Case, kind: str) -> bool:
    spec = case.spec
    return spec is not None and any(layer.kind == kind for layer in spec.walk())


@register
class GRUAcrossVersions(Format):
    """Refuses GRU models saved by another torch version: a failure that needs two environments."""

    name = "test_gru_across_versions"

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / "weights.pt")
        (directory / "torch_version").write_text(torch.__version__)

    def load(self, case: Case, directory: Path):
        saved_by = (directory / "torch_version").read_text()
        if saved_by != torch.__version__ and has_kind(case, "gru"):
            raise ArtifactLoadError(f"planted: a GRU saved by torch {saved_by}")
        module = rebuild(case)
        module.load_state_dict(torch.load(directory / "weights.pt", weights_only=True))
        return module_runner(module)
