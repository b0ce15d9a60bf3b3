"""Long-lived worker processes, one per environment, driven over JSON lines.

Importing torch costs seconds, so replaying hundreds of shrink candidates
through another environment needs a process that stays up: the client sends
one request per line (``save`` a spec in a format, ``verify`` a directory) and
reads one answer per line. The worker is ``python -m harness worker`` in the
environment's own interpreter.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping

from . import process_output
from .spec import ModelSpec
from .worker_client import DEFAULT_TIMEOUT, CaseWorker, WorkerLost

_MANIFESTS: dict[tuple[str, str | None], Any] = {}
_REPRODUCERS: dict[tuple, Any] = {}


def handle(request: Mapping[str, Any], emit: Callable[[dict[str, Any]], None] = lambda line: None) -> dict[str, Any]:
    """Serve one request inside the worker; ``emit`` sends a progress line before the answer."""
    op = request.get("op")
    if op == "verify_case":
        return _verify_case(request, emit)
    if op == "checks":
        from .formats import FORMATS
        from .verifying import checks_of
        return {"ok": True, "checks": {name: checks_of(FORMATS.get(name)) for name in FORMATS.names()}}
    if op == "ping":
        from .artifacts import fingerprint
        return {"ok": True, "environment": fingerprint()}
    if op == "generate":
        from .population import generate_specs
        return {"ok": True, "specs": [s.to_json() for s in generate_specs(request["examples"], request["seed"])]}
    if op == "save_cases":
        return _save_cases(request, emit)
    if op == "save":
        from .saving import save_all
        from .sources import spec_case
        save_all(Path(request["out"]), [spec_case(ModelSpec.from_json(request["spec"]))],
                 formats=[request["format"]])
        return {"ok": True}
    if op == "verify":
        from .verifying import verify_dir
        # the replays of shrink candidates this very process just saved
        records = [r.to_json() for r in verify_dir(Path(request["dir"]), trust_pickles=True, trust_code=True)]
        return {"ok": True, "records": [{k: r[k] for k in ("format", "check", "status", "limitation", "message")}
                                        for r in records]}
    return {"ok": False, "error": f"unknown op {op!r}"}


class WorkerError(RuntimeError):
    """A worker died or hung; the message names the environment. (An error answer is a
    harness bug and propagates as WorkerRequestError.)"""


class Worker:
    """A client for one worker process of a named environment, for ``matrix --shrink``'s
    replays: a candidate that crashes or hangs the worker raises WorkerError instead of
    stopping the run (or blocking it for ever)."""

    def __init__(self, python: str, name: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.name, self.timeout = name, timeout
        self.worker = CaseWorker(python)  # WorkerStartError: the environment is broken, not a candidate

    def request(self, **request: Any) -> dict[str, Any]:
        try:
            return self.worker.ask(request, self.timeout, what=f"{request.get('op')} in {self.name}")
        except WorkerLost as exc:
            raise WorkerError(f"worker for {self.name}: {exc}") from None

    def close(self) -> None:
        self.worker.close()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _verify_case(request: Mapping[str, Any], emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Verify one case format by format, announcing each format before it starts (so the client
    knows which cell a crash or hang belongs to) and sending its records when it is done."""
    import torch

    from .artifacts import fingerprint, read_manifest
    from .formats import FORMATS
    from .formats.base import TRUSTED
    from .results import is_failure
    from .verifying import attach_reproducer, checks_of, verify_case

    directory = str(request["dir"])
    if (directory, request.get("digest")) not in _MANIFESTS:  # the bytes the supervisor checked
        _MANIFESTS[(directory, request.get("digest"))] = read_manifest(Path(directory), digest=request.get("digest"))
    manifest = _MANIFESTS[(directory, request.get("digest"))]
    entry = next(e for e in manifest["cases"] if e["id"] == request["case"])
    torch.set_num_threads(1)
    trust, trust_code = bool(request.get("trust")), bool(request.get("trust_code"))
    TRUSTED.set(trust)
    loaded = fingerprint()
    for fmt in entry["formats"]:
        if fmt in request.get("skip", ()):
            continue
        checks = checks_of(FORMATS.get(fmt)) if fmt in FORMATS else ["output"]
        emit({"started": fmt, "checks": checks})
        records, start = [], process_output.mark()
        for record in verify_case(Path(directory), manifest, entry, loaded, trust, [fmt], trust_code=trust_code):
            if request.get("shrink") and is_failure(record.to_json()):
                attach_reproducer(record, _REPRODUCERS)
            records.append(record.to_json())
        printed = process_output.since(start)
        for record in records if printed else ():
            record["output"] = printed
        # the records as the lines the results file will hold: the supervisor appends them as they are
        emit({"format": fmt, "statuses": [r["status"] for r in records],
              "lines": "".join(json.dumps(r, sort_keys=True) + "\n" for r in records)})
    return {"ok": True}


def _save_cases(request: Mapping[str, Any], emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Save a share of a run's cases into the run's staging directory, reporting each step."""
    from .artifacts import fingerprint
    from .cases import Case
    from .formats import FORMATS
    from .saving import save_entries

    formats = list(FORMATS.names()) if request.get("formats") is None else request["formats"]
    cases = [Case(id=c["id"], source=c["source"]) for c in request["cases"]]
    entries = save_entries(cases, Path(request["root"]), formats,
                           lambda done, total, label: emit({"done": done, "total": total, "label": label}))
    return {"ok": True, "entries": entries, "formats": formats, "all_formats": list(FORMATS.names()),
            "environment": fingerprint()}


def serve(channel: str, memory_mb: int, user_errors: tuple[type[BaseException], ...]) -> int:
    """Serve JSON-lines requests on the channel's read end, answering on its write end: the
    workers of ``save`` and ``verify``, and the matrix's replays of shrink candidates.
    stdout and stderr are not the protocol: whatever torch or a model prints there is output."""
    import os
    import sys
    import traceback
    import warnings

    from . import timings

    try:
        reading, writing = (int(fd) for fd in channel.split(","))
        os.set_inheritable(reading, False)  # nothing this process starts can write the channel
        os.set_inheritable(writing, False)
    except (ValueError, OSError):
        raise SystemExit(f"harness worker: --channel takes two open file descriptors R,W, not {channel!r}")
    if memory_mb > 0:  # before torch: every allocation of this process counts
        import resource
        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    process_output.tap_stdio()
    timings.import_torch()  # first, and timed: the benchmark counts it as unavoidable
    warnings.simplefilter("ignore")

    def emit(message: dict) -> None:
        payload = (json.dumps(message) + "\n").encode("utf-8")
        while payload:
            payload = payload[os.write(writing, payload):]

    with os.fdopen(reading, "rb", closefd=True) as requests:
        for line in requests:
            if not line.strip():
                continue
            try:
                answer = handle(json.loads(line), emit)
            except user_errors as exc:  # the request was wrong: one line for the user
                answer = {"ok": False, "error": exc.args[0] if exc.args else str(exc), "user_error": True}
            except Exception as exc:  # an answer, so the client can name the request that failed
                answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
            emit(answer)
    # Every answer is out and every file it wrote is closed: leave without the interpreter's
    # teardown, which takes about a second once torch is loaded (the supervisor waits for it).
    timings.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
