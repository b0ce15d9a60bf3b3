"""``torchscript-script`` and ``torchscript-trace``: programs that load with no Python code.

Both keep every attribute of the module (plain tensors too) and run anywhere
torch runs, but cannot resume training. Scripting compiles ``forward``, so data-
dependent control flow survives; tracing records the operations one input ran
through, so a branch on the data is frozen. We trace on a different batch than
the one compared — the inputs negated, as a deployed model sees other data than
its tracing example — so that frozen branch shows as a mismatch.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Mapping

import torch

from .._compat import forget_failed_scripting
from ..model.build import flatten_outputs
from ..model.cases import Case
from ..model.layers import any_kind
from ..train.loop import Trained
from .base import ArtifactLoadError, Format, Runner, register, unfused_capture

FILE = "model.pt"


def other_batch(inputs: tuple[torch.Tensor, ...], case: Case) -> tuple[torch.Tensor, ...]:
    """A batch unlike the compared one: floats negated, token ids mirrored in the vocabulary."""
    spec = case.spec
    return tuple(-x if x.is_floating_point() else
                 ((spec.vocab - 1 if spec else int(x.max())) - x) for x in inputs)


def _run_program(program: torch.jit.ScriptModule) -> Runner:
    program.eval()

    def run(inputs):
        with torch.no_grad():
            return flatten_outputs(program(*inputs))

    return run


class TorchScript(Format):
    needs_code = False
    runs_code = "TorchScript program"  # ``torch.from_file(path, shared=True)`` in one writes files
    keeps_uncarried_state = True

    def compile(self, trained: Trained, case: Case) -> torch.jit.ScriptModule:
        raise NotImplementedError

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # TracerWarnings: the mismatch check is the verdict
            program = self.compile(trained, case)
        torch.jit.save(program, str(directory / FILE))

    def load(self, case: Case, directory: Path) -> Runner:
        return _run_program(torch.jit.load(str(directory / FILE), map_location="cpu"))

    def extra_checks(self):
        return {"torch_load": torch_load, "warnings_as_errors": warnings_as_errors}


def torch_load(directory: Path) -> str:
    """``torch.load(f)`` with this torch's default arguments, as code that loads every file
    it is given with it does: before 2.6 torch.load hands a TorchScript archive to
    ``torch.jit.load``; 2.6 made ``weights_only=True`` its default, and it refuses the archive
    instead (``torch.jit.load(f)`` still loads it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 2.4's FutureWarning on the default, the dispatch notice
        loaded = torch.load(str(directory / FILE), map_location="cpu")
    if not isinstance(loaded, torch.jit.ScriptModule):
        raise ArtifactLoadError(f"{directory / FILE}: torch.load(f) gave a {type(loaded).__name__}, not the "
                                "TorchScript program")
    return "torch.load(f) hands the archive to torch.jit.load"


def warnings_as_errors(directory: Path) -> str:
    """``torch.jit.load(f)`` with every warning an error, as a test suite run with ``-W error``
    or pytest's ``filterwarnings = ["error"]`` loads it. TorchScript is deprecated: 2.13 warns on
    ``torch.jit.load`` (and script, trace, ``jit.save``) with a ``DeprecationWarning``, which
    Python's default filters hide; 2.14 and 2.15 raise the same text as a ``FutureWarning``, which
    every user sees (measured on 2.6, 2.13, 2.14 and 2.15; no environment variable turns it into
    an error). The file loads either way; what fails is code that treats warnings as errors."""
    path = directory / FILE
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            torch.jit.load(str(path), map_location="cpu")
        except Warning as warning:
            said = " ".join(str(warning).split())[:200]
            raise ArtifactLoadError(f"{path}: torch {torch.__version__}'s torch.jit.load(f) warns "
                                    f"{type(warning).__name__}: {said} — a test suite run with -W error (pytest "
                                    "filterwarnings = error) fails here; move the model to torch.export, or "
                                    "filter the warning: filterwarnings = ignore:.torch\\.jit\\..* is "
                                    f"deprecated:{type(warning).__name__}") from None
    return "torch.jit.load(f) warns nothing: it loads under -W error"


@register
class Scripted(TorchScript):
    name = "torchscript-script"
    snippet = ("# the TorchScript (script) round trip\n"
               "torch.jit.save(torch.jit.script(model), 'model.pt')\n"
               "loaded = torch.jit.load('model.pt')\n"
               "print(loaded(x))")

    def compile(self, trained: Trained, case: Case) -> torch.jit.ScriptModule:
        try:
            return torch.jit.script(trained.model)
        except Exception:
            forget_failed_scripting()  # or the next case inherits this failure
            raise


@register
class Traced(TorchScript):
    name = "torchscript-trace"
    snippet = ("# the TorchScript (trace) round trip, traced on another batch\n"
               "torch.jit.save(torch.jit.trace(model, (-x,), check_trace=False), 'model.pt')\n"
               "loaded = torch.jit.load('model.pt')\n"
               "print(loaded(x))")

    def compile(self, trained: Trained, case: Case) -> torch.jit.ScriptModule:
        return torch.jit.trace(trained.model, other_batch(trained.inputs, case), check_trace=False)

    def explain_mismatch(self, case: Case, entry: Mapping[str, Any],
                         within_tolerance: bool) -> tuple[str, str] | None:
        if case.spec is not None and any_kind(case.spec.walk(), "data_dependent_branch"):
            return "traced_control_flow", "the trace froze the branch that the tracing batch took"
        return unfused_capture(case, within_tolerance) or super().explain_mismatch(case, entry, within_tolerance)
