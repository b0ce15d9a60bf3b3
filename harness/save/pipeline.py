"""The saving side: build → train → reference outputs → one artifact per format → manifest.

Writes into a temporary sibling directory and renames it into place at the end,
so a loading environment never sees half an artifact directory.
"""

from __future__ import annotations

import copy
import shutil
import time
import traceback
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence

import torch
from safetensors.torch import save_file

from .. import process_output, timings
from ..artifacts.entry import CaseEntry
from ..artifacts.manifest import fingerprint, write_manifest
from ..artifacts.replace import staged
from ..code_refs import on_axis
from ..formats import FORMATS, CannotExpress
from ..model.build import flatten_outputs
from ..model.cases import Case, FactoryError
from ..model.outputs import UncomparableOutput
from ..model.spec import SpecError
from ..model.uncarried import disturb
from ..results import one_line
from ..train.loop import DataStream, Trained, data_stream, example_stream, train
from ..train.materialize import materialize, rebuild
from ..train.rng import rng_states
from ..verify.resume import reference_run
from . import RETRY_ALONE
from .audit import audit

Progress = Callable[[int, int, str], None]


def tensor_file(path: Path, prefix: str, tensors: Sequence[torch.Tensor]) -> None:
    save_file({f"{prefix}.{i}": t.detach().contiguous() for i, t in enumerate(tensors)}, str(path))


@dataclass
class Prepared:
    """A case trained to its save point: what every format saves from."""

    case: Case
    trained: Trained | None         # None between the two passes (trained again for the second)
    entry: CaseEntry                # its manifest entry; format saves fill in ``formats``
    stream: DataStream | None = None


def _trained(case: Case) -> tuple[Any, Trained, DataStream | None]:
    """Build the case's model and train it to the save point (deterministic: the same weights
    every time, in any process)."""
    made = materialize(case)
    trained = Trained(model=made.model, inputs=made.inputs)
    stream = None
    if made.recipe is not None:
        stream = (data_stream(made.recipe, made.input_info, made.output_info)
                  if made.input_info and made.output_info else example_stream(made.inputs))
        trained = train(made.model, made.recipe, stream)
        trained.inputs = made.inputs
        trained.rng = rng_states()
    if case.spec is None:
        trained.disturbed = disturb(made.model)
    made.model.eval()
    return made, trained, stream


class ModelRefused(Exception):
    """The saving torch could not build, train or run a model before any format was saved
    (torch 2.0's eager MultiheadAttention without bias fails its own inference fast path):
    a result for every format of that case, not the end of the save.

    A user's model whose output harness cannot compare (a cache object, a string, None) is
    no format's result: its entry states that problem once and lists no format."""

    def __init__(self, case: Case, exc: BaseException) -> None:
        super().__init__(one_line(exc))
        self.case, self.traceback = case, traceback.format_exc()
        self.problem = exc.problem if isinstance(exc, UncomparableOutput) and case.spec is None else None
        #: absent from this version of the team's code (prepare_case): nothing to save, and no
        #: failure either — a model added since has no old checkpoints to break
        self.absent = exc.args[0] if isinstance(exc, FactoryError) and exc.args else None

    def entry(self, formats: Sequence[str]) -> CaseEntry:
        if self.absent is not None:
            message = f"the model is not in this version of the code, so nothing was saved: {self.absent}"
            return CaseEntry(id=self.case.id, source=dict(self.case.source), refused=message, formats={
                name: {"status": "unsupported", "message": message, "files": []} for name in formats})
        if self.problem is not None:
            return CaseEntry(id=self.case.id, source=dict(self.case.source), problem=self.problem, formats={})
        message = (f"torch {torch.__version__} could not build, train or run this model in eager mode, so no "
                   f"format was saved: {self}")
        return CaseEntry(id=self.case.id, source=dict(self.case.source), refused=str(self), formats={
            name: {"status": "save_error", "message": message, "traceback": self.traceback, "files": []}
            for name in formats})


