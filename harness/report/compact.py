"""``compat.json`` schema 3: the records as tables of distinct values and short columnar rows.

Why: a record repeats its model spec (~900 bytes) and both environment fingerprints
(~330 bytes each), while a run has a few dozen specs and a few environments; schema 2 wrote
them out in every record, 2-3 kB a record, ~600 MB for a 16-version atlas. Here each distinct
value is written once and a record is a row of small integers, so the file stays plain JSON
that any language reads with one ``json.load`` and one loop, and ``harness report`` /
``harness gate`` read it back as the records it was written from (:func:`decode`); the writer
is :class:`.encoder.Encoder`.

Beside ``schema``, ``harness``, ``generated`` and ``summary`` the report holds:

``environments``  ``[fingerprint, ...]``: the distinct saving and loading environments
``cases``         ``[[case id, source], ...]``: the distinct (case, model source) pairs
``runs``          ``[[run_id, artifacts], ...]``: the distinct artifact runs
``messages``      ``[message, ...]``: the distinct messages. An entry is the message itself, or
                  an array of its pieces: a string is text, ``0`` stands for the record's
                  ``artifacts`` and ``1`` for its ``case`` (the paths a message names hold
                  both, so one entry serves every case of every run: 17,227 messages of the
                  16-version atlas, 12.7 MB, are 653 entries, 0.2 MB). Joined, the pieces are
                  exactly the message the record had.
``tables``        ``{column: [value, ...]}`` for the other index columns below; in the table
                  of an optional column entry 0 is its default (``null``, ``false`` or ``[]``).
                  ``tables.steps`` holds the step-name lists of ``seconds``.
``records``       ``{"columns": [name, ...], "rows": [[value, ...], ...]}``, one row a record

Columns, in the order this writer uses (a reader takes them from ``records.columns``):

==============  ====================================================================
``case``        index into ``cases``: the record's ``case`` and ``source``
``format``      index into ``tables.format``; likewise ``check``, ``status``
``saved``       index into ``environments``; likewise ``loaded``
``run``         index into ``runs``: the record's ``run_id`` and ``artifacts``
``message``     index into ``messages``
``stage``       index into ``tables.stage``
``seconds``     ``0`` (none), or ``[s, t1, ..., tn]``: ``tables.steps[s]`` names the steps,
                ``ti`` is step i's time in microseconds, 3 significant digits
``max_abs_diff`` ``null`` or a number, 4 significant digits (``"nan"``, ``"inf"`` or
                ``"-inf"`` where it is not finite: JSON has no NaN); likewise
                ``max_rel_diff``
``limitation``  index into ``tables.limitation``; likewise ``departure``,
                ``diagnostics``, ``claimed``, ``warnings``, ``reproducer``
==============  ====================================================================

A row stops after its last non-default value: a missing value is ``0`` for an index or
``seconds`` column and ``null`` for a number column. Not written: ``traceback`` and
``output`` (they stay in the results files), and fields that are not :class:`Record`'s.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import fields
from typing import Any

from ..results import Record, ResultsError, is_number, kind_of, problem_of

SCHEMA = 3
#: Schemas :func:`decode` reads (2: every record written out whole).
READABLE = (2, 3)
COLUMNS = ("case", "format", "check", "status", "saved", "loaded", "run", "message", "stage",
           "seconds", "max_abs_diff", "max_rel_diff", "limitation", "departure", "diagnostics",
           "claimed", "warnings", "reproducer")
#: Columns that index ``tables[column]`` (and hold the record field of that name).
TABLED = ("format", "check", "status", "stage", "limitation", "departure", "diagnostics",
          "claimed", "warnings", "reproducer")
NUMBERS = ("max_abs_diff", "max_rel_diff")
REQUIRED = ("case", "format", "check", "status", "saved", "loaded", "message")
#: Entry 0 of an optional column's table: its default, so that a short row means it.
DEFAULTS: dict[str, Any] = {"stage": None, "limitation": None, "departure": None, "diagnostics": None,
                            "claimed": False, "warnings": [], "reproducer": None}
_FIELDS = tuple(f.name for f in fields(Record))
_AGAIN = "regenerate it with `python -m harness report`"
_NOT_FINITE = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


def decode(payload: Mapping[str, Any], where: str) -> Iterator[dict[str, Any]]:
    """The records of a report (schema 2 or 3), each in the shape of a results-file record
    (``traceback`` and ``output`` null in schema 3). The payload is untrusted: a value of the
    wrong type or an index out of range is a :class:`ResultsError` of one line naming
    ``where`` and the field, and every record then passes the check a results line passes.
    Records of schema 3 share their table values (a fingerprint, a spec): read, don't mutate."""
    def fail(field: str, problem: str) -> ResultsError:
        return ResultsError(f"{where}: {field}: {problem}; {_AGAIN}")

    if not isinstance(payload, Mapping):
        raise fail("the report", f"is a JSON {kind_of(payload)}, not an object")
    schema = payload.get("schema")
    if type(schema) is not int or schema not in READABLE:
        raise fail("schema", f"{schema!r} is not one this harness reads "
                             f"({', '.join(map(str, READABLE))})")
    records = payload.get("records")
    if schema == 2:
        if not isinstance(records, list):
            raise fail("records", f"must be an array of records, not {kind_of(records)}")
        for i, record in enumerate(records):
            problem = problem_of(record)
            if problem:
                raise fail(f"records[{i}]", f"the record {problem}")
            yield record
        return
    yield from _rows(payload, fail)


