"""``save`` across worker processes: every core busy, torch imported once per worker (a fresh
worker every SAVE_CASES_PER_WORKER cases), and nothing saved again when nothing changed.

The supervising process never imports torch. It hands each worker a share of the
cases; the workers write into one staging directory (each case has its own folder),
and the supervisor writes the manifest and moves the directory into place.

A run whose inputs — the specs (or the generator's seed and count), the formats,
the harness code and the package versions of this environment — equal those of the
artifact directory already there is skipped: its artifacts, and every matrix pair
verified against them, stay current.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..artifacts.manifest import (
    MANIFEST,
    corrupt_files,
    fingerprint,
    write_manifest,
)
from ..artifacts.replace import check_replaceable, staged
from ..libraries import factory_libraries
from ..model.cases import Case, spec_case
from ..model.spec import ModelSpec
from ..options import RunOptions
from .client import (
    SAVE_CASES_PER_WORKER,
    CaseWorker,
    WorkerLost,
    how_lost,
    start_workers,
)
from .fresh import Saved, forget, retry_alone, save_format_by_format

Progress = Callable[[int, int, str], None]
#: Seconds generating the specs of a run may take.
SHARE_TIMEOUT = 24 * 3600.0


def harness_digest() -> str:
    """A digest of harness's own source: a changed harness saves again, even at the same version."""
    root = Path(__file__).resolve().parents[1]  # harness/, every module of it
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def inputs_key(what: Mapping[str, Any], formats: Sequence[str] | None) -> str:
    """Everything that decides what ``save`` writes, as one digest (``what``: the specs or the
    generator settings)."""
    payload = {"what": what, "formats": None if formats is None else sorted(formats),
               "environment": fingerprint(), "harness": harness_digest(),
               "plugins": os.environ.get("HARNESS_PLUGINS", "")}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def current_manifest(out: Path, key: str) -> dict[str, Any] | None:
    """The manifest at ``out`` if it was saved from exactly these inputs and no file changed since."""
    path = out / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("inputs_key") != key \
            or not isinstance(manifest.get("checksums"), dict):
        return None
    if corrupt_files(out, manifest, list(manifest.get("checksums", {}))):
        return None
    return manifest


@dataclass
class SaveRun:
    manifest: dict[str, Any]
    skipped: bool          # the artifacts were current: nothing saved
    workers: int


def save_parallel(out: Path, cases: Sequence[Case] = (), draw: Mapping[str, Any] | None = None,
                  formats: Sequence[str] | None = None, origin: Mapping[str, Any] | None = None,
                  options: RunOptions = RunOptions(), force: bool = False,
                  progress: Progress | None = None) -> SaveRun:
    """Save the specs drawn as ``draw`` = {"seed", "examples"} says, then ``cases``, into ``out``.

    ``origin`` is what the manifest says about where the cases came from (default:
    ``draw``). ``force`` saves even when the artifacts there are current. A worker
    that spends more than ``options.timeout`` seconds on one step of a case (a pass over its
    formats) counts as hung. Cases
    with a user's factory (``--model``) are always saved again: their code is not part
    of the key.
    """
    out = Path(out).resolve()
    key = inputs_key({"generate": dict(draw) if draw else None,
                      "cases": [dict(c.source) for c in cases]}, formats)
    if not force and not any(case.source.get("kind") == "factory" for case in cases):
        manifest = current_manifest(out, key)
        if manifest is not None:
            return SaveRun(manifest, skipped=True, workers=0)
    check_replaceable(out)  # before any worker starts: save replaces only what it wrote
    count = len(cases) + (int(draw["examples"]) if draw else 0)
    with start_workers(options.worker_count(count)) as pool:
        everything = list(cases)
        if draw:
            answer = pool[0].ask({"op": "generate", "seed": draw["seed"], "examples": draw["examples"]},
                                 SHARE_TIMEOUT, what="generating specs")
            everything = [spec_case(ModelSpec.from_json(s)) for s in answer["specs"]] + everything
        for spare in pool[max(1, len(everything)):]:  # fewer cases than workers
            spare.close()
        del pool[max(1, len(everything)):]
        with staged(out) as staging:
            answers = _save_shares(pool, everything, staging, formats, progress, options.timeout)
            order = {case.id: index for index, case in enumerate(everything)}
            entries = sorted((e for a in answers for e in a.entries), key=lambda e: order[e.id])
            if progress:
                progress(1, 1, "manifest")
            environment, listed = with_libraries(answers[0].environment, [e.to_json() for e in entries])
            manifest = write_manifest(staging, environment, answers[0].formats, listed,
                                      dict(origin or draw or {}), key)
    return SaveRun(manifest, skipped=False, workers=len(pool))


