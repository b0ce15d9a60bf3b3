"""The supervisor's side of a worker process: start it, talk to it, notice when it is lost.

A worker is ``python -m harness worker --channel R,W`` in an environment's own
interpreter, long-lived because importing torch costs seconds. Requests and answers
travel as JSON lines over two pipes of their own; the worker's stdout and stderr are a
file (:mod:`harness.process_output`), since torch, its exporters, onnxruntime and user
code print there. A worker that dies, hangs or sends a line that is not a message is
lost (``_WorkerDied``): its request becomes a ``crash`` or ``timeout``, never a stopped run.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import HarnessError
from ..options import DEFAULT_TIMEOUT, default_workers
from ..process_output import last_lines

#: Cases a worker handles before a fresh one takes over: torch keeps a little of every model a
#: process exports or loads, so a worker's memory must not grow with the run. Measured with
#: torch 2.4 over 1000 generated cases: saving keeps about 0.5 MB a case (the dynamo ONNX
#: exporter most of it), verifying about 0.07 MB. A new worker costs one torch import (seconds),
#: so verifying, which grows slowly and runs a case in a fraction of a second, renews its
#: workers less often. HARNESS_CASES_PER_WORKER overrides both.
SAVE_CASES_PER_WORKER = int(os.environ.get("HARNESS_CASES_PER_WORKER") or 100)
VERIFY_CASES_PER_WORKER = int(os.environ.get("HARNESS_CASES_PER_WORKER") or 500)


class WorkerStartError(HarnessError, RuntimeError):
    """The worker process would not start (a broken environment, a bad plugin): one line."""


class WorkerRequestError(RuntimeError):
    """A worker answered a request with an error. ``user``: the request was wrong (an unknown
    format, a factory that does not import), not harness — one line for the user."""

    def __init__(self, message: str, user: bool = False) -> None:
        super().__init__(message)
        self.user = user


class WorkerLost(HarnessError, RuntimeError):
    """A worker died or hung during a request that has no per-cell record to become (a save);
    ``status`` is ``crash`` or ``timeout``."""

    def __init__(self, message: str, status: str = "crash") -> None:
        super().__init__(message)
        self.status = status


def how_lost(status: str) -> str:
    """How a lost worker went (``crash`` or ``timeout``), in every message that says so."""
    return "crashed" if status == "crash" else "hung"


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
                                             f"{request_r},{answer_w}", "--memory-mb", str(worker_memory_mb())],
                                            stdin=subprocess.DEVNULL, stdout=self.output, stderr=self.output,
                                            pass_fds=(request_r, answer_w), env=worker_environment(python))
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
            raise WorkerLost(f"the {self.environment.get('torch', '?')} worker {how_lost(died.status)} while "
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


class ReplayWorker:
    """A worker of a named environment for ``matrix --shrink``'s replays of shrink candidates:
    a candidate that crashes or hangs it raises WorkerLost naming the environment, instead of
    stopping the run (or blocking it for ever)."""

    def __init__(self, python: str, name: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.name, self.timeout = name, timeout
        self.worker = CaseWorker(python)  # WorkerStartError: the environment is broken, not a candidate

    def request(self, **request: Any) -> dict[str, Any]:
        try:
            return self.worker.ask(request, self.timeout, what=f"{request.get('op')} in {self.name}")
        except WorkerLost as exc:
            raise WorkerLost(f"worker for {self.name}: {exc}", exc.status) from None

    def close(self) -> None:
        self.worker.close()


def same_environment(python: str) -> bool:
    """Is ``python`` this very environment? Judged by its prefix, never by the real path of
    its executable: uv's (and venv's) environments link their interpreters to one base
    interpreter, and taking two of them for one put this environment's site-packages — its
    torch — first on the other's import path."""
    if os.path.abspath(python) == os.path.abspath(sys.executable):
        return True
    prefix = Path(os.path.abspath(python)).parent.parent
    if (prefix / "pyvenv.cfg").is_file() or sys.prefix != sys.base_prefix:
        return prefix.resolve() == Path(sys.prefix).resolve()
    return os.path.realpath(python) == os.path.realpath(sys.executable)  # two names of one base interpreter


def worker_environment(python: str) -> dict[str, str]:
    """The environment a worker starts with: the current directory is *not* on its import path
    (``PYTHONSAFEPATH``, Python 3.11+), so a module placed beside an artifact directory — or
    inside one, named by a manifest — is never imported by accident. A worker of this very
    interpreter is given the directory this harness is imported from, so a checkout that is
    not installed still runs its own workers."""
    env = dict(os.environ, PYTHONSAFEPATH="1")
    if same_environment(python):
        here = str(Path(__file__).resolve().parents[2])  # the folder holding the harness package
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH", "")]))
    return env


def worker_memory_mb() -> int:
    """The memory ceiling of each worker (its data segment, ``RLIMIT_DATA``), in MiB: a file that
    inflates or a model that grows without bound fails its own cell (an allocation error, or the
    worker's death: ``crash``) instead of taking the machine. ``HARNESS_WORKER_MEMORY_MB``
    overrides (0: no ceiling); by default three quarters of the memory, shared by one worker
    per core, and never under 4 GiB (torch itself takes 0.5–0.8 GiB of it)."""
    configured = os.environ.get("HARNESS_WORKER_MEMORY_MB")
    if configured is not None and configured.strip():
        return max(0, int(configured))
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") >> 20
    except (ValueError, OSError, AttributeError):
        return 0
    return max(4096, int(total * 0.75 / default_workers()))


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
