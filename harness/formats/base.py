"""What a format adapter is: a name, what it can keep, and save/load.

Adapters raise; they never decide an outcome. The verifier maps exceptions to
the outcome taxonomy in one place (see :mod:`harness.verify.pipeline`).
"""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import Any, Callable, ClassVar, Mapping, Sequence, TypeVar

import torch
from torch import nn

from ..model.build import flatten_outputs
from ..model.cases import Case
from ..model.layers import any_kind
from ..registry import Registry
from ..results import MODEL
from ..train.loop import Trained
from .checkpoint_file import FILE, read_checkpoint
from .errors import ArtifactLoadError, CannotExpress, NeedsTrust

__all__ = ["FORMATS", "ArtifactLoadError", "CannotExpress", "Format", "NeedsTrust", "Runner",
           "module_runner", "register", "with_case", "with_consent"]

Runner = Callable[[Sequence[torch.Tensor]], list[torch.Tensor]]
T = TypeVar("T")


def with_consent(function: Callable[..., T], *args: Any, trusted: bool) -> T:
    """``function(*args, trusted=trusted)``: the user's consent to unpickling
    (``--trust-pickles``), handed to the load that asks for it and to nothing else. A function
    without a ``trusted`` parameter (a plugin format written before consent was an argument)
    is called without it: it loads as it always did, never beyond what it was given."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):  # a callable inspect cannot read takes what it always took
        return function(*args)
    if any(p.name == "trusted" or p.kind is p.VAR_KEYWORD for p in parameters):
        return function(*args, trusted=trusted)
    return function(*args)


def with_case(check: Callable[..., T], case: Case) -> Callable[..., T]:
    """An extra check given ``case=case`` when it takes a ``case`` parameter: a check that loads
    into the rebuilt model needs the case; the others are functions of the format's folder."""
    try:
        takes = "case" in inspect.signature(check).parameters
    except (TypeError, ValueError):
        return check
    return functools.partial(check, case=case) if takes else check


