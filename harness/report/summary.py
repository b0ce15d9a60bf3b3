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

#: One tuple per distinct loading environment, shared by the keys of its records: dedupe,
#: the gate and the contradiction check each keep a key per record, and a fingerprint's
#: sorted items are ~1 kB as a tuple of pairs.
_ENVIRONMENT_KEYS: dict[tuple, tuple] = {}


def record_key(record: Mapping[str, Any]) -> tuple:
    environment = tuple(sorted((k, str(v)) for k, v in record["loaded"].items()))
    if len(_ENVIRONMENT_KEYS) > 4096:  # bounded: many distinct environments only cost time
        _ENVIRONMENT_KEYS.clear()
    environment = _ENVIRONMENT_KEYS.setdefault(environment, environment)
    return (record.get("run_id"), record["case"], record["format"], record["check"], environment)


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


def contradictions(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Cells whose records disagree: the same key (:func:`record_key`) with different statuses.

    :func:`dedupe` lets the last of them stand, which is right for a rerun and wrong for a
    results file that was edited or merged; the gate judges every one of them and the reports
    say they exist, so a later ``pass`` cannot silently hide an earlier failure."""
    seen: dict[tuple, dict[str, Any]] = {}
    for record in records:
        found = seen.setdefault(record_key(record), {"records": [], "statuses": []})
        found["records"].append(record)
        if record["status"] not in found["statuses"]:
            found["statuses"].append(record["status"])
    out = []
    for found in seen.values():
        if len(found["statuses"]) > 1:
            first = found["records"][0]
            saved, loaded = pair_of(first)
            out.append({"case": first["case"], "format": first["format"], "check": first["check"],
                        "saved": saved, "loaded": loaded, "statuses": found["statuses"]})
    return out


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


def summarize(records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts per status for each cell, plus how many non-passes are expected (a known
    limitation explains them) and how many are failures."""
    conflicting = contradictions(records)
    records = dedupe(records)
    cells: dict[tuple[str, str, str, str], Counter] = defaultdict(Counter)
    environments: dict[str, Mapping[str, Any]] = {}
    pairs = set()
    for record in records:
        saved, loaded = pair_of(record)
        environments.setdefault(saved, record["saved"])
        environments.setdefault(loaded, record["loaded"])
        pairs.add((saved, loaded))
        if is_model_problem(record):  # no format's cell: the reports show it once per factory
            continue
        cell = cells[(record["format"], record["check"], saved, loaded)]
        cell[record["status"]] += 1
        cell["@failing"] += is_failure(record)
        if is_failure(record):
            cell["!" + record["status"]] += 1
        cell["@expected"] += explained(record)
    matrix = []
    for (fmt, check, saved, loaded), counts in sorted(
            cells.items(), key=lambda kv: (kv[0][0], kv[0][1], version_key(kv[0][2]), version_key(kv[0][3]))):
        statuses = {s: n for s, n in sorted(counts.items()) if s[0] not in "@!" and n}
        failures = {s[1:]: n for s, n in sorted(counts.items()) if s.startswith("!") and n}
        matrix.append({"format": fmt, "check": check, "saved": saved, "loaded": loaded,
                       "total": sum(statuses.values()), "counts": statuses, "failures": failures,
                       "failing": counts["@failing"], "expected": counts["@expected"]})
    statuses = Counter(r["status"] for r in records)
    return {
        "records": len(records),
        # statuses this harness does not know are counted under their own names (they are failures)
        "statuses": {**{s: statuses.get(s, 0) for s in STATUSES},
                     **{s: n for s, n in sorted(statuses.items()) if s not in STATUSES}},
        "failing": sum(1 for r in records if is_failure(r)),
        "expected": sum(1 for r in records if explained(r)),
        "contradictions": len(conflicting),
        # verdicts the saving side reported and nothing loaded to check (a manifest's claims)
        "claimed": dict(sorted(Counter(r["status"] for r in records
                                       if r.get("claimed") is True and not is_model_problem(r)).items())),
        "versions": sorted(environments, key=version_key),
        "pairs": sorted(pairs, key=lambda p: (version_key(p[0]), version_key(p[1]))),
        "matrix": matrix,
    }
