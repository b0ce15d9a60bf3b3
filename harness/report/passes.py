"""Results read in two passes, so that ``report`` and ``gate`` hold no record they are done with.

Why two: the reports show the last record of each check (a rerun replaces an earlier verdict)
and the gate judges the last of each (check, status, message), and which record is last is
known only at the end of the files. Held as records, that cost 1–2 kB a record (2 GB at a
million). The first pass keeps two 8-byte hashes a record — of its check and of its judged
key — and finds the keys seen more than once; the second reads the records again and hands
each on with whether it is the last of its check and of its judged key, so every consumer
(:class:`~harness.report.view.ViewBuilder`, the summary, the writers' spools, the gate) keeps
only what it shows. The hashes are keyed with a secret of this process, so a results file
cannot be written to make two checks collide.

A file that changes between the passes (a ``verify`` still appending) is found by the second
pass — its hashes or its length differ — and is an error, never a report of half of each.
"""

from __future__ import annotations

import hashlib
import os
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..artifacts.manifest import environment_label
from ..results import ResultsError

#: How many checks whose records disagree are kept to be named (all are counted).
CONFLICTS_KEPT = 1000

_SECRET = os.urandom(16)

Record = Mapping[str, Any]


#: One tuple per distinct loading environment, shared by the keys of its records: both passes
#: and ``dedupe`` build a key per record, and a fingerprint's sorted items are ~1 kB as a tuple
#: of pairs.
_ENVIRONMENT_KEYS: dict[tuple, tuple] = {}


def record_key(record: Record) -> tuple:
    """Which check a record is of: (artifact run, case, format, check, loading environment)."""
    environment = tuple(sorted((k, str(v)) for k, v in record["loaded"].items()))
    if len(_ENVIRONMENT_KEYS) > 4096:  # bounded: many distinct environments only cost time
        _ENVIRONMENT_KEYS.clear()
    environment = _ENVIRONMENT_KEYS.setdefault(environment, environment)
    return (record.get("run_id"), record["case"], record["format"], record["check"], environment)


def _hash(value: object) -> int:
    text = repr(value).encode("utf-8", "backslashreplace")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8, key=_SECRET).digest(), "little")


def _repeated(hashes: array) -> set[int]:
    """The hashes that occur more than once. Sorted into 256 buckets by their top byte (8 bytes
    a record, as the hashes are), then each bucket's repeats found with a set of its own: a set
    or a sorted list of every hash as Python ints would cost 40–70 bytes a record. (Not numpy:
    importing it reserves OpenBLAS buffers, which alone exceed a tight memory limit.)"""
    buckets = [array("Q") for _ in range(256)]
    for value in hashes:
        buckets[value >> 56].append(value)
    repeated: set[int] = set()
    for i, bucket in enumerate(buckets):
        seen: set[int] = set()
        for value in bucket:
            if value in seen:
                repeated.add(value)
            seen.add(value)
        buckets[i] = array("Q")
    return repeated


def _hashes(record: Record) -> tuple[int, int]:
    check = _hash(record_key(record))
    return check, _hash((check, record["status"], record["message"]))


class Results:
    """Records that can be read again: results files (:func:`.read.iter_records` per pass) or
    records already in memory. :meth:`walk` is the second pass; the first runs once, on the
    first walk."""

    def __init__(self, read: Callable[[], Iterable[Record]], where: str = "the results") -> None:
        self._read = read
        self._where = where
        self._checks: array | None = None
        self._judged = array("Q")
        self._flags = bytearray()
        self._repeated: set[int] = set()
        self.libraries = False             # does any record list the models' libraries
        self.conflicts: list[dict[str, Any]] = []   # checks whose records disagree (the first kept)
        self.conflict_count = 0

    @classmethod
    def files(cls, paths: Iterable[Path | str]) -> Results:
        from .read import iter_records

        paths = [Path(p) for p in paths]
        return cls(lambda: iter_records(paths), "results " + ", ".join(map(str, paths)))

    @classmethod
    def of(cls, records: Iterable[Record] | Results) -> Results:
        """``records`` as :class:`Results` (a one-shot iterator is read into a list first)."""
        if isinstance(records, Results):
            return records
        kept = records if isinstance(records, Sequence) else list(records)
        return cls(lambda: kept)

    def index(self) -> None:
        """The first pass (once): every record's hashes, then which of them are not the last of their key."""
        if self._checks is not None:
            return
        checks, judged = array("Q"), array("Q")
        for record in self._read():
            check, judge = _hashes(record)
            checks.append(check)
            judged.append(judge)
            if not self.libraries and any(record[side].get(key) for side in ("saved", "loaded")
                                          for key in ("libraries", "code")):  # the team's code: one of them
                self.libraries = True
        repeated = _repeated(checks)
        flags = bytearray(len(checks))  # bit 1: a later record has its check; bit 2: its judged key
        later_checks: set[int] = set()
        later_judged: set[int] = set()
        for i in range(len(checks) - 1, -1, -1):
            if checks[i] in repeated:
                flags[i] = (checks[i] in later_checks) | ((judged[i] in later_judged) << 1)
                later_checks.add(checks[i])
                later_judged.add(judged[i])
        self._checks, self._judged, self._flags, self._repeated = checks, judged, flags, repeated

    def walk(self) -> Iterator[tuple[Record, bool, bool]]:
        """Every record, with whether it is the last of its check (what the reports show) and of
        its (check, status, message) (what the gate judges); the checks whose records disagree
        are in :attr:`conflicts` once the walk is done."""
        self.index()
        checks, judged, flags, repeated = self._checks, self._judged, self._flags, self._repeated
        assert checks is not None
        seen: dict[int, dict[str, Any]] = {}
        i = -1
        for i, record in enumerate(self._read()):
            check, judge = _hashes(record)
            if i >= len(checks) or checks[i] != check or judged[i] != judge:
                raise self._changed()
            if check in repeated:
                found = seen.get(check)
                if found is None:
                    saved, loaded = environment_label(record["saved"]), environment_label(record["loaded"])
                    found = seen[check] = {"case": record["case"], "format": record["format"],
                                           "check": record["check"], "saved": saved, "loaded": loaded,
                                           "statuses": []}
                if record["status"] not in found["statuses"]:
                    found["statuses"].append(record["status"])
            yield record, not flags[i] & 1, not flags[i] & 2
        if i + 1 != len(checks):
            raise self._changed()
        conflicting = [found for found in seen.values() if len(found["statuses"]) > 1]
        self.conflict_count = len(conflicting)
        self.conflicts = conflicting[:CONFLICTS_KEPT]

    def latest(self) -> Iterator[Record]:
        """The last record of each check, in the order read (what the reports show)."""
        return (record for record, last, _ in self.walk() if last)

    def judged(self) -> Iterator[Record]:
        """The last record of each (check, status, message): what the gate judges."""
        return (record for record, _, judge in self.walk() if judge)

    def _changed(self) -> ResultsError:
        return ResultsError(f"{self._where} changed while being read (is a verify still writing them?); "
                            "run this again once they are complete")
