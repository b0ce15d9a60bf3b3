"""Verification in a worker process: a crash, abort or hang in one case becomes that cell's
``crash`` or ``timeout``, the worker is replaced, and the run goes on — with no record lost.

TorchScript and onnxruntime run native code on files from elsewhere; one bad file must
not take the whole run down. Importing torch costs seconds, so long-lived workers (one
per core by default) serve many cases each (``python -m harness worker``, op
``verify_case``, one case at a time per worker); a worker announces each format before it
starts, so the supervisor knows which cell a death belongs to. The supervisor itself
never imports torch.

Records are appended as each format finishes, one ``write`` per format, and a run
started again with the same arguments skips what its results file already holds
(a line cut off by a kill is dropped first): no record lost, none duplicated.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .artifacts import load_manifest
from .results import Record
from .worker_client import (
    DEFAULT_TIMEOUT,
    VERIFY_CASES_PER_WORKER,
    CaseWorker,
    _WorkerDied,
    start_workers,
)

Progress = Callable[[int, int, str], None]


@dataclass
class Tally:
    """What a supervised verification did, for the CLI's summary."""

    statuses: dict[str, int] = field(default_factory=dict)
    skipped: int = 0            # (case, format) cells already in the results file
    replaced_workers: int = 0


class VerifyError(RuntimeError):
    """A results file that cannot be used (a directory, another verify writing it, a line that
    is not a record): one line for the user."""


def _done_cells(results: Path, loaded_env: Mapping[str, Any],
                checks: Mapping[str, Sequence[str]]) -> set[tuple[str, str, str]]:
    """(run_id, case, format) whose every check is recorded for this loading environment.

    Keyed per record: a format with only some of its checks in the file (a kill between two
    writes, a cut line) is not done, and its partial records are removed, so it is verified
    again whole — no record lost, none duplicated. A last line cut off by a kill is dropped."""
    if not results.exists():
        return set()
    original = results.read_bytes()
    lines = original.split(b"\n")[:-1]  # what follows the last newline was cut off mid-line
    seen: dict[tuple[str, str, str], set[str]] = {}
    parsed = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = (str(record.get("run_id", "")), record["case"], record["format"])
            check, mine = record["check"], record["loaded"] == loaded_env
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise VerifyError(f"{results}:{number}: not a result record; give another --results, or remove "
                              "the line (harness writes whole records only)") from None
        parsed.append((key if mine else None, check, line))
        if mine:
            seen.setdefault(key, set()).add(check)
    done = {key for key, have in seen.items() if set(checks.get(key[2], ("output",))) <= have}
    kept = b"".join(line + b"\n" for key, _, line in parsed if key is None or key in done)
    if kept != original:
        tmp = results.with_name(results.name + ".resuming")
        tmp.write_bytes(kept)
        os.replace(tmp, results)
    return done


