"""``dcp-safetensors``: ``torch.distributed.checkpoint`` in Hugging Face safetensors storage
(``HuggingFaceStorageWriter``/``Reader``), in one process on the CPU — how torchtitan and
torchtune hand trained weights to the Hugging Face ecosystem.

What the storage keeps (torch 2.13 and 2.15 sources, measured): tensors only. The writer puts a
rank's tensors in one ``model-00001-of-00001.safetensors`` (``safetensors.torch.save``, with
``DCP_SHARDING_INFO``, ``DCP_VERSION`` "1.0" and ``format`` in the header's metadata) beside
``model.safetensors.index.json``. A non-tensor value goes in as its pickle *in front of* the
safetensors bytes, and the file no longer opens ("header too large"): param groups,
scheduler, step and RNG states cannot be kept, so the format is inference-only, and a model
whose state dict holds a non-tensor is refused before saving. The reader builds DCP's metadata
from the safetensors headers and reads with ``safe_open``: loading unpickles nothing, so it
needs no --trust-pickles. safetensors refuses tied and non-contiguous tensors, and so does
the writer (``shared_tensors``, ``noncontiguous``, as for ``safetensors``).

The ``consolidated`` check merges the checkpoint into plain safetensors files with the loading
torch's ``consolidate_safetensors_files`` (what the writer runs after a distributed save with
``enable_consolidation``), loads them with plain ``safetensors.torch.load_file`` into the
rebuilt model strictly, and holds every tensor to the checkpoint's, bit for bit.
"""

from __future__ import annotations

import json
import tempfile
import warnings
from pathlib import Path
from typing import Callable, Mapping

import torch
from safetensors import safe_open
from safetensors.torch import load_file
from torch import nn

from .. import _compat
from ..model.cases import Case
from ..train.loop import Trained
from ..train.materialize import rebuild
from .base import ArtifactLoadError, CannotExpress, Format, register
from .dcp import _inner, _last_line
from .mmap_load import _same_bits
from .safetensors_formats import shared_groups

NAME = "dcp-safetensors"
#: The index the writer and the consolidation write beside the safetensors files.
INDEX = "model.safetensors.index.json"
#: How a user fixes a consolidation that fails or changes values.
PLAIN_FIX = ("write the plain files from the loaded state dict instead: dcp.load(state, "
             "storage_reader=HuggingFaceStorageReader(path)), then safetensors.torch.save_file(state, file)")


def _where(directory: Path) -> str:
    return f"{directory} ({NAME}, loaded by torch {torch.__version__})"


def _storage() -> tuple:
    storage = _compat.hf_storage()
    if storage is None:  # loadable() says so first; reached only when called directly
        raise CannotExpress(f"torch {torch.__version__} has no HuggingFaceStorageWriter/HuggingFaceStorageReader")
    return storage


def _saved(directory: Path) -> dict[str, tuple[torch.dtype, tuple[int, ...]]]:
    """Every tensor of the checkpoint as DCP's reader sees it (from the safetensors headers):
    name → (dtype, shape)."""
    if not any(directory.glob("*.safetensors")):
        raise ArtifactLoadError(f"{_where(directory)}: no .safetensors file, so not a safetensors distributed "
                                "checkpoint — save it again")
    reader = _storage()[1](str(directory))
    try:
        metadata = reader.read_metadata()
    except Exception as exc:
        raise ArtifactLoadError(f"{_where(directory)}: HuggingFaceStorageReader cannot read the safetensors "
                                f"headers ({type(exc).__name__}: {str(exc)[:200]}); the files are damaged or "
                                "not written by HuggingFaceStorageWriter — save it again") from exc
    return {key: (item.properties.dtype, tuple(item.size))
            for key, item in metadata.state_dict_metadata.items()}


def _hold(template: Mapping[str, torch.Tensor], saved: Mapping[str, tuple[torch.dtype, tuple[int, ...]]],
          directory: Path, what: str = "the checkpoint") -> None:
    """Strict keys, and the dtypes and shapes a load would otherwise cast silently (DCP's reader
    and ``load_state_dict`` both copy into the model's tensors, converting the dtype)."""
    missing, unexpected = sorted(set(template) - set(saved)), sorted(set(saved) - set(template))
    if missing or unexpected:
        raise ArtifactLoadError(f"{_where(directory)}: {what}'s tensors differ from the rebuilt model's: "
                                f"missing {missing[:10]}, unexpected {unexpected[:10]} — rebuild the model it was "
                                "saved from")
    differ = [f"{key}: saved {saved[key][0]} {list(saved[key][1])}, model {t.dtype} {list(t.shape)}"
              for key, t in template.items() if (t.dtype, tuple(t.shape)) != saved[key]]
    if differ:
        raise ArtifactLoadError(f"{_where(directory)}: {what}'s tensors differ in dtype or shape from the rebuilt "
                                f"model's: {differ[:5]} — rebuild the model it was saved from")


