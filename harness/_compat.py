"""Every reach into torch internals or version-specific behaviour, each with its reason."""

from __future__ import annotations

import io
import pickle
from contextlib import contextmanager
from typing import Any, Callable, Iterator


def forget_failed_scripting() -> None:
    """After a failed ``torch.jit.script``, drop TorchScript's cache of compiled module types.

    Seen in torch 2.4: scripting ``nn.MultiheadAttention(bias=False)`` fails, and every
    later scripting of any MultiheadAttention in the same process then fails with
    "Can't redefine method: forward" — one case's verdict would depend on the cases
    before it. The cache is internal (``torch.jit._recursive.concrete_type_store``);
    if it moves, we skip the reset rather than fail.
    """
    try:
        from torch.jit._recursive import concrete_type_store
        concrete_type_store.type_store.clear()
    except (ImportError, AttributeError):
        pass


def onnx_export_takes_dynamo() -> bool:
    """``torch.onnx.export(..., dynamo=...)`` exists from torch 2.4 (2.9 made ``True`` the default)."""
    import inspect
    import warnings

    import torch
    with warnings.catch_warnings():  # importing torch.onnx imports onnxscript, which warns (0.1)
        warnings.simplefilter("ignore")
        onnx = torch.onnx
    return "dynamo" in inspect.signature(onnx.export).parameters


def dynamo_onnx_unavailable() -> str | None:
    """Why the dynamo-based ONNX exporter cannot run here, or None.

    It exists from torch 2.1 (``torch.onnx.dynamo_export``, later ``export(dynamo=True)``)
    and needs the onnxscript package.
    """
    import importlib.util

    import torch
    if not (onnx_export_takes_dynamo() or hasattr(torch.onnx, "dynamo_export")):
        return f"torch {torch.__version__} has no dynamo-based ONNX exporter"
    if importlib.util.find_spec("onnxscript") is None:
        return "the dynamo-based ONNX exporter needs the onnxscript package, which is not installed"
    return None


def torch_export_unavailable() -> str | None:
    """``torch.export.export`` with ``save``/``load`` arrived in torch 2.1."""
    import torch
    export = getattr(torch, "export", None)
    if export is None or not all(hasattr(export, f) for f in ("export", "save", "load")):
        return f"torch {torch.__version__} has no torch.export.save/load"
    return None


def reset_dynamo() -> None:
    """Forget what torch._dynamo compiled for earlier models before capturing the next one.

    torch.export and the dynamo-based ONNX exporter go through dynamo, which caches
    per code object; without a reset the same model failed differently depending on
    the models exported before it in the process (seen with torch 2.4).
    """
    import torch
    dynamo = getattr(torch, "_dynamo", None)
    if dynamo is not None and hasattr(dynamo, "reset"):
        dynamo.reset()


@contextmanager
def fake_tensor_cache_off() -> Iterator[None]:
    """Within the block, fake tensors do not cache their dispatches (the cache is torch 2.3+).

    In torch 2.4 the dynamo-based ONNX exporter, run on a model with a free parameter before a
    conv, failed ("expected stride to be a single integer value …", an op given the cached
    output of another shape) or not depending on nothing but harness's own source: adding one
    unrelated module to harness flipped it, the same model and torch each time. Without the
    cache the capture computes every shape it records.
    """
    import torch
    config = getattr(getattr(torch, "_dynamo", None), "config", None)
    before = getattr(config, "fake_tensor_cache_enabled", None)
    if before is None:
        yield
        return
    config.fake_tensor_cache_enabled = False
    try:
        yield
    finally:
        config.fake_tensor_cache_enabled = before


