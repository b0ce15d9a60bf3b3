"""Causes of a load failure that are known and named, read from the exception chain.

A file that cannot load is a finding either way; naming the cause (a key of
:data:`harness.results.LIMITATIONS`) tells the reader it is the environment's known
incompatibility — NumPy 2's pickles under NumPy 1, an ONNX file newer than the runtime — and
not something new. The classification lives here, in one place; adapters only raise.
"""

from __future__ import annotations

from ..results import LIMITATIONS

#: How deep into ``__cause__``/``__context__`` to look.
CHAIN = 16


def known_cause(exc: BaseException | None) -> str | None:
    """The limitation that explains this failure, or None."""
    seen = 0
    while exc is not None and seen < CHAIN:
        limitation = getattr(exc, "limitation", None)
        if isinstance(limitation, str) and limitation in LIMITATIONS:
            return limitation
        text = str(exc)
        if isinstance(exc, ModuleNotFoundError) and (exc.name or "").startswith("numpy._core"):
            return "numpy2_pickle"
        if "Unsupported model IR version" in text or ("Opset" in text and "under development" in text):
            return "onnx_too_new"
        if "mmap can only be used with files saved with" in text:
            return "mmap_zip_only"
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None
