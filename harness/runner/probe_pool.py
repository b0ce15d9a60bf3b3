"""Probing in workers of each environment: a file that crashes or hangs a loader is that
load's ``crash`` or ``timeout`` cell, the worker is replaced, and the probe goes on.

The same workers and isolation as ``verify`` (:mod:`.verify_pool`'s cell protocol): one file
at a time per worker, each load announced before it starts, a time limit per file, the
workers' memory ceiling. The supervisor reads only the files' bytes (:mod:`harness.probe.kinds`)
and never imports torch; environments are tox's, built with tox when missing.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..errors import HarnessError
from ..options import RunOptions
from ..probe.kinds import FileFacts
from ..probe.loads import loads_for
from .client import CaseWorker, how_lost, start_workers
from .tox_envs import build_env, env_python
from .verify_pool import CellLost, stream_cells

Progress = Callable[[int, int, str], None]


class ProbeEnvError(HarnessError, RuntimeError):
    """An environment the probe was asked for cannot be found or built: one line."""


def tox_python(tox_root: Path, name: str, say: Callable[[str], None] = lambda line: None) -> str:
    """The interpreter of tox environment ``name`` under ``tox_root``, built (or brought up to
    date, this harness included) with ``tox run --notest`` first."""
    if not tox_root.is_dir():
        raise ProbeEnvError(f"--tox-root {tox_root} is not a directory: it names the repository whose tox "
                            f"environments --envs names")
    say(f"{name}: preparing the environment (tox run -e {name} --notest)")
    done = build_env(tox_root, name)
    python = env_python(tox_root / ".tox", name)
    if done.returncode != 0 or not python.exists():
        last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["no output"]
        raise ProbeEnvError(f"tox could not prepare environment {name} (exit {done.returncode}): {last[0][:300]}")
    return str(python)


def probe_files(files: Sequence[FileFacts], python: str, env: str, options: RunOptions,
                progress: Progress | None = None, run_on: Mapping[str, str | None] | None = None) -> list[dict[str, Any]]:
    """Every load of every file in workers of ``python`` (environment ``env``); the records,
    in the order of ``files`` and their loads. ``run_on``: ``inputs`` (a safetensors file) and
    ``model`` (a factory for state dicts) for the outputs step."""
    run_on = {k: v for k, v in (run_on or {}).items() if v}
    records: dict[int, list[dict[str, Any]]] = {}
    queue = list(enumerate(files))
    queue.reverse()
    lock = threading.Lock()
    total = len(files)
    with start_workers(options.worker_count(total), python) as pool:

        def slot(index: int) -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    position, facts = queue.pop()
                    if progress:
                        progress(total - len(queue) - 1, total, f"{env}: {facts.label}")
                found, pool[index] = _probe_one(pool[index], facts, env, options, run_on)
                with lock:
                    records[position] = found

        with ThreadPoolExecutor(len(pool)) as threads:
            running = [threads.submit(slot, index) for index in range(len(pool))]
            errors = [f.exception() for f in running if f.exception()]
        if errors:
            raise errors[0]
    if progress:
        progress(total, total, "done")
    return [r for position in sorted(records) for r in records[position]]


def _probe_one(worker: CaseWorker, facts: FileFacts, env: str, options: RunOptions,
               run_on: Mapping[str, str]) -> tuple[list[dict[str, Any]], CaseWorker]:
    """The loads of one file (within ``options.timeout`` for all of them), and the worker to go
    on with: a new one where a load took the last one down."""
    loads = loads_for(facts.kind, outputs="inputs" in run_on, facts=facts.to_json())
    done: list[dict[str, Any]] = []
    deadline = time.monotonic() + options.timeout
    while len(done) < len(loads):
        tried = {r["method"] for r in done}
        if time.monotonic() >= deadline:
            why = f"probing {facts.label} ran out of its {options.timeout:g} s (probe --timeout) before this load"
            done += [_cell(facts, name, "timeout", why, worker.environment, env) for name in loads if name not in tried]
            break
        request = {"op": "probe_file", "facts": facts.to_json(), "skip": sorted(tried), "case": facts.label,
                   "env": env, "options": options.for_worker(), **run_on}
        try:
            upcoming = next(name for name in loads if name not in tried)
            for _, _, lines in stream_cells(worker, request, deadline, first=(upcoming, [upcoming])):
                done += [json.loads(line) for line in lines.splitlines() if line.strip()]
        except CellLost as lost:
            why = (f"probing {facts.label} with {lost.format} {how_lost(lost.died.status)}: {lost.died.why}; "
                   "the worker was replaced and the probe went on")
            done.append(_cell(facts, lost.format, lost.died.status, why, worker.environment, env))
            worker.kill()
            worker.close()
            worker = CaseWorker(worker.python)
    order = {name: index for index, name in enumerate(loads)}
    return sorted(done, key=lambda r: order.get(r["method"], len(order))), worker


def _cell(facts: FileFacts, method: str, status: str, message: str, loaded: Mapping[str, Any],
          env: str) -> dict[str, Any]:
    """A load's record that the supervisor decides (no worker answered for it)."""
    return {"file": facts.label, "sha256": facts.sha256, "kind": facts.kind, "method": method, "status": status,
            "message": message, "call": None, "seconds": None, "contents": None, "needs": None, "limitation": None,
            "loaded": dict(loaded), "env": env, "stage": "worker"}


def write_env_results(results: Path, env: str, records: Sequence[Mapping[str, Any]]) -> Path:
    """Keep ``records`` as environment ``env``'s probe results: they replace what the file
    held about the same files (path and content), the rest is kept. Written whole, then moved
    into place."""
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"{env}.jsonl"
    fresh = {(r["file"], r["sha256"]) for r in records}
    kept = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                old = json.loads(line)
            except ValueError:
                continue
            if isinstance(old, dict) and (old.get("file"), old.get("sha256")) not in fresh:
                kept.append(old)
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in [*kept, *records]), encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_env_results(results: Path) -> list[dict[str, Any]]:
    """Every environment's probe records under ``results`` (a line that is not a record is
    skipped: the probe rewrites these files itself)."""
    out: list[dict[str, Any]] = []
    for path in sorted(results.glob("*.jsonl")) if results.is_dir() else ():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and {"file", "sha256", "method", "status", "loaded"} <= set(record) \
                    and isinstance(record["loaded"], dict):
                out.append(record)
    return out