def _table(payload: Mapping[str, Any], name: str, fail: Callable[[str, str], ResultsError],
           ok: Callable[[Any], bool], what: str) -> list[Any]:
    """``payload[name]``, a list whose every entry is ``what``."""
    values = payload.get(name)
    if not isinstance(values, list):
        raise fail(name, "missing" if values is None else f"must be an array, not {kind_of(values)}")
    for i, value in enumerate(values):
        if not ok(value):
            raise fail(f"{name}[{i}]", f"must be {what}, not {kind_of(value)}")
    return values


def _pairs(kinds: tuple[type, type]) -> Callable[[Any], bool]:
    return lambda v: (type(v) is list and len(v) == 2
                      and isinstance(v[0], kinds[0]) and isinstance(v[1], kinds[1]))


_OPTIONAL_TEXT = (lambda v: v is None or isinstance(v, str), "null or a string")
_OPTIONAL_OBJECT = (lambda v: v is None or isinstance(v, dict), "null or an object")
#: What the entries of each of ``tables`` must be (as :func:`~harness.results.problem_of` asks).
_ENTRIES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "format": (lambda v: isinstance(v, str), "a string"), "check": (lambda v: isinstance(v, str), "a string"),
    "status": (lambda v: isinstance(v, str), "a string"), "stage": _OPTIONAL_TEXT, "limitation": _OPTIONAL_TEXT,
    "departure": _OPTIONAL_TEXT, "diagnostics": _OPTIONAL_OBJECT, "reproducer": _OPTIONAL_OBJECT,
    "claimed": (lambda v: type(v) is bool, "a boolean"),
    "warnings": (lambda v: isinstance(v, list) and all(isinstance(w, str) for w in v), "an array of strings"),
    "steps": (lambda v: isinstance(v, list) and all(isinstance(s, str) for s in v), "an array of strings"),
}


def _message_entry(value: Any) -> bool:
    return type(value) is str or (type(value) is list and all(
        type(piece) is str or (type(piece) is int and piece in (0, 1)) for piece in value))


def _number_of(value: Any) -> Any:
    """A number column's value (``None``, a number, or a non-finite one by name), else raises."""
    if value is None or is_number(value):
        return value
    if type(value) is str and value in _NOT_FINITE:
        return _NOT_FINITE[value]
    raise TypeError


def _source(payload: Mapping[str, Any], name: str,
            fail: Callable[[str, str], ResultsError]) -> tuple[tuple[str, ...], list[tuple[Any, ...]], str]:
    """What index column ``name`` refers to: the record fields it sets, their values for each
    entry of its table, and the table's name (for messages)."""
    if name in ("saved", "loaded"):
        envs = _table(payload, "environments", fail, lambda v: isinstance(v, dict), "an object")
        return (name,), [(e,) for e in envs], "environments"
    if name == "case":
        cases = _table(payload, "cases", fail, _pairs((str, dict)), "a [case id, source object] pair")
        return ("case", "source"), [tuple(c) for c in cases], "cases"
    if name == "run":
        runs = _table(payload, "runs", fail, _pairs((str, str)), "a [run_id, artifacts] pair of strings")
        return ("run_id", "artifacts"), [tuple(r) for r in runs], "runs"
    if name == "message":
        messages = _table(payload, "messages", fail, _message_entry,
                          "a string or an array of strings, 0 (artifacts) and 1 (case)")
        return ("message",), [(m,) for m in messages], "messages"
    if name in TABLED:
        values = _table(_tables(payload, fail), name, lambda f, p: fail(f"tables.{f}", p), *_ENTRIES[name])
        return (name,), [(v,) for v in values], f"entries in tables.{name}"
    return (), [], ""  # seconds, the numbers: no table