def with_libraries(environment: Mapping[str, Any], entries: list[dict[str, Any]]
                   ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The environment with the versions of every distribution the team's models come from, and
    each factory case naming its own (``source.libraries``), so a finding about one model is
    set beside the changes of its libraries only."""
    environment = dict(environment)
    found: dict[str, dict[str, str | None]] = {}
    for entry in entries:
        factory = entry["source"].get("factory") if entry["source"].get("kind") == "factory" else None
        if factory:
            found.setdefault(factory, factory_libraries([factory]))
            entry["source"] = {**entry["source"], "libraries": sorted(found[factory])}
    if found:
        environment["libraries"] = {name: version for libraries in found.values() for name, version in libraries.items()}
    return environment, entries


def _save_shares(pool: list[CaseWorker], cases: Sequence[Case], staging: Path, formats: Sequence[str] | None,
                 progress: Progress | None, timeout: float) -> list[Saved]:
    """Each worker saves every len(pool)-th case, in chunks of at most SAVE_CASES_PER_WORKER cases, each
    chunk in a fresh worker (torch's exporters keep a little of every model they export; a
    worker's memory must not grow with the run). Progress sums the workers' steps. A worker
    that dies costs only the case it was on, and an export that failed after others is done again
    alone (both in fresh processes: :mod:`harness.runner.fresh`)."""
    lock = threading.Lock()
    shares = [cases[index::len(pool)] for index in range(len(pool))]
    steps = [0 for _ in pool]   # steps done, per worker
    per_case = [2.0]            # steps a case takes: two passes, or one

    def chunk_of(index: int, chunk: Sequence[Case]) -> list[Saved]:
        finished, at = steps[index], [0]

        def step(message: Mapping[str, Any]) -> None:
            at[0] = message["done"]
            with lock:
                per_case[0] = message["total"] / max(1, len(chunk))
                steps[index] = finished + message["done"] + 1
                if progress:
                    total = sum(round(per_case[0] * len(s)) for s in shares)
                    progress(min(sum(steps), total), total, message["label"])

        request = {"op": "save_cases", "root": str(staging), "cases": [
            {"id": c.id, "source": dict(c.source)} for c in chunk],
            "formats": None if formats is None else list(formats)}
        try:
            answer = pool[index].ask(request, timeout, on_line=step, per_line=True, what=(
                f"saving {len(chunk)} cases" + (f" ({chunk[0].label} …)" if chunk else "")))
            saved, by_id = Saved.of(answer), {case.id: case for case in chunk}
            for entry in saved.entries:
                retry_alone(entry, by_id[entry.id], pool[index].python, staging, timeout)
            return [saved]
        except WorkerLost as lost:
            if not chunk:
                raise
            # the case it was on (each step starts one case, in one or two passes) is saved
            # format by format; the others again together, in a fresh worker
            culprit, python = chunk[at[0] % len(chunk)], pool[index].python
            pool[index].close()
            pool[index] = CaseWorker(python)
            forget(staging, chunk)
            with lock:
                steps[index] = finished + round(per_case[0])
                if progress:
                    progress(sum(steps), sum(round(per_case[0] * len(s)) for s in shares),
                             f"{culprit.label}: its worker {how_lost(lost.status)};"
                             " saving it format by format")
            answers = [save_format_by_format(culprit, python, staging, formats, lost, timeout)]
            rest = [case for case in chunk if case is not culprit]
            return answers + (chunk_of(index, rest) if rest else [])

    def share(index: int) -> list[Saved]:
        mine, answers = shares[index], []
        for start in range(0, max(1, len(mine)), SAVE_CASES_PER_WORKER):
            if start:
                pool[index].close()
                pool[index] = CaseWorker(pool[index].python)
            answers += chunk_of(index, mine[start:start + SAVE_CASES_PER_WORKER])
        return answers

    with ThreadPoolExecutor(len(pool)) as threads:
        return [answer for answers in threads.map(share, range(len(pool))) for answer in answers]
