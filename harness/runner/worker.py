"""What a worker process serves: a registry of operations, one small function each.

A worker is ``python -m harness worker`` in an environment's own interpreter; its client
(:mod:`.client`) sends one JSON request per line and reads the answer, with progress lines
before it. Adding an operation is one decorated function here. Everything that needs torch
is imported inside the operations: the supervisor imports this module's neighbours, never
torch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping

from .. import process_output
from ..errors import HarnessError
from ..options import RunOptions
from ..registry import Registry, UnknownName

Emit = Callable[[dict[str, Any]], None]
Operation = Callable[[Mapping[str, Any], Emit], dict[str, Any]]
OPERATIONS: Registry[Operation] = Registry("worker operation")

#: shrink candidates are saved by this run's own workers: their pickles and programs are ours
TRUSTING = RunOptions(trust_pickles=True, trust_code=True)
_MANIFESTS: dict[tuple[str, str | None], Any] = {}
_REPRODUCERS: dict[tuple, Any] = {}


def operation(name: str) -> Callable[[Operation], Operation]:
    """Function decorator: serve ``name`` requests with it."""
    def register(function: Operation) -> Operation:
        OPERATIONS.add(name, function)
        return function
    return register


def handle(request: Mapping[str, Any], emit: Emit = lambda line: None) -> dict[str, Any]:
    """Serve one request inside the worker; ``emit`` sends a progress line before the answer."""
    try:
        serve_op = OPERATIONS.get(str(request.get("op")))
    except UnknownName:
        return {"ok": False, "error": f"unknown op {request.get('op')!r}"}
    return serve_op(request, emit)


@operation("ping")
def _ping(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    from ..artifacts.manifest import fingerprint
    return {"ok": True, "environment": fingerprint()}


@operation("checks")
def _checks(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    from ..formats import FORMATS
    from ..verify.pipeline import checks_of
    return {"ok": True, "checks": {name: checks_of(FORMATS.get(name)) for name in FORMATS.names()}}


@operation("generate")
def _generate(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    from ..model.population import generate_specs
    return {"ok": True, "specs": [s.to_json() for s in generate_specs(request["examples"], request["seed"])]}


@operation("save_cases")
def _save_cases(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    """Save a share of a run's cases into the run's staging directory, reporting each step."""
    from ..artifacts.manifest import fingerprint
    from ..formats import FORMATS
    from ..model.cases import Case
    from ..save.pipeline import save_entries

    formats = list(FORMATS.names()) if request.get("formats") is None else request["formats"]
    cases = [Case(id=c["id"], source=c["source"]) for c in request["cases"]]
    entries = save_entries(cases, Path(request["root"]), formats,
                           lambda done, total, label: emit({"done": done, "total": total, "label": label}))
    return {"ok": True, "entries": [entry.to_json() for entry in entries], "formats": formats, "all_formats": list(FORMATS.names()),
            "environment": fingerprint()}


@operation("verify_case")
def _verify_case(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    """Verify one case format by format, announcing each format before it starts (so the client
    knows which cell a crash or hang belongs to) and sending its records when it is done; with
    ``shrink``, the stage after verification shrinks its failures before they are sent."""
    import torch

    from ..artifacts.entry import CaseEntry
    from ..artifacts.manifest import loaded_fingerprint, read_manifest
    from ..formats import FORMATS
    from ..minimize.reproduce import attach_reproducers
    from ..verify.pipeline import checks_of, verify_case

    directory = str(request["dir"])
    if (directory, request.get("digest")) not in _MANIFESTS:  # the bytes the supervisor checked
        _MANIFESTS[(directory, request.get("digest"))] = read_manifest(Path(directory), digest=request.get("digest"))
    manifest = _MANIFESTS[(directory, request.get("digest"))]
    entry = CaseEntry.of(next(e for e in manifest["cases"] if e["id"] == request["case"]))
    torch.set_num_threads(1)
    options = RunOptions.in_worker(request)
    loaded = loaded_fingerprint(manifest["environment"])
    for fmt in entry.cells:
        if fmt in request.get("skip", ()):
            continue
        checks = checks_of(FORMATS.get(fmt)) if fmt in FORMATS else ["output"]
        emit({"started": fmt, "checks": checks})
        start = process_output.mark()
        verified = verify_case(Path(directory), manifest, entry, loaded, options, [fmt])
        if options.shrink:
            verified = attach_reproducers(verified, _REPRODUCERS)
        records = [record.to_json() for record in verified]
        printed = process_output.since(start)
        for record in records if printed else ():
            record["output"] = printed
        # the records as the lines the results file will hold: the supervisor appends them as they are
        emit({"format": fmt, "statuses": [r["status"] for r in records],
              "lines": "".join(json.dumps(r, sort_keys=True) + "\n" for r in records)})
    return {"ok": True}


@operation("probe_file")
def _probe_file(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    """Try every load of one user file, announcing each before it starts (a crash or hang is
    then that load's cell) and sending its record when it is done."""
    import torch

    from ..artifacts.manifest import fingerprint
    from ..probe.loads import Attempt, loads_for, run_load
    from ..probe.outputs import run_outputs

    torch.set_num_threads(1)
    facts = request["facts"]
    attempt = Attempt(Path(facts["path"]), facts["kind"], facts, RunOptions.in_worker(request),
                      inputs=request.get("inputs"), model=request.get("model"))
    loaded = fingerprint()
    for name in loads_for(attempt.kind, outputs=bool(attempt.inputs), facts=facts):
        if name in request.get("skip", ()):
            continue
        emit({"started": name, "checks": [name]})
        start = process_output.mark()
        record = {**run_load(name, attempt, run_outputs if name == "outputs" else None), "file": facts["label"], "sha256": facts["sha256"],
                  "kind": attempt.kind, "loaded": loaded, "env": request.get("env", "")}
        printed = process_output.since(start)
        if printed:
            record["output"] = printed
        emit({"format": name, "statuses": [record["status"]], "lines": json.dumps(record, sort_keys=True) + "\n"})
    return {"ok": True}


@operation("save")
def _save_candidate(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    """Save a shrink candidate in one format (``matrix --shrink``'s replays)."""
    from ..model.cases import spec_case
    from ..model.spec import ModelSpec
    from ..save.pipeline import save_all

    save_all(Path(request["out"]), [spec_case(ModelSpec.from_json(request["spec"]))], formats=[request["format"]])
    return {"ok": True}


@operation("verify")
def _verify_candidate(request: Mapping[str, Any], emit: Emit) -> dict[str, Any]:
    """Verify a shrink candidate another worker of the same run just saved (so trusted)."""
    from ..verify.pipeline import verify_dir

    records = [r.to_json() for r in verify_dir(Path(request["dir"]), TRUSTING)]
    return {"ok": True, "records": [{k: r[k] for k in ("format", "check", "status", "limitation", "message")}
                                    for r in records]}


def serve(channel: str, memory_mb: int) -> int:
    """Serve JSON-lines requests on the channel's read end, answering on its write end: the
    workers of ``save`` and ``verify``, and the matrix's replays of shrink candidates.
    stdout and stderr are not the protocol: whatever torch or a model prints there is output."""
    import os
    import sys
    import traceback
    import warnings

    from .. import timings

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
            except HarnessError as exc:  # the request was wrong: one line for the user
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
