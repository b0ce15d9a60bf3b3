"""``safetensors-sharded``: the state dict split into several safetensors shards with an index
JSON — the layout ``save_pretrained`` writes and the Hub serves — through huggingface_hub's
``save_torch_model`` / ``load_torch_model`` rather than sharding of our own.

The shard size is a quarter of the model's bytes, so small models shard too. Tied weights are
saved once (huggingface_hub drops the duplicates), so a strict load names them as missing: the
load accepts exactly those names, provided the rebuilt model ties them again, and refuses any
other missing or unexpected key.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from torch import nn

from ..model.cases import Case
from ..train.loop import Trained
from ..train.materialize import rebuild
from .base import ArtifactLoadError, CannotExpress, Format, register
from .safetensors_formats import shared_groups

INDEX = "model.safetensors.index.json"
#: Shards per model at most, about: the shard size is the model's bytes over this.
SHARDS = 4


def _indexed(directory: Path) -> set[str]:
    """The index's keys, held to the shards': huggingface_hub loads what the shards hold, so an
    index naming a tensor no shard has (or a shard holding one the index does not name) would
    otherwise go unnoticed."""
    from safetensors import safe_open

    weight_map = json.loads((directory / INDEX).read_text(encoding="utf-8"))["weight_map"]
    held: dict[str, str] = {}
    for shard in sorted(set(weight_map.values())):
        if Path(shard).name != shard or not (directory / shard).is_file():
            raise ArtifactLoadError(f"{directory / INDEX}: names the shard {shard[:80]!r}, which is not in the folder")
        with safe_open(str(directory / shard), framework="pt") as opened:
            held.update((key, shard) for key in opened.keys())
    if held != weight_map:
        differ = sorted(set(held.items()) ^ set(weight_map.items()))
        raise ArtifactLoadError(f"{directory / INDEX}: the index and the shards disagree on {differ[:5]}")
    return set(weight_map)


@register
class SafetensorsSharded(Format):
    name = "safetensors-sharded"
    resumes_with_checkpoint = True
    snippet = ("# the sharded safetensors round trip (huggingface_hub)\n"
               "import os\n"
               "from huggingface_hub import save_torch_model, load_torch_model\n"
               "os.makedirs('sharded', exist_ok=True)  # save_torch_model lists the folder first\n"
               "save_torch_model(model, 'sharded', max_shard_size=1000)\n"
               "print(load_torch_model(model, 'sharded', strict=False))  # missing/unexpected keys")

    def available(self) -> str | None:
        if importlib.util.find_spec("huggingface_hub") is None:
            return "the huggingface_hub package is not installed"
        return None

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        from huggingface_hub import save_torch_model

        state = trained.model.state_dict()
        if not state:  # measured: save_torch_model writes no file at all then
            raise CannotExpress("the model has no parameters or buffers, so there is nothing to shard")
        size = sum(t.numel() * t.element_size() for t in state.values())
        save_torch_model(trained.model, directory, max_shard_size=max(1, size // SHARDS))

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        from huggingface_hub import load_torch_model

        if not (directory / INDEX).is_file() and not (directory / "model.safetensors").is_file():
            raise ArtifactLoadError(f"{directory}: neither {INDEX} nor model.safetensors is there")
        saved = _indexed(directory) if (directory / INDEX).is_file() else None
        module = rebuild(case)
        tied = shared_groups(module)
        result = load_torch_model(module, directory, strict=False, safe=True)
        # a tied name may be missing when another name of its group was saved
        dropped = {name for group in tied for name in group if saved is None or any(n in saved for n in group)}
        missing = sorted(set(result.missing_keys) - dropped)
        if missing or result.unexpected_keys:
            raise ArtifactLoadError(f"{directory}: the shards' keys differ from the rebuilt model: "
                                    f"missing {missing[:10]}, unexpected {sorted(result.unexpected_keys)[:10]}")
        if shared_groups(module) != tied:
            raise ArtifactLoadError(f"{directory}: tied weights {tied} are no longer tied after loading")
        return module
