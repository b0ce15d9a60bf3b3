"""``compat.json``: every record plus the summary matrix, under a versioned schema.

Schema 3 (:mod:`harness.report.compact`) writes each distinct environment, model spec and
message once and every record as a short row of indices: a 16-version atlas is tens of MB
rather than the ~600 MB of schema 2, which wrote every record out whole. ``harness report``
and ``harness gate`` read either back (:func:`harness.report.read.read_records`).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import __version__
from .base import WRITERS, Report, write_atomically
from .compact import SCHEMA, encode

#: 2: records gained ``departure`` and ``diagnostics`` (the resume check). 3: tables of
#: distinct values and columnar rows (:mod:`harness.report.compact`); no ``output``.
REPORT_SCHEMA = SCHEMA


def write_json(report: Report, out: Path) -> Path:
    path = Path(out) / "compat.json"
    _write_compact(path, {
        "schema": REPORT_SCHEMA,
        "harness": __version__,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "summary": report.summary,
        **encode(report.records),
    })
    return path


def _write_compact(path: Path, data: Any) -> None:
    """``data`` as compact JSON, atomically (a reader never sees half a report). UTF-8 as is
    (``—`` is 3 bytes, not the 6 of ``\\u2014``), escaped only when a string holds a lone
    surrogate that UTF-8 cannot carry."""
    try:
        raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raw = json.dumps(data, separators=(",", ":")).encode("ascii")
    write_atomically(path, raw + b"\n")


WRITERS.add("json", write_json)
