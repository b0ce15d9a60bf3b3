"""Cross-environment matrix: every environment verifies every environment's artifacts.

tox and nox run one environment after another, so when environment B saves,
environment A (which ran earlier) has not yet seen B's artifacts. Each
environment therefore registers its interpreter, verifies every artifact
directory here, and asks every registered environment to verify its own new
artifacts. One results file per (saved-in, loaded-in) pair is replaced, never
appended, and skipped when it is already current, so reruns never
double-count and unchanged pairs cost nothing.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from ..artifacts.manifest import MANIFEST, fingerprint, read_manifest, write_json_atomic
from ..code_refs import CodeTree, as_record, of_record, using
from ..errors import HarnessError
from ..options import RunOptions
from .client import WorkerLost, WorkerRequestError, WorkerStartError
from .verify_pool import verify_jobs

REGISTRY = "environments.json"
Progress = Callable[[int, int, str], None]


class MatrixError(HarnessError, RuntimeError):
    """Another environment could not verify; the message carries its stderr."""


@dataclass
class MatrixStep:
    verified: list[str] = field(default_factory=list)   # pair files (re)written
    current: list[str] = field(default_factory=list)    # pair files already up to date
    dropped: list[str] = field(default_factory=list)    # registered environments that are gone
    replayed: int = 0                                    # failure classes shrunk across environments


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    """Serialize matrix steps of environments run in parallel (``tox -p``)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pair_file(results: Path, saved: str, loaded: str) -> Path:
    return results / f"{saved}__{loaded}.jsonl"


def is_current(path: Path, run_id: str, loaded_env: Mapping[str, Any]) -> bool:
    """A pair file is current if it verified these artifacts in this very environment."""
    if not path.is_file():
        return False
    with open(path, encoding="utf-8") as handle:
        first = handle.readline()
    if not first.strip():
        return False
    record = json.loads(first)
    return record.get("run_id") == run_id and record.get("loaded") == dict(loaded_env)


def _artifact_dirs(root: Path) -> dict[str, dict[str, Any]]:
    return {d.name: read_manifest(d) for d in sorted(root.iterdir()) if (d / MANIFEST).is_file()}


def _partial(path: Path) -> Path:
    """Where a pair file is written before it moves into place (never half a file)."""
    tmp = path.with_name(path.name + ".partial")
    tmp.unlink(missing_ok=True)
    return tmp


def _replace(path: Path, write: Callable[[Path], None]) -> None:
    tmp = _partial(path)
    write(tmp)
    os.replace(tmp, path)


def run_matrix_step(name: str, artifacts: Path, results: Path, options: RunOptions = RunOptions(),
                    here_only: bool = False, progress: Progress | None = None,
                    code: CodeTree | None = None) -> MatrixStep:
    """Register this environment as ``name`` and bring every pair involving it up to date
    (``here_only``: only the pairs it loads). ``code``: the git ref's tree this environment
    imports the team's code from (:mod:`harness.code_refs`; None: the repository as it is);
    the registry keeps it, so another environment's step starts this one's workers with it."""
    artifacts, results = Path(artifacts), Path(results)
    results.mkdir(parents=True, exist_ok=True)
    step = MatrixStep()
    with _locked(artifacts):
        registry_path = artifacts / REGISTRY
        registry = json.loads(registry_path.read_text()) if registry_path.is_file() else {}
        here = fingerprint()
        registry[name] = {"python": sys.executable, "environment": here, "code": as_record(code)}
        for other in [o for o, info in registry.items() if not Path(info["python"]).exists()]:
            del registry[other]
            step.dropped.append(other)
        write_json_atomic(registry_path, registry)
        manifests = _artifact_dirs(artifacts)

        work = [(saved, name) for saved in manifests]
        if name in manifests and not here_only:
            work += [(name, other) for other in registry if other != name]
        stale = [(saved, loaded) for saved, loaded in work
                 if not is_current(pair_file(results, saved, loaded), manifests[saved]["run_id"],
                                    registry[loaded]["environment"])]
        step.current = [pair_file(results, s, lo).name for s, lo in work if (s, lo) not in stale]
        loaded_here = [saved for saved, loaded in stale if loaded == name]
        if loaded_here:  # every pair loaded here shares one pool of workers
            partial = {saved: _partial(pair_file(results, saved, name)) for saved in loaded_here}
            verify_jobs([(artifacts / saved, partial[saved]) for saved in loaded_here], options, progress=progress)
            for saved in loaded_here:
                partial[saved].touch()  # artifacts without cases give an empty pair file, not none
                os.replace(partial[saved], pair_file(results, saved, name))
                step.verified.append(pair_file(results, saved, name).name)
        for index, (saved, loaded) in enumerate(p for p in stale if p[1] != name):
            target = pair_file(results, saved, loaded)
            if progress:
                progress(index, len(stale) - len(loaded_here), f"{saved} → {loaded}")
            with using(of_record(registry[loaded].get("code"))):
                _replace(target, lambda tmp, d=artifacts / saved, py=registry[loaded]["python"]:
                         _verify_elsewhere(py, loaded, d, tmp, options))
            step.verified.append(target.name)
        if progress:
            progress(len(work), len(work), "done")
        _remove_stale(results, manifests)
        if options.shrink and not here_only:
            step.replayed = _shrink_across(name, registry, results, progress)
    return step


