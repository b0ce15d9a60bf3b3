"""The loading side: every case × format × check of an artifact directory, as records.

This is the one place where exceptions become outcomes. Adapter code runs
inside a stage (``load``, ``forward``); what it raises becomes that stage's
status with the traceback kept. Everything else — reading the manifest,
comparing — is harness code, and its bugs propagate instead of reading as a
model's result.
"""

from __future__ import annotations

import time
import traceback
import warnings
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import torch
from safetensors.torch import load_file

from .. import timings
from ..artifacts.entry import CaseEntry
from ..artifacts.manifest import (
    corrupt_files,
    loaded_fingerprint,
    read_manifest,
    same_environment,
)
from ..artifacts.untrusted import (
    SAVER_STATUSES,
    factory_inside,
    inflation,
    unlisted_files,
)
from ..formats import FORMATS, CannotExpress
from ..formats.base import NeedsTrust, with_case, with_consent
from ..model.cases import Case
from ..model.outputs import legacy_order
from ..options import RunOptions
from ..results import MODEL, Record, one_line
from .causes import known_cause
from .compare import ROUNDING, compare_outputs, constant

Progress = Callable[[int, int, str], None]
TRUST_HINT = "needs trusted pickle loading: it can run arbitrary code; pass --trust-pickles if you made these files"


def _tensors(path: Path, prefix: str) -> list[torch.Tensor]:
    """Tensors from a safetensors file, copied into fresh allocations.

    ``load_file`` returns tensors at arbitrary 8-byte offsets; MKL's sgemm
    rounds differently for misaligned buffers (measured: 3e-8 on a 7→11 Linear),
    so inputs are given the 64-byte-aligned memory the saving side had.
    """
    loaded = _tensor_file(path)
    try:
        return [loaded[f"{prefix}.{i}"].clone() for i in range(len(loaded))]
    except KeyError as exc:
        raise Unreadable(f"{path.name} does not hold the {prefix}.N tensors a saving side writes ({exc}), "
                         "although its checksum matches: the directory was edited with its checksums") from exc


def _tensor_file(path: Path) -> dict[str, torch.Tensor]:
    """A safetensors file of the case; Unreadable if it is not one (its checksum matched, so
    the directory was edited along with its checksums)."""
    try:
        return load_file(str(path))
    except Exception as exc:
        raise Unreadable(f"{path.name} is not the tensor file a saving side writes ({one_line(exc)[:300]}), "
                         "although its checksum matches: the directory was edited with its checksums") from exc


class Unreadable(Exception):
    """A file of the case (inputs, reference outputs, reference trajectory) that is not what a
    saving side writes: the cell is ``corrupt``, not a harness bug."""


def output_names(entry: CaseEntry, count: int) -> list[str] | None:
    """The paths of the case's ``count`` reference output tensors (None: saved before harness
    named them); Unreadable when the manifest names another number of them."""
    if entry.outputs is not None and len(entry.outputs) != count:
        raise Unreadable(f"the manifest names {len(entry.outputs)} output tensors and {entry.reference} holds "
                         f"{count}, although its checksum matches: the directory was edited with its checksums")
    return None if entry.outputs is None else list(entry.outputs)


