"""``export``: a ``torch.export`` program, saved with ``torch.export.save``.

The newest "no Python code needed" format: an ATen graph with its weights.
It needs ``torch.export`` in the saving and the loading torch, cannot capture
data-dependent control flow (that needs ``torch.cond``), and its file format is
versioned by torch itself — exactly what crossing versions puts to the test.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import torch

from .._compat import refusing_pickles, reset_dynamo, torch_export_unavailable
from ..model.build import flatten_outputs
from ..model.cases import Case
from ..train.loop import Trained
from ..train.materialize import rebuild
from .base import (
    CannotExpress,
    Format,
    NeedsTrust,
    Runner,
    data_dependent_branch,
    register,
)

FILE = "model.pt2"


def export_program(trained: Trained, case: Case) -> torch.export.ExportedProgram:
    """The trained model captured by ``torch.export.export`` on the case's inputs, as every format
    built on a program (``export``, ``aoti-package``) captures it; a failure caused by the
    model's data-dependent branch is the ``export_control_flow`` limitation (CannotExpress)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reset_dynamo()
        try:
            return torch.export.export(trained.model, tuple(trained.inputs))
        except Exception as exc:
            if data_dependent_branch(case, exc):
                raise CannotExpress(f"torch.export cannot capture the data-dependent branch "
                                    f"({type(exc).__name__})", "export_control_flow") from exc
            raise


def with_its_code(case: Case | None) -> None:
    """Run a team's factory before its program loads: a program's output spec names the pytree
    types the model returned (transformers' ``ModelOutput`` classes), which exist only once the
    library's module is imported — as in the process that deploys the model, whose code built
    it. Without this the load depended on what the worker had imported before (measured: GPT-2's
    AOTInductor package failed "CausalLMOutputWithCrossAttentions … is not registered in this
    process" where BERT's, loaded after a pickle of BERT, passed; GPT-2's torch.export program
    saved by 2.6 failed the same way in 2.6 and 2.15). Loading these programs needs
    --trust-code, which running the factory needs too."""
    if case is not None and case.spec is None:
        rebuild(case)


@register
class Exported(Format):
    name = "export"
    imports_factory = True  # with_its_code: the output types a team's library registers
    needs_code = False
    keeps_uncarried_state = True
    # The program is core ATen: some fused kernels are decomposed (silu as x * sigmoid(x) in
    # torch 2.1) and fast paths skipped, so even a same-environment reload rounds differently.
    exact_in_same_env = False
    snippet = ("# the torch.export round trip\n"
               "torch.export.save(torch.export.export(model, (x,)), 'model.pt2')\n"
               "program = torch.export.load('model.pt2')\n"
               "print(program.module()(x))")

    runs_code = "torch.export program"  # ATen operators, some of which read and write files

    def available(self) -> str | None:
        return torch_export_unavailable()

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        program = export_program(trained, case)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.export.save(program, str(directory / FILE))

    def load(self, case: Case, directory: Path, *, trusted: bool = False) -> Runner:
        import pickle
        with_its_code(case)
        if trusted:
            program = torch.export.load(str(directory / FILE))
        else:
            try:
                with refusing_pickles():
                    program = torch.export.load(str(directory / FILE))
            except pickle.UnpicklingError as exc:
                first = str(exc).strip().splitlines()[0][:200]
                raise NeedsTrust(f"{directory / FILE}: torch.export.load unpickles objects from the file "
                                 f"({first}); pass --trust-pickles if you made it") from exc
        module = program.module() if hasattr(program, "module") else program

        def run(inputs):
            with torch.no_grad():
                return flatten_outputs(module(*inputs))

        return run
