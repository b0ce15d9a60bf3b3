"""Every reach into torch internals or version-specific behaviour, each with its reason."""

from __future__ import annotations


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


_UNPICKLES_BY_DEFAULT: bool | None = None


def torch_load_unpickles_by_default() -> bool:
    """Does ``torch.load(f)`` without ``weights_only`` unpickle arbitrary objects here?

    ``torch.export.load`` (2.1–2.4 at least) reads the weights inside a ``.pt2`` with a
    plain ``torch.load(buffer)``, so where that default unpickles, loading an export
    artifact can run code from the file. torch 2.6 made ``weights_only=True`` the
    default. Probed, not read off the version: a ``datetime.date`` loads only where
    the default unpickles.
    """
    global _UNPICKLES_BY_DEFAULT
    if _UNPICKLES_BY_DEFAULT is None:
        import datetime
        import io
        import warnings

        import torch
        buffer = io.BytesIO()
        torch.save(datetime.date(2000, 1, 1), buffer)
        buffer.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                torch.load(buffer)
                _UNPICKLES_BY_DEFAULT = True
            except Exception:
                _UNPICKLES_BY_DEFAULT = False
    return _UNPICKLES_BY_DEFAULT
