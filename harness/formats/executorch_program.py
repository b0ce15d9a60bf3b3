"""``executorch`` and ``executorch-xnnpack``: an ExecuTorch program (``.pte``), what teams ship to
phones and embedded devices.

The case's ``torch.export`` program is lowered to executorch's edge dialect (``executorch``: the
portable reference kernels; ``executorch-xnnpack``: delegated to XNNPACK, what mobile deployments
use) and serialized; the executorch runtime of the loading environment runs it. Each torch has
the executorch of its own time in its environment (``torch_versions.toml``); an environment without
one records both formats ``unsupported``.

What the file is: a flatbuffer the C++ runtime parses, whose instructions can only call kernels and
delegates already registered in the process. Loading unpickles nothing and imports nothing the file
names, so it needs no consent. But the parser is not memory-safe against bad files (measured:
random bytes abort executorch 0.5 and 1.5; flipped bytes SIGBUS 0.5; some valid 0.3 XNNPACK
programs segfault every runtime), so like every load it runs in a worker, and a dead worker is a
``crash`` cell.

Nothing in the file says which executorch wrote it (``Program.version`` is 0 from 0.3 to 1.5, the
identifier ``ET12`` throughout), and a runtime never refuses a newer program for its version: it
loads it and may return wrong numbers (measured: 0.5's runtime on 1.4/1.5 XNNPACK programs). So the
saving side records its executorch beside the file, and the verdict comes from running it.

The Python exception carries only a hex code; the runtime writes its explanation (a missing kernel's
name, a delegate's complaint, "Please re-export the PTE file") to stderr. In a worker that is a file
harness reads back (:mod:`harness.process_output`), so the error line gets both.
"""

from __future__ import annotations

import functools
import re
import warnings
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable, Sequence

import torch

from .. import _compat, _executorch, process_output
from ..model.cases import Case
from ..results import one_line
from ..train.loop import Trained
from .base import ArtifactLoadError, CannotExpress, Format, Runner, register
from .exported import export_program

FILE = "model.pte"
#: Bytes 4..8 of every program measured (executorch 0.3 to 1.5): the flatbuffer's file identifier.
IDENTIFIER = b"ET12"
#: executorch's ``runtime/core/error.h``, to name the bare codes its Python layer raises.
ERRORS = {0x01: "Internal", 0x02: "InvalidState", 0x03: "EndOfMethod", 0x04: "AlreadyLoaded",
          0x10: "NotSupported", 0x11: "NotImplemented", 0x12: "InvalidArgument", 0x13: "InvalidType",
          0x14: "OperatorMissing", 0x20: "NotFound", 0x21: "MemoryAllocationFailed", 0x22: "AccessFailed",
          0x23: "InvalidProgram", 0x24: "InvalidExternalData", 0x25: "OutOfResources",
          0x30: "DelegateInvalidCompatibility", 0x31: "DelegateMemoryAllocationFailed",
          0x32: "DelegateInvalidHandle"}
#: Lines the runtimes write on every load, and the tensor listings around a missing kernel.
_NOISE = ("InternalConsistency verification requested", "cpuinfo", "CPU info", "dtype: ", "dim order: ")
REEXPORT = "export the model again with this environment's executorch"


def executorch_version() -> str | None:
    try:
        return version("executorch")
    except PackageNotFoundError:
        return None


