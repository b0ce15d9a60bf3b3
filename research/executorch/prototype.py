"""Prototype of harness's `executorch` format: save(model, inputs, path) and load(path) -> callable.

Measured with executorch 0.3.0 (torch 2.4.0), 0.5.0 (torch 2.6.0), 1.4.1 (torch 2.13.0) and
1.5.1 (torch 2.15.0); see /tmp/et/FINDINGS.md. Self-contained: run it as a script to round-trip
a small model (`python prototype.py [portable|xnnpack]`), or
`python prototype.py --load FILE.pte INPUTS.pt` to load a program made elsewhere.

Every version check here is a feature check (harness style: they belong in _compat.py):
- executorch <= 0.7 imports pkg_resources (setuptools < 81) from executorch.exir and does not
  declare it: without it `import executorch.exir` raises ModuleNotFoundError.
- executorch < 1.4 runs `flatc` from PATH (or $FLATC_EXECUTABLE) in to_executorch(); the wheel
  ships the binary at executorch/data/bin/flatc but only >= 1.4 finds it by itself. A worker
  started without the venv's bin/ on PATH fails with FileNotFoundError 'flatc'.
- executorch < 0.4 has no to_edge_transform_and_lower (use to_edge(...).to_backend(partitioner))
  and no executorch.runtime (use extension.pybindings.portable_lib._load_for_executorch).
- Runtime errors come back as "... failed with error 0x14" only; the explanation (missing
  kernel name, delegate complaint) is printed by the C++ runtime on fd 2, so it is read back
  from the fd and attached to the exception.
- The file itself says nothing about which executorch wrote it: Program.version is 0 from 0.3.0
  to 1.5.1 (exir/version.py EXECUTORCH_SCHEMA_VERSION) and the identifier is "ET12" in all of
  them. The saver's executorch/torch versions must therefore be recorded beside the file
  (saved_with), and a newer program in an older runtime is NOT refused: it may load and
  return garbage. Never infer a verdict from the versions; load and compare.
"""
from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import torch

#: the flatbuffer file identifier at bytes 4..8 of every .pte measured (0.3.0 .. 1.5.1)
IDENTIFIER = b"ET12"
#: executorch's runtime/core/error.h, for naming the bare hex codes the Python layer raises
ERRORS = {0x01: "Internal", 0x02: "InvalidState", 0x03: "EndOfMethod", 0x04: "AlreadyLoaded",
          0x10: "NotSupported", 0x11: "NotImplemented", 0x12: "InvalidArgument",
          0x13: "InvalidType", 0x14: "OperatorMissing", 0x20: "NotFound",
          0x21: "MemoryAllocationFailed", 0x22: "AccessFailed", 0x23: "InvalidProgram",
          0x24: "InvalidExternalData", 0x25: "OutOfResources",
          0x30: "DelegateInvalidCompatibility", 0x31: "DelegateMemoryAllocationFailed",
          0x32: "DelegateInvalidHandle"}
LOWERINGS = ("portable", "xnnpack")


class Unavailable(Exception):
    """This environment cannot save/load the format (maps to `unsupported` with the reason)."""


class ProgramLoadError(Exception):
    """The runtime refused the program (maps to `load_error`)."""


class ProgramRunError(Exception):
    """The program loaded but execute() failed (maps to `forward_error`)."""


# ---------------------------------------------------------------- environment / feature checks

def executorch_version() -> str | None:
    try:
        from importlib.metadata import version
        return version("executorch")
    except Exception:
        return None


def available() -> str | None:
    """Why this environment cannot save the format, or None."""
    if executorch_version() is None:
        return "executorch is not installed in this environment"
    if not hasattr(torch, "export") or not hasattr(torch.export, "export"):
        return "torch.export.export is missing (torch < 2.1)"
    try:
        with _quiet():
            import executorch.exir  # noqa: F401
    except ModuleNotFoundError as e:
        if e.name == "pkg_resources":  # executorch <= 0.7 with setuptools >= 81 or none
            return "executorch <= 0.7 needs pkg_resources: install setuptools<81 beside it"
        return f"import executorch.exir failed: {e}"
    except Exception as e:  # an executorch built against another torch: undefined symbols etc.
        return f"import executorch.exir failed: {type(e).__name__}: {e}"
    return None


def loadable() -> str | None:
    """Why this environment cannot load the format (the runtime only), or None."""
    if executorch_version() is None:
        return "executorch is not installed in this environment"
    try:
        _runtime()
    except Exception as e:
        return f"the executorch runtime does not import: {type(e).__name__}: {e}"
    return None