@register
class DcpSafetensors(Format):
    name = NAME
    snippet = ("# torch.distributed.checkpoint in Hugging Face safetensors storage, in one process\n"
               "import os\n"
               "import torch.distributed.checkpoint as dcp\n"
               "state = model.state_dict()  # tensors only: the storage keeps nothing else\n"
               "if hasattr(dcp, 'HuggingFaceStorageWriter'):  # 2.13 and 2.15 have it; 2.6 does not\n"
               "    dcp.save(state, storage_writer=dcp.HuggingFaceStorageWriter('dcp-hf'))\n"
               "    dcp.load(state, storage_reader=dcp.HuggingFaceStorageReader('dcp-hf'))  # in place\n"
               "    model.load_state_dict(state)\n"
               "    # the plain files: consolidated, then loaded with safetensors alone\n"
               "    from torch.distributed.checkpoint._consolidate_hf_safetensors import "
               "consolidate_safetensors_files\n"
               "    from safetensors.torch import load_file\n"
               "    os.makedirs('plain', exist_ok=True)\n"
               "    consolidate_safetensors_files('dcp-hf', 'plain', dict.fromkeys(state, 1))\n"
               "    print(model.load_state_dict(load_file('plain/model-00001-of-00001.safetensors')))\n"
               "else:\n"
               "    print('this torch has no HuggingFaceStorageWriter')")

    def available(self) -> str | None:
        reason = _compat.dcp_unavailable()
        if reason is None and _compat.hf_storage() is None:
            reason = (f"torch {torch.__version__}'s torch.distributed.checkpoint has no HuggingFaceStorageWriter/"
                      "HuggingFaceStorageReader (safetensors storage for distributed checkpoints, which "
                      "torch 2.13 and 2.15 have)")
        return reason

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        import torch.distributed.checkpoint as dcp

        state = trained.model.state_dict()
        if not state:  # measured: the writer then writes an index and no safetensors file
            raise CannotExpress("the model has no parameters or buffers, so HuggingFaceStorageWriter writes no "
                                "safetensors file")
        other = sorted(key for key, value in state.items() if not isinstance(value, torch.Tensor))
        if other:
            raise CannotExpress(f"HuggingFaceStorageWriter keeps tensors only, and the state dict holds "
                                f"{other[:10]}: the writer would put their pickles in front of the safetensors "
                                "bytes, in a file nothing can open")
        tied = shared_groups(trained.model)
        if tied:
            raise CannotExpress(f"HuggingFaceStorageWriter writes with safetensors, which refuses shared "
                                f"tensors {tied}", "shared_tensors")
        loose = sorted(name for name, tensor in state.items() if not tensor.is_contiguous())
        if loose:
            raise CannotExpress(f"HuggingFaceStorageWriter writes with safetensors, which refuses "
                                f"non-contiguous tensors {loose}", "noncontiguous")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "assuming the intent is to save in a single process"
                dcp.save(state, storage_writer=_storage()[0](str(directory)))
        except _compat.dcp_failures() as exc:
            raise RuntimeError(f"{directory} ({NAME}): torch {torch.__version__} could not write this "
                               f"checkpoint ({_last_line(exc)})") from _inner(exc)

    def load_module(self, case: Case, directory: Path) -> nn.Module:
        import torch.distributed.checkpoint as dcp

        module = rebuild(case)
        template = module.state_dict()
        _hold(template, _saved(directory), directory)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the single-process notice
                dcp.load(template, storage_reader=_storage()[1](str(directory)))
        except _compat.dcp_failures() as exc:
            raise ArtifactLoadError(f"{_where(directory)}: dcp.load failed ({_last_line(exc)})") from _inner(exc)
        module.load_state_dict(template, strict=True)  # the reader filled the module's own tensors
        return module

    def extra_checks(self) -> Mapping[str, Callable[..., str]]:
        return {"consolidated": consolidated}