def verify_case(directory: Path, manifest: Mapping[str, Any], entry: CaseEntry,
                loaded_env: Mapping[str, Any], options: RunOptions,
                formats: Sequence[str] | None = None) -> Iterator[Record]:
    """Records for one case in every format the manifest lists (or in ``formats``).

    The manifest is untrusted (already checked by :func:`read_manifest`): a verdict comes
    only from loading and comparing here. What the saving side reports instead of files
    (``save_error``, ``unsupported``, …) is recorded as its claim (``claimed``), and any
    other status it writes is ``corrupt``; every file a check reads is under the checksum.
    """
    case = entry.case
    exact_env = same_environment(manifest["environment"], loaded_env)

    def record(fmt: str, check: str, status: str, message: str = "", **extra: Any) -> Record:
        return Record(case=case.id, format=fmt, check=check, status=status,
                      saved=manifest["environment"], loaded=loaded_env, message=message,
                      run_id=manifest["run_id"], artifacts=str(directory), source=case.source,
                      **extra)

    if entry.problem is not None:  # one record about the model, the saving side's: nothing of it was saved
        if formats is None or MODEL in formats:
            yield record(MODEL, "output", "save_error", entry.problem_line, stage="save", claimed=True)
        return
    for fmt, saved in entry.formats.items():
        if formats is not None and fmt not in formats:
            continue
        if fmt not in FORMATS:
            yield record(fmt, "output", "unsupported",
                         f"format {fmt!r} is unknown to this harness version; known: "
                         f"{', '.join(sorted(FORMATS.names()))}")
            continue
        adapter = FORMATS.get(fmt)
        checks = ["output", *adapter.extra_checks()]
        inference_only = resume_unsupported(adapter, None)
        if inference_only:
            yield record(fmt, "resume", "unsupported", inference_only, stage="resume")
        else:
            checks.append("resume")
        if saved["status"] != "saved":
            if saved["status"] in SAVER_STATUSES:
                for check in checks:
                    yield record(fmt, check, saved["status"], saved.get("message", ""), stage="save",
                                 limitation=saved.get("limitation"), output=saved.get("output"), claimed=True)
            else:
                for check in checks:
                    yield record(fmt, check, "corrupt", f"the manifest gives {fmt} the status "
                                 f"{saved['status'][:40]!r}, which no saving side writes (it writes "
                                 f"{', '.join(SAVER_STATUSES)}): the manifest was edited; nothing was loaded",
                                 stage="checksum")
            continue
        bad = damaged(directory, manifest, entry, fmt)
        if bad:
            for check in checks:
                yield record(fmt, check, "corrupt", _corrupt_message(bad), stage="checksum")
            continue
        bound = over_bounds(directory, saved["files"])
        if bound:
            for check in checks:
                yield record(fmt, check, "load_error", bound, stage="load")
            continue
        reason = adapter.loadable() or consent(adapter, case, directory, options)
        if reason:
            for check in checks:
                yield record(fmt, check, "unsupported", reason, stage="load")
            continue
        trusted = options.trust_pickles
        yield _output_check(record, adapter, case, directory, entry, exact_env, trusted)
        for check, run in adapter.extra_checks().items():
            clock = _Clock({})
            try:
                note = with_consent(with_case(run, case), directory / "cases" / case.id / fmt,
                                    trusted=trusted)
            except CannotExpress as exc:  # this torch has no such load (torch 2.0: no mmap)
                yield record(fmt, check, "unsupported", exc.reason, stage="load", limitation=exc.limitation)
            except Exception as exc:
                clock.lap("load")
                yield record(fmt, check, "load_error", one_line(exc), stage="load", limitation=known_cause(exc),
                             traceback=traceback.format_exc(), seconds=clock.spent)
            else:
                clock.lap("load")
                yield record(fmt, check, "pass", note, stage="load", seconds=clock.spent)
        if "resume" in checks:
            yield _resume_check(record, adapter, case, directory, entry, exact_env, manifest, trusted)


def damaged(directory: Path, manifest: Mapping[str, Any], entry: CaseEntry, fmt: str,
            extra: Sequence[str] = ()) -> list[str]:
    """Why the files a check of ``fmt`` reads cannot be trusted to be what was saved: missing,
    edited (checksum), links or names outside the directory, files in the format's folder the
    manifest does not list."""
    files = [*entry.files(fmt), str(entry.inputs), str(entry.reference), *extra]
    bad = corrupt_files(directory, manifest, files)
    bad += [f"{name} (in the format's folder, not in the manifest)"
            for name in unlisted_files(directory, entry.id, fmt, entry.files(fmt))]
    return bad


def over_bounds(directory: Path, files: Sequence[str]) -> str | None:
    """Why loading these (checksum-checked) files is refused as beyond a bound, or None."""
    found = [why for name in files if (why := inflation(Path(directory) / name))]
    return "; ".join(found) or None


def _corrupt_message(bad: Sequence[str]) -> str:
    return (f"not what was saved: {'; '.join(bad)[:1500]} — the file changed after it was saved (damaged "
            "or edited), not an incompatibility")


CODE_HINT = ("a {what} runs its own code when loaded and run (it can read and write files); pass "
             "--trust-code if you made these files")


def consent(adapter: Any, case: Case, directory: Path, options: RunOptions) -> str | None:
    """Why loading this format of this case needs a consent the user did not give, or None.
    Nothing from an artifact directory runs without it, and a factory is never imported from
    inside the directory, consent or not."""
    if adapter.needs_trust and not options.trust_pickles:
        return TRUST_HINT
    if adapter.runs_code and not options.trust_code:
        return CODE_HINT.format(what=adapter.runs_code)
    factory = case.source.get("factory") if case.source.get("kind") == "factory" else None
    if factory and (adapter.needs_code or adapter.imports_factory or adapter.resumable
                    or adapter.resumes_with_checkpoint):
        if not options.trust_code:
            return (f"the model comes from the factory {factory}, which loading {adapter.name} imports and "
                    "calls (code named by the manifest): pass --trust-code if you made these files")
        inside = factory_inside(factory, [directory])
        if inside is not None:
            return (f"the factory {factory} would be imported from {inside}, inside the artifact directory: "
                    "harness never imports code from an artifact directory, --trust-code or not")
    return None