@contextmanager
def refusing_pickles() -> Iterator[None]:
    """Within the block, ``torch.load`` loads only with ``weights_only=True`` and ``pickle.loads``
    refuses every global: what a loader that unpickles on its own may do without the user's
    consent.

    ``torch.export.load`` reads a ``.pt2``'s weights and constants with ``torch.load`` and
    ``pickle.loads``, and which arguments it passes depends on the release: a plain
    ``torch.load(buffer)`` in 2.1–2.4 (which unpickles anything there), ``weights_only=False``
    explicitly in 2.6, ``weights_only=True`` then a ``weights_only=False`` fallback in 2.13, and
    ``pickle.loads`` of constants in 2.1 and 2.13. So consent is enforced on what the loader
    calls, not probed from ``torch.load``'s default. Both are looked up on their modules at
    call time in those releases, so replacing the attributes reaches every call.
    """
    import torch
    original_load, original_loads = torch.load, pickle.loads

    def load(*args, **kwargs):
        kwargs["weights_only"] = True
        return original_load(*args, **kwargs)

    def loads(data, *args, **kwargs):
        return _Refusing(io.BytesIO(data)).load()

    torch.load, pickle.loads = load, loads
    try:
        yield
    finally:
        torch.load, pickle.loads = original_load, original_loads


class WouldRunCode(RuntimeError):
    """A load stopped before it ran a program from the file the user did not consent to."""


@contextmanager
def refusing_torchscript() -> Iterator[None]:
    """Within the block, ``torch.jit.load`` raises :class:`WouldRunCode` instead of loading.

    ``torch.load`` of a TorchScript archive hands it to ``torch.jit.load`` (looked up on
    ``torch.jit`` at call time) in torch 2.1–2.5, which runs the archive's code; from 2.6 it
    refuses the archive first when ``weights_only`` is True (its new default: "Cannot use
    weights_only=True with TorchScript archives"). So whether a plain ``torch.load`` would
    run the program is decided by what it calls, not by its version.
    """
    import torch
    original = torch.jit.load

    def refuse(*args, **kwargs):
        raise WouldRunCode("torch.load handed the TorchScript archive to torch.jit.load, which runs its code")

    torch.jit.load = refuse
    try:
        yield
    finally:
        torch.jit.load = original


class _Refusing(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"refused to unpickle {module}.{name}: it would run code from the file")


def grad_scaler_state() -> dict:
    """The state dict of a fresh CPU ``GradScaler``, as a mixed-precision training script keeps it.

    ``torch.amp.GradScaler("cpu")`` is device-generic from torch 2.3 (absent in 2.1, present in
    2.4, measured); before it, only ``torch.cuda.amp.GradScaler`` exists and it is disabled
    without CUDA, where its ``state_dict()`` is ``{}``. Then the same keys with GradScaler's
    defaults stand in, so every torch saves the same shape of entry.
    """
    import torch
    amp = getattr(torch, "amp", None)
    if amp is not None and hasattr(amp, "GradScaler"):
        return dict(amp.GradScaler("cpu").state_dict())
    return {"scale": 65536.0, "growth_factor": 2.0, "backoff_factor": 0.5, "growth_interval": 2000,
            "_growth_tracker": 0}


def unsafe_globals_in_checkpoint(path: str) -> list[str] | None:
    """torch's own static list of the globals a ``weights_only=True`` load would refuse, or None
    where this torch has none: ``torch.serialization.get_unsafe_globals_in_checkpoint`` arrived
    with ``safe_globals`` in torch 2.5 (absent in 2.4, present in 2.6, measured). It reads the
    pickle's opcodes; it does not unpickle. None too where it refuses the pickle itself: 2.10
    and later stop at the POP opcode torch 2.0's pickler writes ("Unsupported operand 48",
    seen in the atlas), and harness's own reading then lists the globals."""
    import torch
    find = getattr(torch.serialization, "get_unsafe_globals_in_checkpoint", None)
    if find is None:
        return None
    try:
        return list(find(path))
    except Exception:  # noqa: BLE001  (its refusal is the load's own, reported by the caller)
        return None


def weights_only_allowed_globals() -> set[str] | None:
    """The ``module.name`` globals this torch's weights-only unpickler accepts (its built-in set
    and what the user allowlisted), or None if the internals moved.

    Internal: ``torch._weights_only_unpickler._get_allowed_globals`` (2.1 … 2.13 measured) and,
    from 2.4 (when ``add_safe_globals`` arrived), ``_get_user_allowed_globals``.
    """
    try:
        import torch._weights_only_unpickler as unpickler
        allowed = set(unpickler._get_allowed_globals())
        user = getattr(unpickler, "_get_user_allowed_globals", None)
        if user is not None:
            allowed |= set(user())
    except (ImportError, AttributeError, TypeError):
        return None
    return allowed