@functools.lru_cache(maxsize=None)
def _runtime_unavailable() -> str | None:
    if executorch_version() is None:
        return ("executorch is not installed in this environment (harness's environments install the executorch "
                "of each torch's time from 2.6 on, as harness/torch_versions.toml says)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                import executorch.runtime  # noqa: F401
            except ImportError:
                from executorch.extension.pybindings import portable_lib  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - an ABI mismatch raises ImportError/OSError alike
        return f"the executorch runtime does not import ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
    return None


@functools.lru_cache(maxsize=None)
def _toolchain_unavailable() -> str | None:
    return _compat.torch_export_unavailable() or _runtime_unavailable() or _executorch.toolchain_import()


def _named(text: str, printed: str | None) -> str:
    """The runtime's words: its exception with the code named, and the lines it printed meanwhile
    that say something (a missing kernel, a failed delegate), not the listings around them."""
    found = re.search(r"error:? 0x:?([0-9a-fA-F]+)", text)
    if found and int(found.group(1), 16) in ERRORS:
        text += f" ({ERRORS[int(found.group(1), 16)]})"
    said = [line.strip() for line in (printed or "").splitlines() if _says_something(line)]
    return " ".join(text.split())[:300] + (f"; the runtime said: {' | '.join(said[-4:])[:600]}" if said else "")


def _says_something(line: str) -> bool:
    """Not noise: the runtimes log a constant line on every load, and around an error they list
    the dims of a tensor ("[operator_registry.cpp:186] 3,") and each argument's type id."""
    words = re.sub(r"^.*?\.(?:cpp|cc|h):\d+\]\s*", "", line)  # the logger's "[method.cpp:1074] "
    return (re.search(r"[A-Za-z]{3}", words) is not None and not any(noise in line for noise in _NOISE)
            and re.match(r"arg \d+ with type id \d+$", words.strip()) is None)


def _outside_core_aten(exc: BaseException) -> str | None:
    """The operator executorch's verifier refused for being outside Core ATen, or None: its
    ``SpecViolationError`` says "Operator torch._ops.aten.adaptive_max_pool2d.default is not in Core
    ATen opset" (measured, executorch 1.4). Any other lowering failure stays a failure."""
    found = re.search(r"Operator (\S+) is not in Core ATen opset", one_line(exc))
    return found.group(1).removeprefix("torch._ops.") if found else None


def _where(path: Path, lowering: str) -> str:
    return (f"{path} (executorch {lowering} program, run by executorch {executorch_version()} beside torch "
            f"{torch.__version__})")


def check_program(path: Path, lowering: str) -> None:
    """A ``.pte`` has the identifier at bytes 4..8; anything else is refused in one line before the
    C++ parser sees it (which would say only "error 0x23", or abort on some bytes)."""
    try:
        with open(path, "rb") as file:
            head = file.read(8)
    except OSError as exc:
        raise ArtifactLoadError(f"{_where(path, lowering)}: cannot read it ({exc.strerror})") from None
    if head[4:8] != IDENTIFIER:
        raise ArtifactLoadError(f"{_where(path, lowering)}: not an ExecuTorch program (bytes 4..8 are "
                                f"{head[4:8]!r}, not {IDENTIFIER!r}) — {REEXPORT}")


class ProgramRunError(RuntimeError):
    """The program loaded but its ``forward`` failed in the runtime (a ``forward_error``)."""


class _Program(Format):
    lowering: str
    needs_code = False
    keeps_uncarried_state = True  # export lifts plain tensor attributes into the program's constants
    # Edge-dialect kernels are not eager's: even a same-environment run rounds differently (measured:
    # 2.4e-07 on a float32 MLP with executorch 1.5), so per-dtype tiers as for ONNX.
    exact_in_same_env = False

    def loadable(self) -> str | None:
        return _runtime_unavailable()

    def available(self) -> str | None:
        return _toolchain_unavailable()

    def saved_with(self) -> dict[str, Any]:
        return {"executorch": executorch_version(), "lowering": self.lowering}

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        program = export_program(trained, case)
        _executorch.flatc()
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            try:
                buffer = _executorch.lower(program, self.lowering).to_executorch().buffer
            except Exception as exc:
                refused = _outside_core_aten(exc)
                if refused:
                    raise CannotExpress(f"executorch's edge dialect refuses {refused}, which is not in Core "
                                        "ATen", "executorch_operator") from exc
                raise
        (directory / FILE).write_bytes(buffer)

    def load(self, case: Case, directory: Path) -> Runner:
        path = directory / FILE
        check_program(path, self.lowering)
        start = process_output.mark()
        try:
            execute = _executorch.method(str(path))
        except Exception as exc:  # in context, not ``from``: the record keeps the runtime's words whole
            raise ArtifactLoadError(f"{_where(path, self.lowering)}: the runtime refused it: "
                                    f"{_named(str(exc), process_output.since(start))} — {REEXPORT}")
        return _runner(execute, path, self.lowering)


def _runner(execute: Callable[[list[Any]], Any], path: Path, lowering: str) -> Runner:
    def run(inputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        start = process_output.mark()
        try:
            result = execute([tensor.contiguous() for tensor in inputs])
        except Exception as exc:
            raise ProgramRunError(f"{_where(path, lowering)}: forward failed: "
                                  f"{_named(str(exc), process_output.since(start))}") from None
        # fresh tensors: an older runtime's next execute() may overwrite its memory-planned outputs
        return [value.clone() if isinstance(value, torch.Tensor) else value for value in result]

    return run


_SNIPPET = ("# the ExecuTorch round trip (needs the executorch package of this torch's time)\n"
            "import importlib.util\n"
            "if importlib.util.find_spec('executorch'):\n"
            "{imports}"
            "    from executorch.runtime import Runtime\n"
            "    program = {lower}(torch.export.export(model.eval(), (x,)){partitioner})\n"
            "    with open('model.pte', 'wb') as file:\n"
            "        file.write(program.to_executorch().buffer)\n"
            "    forward = Runtime.get().load_program('model.pte').load_method('forward')\n"
            "    print(forward.execute([x]))\n"
            "else:\n"
            "    print('executorch is not installed')")


@register
class Executorch(_Program):
    name = "executorch"
    lowering = "portable"
    snippet = _SNIPPET.format(imports="    from executorch.exir import to_edge\n", lower="to_edge", partitioner="")


@register
class ExecutorchXnnpack(_Program):
    name = "executorch-xnnpack"
    lowering = "xnnpack"
    snippet = _SNIPPET.format(
        imports=("    from executorch.exir import to_edge_transform_and_lower\n"
                 "    from executorch.backends.xnnpack.partition.xnnpack_partitioner import XnnpackPartitioner\n"),
        lower="to_edge_transform_and_lower", partitioner=", partitioner=[XnnpackPartitioner()]")
