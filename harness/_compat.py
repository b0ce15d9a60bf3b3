"""Every reach into torch internals or version-specific behaviour, each with its reason."""

from __future__ import annotations

import io
import pickle
from contextlib import contextmanager
from typing import Iterator


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


class _Refusing(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"refused to unpickle {module}.{name}: it would run code from the file")
