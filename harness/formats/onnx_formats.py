"""``onnx``, ``onnx-legacy`` and ``onnx-dynamo``: the model as an ONNX graph, run by onnxruntime.

``onnx`` is what ``torch.onnx.export(model, args, path)`` does with the saving
torch's defaults — the TorchScript-based exporter up to torch 2.8, the
dynamo-based one from 2.9 — so a change of default shows up as its own row.
``onnx-legacy`` and ``onnx-dynamo`` pin one exporter each where the torch has it.
Everything the exporter writes is kept (newer exporters put weights in an
external-data file beside ``model.onnx``). Verifying needs onnxruntime, not a
particular torch; outputs are held to the dtype tolerance, never bit-exactness.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping

import numpy as np
import torch

from .._compat import (
    dynamo_onnx_unavailable,
    fake_tensor_cache_off,
    onnx_export_takes_dynamo,
    reset_dynamo,
)
from ..model.cases import Case
from ..model.layers import any_kind
from ..results import one_line
from ..train.loop import Trained
from .base import (
    ArtifactLoadError,
    CannotExpress,
    Format,
    Runner,
    data_dependent_branch,
    register,
)
from .torchscript import other_batch

FILE = "model.onnx"
#: How exporters say they have no translation for something (all named limitations).
EXPORTER_REFUSALS = (
    "Unsupported: ONNX export of operator",  # TorchScript-based exporter
    "Unsupported FX nodes",  # dynamo-based exporter
    "No ONNX function found for",  # dynamo-based exporter, torch >= 2.9
    "purposely graph breaks on RNN",  # torch 2.1's dynamo does not capture RNN/GRU/LSTM
)


def _refusal(text: str) -> str | None:
    """The exporter's own words for what it cannot translate, or None."""
    for refusal in EXPORTER_REFUSALS:
        if refusal in text:
            reason = text[text.index(refusal):]
            for end in ("Please feel free", " (raised as", ". Failure message", " | "):
                reason = reason.split(end)[0]
            return reason.strip()
    return None


def _onnxruntime_missing() -> str | None:
    try:
        import onnxruntime  # noqa: F401
    except ImportError as exc:  # not installed, or installed but broken here
        return f"onnxruntime cannot be imported in this environment ({exc})"
    return None


def _has(case: Case, flag: str) -> bool:
    """Does a layer of the case's model have a kind that sets ``flag`` (see ``Kind``)?"""
    return case.spec is not None and any_kind(case.spec.walk(), flag)


class Onnx(Format):
    needs_code = False
    keeps_uncarried_state = True
    exact_in_same_env = False
    traces = True  # does this exporter trace (freezing data-dependent branches)?

    def export(self, model: torch.nn.Module, args: tuple[torch.Tensor, ...], path: Path) -> None:
        raise NotImplementedError

    def loadable(self) -> str | None:
        return _onnxruntime_missing()

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        if any(t.dtype == torch.bfloat16 for t in [*trained.model.parameters(), *trained.model.buffers()]):
            raise CannotExpress("the model computes in bfloat16", "onnx_bfloat16")
        args = other_batch(trained.inputs, case) if self.traces else tuple(trained.inputs)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                self.export(trained.model, args, directory / FILE)
            except Exception as exc:
                if not self.traces and data_dependent_branch(case, exc):
                    raise CannotExpress(f"export failed on data-dependent control flow: "
                                        f"{type(exc).__name__}", "export_control_flow") from exc
                text = one_line(exc)
                reason = _refusal(text)
                if reason:
                    raise CannotExpress(f"the exporter refuses: {reason}", "onnx_operator") from exc
                raise

    def load(self, case: Case, directory: Path) -> Runner:
        import onnxruntime

        confine_external_data(directory / FILE)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.log_severity_level = 3  # errors only: its optimizer's notes would reach the console
        try:
            session = onnxruntime.InferenceSession(str(directory / FILE), options,
                                                   providers=["CPUExecutionProvider"])
        except Exception as exc:
            if "NOT_IMPLEMENTED" in str(exc):
                raise CannotExpress(f"onnxruntime: {str(exc).split(':', 3)[-1].strip()}",
                                    "ort_missing_kernel") from exc
            raise
        names = [i.name for i in session.get_inputs()]

        def run(inputs):
            feed = {name: np.ascontiguousarray(x.numpy()) for name, x in zip(names, inputs)}
            return [torch.from_numpy(np.asarray(out)) for out in session.run(None, feed)]

        return run

    def saved_with(self) -> dict[str, Any]:
        """How the file was made, for the loading side: the default ``onnx`` traces up to torch
        2.8 and not from 2.9, so a 2.8 file loaded by 2.9 must be judged as a trace."""
        return {"traced": bool(self.traces)}

    def explain_mismatch(self, case: Case, entry: Mapping[str, Any],
                         within_tolerance: bool) -> tuple[str, str] | None:
        traced = entry.get("formats", {}).get(self.name, {}).get("traced", self.traces)
        if traced and _has(case, "data_dependent_branch"):
            return "traced_control_flow", "the exporter traced the branch its example batch took"
        return super().explain_mismatch(case, entry, within_tolerance)