def _tables(payload: Mapping[str, Any], fail: Callable[[str, str], ResultsError]) -> Mapping[str, Any]:
    tables = payload.get("tables")
    if not isinstance(tables, dict):
        raise fail("tables", "missing" if tables is None else f"must be an object, not {kind_of(tables)}")
    return tables


def _rows(payload: Mapping[str, Any], fail: Callable[[str, str], ResultsError]) -> Iterator[dict[str, Any]]:
    body = payload.get("records")
    if not isinstance(body, dict):
        raise fail("records", f"must be an object with columns and rows, not {kind_of(body)}")
    columns = _table(body, "columns", lambda f, p: fail(f"records.{f}", p), lambda v: isinstance(v, str), "a string")
    for i, name in enumerate(columns):
        if name in columns[:i]:
            raise fail(f"records.columns[{i}]", f"{name!r} is a repeated column")
        if name not in COLUMNS:
            raise fail(f"records.columns[{i}]", f"{name!r} is not a column ({', '.join(COLUMNS)})")
    absent = [name for name in REQUIRED if name not in columns]
    if absent:
        raise fail("records.columns", f"misses {absent[0]!r} (a report has {', '.join(REQUIRED)})")
    steps = (_table(_tables(payload, fail), "steps", lambda f, p: fail(f"tables.{f}", p), *_ENTRIES["steps"])
             if "seconds" in columns else [])
    plan = [(name, *_source(payload, name, fail)) for name in columns]
    rows = body.get("rows")
    if not isinstance(rows, list):
        raise fail("records.rows", "missing" if rows is None else f"must be an array, not {kind_of(rows)}")
    template = {name: DEFAULTS.get(name) for name in sorted(_FIELDS)}  # sorted, as the results files have them
    template.update(run_id="", artifacts="", source={}, seconds=None)
    padding = [None if name in NUMBERS else 0 for name in columns]
    width = len(columns)
    for i, row in enumerate(rows):
        if type(row) is not list or len(row) > width:
            raise fail(f"records.rows[{i}]", f"must be an array of at most {width} values, not "
                       + (f"{len(row)}" if type(row) is list else kind_of(row)))
        record = dict(template)
        for (name, targets, table, label), value in zip(plan, row + padding[len(row):]):
            if targets:
                if type(value) is not int or not 0 <= value < len(table):
                    raise fail(f"records.rows[{i}]", f"{name} index {value!r} is out of range ({len(table)} {label})"
                               if type(value) is int else f"{name} must be an index (an integer), not {kind_of(value)}")
                for target, item in zip(targets, table[value]):
                    record[target] = item
            elif name == "seconds":
                record["seconds"] = _seconds(value, steps, lambda p, i=i: fail(f"records.rows[{i}]", p))
            else:
                try:
                    record[name] = _number_of(value)
                except TypeError:
                    raise fail(f"records.rows[{i}]", f"{name} must be null, a number or \"nan\", \"inf\", "
                                                     f"\"-inf\", not {kind_of(value)}") from None
        if type(record["message"]) is list:
            subs = (record["artifacts"], record["case"])
            try:
                record["message"] = "".join(piece if type(piece) is str else subs[piece]
                                            for piece in record["message"])
            except TypeError:  # the artifacts or the case is not a string: named below
                pass
        problem = problem_of(record)
        if problem:
            raise fail(f"records.rows[{i}]", f"the record {problem}")
        yield record


def _seconds(value: Any, steps: list[list[str]], fail: Callable[[str], ResultsError]) -> dict[str, float] | None:
    """A ``seconds`` cell back as the record's ``{step: seconds}`` (``0``: none)."""
    if type(value) is int and value == 0:
        return None
    if type(value) is not list or not value or type(value[0]) is not int:
        raise fail(f"seconds must be 0 or [steps index, microseconds...], not {kind_of(value)}")
    index, times = value[0], value[1:]
    if not 0 <= index < len(steps):
        raise fail(f"seconds steps index {index} is out of range ({len(steps)} tables.steps)")
    names = steps[index]
    if len(times) != len(names):
        raise fail(f"seconds has {len(times)} times for {len(names)} steps (tables.steps[{index}])")
    try:
        return {name: _number_of(t) / 1e6 for name, t in zip(names, times)}
    except TypeError:  # None / 1e6 too
        raise fail("seconds times must be numbers (microseconds)") from None
