"""``compat.json``: every record plus the summary matrix, under a versioned schema.

Schema 3 (:mod:`harness.report.compact`) writes each distinct environment, model spec and
message once and every record as a short row of indices: a 16-version atlas is tens of MB
rather than the ~600 MB of schema 2, which wrote every record out whole. ``harness report``
and ``harness gate`` read either back (:func:`harness.report.read.read_records`).
"""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from .base import COLLECTORS, WRITERS, Report, write_atomically
from .compact import COLUMNS, SCHEMA
from .encoder import Encoder, dump

#: 2: records gained ``departure`` and ``diagnostics`` (the resume check). 3: tables of
#: distinct values and columnar rows (:mod:`harness.report.compact`); no ``output``.
REPORT_SCHEMA = SCHEMA


def write_json(report: Report, out: Path) -> Path:
    """``compat.json`` written as it is read back: the summary and the tables, then the rows
    the :class:`~.encoder.Encoder` spooled while the records went by."""
    path = Path(out) / "compat.json"
    encoder: Encoder = report.collected["json"]
    head = {"schema": REPORT_SCHEMA, "harness": __version__,
            "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "summary": report.summary, **encoder.head()}
    opening = dump(head)[:-1] + b',"records":{"columns":' + dump(list(COLUMNS)) + b',"rows":['
    write_atomically(path, itertools.chain([opening], encoder.chunks(), [b"]}}\n"]))
    return path


WRITERS.add("json", write_json)
COLLECTORS.add("json", Encoder)
