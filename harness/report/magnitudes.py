"""Error magnitudes: every output comparison's largest absolute difference, in one bucket each.

Buckets are "exact" (0), then one per power of ten — ``1e-3`` holds [1e-3, 1e-2) — up to the
largest finite difference seen, then "inf" (a NaN or infinite output against a finite one)
and "nan" (a comparison that could only say NaN). Everything below 1e-12 shares the first
power bucket: float64 rounding, not worth a column each. The counts add up to the comparisons.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

#: The smallest power of ten with a column of its own.
FLOOR = -12


def bucket(value: float) -> str:
    """The bucket of one difference: "exact", "1e<k>", "inf" or "nan"."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf"
    if value <= 0:
        return "exact"
    return f"1e{max(FLOOR, math.floor(math.log10(value)))}"


def comparisons(records: Iterable[Mapping[str, Any]]) -> Iterable[tuple[str, float]]:
    """(format, difference) of each record that compared numbers (it carries ``max_abs_diff``)."""
    for r in records:
        value = r.get("max_abs_diff")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            yield r["format"], float(value)


def histogram(records: Iterable[Mapping[str, Any]], into: dict[str, Counter] | None = None) -> dict[str, Counter]:
    """format → bucket → comparisons, counted ``into`` a histogram already begun (the report's
    collector adds one record at a time)."""
    out: dict[str, Counter] = {} if into is None else into
    for fmt, value in comparisons(records):
        out.setdefault(fmt, Counter())[bucket(value)] += 1
    return out


def columns(histograms: Mapping[str, Counter]) -> list[str]:
    """The buckets to show, in order: exact, each power from the smallest to the largest seen
    (none skipped between them), inf, nan — those with anything in them at the ends."""
    seen = set().union(*histograms.values()) if histograms else set()
    powers = sorted(int(b[2:]) for b in seen if b.startswith("1e"))
    middle = [f"1e{k}" for k in range(powers[0], powers[-1] + 1)] if powers else []
    return [b for b in ("exact",) if b in seen] + middle + [b for b in ("inf", "nan") if b in seen]


def label(column: str) -> str:
    return {"exact": "exact", "inf": "∞", "nan": "NaN"}.get(column, column)