def confine_external_data(path: Path) -> None:
    """Refuse an ONNX file whose tensors name external data outside its own folder: the file is
    untrusted, and onnxruntime would read whatever path it names (only releases from about
    1.20 refuse a path that escapes; the ones beside torch 2.1 do not)."""
    import onnx

    with open(path, "rb") as handle:
        if b"location" not in handle.read():  # the key every external-data entry holds: none here
            return
    model = onnx.load(str(path), load_external_data=False)
    tensors = list(model.graph.initializer) + [a.t for n in model.graph.node for a in n.attribute if a.HasField("t")]
    for tensor in tensors:
        for entry in tensor.external_data:
            if entry.key == "location" and (Path(entry.value).name != entry.value or entry.value in ("", ".", "..")
                                            or not (path.parent / entry.value).is_file()
                                            or (path.parent / entry.value).is_symlink()):
                raise ArtifactLoadError(f"{path}: tensor {tensor.name!r} names external data {entry.value[:200]!r}, "
                                        "which is not a file beside the model: refused unread")


def _legacy(model: torch.nn.Module, args: tuple[torch.Tensor, ...], path: Path) -> None:
    flag: dict[str, Any] = {"dynamo": False} if onnx_export_takes_dynamo() else {}
    torch.onnx.export(model, args, str(path), **flag)


def _dynamo(model: torch.nn.Module, args: tuple[torch.Tensor, ...], path: Path) -> None:
    # On failure the exporter writes report_dynamo_export.sarif into the working directory:
    # keep that out of the user's checkout.
    reset_dynamo()
    target = str(path.resolve())  # before the working directory changes
    with tempfile.TemporaryDirectory(prefix="harness-onnx-") as scratch, _working_directory(scratch), \
            fake_tensor_cache_off():
        if onnx_export_takes_dynamo():
            torch.onnx.export(model, args, target, dynamo=True)
        else:  # torch 2.1–2.3
            torch.onnx.dynamo_export(model, *args).save(target)


@contextmanager
def _working_directory(path: str) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def _default_is_dynamo() -> bool:
    import inspect
    if not onnx_export_takes_dynamo():
        return False
    return inspect.signature(torch.onnx.export).parameters["dynamo"].default is True


#: The end of every ONNX snippet: the exported file, run without torch.
_RUN = ("import onnxruntime\n"
        "session = onnxruntime.InferenceSession('model.onnx')\n"
        "print(session.run(None, {session.get_inputs()[0].name: x.numpy()}))")


@register
class OnnxDefault(Onnx):
    name = "onnx"
    snippet = ("# the ONNX round trip (the saving torch's default exporter), run by onnxruntime\n"
               "torch.onnx.export(model, (x,), 'model.onnx')\n" + _RUN)

    @property
    def traces(self) -> bool:  # type: ignore[override]
        return not _default_is_dynamo()

    @property
    def saves_first(self) -> bool:  # type: ignore[override]
        return _default_is_dynamo()

    def available(self) -> str | None:
        return dynamo_onnx_unavailable() if _default_is_dynamo() else None

    def export(self, model, args, path):
        torch.onnx.export(model, args, str(path))  # exactly what a user writes


@register
class OnnxLegacy(Onnx):
    name = "onnx-legacy"
    snippet = ("# the ONNX round trip through the TorchScript-based exporter, run by onnxruntime\n"
               "import inspect\n"
               "# dynamo=False where export has that switch (torch 2.4+); before, it is the only exporter\n"
               "legacy = {'dynamo': False} if 'dynamo' in inspect.signature(torch.onnx.export).parameters else {}\n"
               "torch.onnx.export(model, (x,), 'model.onnx', **legacy)\n" + _RUN)

    def export(self, model, args, path):
        _legacy(model, args, path)


@register
class OnnxDynamo(Onnx):
    name = "onnx-dynamo"
    traces = False
    saves_first = True
    snippet = ("# the ONNX round trip through the dynamo-based exporter (needs onnxscript), run by onnxruntime\n"
               "import inspect\n"
               "if 'dynamo' in inspect.signature(torch.onnx.export).parameters:  # torch 2.4+\n"
               "    torch.onnx.export(model, (x,), 'model.onnx', dynamo=True)\n"
               "else:  # torch 2.1-2.3\n"
               "    torch.onnx.dynamo_export(model, x).save('model.onnx')\n" + _RUN)

    def available(self) -> str | None:
        return dynamo_onnx_unavailable()

    def export(self, model, args, path):
        _dynamo(model, args, path)