def _append(results: Path, lines: str) -> None:
    """All record lines of one format in a single O_APPEND write (a short write is completed,
    never left as a cut line), then fsync."""
    payload = memoryview(lines.encode("utf-8"))
    fd = os.open(results, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        while payload:
            written = os.write(fd, payload)
            if written <= 0:
                raise OSError(f"could not append to {results}: the write made no progress")
            payload = payload[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def exclusive(results: Sequence[Path]) -> Iterator[None]:
    """Hold a lock beside each results file for the run: a second verify on the same file is
    refused with one line instead of interleaving or overwriting its records."""
    import fcntl

    held = []
    try:
        for path in sorted(set(results)):
            if path.is_dir():
                raise VerifyError(f"--results {path} is a directory; give a file (records are JSON Lines)")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise VerifyError(f"another harness verify (pid {holder}) is writing {path}; wait for it to "
                                  "finish, or give another --results") from None
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            held.append((fd, path.with_name(path.name + ".lock")))
        yield
    finally:
        for fd, lock in held:
            lock.unlink(missing_ok=True)  # while still held: no lock files left beside the results
            os.close(fd)


def verify_isolated(directories: Sequence[Path], results: Path, trust_pickles: bool = False,
                    shrink: bool = False, timeout: float = DEFAULT_TIMEOUT, python: str = sys.executable,
                    workers: int = 1, progress: Progress | None = None, trust_code: bool = False,
                    key: bytes | None = None) -> Tally:
    """Verify every case of ``directories`` in workers, appending records to ``results``."""
    return verify_jobs([(Path(d), Path(results)) for d in directories], trust_pickles=trust_pickles,
                       shrink=shrink, timeout=timeout, python=python, workers=workers, progress=progress,
                       trust_code=trust_code, key=key)


@dataclass
class _Job:
    directory: Path
    manifest: Mapping[str, Any]
    entry: Mapping[str, Any]
    results: Path
    digest: str


def verify_jobs(jobs: Sequence[tuple[Path, Path]], trust_pickles: bool = False, shrink: bool = False,
                timeout: float = DEFAULT_TIMEOUT, python: str = sys.executable, workers: int = 1,
                progress: Progress | None = None, trust_code: bool = False, key: bytes | None = None) -> Tally:
    """Verify each (artifact directory, results file) pair, cases spread over ``workers``
    processes (a case at a time each).

    Every manifest is checked (and with ``key`` its signature) before any worker starts; a
    worker reads exactly the bytes checked. A results file this run creates is rewritten in
    manifest order at the end, so the same inputs give the same file whatever the number of
    workers. Each results file is locked for the run.
    """
    checked = {Path(d).resolve(): load_manifest(Path(d), key=key) for d, _ in jobs}
    manifests = {d: manifest for d, (manifest, _) in checked.items()}
    digests = {d: digest for d, (_, digest) in checked.items()}
    with exclusive([Path(r) for _, r in jobs]):
        fresh = {Path(r) for _, r in jobs if not Path(r).exists() or not Path(r).stat().st_size}
        queue = [_Job(Path(d).resolve(), manifests[Path(d).resolve()], entry, Path(r), digests[Path(d).resolve()])
                 for d, r in jobs for entry in manifests[Path(d).resolve()]["cases"]]
        total, tally, lock = len(queue), Tally(), threading.Lock()
        queue.reverse()  # pop() from the end takes the cases in order
        count = max(1, min(workers, total))
        consent = {"trust": trust_pickles, "trust_code": trust_code, "shrink": shrink}
        with start_workers(count, python) as pool:
            checks = pool[0].ask({"op": "checks"}, 300)["checks"]
            done = {r: _done_cells(r, pool[0].environment, checks) for r in {Path(r) for _, r in jobs}}

            def slot(index: int) -> None:
                handled = 0
                while True:
                    with lock:
                        if not queue:
                            return
                        job = queue.pop()
                        if progress:
                            progress(total - len(queue) - 1, total, f"{job.directory.name}: {job.entry['id']}")
                    try:
                        if handled == VERIFY_CASES_PER_WORKER:
                            pool[index].close()
                            pool[index], handled = CaseWorker(python), 0
                        handled += 1
                        pool[index] = _verify_one(pool[index], job, done[job.results], consent, checks,
                                                  timeout, tally, lock)
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
            _in_manifest_order(path, manifests)
    if progress:
        progress(total, total, "done")
    return tally


def _verify_one(worker: CaseWorker, job: _Job, done: set[tuple[str, str, str]], consent: Mapping[str, bool],
                checks: Mapping[str, Sequence[str]], timeout: float, tally: Tally,
                lock: threading.Lock) -> CaseWorker:
    """Every format of one case not yet recorded; returns the worker to go on with (a new one
    if this one died). ``timeout`` is for the whole case, however many workers it takes: what is
    left when it runs out is ``timeout`` without being tried."""
    directory, manifest, entry = job.directory, job.manifest, job.entry
    skip = {fmt for fmt in entry["formats"] if (manifest["run_id"], entry["id"], fmt) in done}
    with lock:
        tally.skipped += len(skip)
    deadline = time.monotonic() + timeout
    while len(skip) < len(entry["formats"]):
        if time.monotonic() >= deadline:
            left = [fmt for fmt in entry["formats"] if fmt not in skip]
            why = (f"case {entry['id']} ran out of its {timeout:g} s (verify --timeout) before this format "
                   "was tried")
            records = [r for fmt in left for r in _cell_records("timeout", why, fmt, checks.get(fmt, ["output"]),
                                                                 job, worker.environment)]
            with lock:
                _append(job.results, "".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
                tally.statuses["timeout"] = tally.statuses.get("timeout", 0) + len(records)
            break
        request = {"op": "verify_case", "dir": str(directory), "case": entry["id"], "digest": job.digest,
                   "skip": sorted(skip), **consent}
        try:
            for fmt, statuses, lines in _stream(worker, request, deadline):
                with lock:
                    _append(job.results, lines)
                    for status in statuses:
                        tally.statuses[status] = tally.statuses.get(status, 0) + 1
                skip.add(fmt)
        except _Interrupted as lost:
            records = _fault_records(lost, job, worker.environment)
            with lock:
                _append(job.results, "".join(json.dumps(r, sort_keys=True) + "\n" for r in records))
                tally.statuses[lost.died.status] = tally.statuses.get(lost.died.status, 0) + len(records)
                tally.replaced_workers += 1
            skip.add(lost.format)
            worker.kill()
            worker.close()
            worker = CaseWorker(worker.python)
    return worker


def _in_manifest_order(path: Path, manifests: Mapping[Path, Mapping[str, Any]]) -> None:
    """Rewrite a results file with its records in manifest order (case, then format; checks keep
    their order), atomically."""
    if not path.is_file():
        return
    rank: dict[tuple[str, str, str], tuple[int, int, int]] = {}
    for d_index, (directory, manifest) in enumerate(manifests.items()):
        for c_index, entry in enumerate(manifest["cases"]):
            for f_index, fmt in enumerate(entry["formats"]):
                rank[(str(directory), entry["id"], fmt)] = (d_index, c_index, f_index)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    keyed = [(rank.get((r["artifacts"], r["case"], r["format"]), (1 << 30, 0, 0)), i, line)
             for i, (line, r) in enumerate((line, json.loads(line)) for line in lines)]
    tmp = path.with_name(path.name + ".sorting")
    tmp.write_text("".join(line + "\n" for _, _, line in sorted(keyed)), encoding="utf-8")
    os.replace(tmp, path)


class _Interrupted(Exception):
    def __init__(self, died: _WorkerDied, fmt: str, checks: Sequence[str]) -> None:
        super().__init__(died.why)
        self.died, self.format, self.checks = died, fmt, checks


def _stream(worker: CaseWorker, request: Mapping[str, Any],
            deadline: float) -> Iterator[tuple[str, list[str], str]]:
    """(format, statuses, record lines) as the worker finishes each; _Interrupted names the format
    it died in."""
    started: tuple[str, list[str]] | None = None
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
        raise _Interrupted(died, *started) from None


def _fault_records(lost: _Interrupted, job: _Job, loaded: Mapping[str, Any]) -> list[dict[str, Any]]:
    what = "crashed" if lost.died.status == "crash" else "hung"
    message = (f"verifying {lost.format} of case {job.entry['id']} {what}: {lost.died.why}; the worker was "
               "replaced and the run went on")
    return _cell_records(lost.died.status, message, lost.format, lost.checks, job, loaded)


def _cell_records(status: str, message: str, fmt: str, checks: Sequence[str], job: _Job,
                  loaded: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One record per check of a format that the supervisor decides (no worker answered for it)."""
    manifest, entry = job.manifest, job.entry
    return [Record(case=entry["id"], format=fmt, check=check, status=status, saved=manifest["environment"],
                   loaded=loaded, message=message, stage="worker", run_id=manifest["run_id"],
                   artifacts=str(job.directory), source=entry["source"]).to_json()
            for check in checks]
