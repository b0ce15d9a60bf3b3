"""``safetensors`` and ``safetensors-model``: the state dict in the safetensors file format.

No pickle at all, so loading runs no code. ``save_file`` is what most people
call; it refuses tied (shared) tensors and non-contiguous ones — recorded as
``unsupported`` with that limitation, as a user would meet it. ``save_model`` /
``load_model`` deduplicate shared tensors (and copy non-contiguous ones when
asked), and after loading we check that tied weights are still tied.
"""

from __future__ import annotations

from pathlib import Path

from safetensors.torch import load_file, load_model, save_file, save_model
from torch import nn

from ..model.cases import Case
from ..train.loop import Trained
from ..train.materialize import rebuild
from .base import ArtifactLoadError, CannotExpress, Format, register
from .state_dict import load_strict

FILE = "model.safetensors"


def shared_groups(model: nn.Module) -> list[list[str]]:
    """Names in the state dict that share storage (tied weights), as groups."""
    groups: dict[tuple[int, int], list[str]] = {}
    for name, tensor in model.state_dict(keep_vars=True).items():
        if tensor.numel():
            groups.setdefault((tensor.untyped_storage().data_ptr(), tensor.storage_offset()), []).append(name)
    return [names for names in groups.values() if len(names) > 1]


@register
class SafetensorsFile(Format):
    name = "safetensors"
    resumes_with_checkpoint = True
    snippet = ("# the safetensors round trip\n"
               "from safetensors.torch import save_file, load_file\n"
               "save_file(model.state_dict(), 'model.safetensors')\n"
               "model.load_state_dict(load_file('model.safetensors'))")

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        state = trained.model.state_dict()
        tied = shared_groups(trained.model)
        if tied:
            raise CannotExpress(f"save_file refuses shared tensors {tied}", "shared_tensors")
        loose = [name for name, tensor in state.items() if not tensor.is_contiguous()]
        if loose:
            raise CannotExpress(f"save_file refuses non-contiguous tensors {loose}", "noncontiguous")
        save_file(state, str(directory / FILE))

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        state = load_file(str(directory / FILE))
        module = rebuild(case)
        load_strict(module, state, directory / FILE)
        return module


@register
class SafetensorsModel(Format):
    name = "safetensors-model"
    resumes_with_checkpoint = True
    snippet = ("# the safetensors save_model round trip\n"
               "from safetensors.torch import save_model, load_model\n"
               "save_model(model, 'model.safetensors', force_contiguous=True)\n"
               "load_model(model, 'model.safetensors')")

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        save_model(trained.model, str(directory / FILE), force_contiguous=True)

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        module = rebuild(case)
        tied_before = shared_groups(module)
        missing, unexpected = load_model(module, str(directory / FILE), strict=True)
        if missing or unexpected:
            raise ArtifactLoadError(f"{directory / FILE}: missing {sorted(missing)}, unexpected {sorted(unexpected)}")
        if shared_groups(module) != tied_before:
            raise ArtifactLoadError(f"{directory / FILE}: tied weights {tied_before} are no longer tied after loading")
        return module
