"""Replay a failure in this environment, and shrink it to the smallest model that still fails.

"The same way" means the same format, check, status and explanation
(``limitation``): a candidate is saved and verified here exactly as the matrix
does, so the reproducer is a real artifact round trip, not a guess.
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path
from typing import Any, Mapping

from .codegen import to_python
from .formats import FORMATS
from .saving import save_all
from .shrink import size, smallest_failing
from .sources import spec_case
from .spec import ModelSpec
from .verifying import verify_dir


def failure_class(record: Mapping[str, Any]) -> tuple:
    return (record["format"], record["check"], record["status"], record.get("limitation"))


def fails_like(spec: ModelSpec, record: Mapping[str, Any]) -> bool:
    """Does ``spec`` fail here with the record's format, check, status and limitation?"""
    fmt, check, status, limitation = failure_class(record)
    with tempfile.TemporaryDirectory(prefix="harness-shrink-") as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = Path(tmp) / "a"
        save_all(out, [spec_case(spec)], formats=[fmt])
        for result in verify_dir(out, trust_pickles=True):
            if result.format == fmt and result.check == check:
                return result.status == status and result.limitation == limitation
    return False


def reproducer(record: Mapping[str, Any], budget: int = 150) -> dict[str, Any] | None:
    """The smallest spec failing like ``record`` here, as JSON and as a PyTorch script."""
    source = record.get("source", {})
    if source.get("kind") != "spec":
        return None
    spec = ModelSpec.from_json(source["spec"])
    if not fails_like(spec, record):
        return None  # does not fail here: a cross-environment failure, replayed elsewhere
    small = smallest_failing(spec, lambda candidate: fails_like(candidate, record), budget=budget)
    snippet = FORMATS.get(record["format"]).snippet if record["format"] in FORMATS else ""
    return {"spec": small.to_json(), "id": small.id, "layers": size(small), "from_layers": size(spec),
            "python": to_python(small, snippet)}