def _shards(directory: Path) -> dict[str, torch.Tensor]:
    """The checkpoint's tensors read with plain safetensors (one process writes whole tensors)."""
    tensors: dict[str, torch.Tensor] = {}
    for path in sorted(directory.glob("*.safetensors")):
        try:
            with safe_open(str(path), framework="pt") as opened:
                sharding = json.loads((opened.metadata() or {}).get("DCP_SHARDING_INFO") or "{}")
            read = load_file(str(path))
        except Exception as exc:
            raise ArtifactLoadError(f"{_where(directory)}: safetensors cannot read {path.name} ({type(exc).__name__}: "
                                    f"{str(exc)[:200]}) — save it again") from exc
        for key, tensor in read.items():
            offsets = sharding.get(key, {}).get("saved_offsets") or []
            if key in tensors or any(offsets):
                raise ArtifactLoadError(f"{_where(directory)}: {key!r} is split across files, which one process "
                                        "never writes — save it again")
            tensors[key] = tensor
    return tensors


def _plain(folder: Path) -> dict[str, torch.Tensor]:
    """Every tensor of the consolidated files, read with ``safetensors.torch.load_file`` alone."""
    files = sorted(folder.glob("*.safetensors"))
    if (folder / INDEX).is_file():
        named = sorted(set(json.loads((folder / INDEX).read_text(encoding="utf-8"))["weight_map"].values()))
        files = [folder / Path(name).name for name in named]
    merged: dict[str, torch.Tensor] = {}
    for path in files:
        merged.update(load_file(str(path)))
    return merged


def _not_floating(shards: Mapping[str, torch.Tensor]) -> str:
    """The tensors consolidation sizes with ``torch.finfo`` (floating point only; 2.13, 2.15)."""
    found = [f"{key} ({tensor.dtype})" for key, tensor in shards.items() if not tensor.is_floating_point()]
    return (f"; it sizes every dtype with torch.finfo, which takes floating-point dtypes only, and the "
            f"checkpoint holds {found[:5]}" if found else "")


def _changes(saved: torch.Tensor, merged: torch.Tensor) -> str:
    if saved.dtype != merged.dtype or saved.shape != merged.shape:
        return f"{saved.dtype} {list(saved.shape)} became {merged.dtype} {list(merged.shape)}"
    if saved.dim() == 0:
        return f"0-dim, {saved.item()!r} became {merged.item()!r}"
    return f"{int((saved != merged).sum())} of {saved.numel()} values differ"


def consolidated(directory: Path, *, case: Case) -> str:
    """Consolidate the checkpoint into plain safetensors files with this torch, load them with
    ``safetensors.torch.load_file`` alone into the rebuilt model (strict keys), and hold every
    tensor to the checkpoint's, bit for bit: the files a team hands to plain safetensors users
    are these, not the checkpoint."""
    consolidate = _compat.hf_consolidation()
    if consolidate is None:
        raise CannotExpress(f"torch {torch.__version__} has no consolidate_safetensors_files(input_dir, output_dir, "
                            "fqn_to_index_mapping) to merge a safetensors distributed checkpoint into plain files")
    shards = _shards(directory)
    if not shards:  # a save refuses a model without tensors, so only a hand-made folder gets here
        raise ArtifactLoadError(f"{_where(directory)}: the checkpoint holds no tensors to consolidate — save it again")
    with tempfile.TemporaryDirectory(prefix="harness-consolidated-") as out:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                consolidate(input_dir=str(directory), output_dir=out, fqn_to_index_mapping=dict.fromkeys(shards, 1))
        except Exception as exc:  # raised in context, not ``from``: the record's line keeps this whole
            # message, and its traceback keeps torch's (``during handling of the above``)
            raise ArtifactLoadError(f"{_where(directory)}: consolidate_safetensors_files failed "
                                    f"({type(exc).__name__}: {str(exc)[:200]}){_not_floating(shards)} — "
                                    f"{PLAIN_FIX}")
        try:
            merged = _plain(Path(out))
        except Exception as exc:  # in context, as above
            raise ArtifactLoadError(f"{_where(directory)}: safetensors cannot load the consolidated files "
                                    f"({type(exc).__name__}: {str(exc)[:200]}) — {PLAIN_FIX}")
    module = rebuild(case)
    _hold(module.state_dict(), {key: (t.dtype, tuple(t.shape)) for key, t in merged.items()}, directory,
          "the consolidated files")
    module.load_state_dict(merged, strict=True)
    changed = [f"{key}: {_changes(tensor, merged[key])}" for key, tensor in shards.items()
               if key in merged and not _same_bits(tensor, merged[key])]
    if changed:
        raise ArtifactLoadError(f"{_where(directory)}: the consolidated files hold other values than the "
                                f"checkpoint: {changed[:5]} — {PLAIN_FIX}")
    return (f"torch {torch.__version__}'s consolidate_safetensors_files wrote plain files that load_file reads "
            f"bit for bit ({len(merged)} tensors), loaded strictly into the rebuilt model")