def _shrink_across(name: str, registry: Mapping[str, Any], results: Path,
                   progress: Progress | None) -> int:
    """Shrink the failures of pairs involving ``name`` that need both environments to fail.

    ``verify --shrink`` already shrank every failure that also fails within the
    loading environment alone; what is left without a reproducer is replayed
    through one worker per environment.
    """
    from ..minimize.reproduce import failure_class
    from ..results import is_failure

    todo: list[tuple[Path, tuple]] = []
    pair_records: dict[Path, list[dict]] = {}
    for path in sorted(results.glob("*__*.jsonl")):
        saved, loaded = path.stem.split("__", 1)
        if saved == loaded or name not in (saved, loaded) or not {saved, loaded} <= set(registry):
            continue
        records = pair_records[path] = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for key in dict.fromkeys(failure_class(r) for r in records if is_failure(r) and not r.get("reproducer")):
            todo.append((path, key))
    workers: dict[str, Any] = {}  # one worker per environment, for the replays
    try:
        with tempfile.TemporaryDirectory(prefix="harness-replay-") as tmp:
            for index, (path, key) in enumerate(todo):
                saved, loaded = path.stem.split("__", 1)
                if progress:
                    progress(index, len(todo), f"shrinking {key[0]}/{key[1]} {key[2]} {saved} → {loaded}")
                records = pair_records[path]
                first = next(r for r in records if failure_class(r) == key and is_failure(r))
                found = _cross_reproducer(first, saved, loaded, registry, workers, Path(tmp))
                for record in records:
                    if failure_class(record) == key and is_failure(record):
                        record["reproducer"] = found
                _replace(path, lambda tmp_path, rs=records: tmp_path.write_text(
                        "".join(json.dumps(r, sort_keys=True) + "\n" for r in rs)))
    finally:
        for worker in workers.values():
            worker.close()
    return len(todo)


def _cross_reproducer(record: Mapping[str, Any], saved: str, loaded: str, registry: Mapping[str, Any],
                      workers: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """The smallest model that fails like ``record`` when saved in ``saved`` and loaded in
    ``loaded``, or why there is none. A candidate that kills or hangs a worker ends the
    shrinking of this failure only; the workers are started afresh for the next one."""
    from ..minimize.reproduce import cross_reproducer
    from .client import ReplayWorker

    if record["status"] in ("crash", "timeout"):
        return {"unavailable": f"a {record['status']} is not replayed: it would take the replaying "
                               "process with it"}
    try:
        for env in (saved, loaded):
            if env not in workers:
                with using(of_record(registry[env].get("code"))):
                    workers[env] = ReplayWorker(registry[env]["python"], env)
        return cross_reproducer(record, workers[saved], workers[loaded], workdir) or {
            "unavailable": "not a generated model, or the failure did not replay"}
    except WorkerLost as lost:
        for env in (saved, loaded):
            if env in workers:
                workers.pop(env).close()
        return {"unavailable": f"replaying it stopped: {lost}"}


def _verify_elsewhere(python: str, env_name: str, directory: Path, out: Path, options: RunOptions) -> None:
    """Verify ``directory`` with workers of another environment's interpreter (this process
    supervises them, as it does its own)."""
    try:
        verify_jobs([(directory, out)], options, python=python)
    except (WorkerStartError, WorkerRequestError, WorkerLost) as exc:
        raise MatrixError(f"environment {env_name} ({python}) failed to verify {directory}: {exc}") from None


def _remove_stale(results: Path, manifests: Mapping[str, Mapping[str, Any]]) -> None:
    """Drop pair files about artifacts that were saved again or deleted since."""
    for path in results.glob("*__*.jsonl"):
        saved = path.name.split("__", 1)[0]
        with open(path, encoding="utf-8") as handle:
            first = handle.readline()
        run_id = json.loads(first).get("run_id") if first.strip() else None
        if saved not in manifests or manifests[saved]["run_id"] != run_id:
            path.unlink()
