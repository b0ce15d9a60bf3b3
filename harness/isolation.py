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
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .artifacts import read_manifest
from .process_output import last_lines
from .results import Record

Progress = Callable[[int, int, str], None]
#: Seconds one case may take (all its formats and checks) before it counts as hung.
DEFAULT_TIMEOUT = 600.0
#: Cases a worker handles before a fresh one takes over: torch keeps a little of every model a
#: process exports or loads, so a worker's memory must not grow with the run. Measured with
#: torch 2.4 over 1000 generated cases: saving keeps about 0.5 MB a case (the dynamo ONNX
#: exporter most of it), verifying about 0.07 MB. A new worker costs one torch import (seconds),
#: so verifying, which grows slowly and runs a case in a fraction of a second, renews its
#: workers less often. HARNESS_CASES_PER_WORKER overrides both.
SAVE_CASES_PER_WORKER = int(os.environ.get("HARNESS_CASES_PER_WORKER") or 100)
VERIFY_CASES_PER_WORKER = int(os.environ.get("HARNESS_CASES_PER_WORKER") or 500)


class WorkerStartError(RuntimeError):
    """The worker process would not start (a broken environment, a bad plugin): one line."""


class WorkerRequestError(RuntimeError):
    """A worker answered a request with an error. ``user``: the request was wrong (an unknown
    format, a factory that does not import), not harness — one line for the user."""

    def __init__(self, message: str, user: bool = False) -> None:
        super().__init__(message)
        self.user = user


class WorkerLost(RuntimeError):
    """A worker died or hung during a request that has no per-cell record to become (a save);
    ``status`` is ``crash`` or ``timeout``."""

    def __init__(self, message: str, status: str = "crash") -> None:
        super().__init__(message)
        self.status = status


class _WorkerDied(Exception):
    def __init__(self, status: str, why: str) -> None:
        super().__init__(why)
        self.status, self.why = status, why


