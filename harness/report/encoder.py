"""The writing side of ``compat.json`` schema 3 (:mod:`.compact` documents it): each distinct
value into its table once, each record a short row. :class:`Encoder` takes the records one at
a time (a report collector, :data:`.base.COLLECTORS`) and spools the rows to a temporary file,
so a report of a million records holds its tables, not its rows."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any

from .compact import COLUMNS, DEFAULTS, NUMBERS, TABLED
from .spool import spool


class _Table:
    """Distinct values in first-seen order, each with its index."""

    def __init__(self, *seed: Any) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}
        for value in seed:
            self.add(value)

    def add(self, value: Any) -> int:
        # a string keys itself, null and booleans their type and value, a list of strings its
        # items; anything else its JSON text (1, 1.0 and True stay apart)
        kind = type(value)
        if kind is str:
            key: Any = value
        elif value is None or kind is bool:
            key = (kind, value)
        elif kind is list and all(type(item) is str for item in value):
            key = (list, *value)
        else:
            key = (kind.__name__, json.dumps(value, sort_keys=True, default=repr))
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.values)
            self.values.append(value)
        return found


class _Environments(_Table):
    """Fingerprints are flat objects of strings: keyed by their items, cheaper than JSON text."""

    def add(self, value: Any) -> int:
        if type(value) is not dict or not all(type(v) is str or v is None for v in value.values()):
            return super().add(value)
        key = tuple(value.items())
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.values)
            self.values.append(value)
        return found


class _Cases:
    """Distinct [case id, source] pairs. A case id names one spec, so the sources already seen
    under an id are compared as values (JSON text for every record cost more); an id seen with
    many sources (a hand-made file) falls back to their text, so that stays linear."""

    def __init__(self) -> None:
        self.values: list[list[Any]] = []
        self._seen: dict[Any, list[tuple[Any, int]]] = {}
        self._texts: dict[tuple[Any, str], int] = {}

    def add(self, case: Any, source: Any) -> int:
        seen = self._seen.setdefault(case, [])
        found = next((index for known, index in seen if known is source or known == source), None)
        if found is not None:
            return found
        if len(seen) >= 8:
            found = self._texts.setdefault((case, json.dumps(source, sort_keys=True, default=repr)),
                                           len(self.values))
        else:
            found = len(self.values)
            seen.append((source, found))
        if found == len(self.values):
            self.values.append([case, source])
        return found


def _rounded(value: Any, digits: int) -> Any:
    """A float to ``digits`` significant digits; not finite: its name (JSON has no NaN)."""
    if not isinstance(value, float):
        return value  # an int is exact; anything else is the reader's to refuse
    if not math.isfinite(value):
        return "nan" if math.isnan(value) else "inf" if value > 0 else "-inf"
    return float(f"{value:.{digits}g}")


def _micros(value: Any) -> Any:
    if type(value) is int:
        return value * 1_000_000
    value = _rounded(value * 1e6 if isinstance(value, float) else value, 3)
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 1e15 else value


def _pieces(message: str, artifacts: str, case: str) -> str | list[str | int]:
    """``message`` as its entry of ``messages``: itself, or its pieces around the record's
    ``artifacts`` (``0``) and ``case`` (``1``)."""
    pieces: list[str | int] = [message]
    for marker, text in ((0, artifacts), (1, case)):
        if not isinstance(text, str) or not text:
            continue
        split: list[str | int] = []
        for piece in pieces:
            if type(piece) is int:
                split.append(piece)
                continue
            for n, part in enumerate(piece.split(text)):
                split.extend(([marker] if n else []) + ([part] if part else []))
        pieces = split
    return message if pieces == [message] else pieces


def _message(r: Mapping[str, Any], templates: dict[tuple[Any, Any, Any], int], messages: _Table) -> int:
    key = (r["message"], r.get("artifacts", ""), r["case"])
    found = templates.get(key)
    if found is None:
        message = key[0]
        found = templates[key] = messages.add(_pieces(message, key[1], key[2]) if type(message) is str
                                             else message)
    return found


class Encoder:
    """Schema 3's tables and rows built one record at a time: the tables (distinct values) stay
    in memory, the rows go to a temporary file as JSON text (a million rows, ~40 MB, never as
    Python lists). Records given are already deduplicated."""

    def __init__(self, *_: Any) -> None:
        self.environments, self.runs, self.messages, self.steps = _Environments(), _Table(), _Table(), _Table()
        self.cases = _Cases()
        self.tables = {name: _Table(*([DEFAULTS[name]] if name in DEFAULTS else [])) for name in TABLED}
        self._templates: dict[tuple[Any, Any, Any], int] = {}  # (message, artifacts, case) -> its entry
        self._rest = [(self.tables[name].add, name, DEFAULTS[name]) for name in COLUMNS[12:]]
        self._numbers = {COLUMNS.index(name) for name in NUMBERS}
        self.rows = spool()
        self.count = 0

    def row(self, r: Mapping[str, Any]) -> list[Any]:
        tables, seconds = self.tables, r.get("seconds")
        row = [self.cases.add(r["case"], r.get("source", {})), tables["format"].add(r["format"]),
               tables["check"].add(r["check"]), tables["status"].add(r["status"]), self.environments.add(r["saved"]),
               self.environments.add(r["loaded"]), self.runs.add([r.get("run_id", ""), r.get("artifacts", "")]),
               _message(r, self._templates, self.messages), tables["stage"].add(r.get("stage")),
               [self.steps.add(list(seconds)), *map(_micros, seconds.values())] if seconds is not None else 0,
               _rounded(r.get("max_abs_diff"), 4), _rounded(r.get("max_rel_diff"), 4),
               *[add(r.get(name, default)) for add, name, default in self._rest]]
        end = len(row) - 1
        while end >= 0 and (row[end] is None if end in self._numbers else type(row[end]) is int and row[end] == 0):
            end -= 1
        del row[end + 1:]
        return row

    def add(self, r: Mapping[str, Any]) -> None:
        self.rows.write((b"," if self.count else b"") + dump(self.row(r)))
        self.count += 1

    def head(self) -> dict[str, Any]:
        """Everything of the report's body but the rows."""
        return {"environments": self.environments.values, "cases": self.cases.values, "runs": self.runs.values,
                "messages": self.messages.values,
                "tables": {**{name: table.values for name, table in self.tables.items()}, "steps": self.steps.values}}

    def chunks(self) -> Iterator[bytes]:
        """The rows as JSON text (the inside of ``records.rows``), in pieces."""
        self.rows.seek(0)
        yield from iter(lambda: self.rows.read(1 << 20), b"")


def dump(value: Any) -> bytes:
    """``value`` as compact JSON: UTF-8 as is (``—`` is 3 bytes, not the 6 of ``\\u2014``), escaped
    only when a string holds a lone surrogate that UTF-8 cannot carry."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, separators=(",", ":")).encode("ascii")


