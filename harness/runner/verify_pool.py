"""Verification in a worker process: a crash, abort or hang in one case becomes that cell's
``crash`` or ``timeout``, the worker is replaced, and the run goes on — with no record lost.

TorchScript and onnxruntime run native code on files from elsewhere; one bad file must
not take the whole run down. Importing torch costs seconds, so long-lived workers (one
per core by default) serve many cases each (``python -m harness worker``, op
``verify_case``, one case at a time per worker); a worker announces each format before it
starts, so the supervisor knows which cell a death belongs to. The supervisor itself
never imports torch.

The results file's durability (appends, resuming, the lock) is :mod:`.results_file`.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..artifacts.entry import CaseEntry
from ..artifacts.manifest import load_manifest
from ..options import RunOptions
from ..results import Record
from .client import (
    VERIFY_CASES_PER_WORKER,
    CaseWorker,
    _WorkerDied,
    how_lost,
    start_workers,
)
from .results_file import append_lines, done_cells, exclusive, in_manifest_order

Progress = Callable[[int, int, str], None]


@dataclass
class Tally:
    """What a supervised verification did, for the CLI's summary."""

    statuses: dict[str, int] = field(default_factory=dict)
    skipped: int = 0            # (case, format) cells already in the results file
    replaced_workers: int = 0


def verify_isolated(directories: Sequence[Path], results: Path, options: RunOptions = RunOptions(),
                    python: str = sys.executable, progress: Progress | None = None) -> Tally:
    """Verify every case of ``directories`` in workers, appending records to ``results``."""
    return verify_jobs([(Path(d), Path(results)) for d in directories], options, python, progress)


@dataclass
class _Job:
    directory: Path
    manifest: Mapping[str, Any]
    entry: CaseEntry
    results: Path
    digest: str


def verify_jobs(jobs: Sequence[tuple[Path, Path]], options: RunOptions = RunOptions(),
                python: str = sys.executable, progress: Progress | None = None) -> Tally:
    """Verify each (artifact directory, results file) pair, cases spread over ``workers``
    processes (a case at a time each).

    Every manifest is checked (and with ``key`` its signature) before any worker starts; a
    worker reads exactly the bytes checked. A results file this run creates is rewritten in
    manifest order at the end, so the same inputs give the same file whatever the number of
    workers. Each results file is locked for the run.
    """
    checked = {Path(d).resolve(): load_manifest(Path(d), key=options.key) for d, _ in jobs}
    manifests = {d: manifest for d, (manifest, _) in checked.items()}
    digests = {d: digest for d, (_, digest) in checked.items()}
    with exclusive([Path(r) for _, r in jobs]):
        fresh = {Path(r) for _, r in jobs if not Path(r).exists() or not Path(r).stat().st_size}
        queue = [_Job(Path(d).resolve(), manifests[Path(d).resolve()], CaseEntry.of(entry), Path(r),
                      digests[Path(d).resolve()]) for d, r in jobs for entry in manifests[Path(d).resolve()]["cases"]]
        total, tally, lock = len(queue), Tally(), threading.Lock()
        queue.reverse()  # pop() from the end takes the cases in order
        count = options.worker_count(total)
        with start_workers(count, python) as pool:
            checks = pool[0].ask({"op": "checks"}, 300)["checks"]
            done = {r: done_cells(r, pool[0].environment, checks) for r in {Path(r) for _, r in jobs}}

            def slot(index: int) -> None:
                handled = 0
                while True:
                    with lock:
                        if not queue:
                            return
                        job = queue.pop()
                        if progress:
                            progress(total - len(queue) - 1, total, f"{job.directory.name}: {job.entry.id}")
                    try:
                        if handled == VERIFY_CASES_PER_WORKER:
                            pool[index].close()
                            pool[index], handled = CaseWorker(python), 0
                        handled += 1
                        pool[index] = _verify_one(pool[index], job, done[job.results], options, checks, tally, lock)
                    except BaseException:
                        with lock:
                            queue.clear()  # the other slots stop after their current case
                        raise

            with ThreadPoolExecutor(len(pool)) as threads:
                running = [threads.submit(slot, index) for index in range(len(pool))]
                errors = [f.exception() for f in running if f.exception()]
            if errors:
                raise errors[0]
        for path in fresh if count > 1 else ():  # one worker writes in manifest order already
            in_manifest_order(path, manifests)
    if progress:
        progress(total, total, "done")
    return tally