def _output_check(record: Callable[..., Record], adapter: Any, case: Case, directory: Path,
                  entry: CaseEntry, exact_env: bool, trusted: bool) -> Record:
    """Load and run, keeping torch's warnings with the record instead of on the console.
    ``trusted``: the user's consent to unpickling, handed to the adapter's load."""
    spent: dict[str, float] = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _load_run_compare(record, adapter, case, directory, entry, exact_env, _Clock(spent), trusted)
    result.seconds = spent
    result.warnings = list(dict.fromkeys(f"{w.category.__name__}: {str(w.message).splitlines()[0][:300]}"
                                         for w in caught))
    return result


class _Clock:
    """Seconds per step of a check, into ``spent`` (kept with the record: the benchmark reads them)."""

    def __init__(self, spent: dict[str, float]) -> None:
        self.spent, self.last = spent, time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.spent[step] = round(self.spent.get(step, 0.0) + now - self.last, 6)
        if step in RAW_STEPS:
            wall = time.time()
            timings.interval(step, wall - (now - self.last), wall)
        self.last = now


#: The steps of a check that are the format's own calls (the rest — reading the reference,
#: comparing, the resumed steps with their digests — is harness's work).
RAW_STEPS = ("load", "run", "restore")


def _largest(tensors: Sequence[torch.Tensor]) -> float:
    return max((t.detach().abs().max().item() for t in tensors if t.numel()), default=0.0)


def _load_run_compare(record: Callable[..., Record], adapter: Any, case: Case, directory: Path,
                      entry: CaseEntry, exact_env: bool, clock: _Clock, trusted: bool) -> Record:
    fmt = adapter.name
    try:
        runner = with_consent(adapter.load, case, directory / "cases" / case.id / fmt, trusted=trusted)
        clock.lap("load")
    except CannotExpress as exc:  # a known limitation of the format, met while loading
        return record(fmt, "output", "unsupported", exc.reason, stage="load", limitation=exc.limitation)
    except NeedsTrust as exc:
        return record(fmt, "output", "unsupported", str(exc), stage="load")
    except Exception as exc:
        return record(fmt, "output", "load_error", one_line(exc), stage="load", limitation=known_cause(exc),
                      traceback=traceback.format_exc())
    try:
        inputs = _tensors(directory / str(entry.inputs), "input")
        reference = _tensors(directory / str(entry.reference), "output")
        names = output_names(entry, len(reference))
    except Unreadable as exc:
        return record(fmt, "output", "corrupt", str(exc), stage="read")
    clock.lap("read")
    try:
        outputs = runner(inputs)
        clock.lap("run")
    except Exception as exc:
        return record(fmt, "output", "forward_error", one_line(exc), stage="forward",
                      traceback=traceback.format_exc())
    if names is None:  # saved before harness named the outputs: its dicts were flattened in sorted key order
        outputs = legacy_order(outputs)
    exact = exact_env and adapter.exact_in_same_env
    computed_in = [getattr(torch, name) for name in entry.dtypes if hasattr(torch, name)]
    result = compare_outputs(reference, outputs, exact=exact, computed_in=computed_in, names=names)
    clock.lap("compare")
    degenerate = constant(reference)
    # a loaded model whose outputs differ by more than rounding still mismatches
    if degenerate and (result.ok or result.max_abs_diff <= ROUNDING * max(1.0, _largest(reference))):
        return record(fmt, "output", "unsupported", degenerate, stage="compare",
                      max_abs_diff=result.max_abs_diff, max_rel_diff=result.max_rel_diff)
    policy = "bit-exact (same environment)" if exact else "per-dtype tolerance"
    if result.ok:
        return record(fmt, "output", "pass", f"matches reference, {policy}", stage="compare",
                      max_abs_diff=result.max_abs_diff, max_rel_diff=result.max_rel_diff)
    within = compare_outputs(reference, outputs, exact=False, computed_in=computed_in, names=names).ok
    explained = adapter.explain_mismatch(case, entry.judged_json, within)  # only state a reload loses
    message = result.message + (f" — expected: {explained[1]}" if explained else "")
    return record(fmt, "output", "mismatch", message, stage="compare",
                  max_abs_diff=result.max_abs_diff, max_rel_diff=result.max_rel_diff,
                  limitation=explained[0] if explained else None)


