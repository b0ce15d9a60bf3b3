"""``compat.json``: every record plus the summary matrix, under a versioned schema."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

from .. import __version__
from ..artifacts import write_json_atomic
from . import WRITERS
from .summary import dedupe

#: 2: records gained ``departure`` and ``diagnostics`` (the resume check).
REPORT_SCHEMA = 2


def write_json(records: Sequence[Mapping[str, Any]], summary: Mapping[str, Any], out: Path) -> Path:
    path = out / "compat.json"
    write_json_atomic(path, {
        "schema": REPORT_SCHEMA,
        "harness": __version__,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "summary": summary,
        "records": [{k: v for k, v in r.items() if k != "traceback"} for r in dedupe(records)],
    })
    return path


WRITERS.add("json", write_json)