class CaseWorker:
    """One ``python -m harness worker`` process and the supervisor's side of its protocol.

    Requests and answers travel over two pipes of their own (``worker --channel R,W``):
    torch, its exporters, onnxruntime and a user's model write to stdout and stderr
    whenever they like (torch 2.6's TorchScript-based ONNX exporter prints the graph of a
    failed export, torch 2.13's dynamo exporter a line per export), so those go into a
    file, ``output``, and are never read as messages. The worker keeps each format's part
    of it in that format's record; a dying worker's last lines go into its crash record.
    """

    def __init__(self, python: str = sys.executable) -> None:
        self.python = python
        self.output = tempfile.TemporaryFile()  # the worker's fd 1 and 2 (readable: the worker reads its part)
        request_r, self._requests = os.pipe()
        self._answers, answer_w = os.pipe()
        try:
            self.process = subprocess.Popen([python, "-m", "harness", "worker", "--channel",
                                             f"{request_r},{answer_w}"], stdin=subprocess.DEVNULL,
                                            stdout=self.output, stderr=self.output, pass_fds=(request_r, answer_w))
        except OSError as exc:
            for fd in (request_r, answer_w, self._requests, self._answers):
                os.close(fd)
            raise WorkerStartError(f"could not start a worker ({python} -m harness worker): {exc}") from None
        finally:
            if hasattr(self, "process"):
                os.close(request_r)
                os.close(answer_w)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self._answers, selectors.EVENT_READ)
        self.pending = bytearray()  # read but not yet a whole line (no buffered reader: select must see all)
        self.doing = "starting"     # the request in flight, for messages about this worker
        try:
            self.environment: dict[str, Any] = self._ask({"op": "ping"}, time.monotonic() + 300)["environment"]
        except _WorkerDied as died:
            self.close()
            raise WorkerStartError(f"could not start a verification worker ({python} -m harness worker): "
                                   f"{died.why}") from None

    def _ask(self, request: Mapping[str, Any], deadline: float) -> dict[str, Any]:
        self.send(request)
        return self.receive(deadline)

    def ask(self, request: Mapping[str, Any], timeout: float,
            on_line: Callable[[dict[str, Any]], None] | None = None, what: str = "",
            per_line: bool = False) -> dict[str, Any]:
        """Send one request and wait for its answer, passing progress lines to ``on_line``;
        ``per_line``: ``timeout`` is for each step (progress line), not for the whole request."""
        deadline = time.monotonic() + timeout
        last = ""
        try:
            self.send(request)
            while True:
                message = self.receive(deadline)
                if "ok" not in message:
                    last = str(message.get("label", last))
                    if per_line:
                        deadline = time.monotonic() + timeout
                    if on_line:
                        on_line(message)
                    continue
                if message["ok"]:
                    return message
                if message.get("user_error"):
                    raise WorkerRequestError(str(message.get("error")), user=True)
                raise WorkerRequestError(f"the worker failed while {what or request.get('op')}: "
                                         f"{message.get('error')}\n{message.get('traceback', '')}")
        except _WorkerDied as died:
            at = f" (last at {last})" if last else ""
            verb = "crashed" if died.status == "crash" else "ran out of time"
            raise WorkerLost(f"the {self.environment.get('torch', '?')} worker {verb} while "
                             f"{what or request.get('op')}{at}: {died.why}", died.status) from None

    def send(self, request: Mapping[str, Any]) -> None:
        self.doing = str(request.get("case") or request.get("op"))
        payload = (json.dumps(request) + "\n").encode("utf-8")
        try:
            while payload:
                payload = payload[os.write(self._requests, payload):]
        except OSError:
            raise self._death() from None

    def receive(self, deadline: float) -> dict[str, Any]:
        """The next message from the worker, or _WorkerDied (crash or timeout). A line that is
        not a protocol message is a crash of this worker, never a lost run."""
        while b"\n" not in self.pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.selector.select(remaining):
                self.kill()
                raise _WorkerDied("timeout", "it ran out of time")
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise self._death()
            self.pending += chunk
        line, _, rest = bytes(self.pending).partition(b"\n")
        self.pending = bytearray(rest)
        try:
            message = json.loads(line)
            if not isinstance(message, dict):
                raise ValueError("not a JSON object")
        except ValueError:
            self.kill()
            raise _WorkerDied("crash", f"the worker (pid {self.process.pid}, {self.python}) sent a line that is "
                                       f"not a protocol message while on {self.doing}: {line[:200]!r}") from None
        return message

    def _death(self) -> _WorkerDied:
        try:
            code = self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.process.returncode
        said = self._last_words()
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            hint = " (out of memory?)" if name == "SIGKILL" else ""
            return _WorkerDied("crash", f"the worker process was killed by {name}{hint}{said}")
        return _WorkerDied("crash", f"the worker process exited with code {code}{said}")

    def _last_words(self) -> str:
        said = last_lines(self.output)
        return f"; its last words: {said}" if said else ""

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self) -> None:
        if self._requests >= 0:
            os.close(self._requests)  # end of requests: the worker leaves
            self._requests = -1
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()
        if self._answers >= 0:
            self.selector.close()
            os.close(self._answers)
            self._answers = -1
        self.output.close()


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def start_workers(count: int, python: str = sys.executable) -> Iterator[list[CaseWorker]]:
    """``count`` workers, started side by side (each imports torch: seconds), closed at the end.
    A slot of the list may be replaced by a new worker; whatever is in it at the end is closed."""
    with ThreadPoolExecutor(count) as starting:
        futures = [starting.submit(CaseWorker, python) for _ in range(count)]
    failed = [f.exception() for f in futures if f.exception()]
    pool = [f.result() for f in futures if not f.exception()]
    if failed:
        for worker in pool:
            worker.close()
        raise failed[0]
    try:
        yield pool
    finally:
        for worker in pool:
            worker.close()


@dataclass
class Tally:
    """What a supervised verification did, for the CLI's summary."""

    statuses: dict[str, int] = field(default_factory=dict)
    skipped: int = 0            # (case, format) cells already in the results file
    replaced_workers: int = 0


def _done_cells(results: Path, loaded_env: Mapping[str, Any]) -> set[tuple[str, str, str]]:
    """(run_id, case, format) already recorded for this loading environment. A last line cut
    off by a kill is removed first, so it is verified again rather than half-counted."""
    if not results.exists():
        return set()
    data = results.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        with open(results, "r+b") as handle:
            handle.truncate(len(data))
    done = set()
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record["loaded"] == loaded_env:
                done.add((record.get("run_id", ""), record["case"], record["format"]))
    return done


