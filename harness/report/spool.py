"""Temporary files that stay in memory while small: what a report writes of every record
(the rows of compat.json, junit.xml's test cases, the gate's NEW lines) is spooled, so that
memory does not grow with the records (:mod:`.passes`)."""

from __future__ import annotations

import tempfile
from typing import IO, Any

#: How much of a spool stays in memory before it moves to a temporary file.
SPOOL_BYTES = 8 << 20


def spool(text: bool = False) -> IO[Any]:
    """A temporary file that stays in memory up to :data:`SPOOL_BYTES`; ``text``: UTF-8 text,
    a lone surrogate written as its escape."""
    if text:
        return tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8",
                                             errors="backslashreplace")
    return tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