def _verify_one(worker: CaseWorker, job: _Job, done: set[tuple[str, str, str]], options: RunOptions,
                checks: Mapping[str, Sequence[str]], tally: Tally, lock: threading.Lock) -> CaseWorker:
    """Every format of one case not yet recorded; returns the worker to go on with (a new one
    if this one died). ``timeout`` is for the whole case, however many workers it takes: what is
    left when it runs out is ``timeout`` without being tried."""
    directory, manifest, entry = job.directory, job.manifest, job.entry
    cells = entry.cells
    skip = {fmt for fmt in cells if (manifest["run_id"], entry.id, fmt) in done}
    with lock:
        tally.skipped += len(skip)
    timeout = options.timeout
    deadline = time.monotonic() + timeout
    while len(skip) < len(cells):
        if time.monotonic() >= deadline:
            left = [fmt for fmt in cells if fmt not in skip]
            why = (f"case {entry.id} ran out of its {timeout:g} s (verify --timeout) before this format "
                   "was tried")
            records = [r for fmt in left for r in _cell_records("timeout", why, fmt, checks.get(fmt, ["output"]),
                                                                 job, worker.environment)]
            with lock:
                append_lines(job.results, "".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
                tally.statuses["timeout"] = tally.statuses.get("timeout", 0) + len(records)
            break
        request = {"op": "verify_case", "dir": str(directory), "case": entry.id, "digest": job.digest,
                   "skip": sorted(skip), "options": options.for_worker()}
        try:
            for fmt, statuses, lines in stream_cells(worker, request, deadline):
                with lock:
                    append_lines(job.results, lines)
                    for status in statuses:
                        tally.statuses[status] = tally.statuses.get(status, 0) + 1
                skip.add(fmt)
        except CellLost as lost:
            records = _fault_records(lost, job, worker.environment)
            with lock:
                append_lines(job.results, "".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
                tally.statuses[lost.died.status] = tally.statuses.get(lost.died.status, 0) + len(records)
                tally.replaced_workers += 1
            skip.add(lost.format)
            worker.kill()
            worker.close()
            worker = CaseWorker(worker.python)
    return worker


class CellLost(Exception):
    """The worker died or hung during one cell (a format of a case, a load of a probed file)."""

    def __init__(self, died: _WorkerDied, fmt: str, checks: Sequence[str]) -> None:
        super().__init__(died.why)
        self.died, self.format, self.checks = died, fmt, checks


def stream_cells(worker: CaseWorker, request: Mapping[str, Any], deadline: float,
                 first: tuple[str, list[str]] | None = None) -> Iterator[tuple[str, list[str], str]]:
    """(cell, statuses, record lines) as the worker finishes each cell it announced (a format of
    a case, or a load of a probed file); CellLost names the cell it died in — ``first`` where it
    died before announcing one (None: that is a harness bug)."""
    started: tuple[str, list[str]] | None = first
    try:
        worker.send(request)
        while True:
            message = worker.receive(deadline)
            if "started" in message:
                started = (message["started"], message["checks"])
            elif "lines" in message:
                yield message["format"], message["statuses"], message["lines"]
                started = None
            elif message.get("ok"):
                return
            else:  # the worker answered with an error: a harness bug, not a model's result
                raise RuntimeError(f"worker failed on {request['case']}: {message.get('error')}")
    except _WorkerDied as died:
        if started is None:
            raise RuntimeError(f"the worker died before starting a format of case {request['case']}: "
                               f"{died.why}") from None
        raise CellLost(died, *started) from None


def _fault_records(lost: CellLost, job: _Job, loaded: Mapping[str, Any]) -> list[dict[str, Any]]:
    message = (f"verifying {lost.format} of case {job.entry.id} {how_lost(lost.died.status)}: "
               f"{lost.died.why}; the worker was replaced and the run went on")
    return _cell_records(lost.died.status, message, lost.format, lost.checks, job, loaded)


def _cell_records(status: str, message: str, fmt: str, checks: Sequence[str], job: _Job,
                  loaded: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One record per check of a format that the supervisor decides (no worker answered for it)."""
    manifest, entry = job.manifest, job.entry
    return [Record(case=entry.id, format=fmt, check=check, status=status, saved=manifest["environment"],
                   loaded=loaded, message=message, stage="worker", run_id=manifest["run_id"],
                   artifacts=str(job.directory), source=entry.source).to_json()
            for check in checks]
