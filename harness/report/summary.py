"""The compatibility matrix: format × check × (saved-in → loaded-in) → counts per status.

Records are deduplicated by (artifact run, case, format, check, loading
environment) so that a results file read twice, or a pair verified twice,
never double-counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Mapping, Sequence

from ..artifacts.manifest import environment_label
from ..results import LIMITATIONS, STATUSES, is_failure, is_model_problem
from ..versions import version_key
from .passes import Results, record_key


def dedupe(records: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The last record for each key wins (a rerun replaces an earlier verdict)."""
    latest: dict[tuple, Mapping[str, Any]] = {}
    for record in records:
        latest.pop(key := record_key(record), None)
        latest[key] = record
    return list(latest.values())


def explained(record: Mapping[str, Any]) -> bool:
    """Does a known limitation (a key of :data:`~harness.results.LIMITATIONS`) explain this
    record? A name this harness does not know explains nothing: it counts as no limitation."""
    limitation = record.get("limitation")
    return isinstance(limitation, str) and limitation in LIMITATIONS


def pair_of(record: Mapping[str, Any]) -> tuple[str, str]:
    """(saved-in, loaded-in) environment labels of a record."""
    return environment_label(record["saved"]), environment_label(record["loaded"])


def claims_text(claimed: Mapping[str, int]) -> str:
    """One sentence on the verdicts that are the saving side's own claims, or "" when none:
    nothing was loaded to check them, so a manifest that claims every format unsupported
    would read as a quiet run without it."""
    if not claimed:
        return ""
    total = sum(claimed.values())
    counts = ", ".join(f"{n} {status}" for status, n in claimed.items())
    return (f"{total} of these verdicts are the saving side's own claims, with nothing loaded to check them "
            f"({counts}).")


class Summary:
    """The summary matrix built one record at a time (the last record of each check: a
    :class:`~harness.report.passes.Results` walk hands them on), holding counts only."""

    def __init__(self) -> None:
        self.cells: dict[tuple[str, str, str, str], Counter] = defaultdict(Counter)
        self.environments: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.statuses: Counter = Counter()
        self.claimed: Counter = Counter()
        self.records = self.failing = self.expected = 0

    def add(self, record: Mapping[str, Any]) -> None:
        saved, loaded = pair_of(record)
        self.records += 1
        self.environments.update((saved, loaded))
        self.pairs.add((saved, loaded))
        status, failing, expected = record["status"], is_failure(record), explained(record)
        self.statuses[status] += 1
        self.failing += failing
        self.expected += expected
        if is_model_problem(record):  # no format's cell: the reports show it once per factory
            return
        if record.get("claimed") is True:
            self.claimed[status] += 1
        cell = self.cells[(record["format"], record["check"], saved, loaded)]
        cell[status] += 1
        cell["@failing"] += failing
        if failing:
            cell["!" + status] += 1
        cell["@expected"] += expected

    def result(self, contradictions: int = 0) -> dict[str, Any]:
        """Counts per status for each cell, plus how many non-passes are expected (a known
        limitation explains them) and how many are failures."""
        matrix = []
        for (fmt, check, saved, loaded), counts in sorted(
                self.cells.items(), key=lambda kv: (kv[0][0], kv[0][1], version_key(kv[0][2]), version_key(kv[0][3]))):
            statuses = {s: n for s, n in sorted(counts.items()) if s[0] not in "@!" and n}
            failures = {s[1:]: n for s, n in sorted(counts.items()) if s.startswith("!") and n}
            matrix.append({"format": fmt, "check": check, "saved": saved, "loaded": loaded,
                           "total": sum(statuses.values()), "counts": statuses, "failures": failures,
                           "failing": counts["@failing"], "expected": counts["@expected"]})
        return {
            "records": self.records,
            # statuses this harness does not know are counted under their own names (they are failures)
            "statuses": {**{s: self.statuses.get(s, 0) for s in STATUSES},
                         **{s: n for s, n in sorted(self.statuses.items()) if s not in STATUSES}},
            "failing": self.failing,
            "expected": self.expected,
            "contradictions": contradictions,
            # verdicts the saving side reported and nothing loaded to check (a manifest's claims)
            "claimed": dict(sorted(self.claimed.items())),
            "versions": sorted(self.environments, key=version_key),
            "pairs": sorted(self.pairs, key=lambda p: (version_key(p[0]), version_key(p[1]))),
            "matrix": matrix,
        }


def summarize(records: Any) -> dict[str, Any]:
    """:class:`Summary` of records (a list, or :class:`~harness.report.passes.Results`)."""
    results = Results.of(records)
    summary = Summary()
    for record in results.latest():
        summary.add(record)
    return summary.result(results.conflict_count)