def allowlisting() -> str | None:
    """Why this torch cannot allowlist globals for a ``weights_only=True`` load, or None:
    ``torch.serialization.add_safe_globals`` arrived in torch 2.4."""
    import torch
    if not hasattr(torch.serialization, "add_safe_globals"):
        return f"torch {torch.__version__} has no torch.serialization.add_safe_globals (it arrived in 2.4)"
    return None


@contextmanager
def safe_globals(entries: list) -> Iterator[None]:
    """Within the block, ``weights_only=True`` loads also accept ``entries`` — objects, or
    ``(object, "module.name")`` pairs for an object the file names under another module
    (NumPy 2's ``numpy._core`` objects named ``numpy.core`` by a NumPy 1 file).

    ``torch.serialization.safe_globals`` is a context manager from torch 2.5; in 2.4 there is
    only ``add_safe_globals``, so the allowlist is put back as it was afterwards. Pairs are
    accepted from torch 2.6 (2.4 reads ``__module__`` of every entry): where they are not, the
    object alone is allowlisted, which matches only its own name — the load then fails naming
    the global, which is the truth about that torch.
    """
    import torch
    serialization = torch.serialization
    if not takes_named_globals():
        entries = [entry[0] if isinstance(entry, tuple) else entry for entry in entries]
    if hasattr(serialization, "safe_globals"):
        with serialization.safe_globals(entries):
            yield
        return
    before = list(serialization.get_safe_globals())
    serialization.add_safe_globals(entries)
    try:
        yield
    finally:
        serialization.clear_safe_globals()
        serialization.add_safe_globals(before)


def takes_named_globals() -> bool:
    """Does this torch's allowlist take ``(object, "module.name")`` pairs (from 2.6)? Probed on
    a throwaway entry with the internal that reads the allowlist; False if it cannot tell."""
    import torch
    if not hasattr(torch.serialization, "safe_globals"):
        return False
    try:
        import torch._weights_only_unpickler as unpickler
        with torch.serialization.safe_globals([(_named_probe, "harness._compat._named_probe_alias")]):
            return "harness._compat._named_probe_alias" in unpickler._get_user_allowed_globals()
    except (ImportError, AttributeError, TypeError, ValueError):
        return False


def _named_probe() -> None:
    """A stand-in global for :func:`takes_named_globals`."""


def dcp_unavailable() -> str | None:
    """Why ``torch.distributed.checkpoint`` cannot run here, or None: it needs a torch built
    with ``torch.distributed`` (some macOS and Windows wheels of the 2.0 era were not)."""
    import torch
    if not torch.distributed.is_available():
        return f"torch {torch.__version__} was built without torch.distributed, so it has no distributed checkpoint"
    return None


def dcp_failures() -> tuple[type[BaseException], ...]:
    """What a distributed checkpoint's save or load raises: ``CheckpointException`` derives from
    ``BaseException`` (torch 2.0 onwards), so ``except Exception`` misses it and it would end
    the worker."""
    try:
        from torch.distributed.checkpoint.api import CheckpointException
    except ImportError:
        return (Exception,)
    return (Exception, CheckpointException)



def dcp_spelling() -> str:
    """How this torch writes a single-process distributed checkpoint.

    ``"checkpoint_id"``: ``dcp.save/load(state, checkpoint_id=...)``, which save without a
    process group (from torch 2.3, which warns it assumes a single process). ``"no_dist"``:
    ``save_state_dict/load_state_dict(state, storage_writer=..., no_dist=True)`` of 2.0–2.2 —
    2.2 has ``dcp.save``/``dcp.load`` already, but without ``checkpoint_id`` (the atlas found
    it: "save() got an unexpected keyword argument"), so the parameter decides, not the name.
    """
    import inspect

    import torch.distributed.checkpoint as dcp
    save = getattr(dcp, "save", None)
    takes_id = save is not None and "checkpoint_id" in inspect.signature(save).parameters
    return "checkpoint_id" if takes_id and hasattr(dcp, "load") else "no_dist"