def _ensure_flatc() -> None:
    """executorch < 1.4 runs `flatc` from PATH; point it at the binary its own wheel ships."""
    if os.environ.get("FLATC_EXECUTABLE"):
        return
    spec = importlib.util.find_spec("executorch")
    if spec is None or not spec.submodule_search_locations:
        return
    flatc = Path(list(spec.submodule_search_locations)[0]) / "data" / "bin" / "flatc"
    if flatc.is_file():
        os.environ["FLATC_EXECUTABLE"] = str(flatc)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """executorch warns on import (ExperimentalWarning, pkg_resources, importlib.resources)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


@contextlib.contextmanager
def _native_output(sink: list[str]) -> Iterator[None]:
    """Read back what native code writes on fd 1 and 2 meanwhile (the runtime's explanation of
    an error code). In a harness worker fds 1 and 2 are already a file the supervisor reads
    (harness.process_output.mark/since); this is the standalone equivalent."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 1)
        os.dup2(tmp.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            tmp.seek(0)
            sink.append(tmp.read().decode(errors="replace"))


# ---------------------------------------------------------------- save

def _lower(exported: Any, lowering: str) -> Any:
    from executorch.exir import to_edge
    if lowering == "portable":
        return to_edge(exported)
    if lowering == "xnnpack":
        from executorch.backends.xnnpack.partition.xnnpack_partitioner import XnnpackPartitioner
        try:
            from executorch.exir import to_edge_transform_and_lower  # >= 0.4
        except ImportError:
            return to_edge(exported).to_backend(XnnpackPartitioner())
        return to_edge_transform_and_lower(exported, partitioner=[XnnpackPartitioner()])
    raise ValueError(f"lowering must be one of {sorted(LOWERINGS)}, got {lowering!r}")


def save(model: torch.nn.Module, inputs: Sequence[torch.Tensor], path: str | os.PathLike,
         *, lowering: str = "portable") -> dict[str, Any]:
    """Export, lower and write `path` (.pte) plus `path`.json (what wrote it). Returns that record.

    Raises Unavailable when the environment cannot; any exception of torch.export or exir is a
    save_error (data-dependent control flow: torch.export's GuardOnDataDependentSymNode /
    UserError 'Dynamic control flow is not supported' -> the export_control_flow limitation)."""
    reason = available()
    if reason:
        raise Unavailable(reason)
    _ensure_flatc()
    model = model.eval()
    with _quiet(), torch.no_grad():
        exported = torch.export.export(model, tuple(inputs))
        program = _lower(exported, lowering).to_executorch()
        buffer = program.buffer
    path = Path(path)
    path.write_bytes(buffer)
    record = {"executorch": executorch_version(), "torch": torch.__version__,
              "lowering": lowering, "bytes": len(buffer)}
    path.with_suffix(path.suffix + ".json").write_text(json.dumps(record, indent=1))
    return record


# ---------------------------------------------------------------- load

def _runtime() -> Any:
    with _quiet():
        try:
            from executorch.runtime import Runtime  # >= 0.4
            return Runtime.get()
        except ImportError:
            from executorch.extension.pybindings import portable_lib  # 0.2 / 0.3
            return portable_lib


def _name_error(exc: BaseException, printed: str) -> str:
    text = str(exc)
    # "loading method forward failed with error 0x14", "Failed to load program, error: 0x:23"
    found = re.search(r"error:? 0x:?([0-9a-fA-F]+)", text)
    if found and int(found.group(1), 16) in ERRORS:
        text += f" ({ERRORS[int(found.group(1), 16)]})"
    detail = [line for line in printed.splitlines()
              if line.strip() and "InternalConsistency verification requested" not in line
              and "cpuinfo" not in line]
    return text + ("\n" + "\n".join(detail[-12:]) if detail else "")


def check_file(path: Path) -> None:
    """A .pte starts with a 4-byte root offset then the identifier; anything else is not one
    (the runtime would say only 'failed with error 0x23')."""
    head = path.read_bytes()[:8]
    if len(head) < 8 or head[4:8] != IDENTIFIER:
        raise ProgramLoadError(f"{path}: not an ExecuTorch program (bytes 4..8 are "
                               f"{head[4:8]!r}, expected {IDENTIFIER!r})")


def load(path: str | os.PathLike) -> Callable[[Sequence[torch.Tensor]], list[torch.Tensor]]:
    """The program's `forward`, ready to run: inputs -> list of output tensors (pytree-flattened
    in the order torch.export flattened the eager outputs: tuples in order, dicts by insertion).

    Runs no Python from the file and unpickles nothing: the flatbuffer is parsed by the C++
    runtime and its instructions call kernels registered in this process (portable, optimized,
    quantized, XNNPACK, ...). No consent question, but it is untrusted input to a C++ parser:
    run it in a worker (0.3.0's runtime segfaults on some XNNPACK programs)."""
    path = Path(path)
    reason = loadable()
    if reason:
        raise Unavailable(reason)
    check_file(path)
    runtime = _runtime()
    printed: list[str] = []
    try:
        with _native_output(printed):
            if hasattr(runtime, "load_program"):
                method = runtime.load_program(path).load_method("forward")
                execute = method.execute
            else:  # 0.2/0.3 pybindings module
                module = runtime._load_for_executorch(str(path))
                execute = lambda xs: module.forward(tuple(xs))  # noqa: E731
    except Exception as e:
        raise ProgramLoadError(_name_error(e, "".join(printed))) from e

    def run(inputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        out: list[str] = []
        try:
            with _native_output(out):
                result = execute([t.contiguous() for t in inputs])
        except Exception as e:
            raise ProgramRunError(_name_error(e, "".join(out))) from e
        # clone: outputs may live in the program's memory-planned arena, and the next
        # execute() of an older runtime overwrites them in place
        return [t.clone() if isinstance(t, torch.Tensor) else t for t in result]

    return run


# ---------------------------------------------------------------- demo / self-test

def _demo(lowering: str) -> int:
    from torch import nn
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.LayerNorm(16), nn.Linear(16, 4))
    inputs = (torch.randn(3, 8),)
    with tempfile.TemporaryDirectory() as d:
        record = save(model, inputs, Path(d) / "model.pte", lowering=lowering)
        torch.save({"inputs": inputs, "ref": [model(*inputs).detach()]}, Path(d) / "io.pt")
        got = load(Path(d) / "model.pte")(inputs)
    ref = model(*inputs).detach()
    diff = float((got[0] - ref).abs().max())
    print(json.dumps({**record, "max_abs_diff": diff, "bit_exact": torch.equal(got[0], ref)}))
    return 0 if diff < 1e-5 else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--load":
        io = torch.load(sys.argv[3])
        outs = load(sys.argv[2])(io["inputs"])
        print([float((g - r).abs().max()) for g, r in zip(outs, io["ref"])])
        sys.exit(0)
    sys.exit(_demo(sys.argv[1] if len(sys.argv) > 1 else "portable"))