def prepare_case(case: Case, root: Path) -> Prepared:
    """Train one case to the save point and write its inputs and reference outputs
    (ModelRefused: this torch cannot)."""
    try:
        made, trained, stream = _trained(case)
        with torch.no_grad():
            reference = flatten_outputs(made.model(*made.inputs))
        findings = audit(made.model, made.inputs, lambda: rebuild(case))
    except FactoryError as exc:
        if exc.absent and on_axis():  # this version of the code has no such model (yet, or any more)
            raise ModelRefused(case, exc) from exc
        raise  # the user's --model is wrong: one line for the user, not a result
    except SpecError:
        raise  # the user's --specs is wrong: one line for the user, not a result
    except Exception as exc:
        raise ModelRefused(case, exc) from exc
    case_dir = root / "cases" / case.id
    case_dir.mkdir(parents=True)
    tensor_file(case_dir / "inputs.safetensors", "input", made.inputs)
    tensor_file(case_dir / "reference.safetensors", "output", reference)
    entry = CaseEntry(
        id=case.id,
        source=dict(case.source),
        inputs=f"cases/{case.id}/inputs.safetensors",
        reference=f"cases/{case.id}/reference.safetensors",
        outputs=tuple(reference.names),
        train_losses=tuple(trained.losses),
        audit=tuple({**f.to_json(), "disturbed": f.path in trained.disturbed} for f in findings),
        dtypes=tuple(sorted({str(t.dtype).replace("torch.", "") for t in
                             [*made.model.parameters(), *made.model.buffers()] if t.is_floating_point()})),
        formats={},
    )
    return Prepared(case, trained, entry, stream)


def finish_case(prepared: Prepared, root: Path) -> CaseEntry:
    """After every format is saved: continue the original run past the save point and keep its
    trajectory as the reference a resumed run is held to. Returns the manifest entry."""
    trained, entry = prepared.trained, prepared.entry
    if prepared.stream is not None:
        record, tensors = reference_run(trained, prepared.stream)
        path = f"cases/{prepared.case.id}/resume.safetensors"
        save_file(tensors, str(root / path))
        entry = replace(entry, resume={**record, "tensors": path})
    return entry


def save_format(name: str, trained: Trained, case: Case, root: Path) -> dict[str, Any]:
    """Save one case in one format; returns the format's manifest record (saved, unsupported
    with the reason, or save_error with the traceback), with the end of what the exporter
    printed meanwhile (in a worker: :mod:`harness.process_output`)."""
    start = process_output.mark()
    record = _save_format(name, trained, case, root)
    printed = process_output.since(start)
    return {**record, "output": printed} if printed else record


def _save_format(name: str, trained: Trained, case: Case, root: Path) -> dict[str, Any]:
    """Save one case in one format; returns the format's manifest record."""
    adapter = FORMATS.get(name)
    reason = adapter.available() or adapter.supports(case)
    if reason:
        return {"status": "unsupported", "message": reason, "files": []}
    directory = root / "cases" / case.id / name
    directory.mkdir()
    # Each format gets its own copy: torch.export.export on an RNN model left it in a
    # state where a later torch.jit.script computed wrong outputs (torch 2.4).
    # The optimizer is copied with it, so its parameters are the copy's (dcp keys its state by
    # parameter name); the scheduler is shared: formats only read its state dict.
    model, optimizer = copy.deepcopy((trained.model, trained.optimizer))
    copied = replace(trained, model=model, optimizer=optimizer)
    started, wall = time.perf_counter(), time.time()
    try:
        try:
            adapter.save(copied, case, directory)
        finally:  # a refused export is a raw call too: it took what it took
            seconds = time.perf_counter() - started
            timings.interval("save", wall, wall + seconds)
    except CannotExpress as exc:
        shutil.rmtree(directory)
        return {"status": "unsupported", "message": exc.reason, "limitation": exc.limitation, "files": []}
    except Exception as exc:  # the saving torch refused: a result, not a harness bug
        return {"status": "save_error", "message": one_line(exc),
                "traceback": traceback.format_exc(), "files": []}
    files = sorted(p.relative_to(root).as_posix() for p in directory.rglob("*") if p.is_file())
    return {"status": "saved", "message": "", "files": files, "seconds": round(seconds, 6), **adapter.saved_with()}


def save_case(case: Case, root: Path, formats: Sequence[str]) -> CaseEntry:
    """Train one case, save it in every format and record its resume reference; returns its
    manifest entry."""
    try:
        prepared = prepare_case(case, root)
    except ModelRefused as refused:
        return refused.entry(formats)
    for name in formats:
        prepared.entry.formats[name] = save_format(name, prepared.trained, case, root)
    return finish_case(prepared, root)


def _saved_first(formats: Sequence[str]) -> list[str]:
    return [name for name in formats
            if FORMATS.get(name).saves_first and not FORMATS.get(name).available()]