def dcp_state_dict_helpers() -> tuple | None:
    """``get_state_dict``/``set_state_dict`` of ``torch.distributed.checkpoint.state_dict`` (from
    torch 2.2): the documented way to put a model's and an optimizer's state into a distributed
    checkpoint, the optimizer keyed by parameter name. None before 2.2."""
    try:
        from torch.distributed.checkpoint.state_dict import get_state_dict, set_state_dict
    except ImportError:
        return None
    return get_state_dict, set_state_dict


def hf_storage() -> tuple | None:
    """``HuggingFaceStorageWriter``/``HuggingFaceStorageReader`` of ``torch.distributed.checkpoint``:
    DCP written as Hugging Face safetensors files on the local file system. Measured: public
    in 2.13 and 2.15, absent in 2.1, 2.4 and 2.6 (the releases between kept a private,
    fsspec-based ``_HuggingFaceStorageWriter`` first, which harness does not use). None here
    where there is none."""
    try:
        from torch.distributed.checkpoint import HuggingFaceStorageReader, HuggingFaceStorageWriter
    except ImportError:
        return None
    return HuggingFaceStorageWriter, HuggingFaceStorageReader


def hf_consolidation() -> Callable[..., None] | None:
    """``consolidate_safetensors_files(input_dir, output_dir, fqn_to_index_mapping)`` (2.13, 2.15):
    what the HF writer itself calls to merge a distributed save into plain safetensors files.
    Its module (``_consolidate_hf_safetensors``) is private, so a torch where it is missing or
    takes other arguments has none (None)."""
    import inspect
    try:
        from torch.distributed.checkpoint._consolidate_hf_safetensors import (
            consolidate_safetensors_files,
        )
    except ImportError:
        return None
    if not {"input_dir", "output_dir", "fqn_to_index_mapping"} <= set(
            inspect.signature(consolidate_safetensors_files).parameters):
        return None
    return consolidate_safetensors_files


def load_takes_mmap() -> bool:
    """``torch.load(..., mmap=True)`` arrived in torch 2.1."""
    import inspect

    import torch
    return "mmap" in inspect.signature(torch.load).parameters


def default_load_is_weights_only() -> bool:
    """Does a plain ``torch.load(f)`` load with ``weights_only=True`` here? From torch 2.6 it
    does (``torch.serialization._default_to_weights_only``), unless
    ``TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD`` is set; before, only with
    ``TORCH_FORCE_WEIGHTS_ONLY_LOAD`` set. Unknown internals count as not: a probe then treats
    the default load as one that runs the file's pickle."""
    import os

    import torch
    def truthy(name: str) -> bool:
        return os.environ.get(name, "0").lower() in ("1", "y", "yes", "true")
    if truthy("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"):
        return False
    if truthy("TORCH_FORCE_WEIGHTS_ONLY_LOAD"):
        return True
    decide = getattr(torch.serialization, "_default_to_weights_only", None)
    try:
        return bool(decide(None)) if decide is not None else False  # None: no pickle_module given
    except TypeError:
        return False


def aoti_package() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any] | None] | None:
    """``torch._inductor.aoti_compile_and_package`` and ``aoti_load_package`` (AOTInductor ``.pt2``
    packages; measured: in 2.6, 2.13 and 2.15, not in 2.1 or 2.4), and the unified PT2 archive's
    ``load_pt2`` (``torch.export.pt2_archive._package``, private) that 2.13 and 2.15 package and load
    through; None in its place in 2.6, whose own layout puts the files at the zip's root."""
    import torch._inductor as inductor
    found = getattr(inductor, "aoti_compile_and_package", None), getattr(inductor, "aoti_load_package", None)
    if None in found:
        return None
    try:
        from torch.export.pt2_archive._package import load_pt2
    except ImportError:
        return (*found, None)
    return (*found, load_pt2)