class Format:
    """Base class of format adapters; a subclass registers one instance of itself with the
    ``@register`` class decorator of :mod:`harness.formats` (and a line there importing its module)."""

    name: ClassVar[str]
    #: Can training continue from this format alone (optimizer state etc.)?
    resumable: ClassVar[bool] = False
    #: Does training continue from this format's weights plus the optimizer, scheduler and
    #: RNG state of the case's ``checkpoint`` artifact (a weights file paired with a state file)?
    resumes_with_checkpoint: ClassVar[bool] = False
    #: Does loading need the model's Python code (a spec or factory to rebuild from)?
    needs_code: ClassVar[bool] = True
    #: Does loading execute pickled code, so it needs the user's consent (--trust-pickles)?
    needs_trust: ClassVar[bool] = False
    #: What program the file is, if loading and running it runs that program ("TorchScript
    #: program", "torch.export program"), so it needs the user's consent (--trust-code): such
    #: programs can read and write files. Empty: loading runs no code from the file.
    runs_code: ClassVar[str] = ""
    #: Does loading run a team's factory first, though the file itself needs no code? A program
    #: whose outputs are a library's types (transformers' ``ModelOutput``) loads only once the
    #: library registered them; the factory imports it. Consent and the artifact-directory rule
    #: apply as for ``needs_code``.
    imports_factory: ClassVar[bool] = False
    #: Must a reload in the saving environment reproduce outputs bit for bit?
    exact_in_same_env: ClassVar[bool] = True
    #: Does it keep tensors that state_dict leaves out (plain attributes, non-persistent buffers)?
    keeps_uncarried_state: ClassVar[bool] = False
    #: Is its save disturbed by other formats' exports earlier in the process? Such formats
    #: are saved for every case before any other format runs.
    saves_first: ClassVar[bool] = False
    #: How a user does this save and load, for reproducer scripts (``model`` is the model).
    snippet: ClassVar[str] = ""

    def available(self) -> str | None:
        """Why this environment cannot save the format, or None if it can."""
        return None

    def loadable(self) -> str | None:
        """Why this environment cannot load the format, or None if it can."""
        return self.available()

    def supports(self, case: Case) -> str | None:
        """Why the format cannot express this model, or None if it can."""
        return None

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        raise NotImplementedError

    def load(self, case: Case, directory: Path, *, trusted: bool = False) -> Runner:
        """The artifact, ready to run. ``trusted``: the user consented to unpickling
        (``--trust-pickles``); without it nothing beyond ``weights_only=True`` is loaded. Here
        and in :meth:`load_module`, :meth:`training_state` and the extra checks, a method that
        does not take ``trusted`` is called without it (:func:`with_consent`)."""
        return module_runner(with_consent(self.load_module, case, directory, trusted=trusted))

    def load_module(self, case: Case, directory: Path, *, trusted: bool = False) -> nn.Module:
        """The rebuilt module holding this artifact's weights (formats that load into code)."""
        raise NotImplementedError

    def training_state(self, case: Case, case_dir: Path, *, trusted: bool = False) -> dict[str, Any]:
        """Optimizer, scheduler and RNG states and the step to resume from: by default those
        of the case's ``checkpoint`` artifact."""
        return read_checkpoint(case_dir / "checkpoint" / FILE, trusted=trusted)

    def saved_with(self) -> dict[str, Any]:
        """What the saving side records about how it wrote this format (in the format's manifest
        record), where the loading side cannot tell from its own torch."""
        return {}

    def explain_mismatch(self, case: Case, entry: Mapping[str, Any],
                         within_tolerance: bool) -> tuple[str, str] | None:
        """(limitation, detail) when a known limitation of this format explains an output
        mismatch of this case, else None. ``entry`` is the case's manifest entry;
        ``within_tolerance``: the difference would pass the cross-environment tiers."""
        if self.keeps_uncarried_state:
            return None
        found = [f for f in entry.get("audit", []) if f["changes_output"]]
        if found:
            lost = ", ".join(f"{f['path']} ({f['kind']})" for f in found)
            disturbed = [f["path"] for f in found if f.get("disturbed") is True]
            note = (f" (harness changed {', '.join(disturbed)} before saving, as training changes "
                    "trained state: a factory that rebuilds it unchanged hides the loss)" if disturbed else "")
            return "uncarried_state", f"{self.name} does not carry {lost}{note}"
        return None

    def extra_checks(self) -> Mapping[str, Callable[..., str]]:
        """Further checks besides ``output``: name → function of the format's folder that
        raises on failure and returns a note on success (given ``trusted=`` and ``case=`` if it
        takes them)."""
        return {}


def data_dependent_branch(case: Case, exc: BaseException) -> bool:
    """Did a capture (torch.export, the dynamo ONNX exporter) fail *because of* the model's
    data-dependent branch? Only then is the failure the ``export_control_flow`` limitation;
    any other failure of such a model (an exporter pass, a serializer) stays a failure.
    Read from the exception chain: dynamo's ``Unsupported`` on ``bool(tensor)`` (2.1–2.4),
    ``GuardOnDataDependentSymNode`` and "data-dependent" messages (later releases)."""
    if case.spec is None or not any_kind(case.spec.walk(), "data_dependent_branch"):
        return False
    seen = 0
    while exc is not None and seen < 16:
        text = str(exc).lower()
        if type(exc).__name__ == "GuardOnDataDependentSymNode" or "data-dependent" in text \
                or "data dependent" in text or "dynamic control flow" in text:
            return True
        if type(exc).__name__ == "Unsupported" and "bool" in text and "tensorvariable" in text:
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def unfused_capture(case: Case, within_tolerance: bool) -> tuple[str, str] | None:
    """The explanation for a captured graph (trace, export) that rounds differently from eager."""
    if within_tolerance and case.spec is not None and any_kind(case.spec.walk(), "fused_in_eager"):
        return "unfused_capture", "eager attention ran its fused inference fast path; the capture did not"
    return None


def module_runner(module: nn.Module) -> Runner:
    """Run an eager module in eval mode without autograd."""
    module.eval()

    def run(inputs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        with torch.no_grad():
            return flatten_outputs(module(*inputs))

    return run


FORMATS: Registry[Format] = Registry("format")


def register(cls: type[Format]) -> type[Format]:
    """Class decorator: register one instance of an adapter under its ``name``."""
    if cls.name == MODEL:
        raise ValueError(f"format name {MODEL!r} is reserved: records about the model itself use it")
    FORMATS.add(cls.name, cls())
    return cls
