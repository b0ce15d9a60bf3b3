"""Replay a failure in this environment, and shrink it to the smallest model that still fails.

"The same way" means the same format, check, status and explanation
(``limitation``): a candidate is saved and verified here exactly as the matrix
does, so the reproducer is a real artifact round trip, not a guess.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol

from ..formats import FORMATS
from ..model.cases import spec_case
from ..model.codegen import to_python
from ..model.spec import ModelSpec
from ..options import RunOptions
from ..results import Record, is_failure
from ..save.pipeline import save_all
from ..verify.pipeline import verify_dir
from .shrink import size, smallest_failing


class Replayer(Protocol):
    """A worker of one environment that saves and verifies shrink candidates
    (:class:`harness.runner.client.ReplayWorker`)."""

    name: str

    def request(self, **request: Any) -> dict[str, Any]: ...


def failure_class(record: Mapping[str, Any]) -> tuple:
    return (record["format"], record["check"], record["status"], record.get("limitation"))


def fails_like(spec: ModelSpec, record: Mapping[str, Any]) -> bool:
    """Does ``spec`` fail here with the record's format, check, status and limitation?"""
    fmt, check, status, limitation = failure_class(record)
    with tempfile.TemporaryDirectory(prefix="harness-shrink-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = Path(tmp) / "a"
        save_all(out, [spec_case(spec)], formats=[fmt])
        for result in verify_dir(out, RunOptions(trust_pickles=True, trust_code=True)):
            if result.format == fmt and result.check == check:
                return result.status == status and result.limitation == limitation
    return False


def _shrunk(spec: ModelSpec, record: Mapping[str, Any], fails: Callable[[ModelSpec], bool],
            budget: int) -> dict[str, Any]:
    small = smallest_failing(spec, fails, budget=budget)
    snippet = FORMATS.get(record["format"]).snippet if record["format"] in FORMATS else ""
    return {"spec": small.to_json(), "id": small.id, "layers": size(small), "from_layers": size(spec),
            "python": to_python(small, snippet)}


def _spec_of(record: Mapping[str, Any]) -> ModelSpec | None:
    source = record.get("source", {})
    return ModelSpec.from_json(source["spec"]) if source.get("kind") == "spec" else None


def reproducer(record: Mapping[str, Any], budget: int = 150) -> dict[str, Any] | None:
    """The smallest spec failing like ``record`` here, as JSON and as a PyTorch script."""
    spec = _spec_of(record)
    if spec is None or not fails_like(spec, record):
        return None  # not a generated model, or a failure that needs two environments
    return _shrunk(spec, record, lambda candidate: fails_like(candidate, record), budget)


def cross_reproducer(record: Mapping[str, Any], saving: Replayer, loading: Replayer, workdir: Path,
                     budget: int = 100) -> dict[str, Any] | None:
    """Like :func:`reproducer`, for a failure that needs two environments: each candidate is
    saved by the saving environment's worker and verified by the loading environment's."""
    spec = _spec_of(record)
    if spec is None:
        return None
    fmt, check, status, limitation = failure_class(record)
    counter = iter(range(10**9))

    def fails(candidate: ModelSpec) -> bool:
        out = workdir / f"candidate{next(counter)}"
        saving.request(op="save", spec=candidate.to_json(), format=fmt, out=str(out))
        answer = loading.request(op="verify", dir=str(out))
        shutil.rmtree(out, ignore_errors=True)
        return any(r["format"] == fmt and r["check"] == check and r["status"] == status
                   and r["limitation"] == limitation for r in answer["records"])

    if not fails(spec):
        return None  # does not replay: flaky, or it depends on more than the model
    found = _shrunk(spec, record, fails, budget)
    found["replayed"] = f"saved by {saving.name}, verified by {loading.name}"
    return found


def attach_reproducers(records: Iterable[Record], cache: dict[tuple, Any] | None = None) -> Iterator[Record]:
    """The records, each failure given the smallest model reproducing its failure class here
    (shrunk once per class, and cached in ``cache`` across calls) — only a failure that also
    fails when saved here can be shrunk here. The stage after verification."""
    cache = {} if cache is None else cache
    for record in records:
        # a crash or timeout killed a process: replaying it here would kill this one
        if is_failure(record.to_json()) and record.status not in ("crash", "timeout"):
            key = failure_class(record.to_json())
            if key not in cache:
                cache[key] = reproducer(record.to_json())
            record.reproducer = cache[key]
        yield record