def verify_dir(directory: Path, options: RunOptions = RunOptions(),
               progress: Progress | None = None) -> Iterator[Record]:
    """Verify one artifact directory in this environment; raises ArtifactDirError if it is not one.
    (Shrinking the failures is a stage of its own: :func:`harness.minimize.reproduce.attach_reproducers`.)"""
    directory = Path(directory)
    manifest = read_manifest(directory)
    torch.set_num_threads(1)
    loaded_env = loaded_fingerprint(manifest["environment"])
    cases = manifest["cases"]
    for index, entry in enumerate(CaseEntry.of(data) for data in cases):
        if progress:
            progress(index, len(cases), entry.id)
        yield from verify_case(directory, manifest, entry, loaded_env, options)
    if progress:
        progress(len(cases), len(cases), "done")


def checks_of(adapter: Any) -> list[str]:
    """Every check a format's cell holds, in the order they are recorded."""
    return ["output", *adapter.extra_checks(), "resume"]


def resume_unsupported(adapter: Any, entry: CaseEntry | None) -> str | None:
    """Why the resume check does not apply to this format (and to this case, when given), or None."""
    if not (adapter.resumable or adapter.resumes_with_checkpoint):
        return "inference-only format: it keeps no optimizer, scheduler or RNG state to continue training from"
    if entry is None:
        return None
    if entry.resume is None:
        return "the case has no training recipe, so there is no run to resume"
    if adapter.resumes_with_checkpoint and not entry.saved("checkpoint"):
        return (f"{adapter.name} resumes with the optimizer, scheduler and RNG state of the case's "
                "checkpoint artifact, which was not saved")
    return None


def _resume_check(record: Callable[..., Record], adapter: Any, case: Case, directory: Path,
                  entry: CaseEntry, exact_env: bool, manifest: Mapping[str, Any], trusted: bool) -> Record:
    """Restore from the artifact, continue training, and compare with the saving run
    (``trusted``: the user's consent to unpickling, handed to the adapter's loads)."""
    from ..train.materialize import training_plan
    from .control import judged_control
    from .resume import judge, nothing_to_resume, restore

    fmt = adapter.name
    reason = resume_unsupported(adapter, entry) or nothing_to_resume(entry.resume)
    if reason:
        return record(fmt, "resume", "unsupported", reason, stage="resume")
    # the reference trajectory, and the training state a weights-only format borrows
    assert entry.resume is not None  # resume_unsupported said so
    borrowed = entry.files("checkpoint") if adapter.resumes_with_checkpoint else []
    bad = damaged(directory, manifest, entry, fmt, [entry.resume["tensors"], *borrowed])
    if bad:
        return record(fmt, "resume", "corrupt", _corrupt_message(bad), stage="checksum")
    bound = over_bounds(directory, borrowed)
    if bound:
        return record(fmt, "resume", "load_error", bound, stage="restore")
    case_dir = directory / "cases" / case.id
    clock = _Clock({})
    try:
        inputs = tuple(_tensors(directory / str(entry.inputs), "input"))
        expected = _tensor_file(directory / entry.resume["tensors"])
    except Unreadable as exc:
        return record(fmt, "resume", "corrupt", str(exc), stage="read")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            recipe, stream = training_plan(case, inputs)
            module = with_consent(adapter.load_module, case, case_dir / fmt, trusted=trusted)
            state = with_consent(adapter.training_state, case, case_dir, trusted=trusted)
            trained = restore(module, recipe, state, inputs)
            clock.lap("restore")
        except NeedsTrust as exc:
            return record(fmt, "resume", "unsupported", str(exc), stage="restore")
        except Exception as exc:
            return record(fmt, "resume", "load_error", one_line(exc), stage="restore",
                          limitation=known_cause(exc), traceback=traceback.format_exc())
        computed_in = [getattr(torch, name) for name in entry.dtypes if hasattr(torch, name)]
        lost = [] if adapter.keeps_uncarried_state else [f["path"] for f in entry.lost_state]
        key = (str(directory), str(manifest["run_id"]), case.id, exact_env)  # one control per case, whatever the format
        try:
            verdict = judge(entry.resume, expected, trained, stream, exact=exact_env, computed_in=computed_in,
                            lost_uncarried=lost, names=entry.outputs, control=lambda resumed: judged_control(
                                key, entry, inputs, expected, computed_in, resumed, exact_env))
            clock.lap("resume")
        except Exception as exc:
            return record(fmt, "resume", "forward_error", one_line(exc), stage="resume",
                          traceback=traceback.format_exc())
    limitation = "uncarried_state" if lost and verdict.departure == "state_lost" else None
    message = verdict.message
    if verdict.status != "pass" and entry.nondeterministic:
        message += f" (the saving side found: {entry.nondeterministic[:300]})"
    return record(fmt, "resume", verdict.status, message, stage="resume", departure=verdict.departure,
                  diagnostics=verdict.diagnostics, limitation=limitation, seconds=clock.spent)
