"""When a worker dies while saving: the case it was on costs only its own cells.

An exporter that segfaults, aborts or hangs on one model must not stop a save of a
thousand (the same promise ``verify`` keeps). The case the worker was on is saved again
one format per fresh process; a format that kills that process too is recorded as
``crash`` (or ``timeout``) for this case, with what the process last said, and every
other format keeps its real verdict. A case that kills a fresh process before any format
runs (while training it or writing its reference outputs) still stops the save: there is
no model to record a verdict for.

The supervisor never imports torch: it moves folders and edits manifest entries only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .cases import Case
from .worker_client import CaseWorker, WorkerLost


def forget(staging: Path, cases: Sequence[Case]) -> None:
    """Remove what a lost worker left half-written for these cases."""
    for case in cases:
        shutil.rmtree(staging / "cases" / case.id, ignore_errors=True)


def save_format_by_format(case: Case, python: str, staging: Path, formats: Sequence[str] | None,
                          lost: WorkerLost, timeout: float) -> dict[str, Any]:
    """Save ``case`` once per format, each in a fresh worker; returns an answer shaped like a
    worker's ``save_cases`` answer (one entry)."""
    with tempfile.TemporaryDirectory(prefix=".harness-alone-", dir=staging.parent) as scratch:
        base = _alone(case, python, Path(scratch) / "base", [], timeout)
        if isinstance(base, WorkerLost):
            raise WorkerLost(f"case {case.id} ({case.label}) killed a fresh worker before any format was saved "
                             f"(training it or writing its reference outputs): {base}; the first worker had "
                             f"{verb(lost)}: {lost}", base.status)
        names = list(base["all_formats"] if formats is None else formats)
        (entry,) = base["entries"]
        target = staging / "cases" / case.id
        shutil.copytree(Path(scratch) / "base" / "cases" / case.id, target)
        why = f"saved in a process of its own: the worker saving it with other cases {verb(lost)} ({lost})"
        for name in names:
            answer = _alone(case, python, Path(scratch) / name, [name], timeout)
            if isinstance(answer, WorkerLost):
                limit = f" (limit {timeout:g} s a step, save --timeout)" if answer.status == "timeout" else ""
                entry["formats"][name] = {"status": answer.status, "files": [], "message": (
                    f"saving case {case.id} in {name} {verb(answer)}{limit}, alone in a fresh process as well: "
                    f"{answer}")}
                continue
            record = answer["entries"][0]["formats"][name]
            saved = Path(scratch) / name / "cases" / case.id / name
            if saved.is_dir():
                shutil.copytree(saved, target / name)
            entry["formats"][name] = {**record, "note": "; ".join(filter(None, [record.get("note"), why[:600]]))}
    return {"entries": [entry], "formats": names, "environment": base["environment"]}


def verb(lost: WorkerLost) -> str:
    """How a lost worker went, for a message."""
    return "crashed" if lost.status == "crash" else "hung"


def _alone(case: Case, python: str, root: Path, formats: list[str], timeout: float) -> dict[str, Any] | WorkerLost:
    (root / "cases").mkdir(parents=True)
    worker = CaseWorker(python)
    try:
        return worker.ask({"op": "save_cases", "root": str(root), "formats": formats,
                           "cases": [{"id": case.id, "source": dict(case.source)}]},
                          timeout, what=f"saving {case.label} in {', '.join(formats) or 'no format'}")
    except WorkerLost as died:
        return died
    finally:
        worker.close()