def save_entries(cases: Sequence[Case], root: Path, formats: Sequence[str],
                 progress: Progress | None = None) -> list[CaseEntry]:
    """Save every case in every format under ``root/cases``; returns their manifest entries.

    What one process does: the CLI's ``save`` gives each worker a share of the cases
    and writes the manifest itself (:mod:`harness.runner.save_pool`).
    """
    for name in formats:
        FORMATS.get(name)  # unknown names fail before any work
    torch.set_num_threads(1)  # outputs must not depend on the core count of the machine
    first = _saved_first(formats)
    if first:
        return _save_in_two_passes(cases, root, formats, first, progress)
    entries = []
    for index, case in enumerate(cases):
        if progress:
            progress(index, len(cases), case.label)
        entries.append(save_case(case, root, formats))
    return entries


def save_all(out: Path, cases: Sequence[Case], formats: Sequence[str] | None = None,
             generator: dict[str, Any] | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """Save every case in every format into ``out`` in this process (replacing an older
    artifact directory there)."""
    out = Path(out).resolve()  # some exporters run in a scratch working directory
    formats = list(FORMATS.names() if formats is None else formats)
    with staged(out) as staging:
        entries = save_entries(cases, staging, formats, progress)
        for entry in entries:  # no fresh process here: the first failure is the verdict
            for record in entry.formats.values():
                record.pop(RETRY_ALONE, None)
        if progress:
            progress(len(cases), len(cases), "manifest")
        manifest = write_manifest(staging, fingerprint(), formats, [e.to_json() for e in entries], generator)
    return manifest


def _save_in_two_passes(cases: Sequence[Case], root: Path, formats: Sequence[str], first: Sequence[str],
                        progress: Progress | None) -> list[CaseEntry]:
    """Save the formats whose exporter is disturbed by earlier exports of other formats (the
    dynamo-based ONNX exporter, torch 2.4) for every case before any other format runs.

    A generated case is trained again for the second pass (training is deterministic; one
    that trains to other losses is saved again in one pass, :func:`_saved_again`) rather than
    kept: holding every trained model between the passes made each later
    export slower than the one before (measured: the last ten of 100 dynamo exports took
    7× the first ten). A user's factory may not be deterministic, so its model is kept.
    The record order in the manifest stays the order of ``formats``. An export of the
    first formats that fails after another case's is marked :data:`RETRY_ALONE`.
    """
    steps = 2 * len(cases)
    prepared = []
    for index, case in enumerate(cases):
        if progress:
            progress(index, steps, f"{case.label} ({', '.join(first)})")
        try:
            ready = prepare_case(case, root)
        except ModelRefused as refused:
            prepared.append((refused.entry(formats), {}))
            continue
        done = {name: save_format(name, ready.trained, case, root) for name in first}
        for name in first:
            if done[name]["status"] == "save_error" and index > 0:  # not the process's first export
                done[name][RETRY_ALONE] = True
        prepared.append((ready if case.spec is None else replace(ready, trained=None, stream=None), done))
        del ready
    entries = []
    for index, (ready, done) in enumerate(prepared):
        if isinstance(ready, CaseEntry):  # refused: its entry is complete
            entries.append(ready)
            continue
        if ready.trained is None:
            _, trained, stream = _trained(ready.case)
            if list(trained.losses) != list(ready.entry.train_losses):
                entries.append(_saved_again(ready.case, root, formats, list(ready.entry.train_losses),
                                            list(trained.losses)))
                prepared[index] = (None, done)
                continue
            ready = replace(ready, trained=trained, stream=stream)
        case, trained, entry = ready.case, ready.trained, ready.entry
        if progress:
            progress(len(cases) + index, steps, case.label)
        for name in formats:
            entry.formats[name] = done[name] if name in done else save_format(name, trained, case, root)
        entries.append(finish_case(ready, root))
        prepared[index] = (None, done)  # this case's model is done with
    return entries


def _saved_again(case: Case, root: Path, formats: Sequence[str], first: list[float],
                 again: list[float]) -> CaseEntry:
    """The case trained from the same seed to other losses: this torch trains the model
    nondeterministically (torch 2.1 does, for some transformer models). Its files are saved
    again in one pass, from one run, so every format holds the same model, and the entry says
    why — a resume in this torch may depart from the saving run for the same reason."""
    shutil.rmtree(root / "cases" / case.id)
    return replace(save_case(case, root, formats), nondeterministic=(
        f"torch {torch.__version__} trained this model to other losses from the same seed "
        f"({first} then {again}); saved in one pass from one run"))
