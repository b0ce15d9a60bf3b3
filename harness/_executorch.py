"""Every reach into executorch's version-specific behaviour, each with its reason (what
:mod:`harness._compat` is for torch): executorch 0.2 to 1.5 moved its lowering and runtime
calls and changed what it needs beside it."""

from __future__ import annotations

from typing import Any, Callable


def toolchain_import() -> str | None:
    """Why ``executorch.exir`` (the toolchain that writes ``.pte`` programs) does not import here,
    or None. executorch 0.2–0.7 import ``pkg_resources`` without declaring it (measured: with
    setuptools 81 or later, or none, ``to_edge`` fails "No module named 'pkg_resources'"); an
    executorch built against another torch fails with undefined symbols."""
    import warnings
    try:
        with warnings.catch_warnings():  # ExperimentalWarning, pkg_resources and importlib.resources warnings
            warnings.simplefilter("ignore")
            import executorch.exir  # noqa: F401
    except ModuleNotFoundError as exc:
        if exc.name == "pkg_resources":
            return "executorch 0.7 and earlier import pkg_resources: install setuptools<81 beside it"
        return f"import executorch.exir failed ({exc})"
    except Exception as exc:  # noqa: BLE001 - an ABI mismatch raises ImportError/OSError/RuntimeError alike
        return f"import executorch.exir failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
    return None


def flatc() -> None:
    """Point executorch at the ``flatc`` its own wheel ships: releases before 1.4 run ``flatc``
    from PATH (or ``$FLATC_EXECUTABLE``) in ``to_executorch()``, and a worker started by its
    environment's Python without that environment's ``bin/`` on PATH has none (measured:
    "FileNotFoundError: 'flatc'"); 1.4 and later find the bundled binary themselves."""
    import importlib.util
    import os
    from pathlib import Path
    if os.environ.get("FLATC_EXECUTABLE"):
        return
    spec = importlib.util.find_spec("executorch")
    for root in (spec.submodule_search_locations or []) if spec else []:
        flatc = Path(root) / "data" / "bin" / "flatc"
        if flatc.is_file():
            os.environ["FLATC_EXECUTABLE"] = str(flatc)
            return


def lower(program: Any, lowering: str) -> Any:
    """An ExportedProgram lowered to executorch's edge dialect: ``portable`` (the reference
    kernels) or ``xnnpack`` (delegated to XNNPACK). 0.2/0.3 have no ``to_edge_transform_and_lower``
    and lower with ``to_edge(...).to_backend(partitioner)``."""
    from executorch.exir import to_edge
    if lowering == "portable":
        return to_edge(program)
    from executorch.backends.xnnpack.partition.xnnpack_partitioner import XnnpackPartitioner
    try:
        from executorch.exir import to_edge_transform_and_lower
    except ImportError:
        return to_edge(program).to_backend(XnnpackPartitioner())
    return to_edge_transform_and_lower(program, partitioner=[XnnpackPartitioner()])


def method(path: str) -> Callable[[list[Any]], Any]:
    """The ``forward`` of a ``.pte`` program, loaded by this environment's executorch runtime:
    ``executorch.runtime`` (0.4 and later) or the 0.2/0.3 pybindings' ``_load_for_executorch``."""
    import warnings
    with warnings.catch_warnings():  # ExperimentalWarning on importing the pybindings
        warnings.simplefilter("ignore")
        try:
            from executorch.runtime import Runtime
        except ImportError:
            from executorch.extension.pybindings import portable_lib
            module = portable_lib._load_for_executorch(path)
            return lambda inputs: module.forward(tuple(inputs))
        return Runtime.get().load_program(path).load_method("forward").execute
