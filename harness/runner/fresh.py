"""The one way harness runs a step in a fresh process: a new worker for one request.

Two paths need it, and both come here:

* a worker that dies while saving costs only the case it was on: that case is saved
  again one format per fresh process (:func:`save_format_by_format`); a format that kills
  that process too is recorded as ``crash`` (or ``timeout``) for this case, with what the
  process last said, and every other format keeps its real verdict. A case that kills a
  fresh process before any format runs (while training it or writing its reference
  outputs) still stops the save: there is no model to record a verdict for;
* an export that failed after other exports in the same worker is done again alone
  (:func:`retry_alone`; :data:`harness.save.RETRY_ALONE` says why).

The supervisor never imports torch: it moves folders and edits manifest entries only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..artifacts.entry import CaseEntry
from ..model.cases import Case
from ..save import RETRY_ALONE
from .client import CaseWorker, WorkerLost, how_lost


@dataclass
class Saved:
    """A worker's ``save_cases`` answer, typed: the entries it saved, the formats it saved them
    in (``all_formats``: every format its harness knows) and its environment."""

    entries: list[CaseEntry]
    formats: list[str]
    all_formats: list[str]
    environment: dict[str, Any]

    @classmethod
    def of(cls, answer: Mapping[str, Any]) -> Saved:
        return cls([CaseEntry.of(e) for e in answer["entries"]], list(answer["formats"]),
                   list(answer.get("all_formats", answer["formats"])), dict(answer["environment"]))


def ask_alone(python: str, request: Mapping[str, Any], timeout: float, what: str) -> dict[str, Any] | WorkerLost:
    """Answer ``request`` in a fresh worker of ``python``, closed afterwards; a worker that
    dies or hangs is returned as its WorkerLost (the caller records it)."""
    worker = CaseWorker(python)
    try:
        return worker.ask(request, timeout, what=what)
    except WorkerLost as died:
        return died
    finally:
        worker.close()


def save_alone(case: Case, python: str, root: Path, formats: Sequence[str],
               timeout: float) -> dict[str, Any] | WorkerLost:
    """Save ``case`` in ``formats`` (none: only its model, training and reference outputs)
    under ``root`` in a fresh worker; the worker's ``save_cases`` answer, or how it was lost."""
    (root / "cases").mkdir(parents=True)
    return ask_alone(python, {"op": "save_cases", "root": str(root), "formats": list(formats),
                              "cases": [{"id": case.id, "source": dict(case.source)}]},
                     timeout, f"saving {case.label} in {', '.join(formats) or 'no format'}")


def forget(staging: Path, cases: Sequence[Case]) -> None:
    """Remove what a lost worker left half-written for these cases."""
    for case in cases:
        shutil.rmtree(staging / "cases" / case.id, ignore_errors=True)


def save_format_by_format(case: Case, python: str, staging: Path, formats: Sequence[str] | None,
                          lost: WorkerLost, timeout: float) -> Saved:
    """Save ``case`` once per format, each in a fresh worker; returns what a worker saving only
    this case would have (one entry)."""
    with tempfile.TemporaryDirectory(prefix=".harness-alone-", dir=staging.parent) as scratch:
        base = save_alone(case, python, Path(scratch) / "base", [], timeout)
        if isinstance(base, WorkerLost):
            raise WorkerLost(f"case {case.id} ({case.label}) killed a fresh worker before any format was saved "
                             f"(training it or writing its reference outputs): {base}; the first worker had "
                             f"{how_lost(lost.status)}: {lost}", base.status)
        saved = Saved.of(base)
        names = list(saved.all_formats if formats is None else formats)
        (entry,) = saved.entries
        if entry.problem is not None:  # a problem with the model: no format to save, alone or not
            return Saved([entry], names, saved.all_formats, saved.environment)
        target = staging / "cases" / case.id
        shutil.copytree(Path(scratch) / "base" / "cases" / case.id, target)
        why = (f"saved in a process of its own: the worker saving it with other cases {how_lost(lost.status)} "
               f"({lost})")
        for name in names:
            answer = save_alone(case, python, Path(scratch) / name, [name], timeout)
            if isinstance(answer, WorkerLost):
                limit = f" (limit {timeout:g} s a step, save --timeout)" if answer.status == "timeout" else ""
                entry.formats[name] = {"status": answer.status, "files": [], "message": (
                    f"saving case {case.id} in {name} {how_lost(answer.status)}{limit}, alone in a fresh process "
                    f"as well: {answer}")}
                continue
            record = _copy_format(Saved.of(answer).entries[0], name, Path(scratch) / name, target)
            entry.formats[name] = {**record, "note": "; ".join(filter(None, [record.get("note"), why[:600]]))}
    return Saved([entry], names, saved.all_formats, saved.environment)


def retry_alone(entry: CaseEntry, case: Case, python: str, staging: Path, timeout: float) -> None:
    """Export again, each in a fresh worker, the formats of ``entry`` marked RETRY_ALONE, and keep
    that verdict when it saved (with a note saying so); otherwise the first failure stands."""
    for name, failed in list(entry.formats.items()):
        if not failed.pop(RETRY_ALONE, None):
            continue
        with tempfile.TemporaryDirectory(prefix=".harness-alone-", dir=staging.parent) as scratch:
            answer = save_alone(case, python, Path(scratch) / name, [name], timeout)
            if isinstance(answer, WorkerLost):
                continue
            (again,) = Saved.of(answer).entries
            if again.id != case.id or again.formats[name]["status"] == "save_error":
                continue
            record = _copy_format(again, name, Path(scratch) / name, staging / "cases" / case.id)
        entry.formats[name] = {**record, "note": "saved in a fresh process: here, after earlier exports, it "
                                                    f"failed with {failed['message'][:200]}"}


def _copy_format(entry: CaseEntry, name: str, root: Path, target: Path) -> dict[str, Any]:
    """The format's record from a fresh worker's entry, its files moved into ``target``."""
    record = dict(entry.formats[name])
    record.pop(RETRY_ALONE, None)
    saved = root / "cases" / entry.id / name
    shutil.rmtree(target / name, ignore_errors=True)
    if saved.is_dir():
        shutil.copytree(saved, target / name)
    return record