def _append(results: Path, lines: str) -> None:
    """All record lines of one format in a single write to an O_APPEND file, then fsync."""
    payload = lines.encode("utf-8")
    fd = os.open(results, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_isolated(directories: Sequence[Path], results: Path, trust_pickles: bool = False,
                    shrink: bool = False, timeout: float = DEFAULT_TIMEOUT, python: str = sys.executable,
                    workers: int = 1, progress: Progress | None = None) -> Tally:
    """Verify every case of ``directories`` in workers, appending records to ``results``."""
    return verify_jobs([(Path(d), Path(results)) for d in directories], trust_pickles=trust_pickles,
                       shrink=shrink, timeout=timeout, python=python, workers=workers, progress=progress)


@dataclass
class _Job:
    directory: Path
    manifest: Mapping[str, Any]
    entry: Mapping[str, Any]
    results: Path


def verify_jobs(jobs: Sequence[tuple[Path, Path]], trust_pickles: bool = False, shrink: bool = False,
                timeout: float = DEFAULT_TIMEOUT, python: str = sys.executable, workers: int = 1,
                progress: Progress | None = None) -> Tally:
    """Verify each (artifact directory, results file) pair, cases spread over ``workers``
    processes (a case at a time each).

    A results file this run creates is rewritten in manifest order at the end, so the
    same inputs give the same file whatever the number of workers.
    """
    manifests = {Path(d).resolve(): read_manifest(Path(d)) for d, _ in jobs}
    fresh = {Path(r) for _, r in jobs if not Path(r).exists()}
    for _, r in jobs:
        Path(r).parent.mkdir(parents=True, exist_ok=True)
    queue = [_Job(Path(d).resolve(), manifests[Path(d).resolve()], entry, Path(r))
             for d, r in jobs for entry in manifests[Path(d).resolve()]["cases"]]
    total, tally, lock = len(queue), Tally(), threading.Lock()
    queue.reverse()  # pop() from the end takes the cases in order
    count = max(1, min(workers, total))
    with start_workers(count, python) as pool:
        done = {r: _done_cells(r, pool[0].environment) for r in {Path(r) for _, r in jobs}}

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
                    pool[index] = _verify_one(pool[index], job, done[job.results], trust_pickles, shrink,
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


def _verify_one(worker: CaseWorker, job: _Job, done: set[tuple[str, str, str]], trust_pickles: bool,
                shrink: bool, timeout: float, tally: Tally, lock: threading.Lock) -> CaseWorker:
    """Every format of one case not yet recorded; returns the worker to go on with (a new one
    if this one died)."""
    directory, manifest, entry = job.directory, job.manifest, job.entry
    skip = {fmt for fmt in entry["formats"] if (manifest["run_id"], entry["id"], fmt) in done}
    with lock:
        tally.skipped += len(skip)
    while len(skip) < len(entry["formats"]):
        request = {"op": "verify_case", "dir": str(directory), "case": entry["id"],
                   "skip": sorted(skip), "trust": trust_pickles, "shrink": shrink}
        try:
            for fmt, statuses, lines in _stream(worker, request, time.monotonic() + timeout):
                with lock:
                    _append(job.results, lines)
                    for status in statuses:
                        tally.statuses[status] = tally.statuses.get(status, 0) + 1
                skip.add(fmt)
        except _Interrupted as lost:
            records = _fault_records(lost, directory, manifest, entry, worker.environment)
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


def _fault_records(lost: _Interrupted, directory: Path, manifest: Mapping[str, Any],
                   entry: Mapping[str, Any], loaded: Mapping[str, Any]) -> list[dict[str, Any]]:
    what = "crashed" if lost.died.status == "crash" else "hung"
    message = (f"verifying {lost.format} of case {entry['id']} {what}: {lost.died.why}; the worker was "
               "replaced and the run went on")
    return [Record(case=entry["id"], format=lost.format, check=check, status=lost.died.status,
                   saved=manifest["environment"], loaded=loaded, message=message, stage="worker",
                   run_id=manifest["run_id"], artifacts=str(directory), source=entry["source"]).to_json()
            for check in lost.checks]
