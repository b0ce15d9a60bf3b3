"""What ``report`` and ``gate`` read: results files (JSON Lines, a directory of them) or a
report's ``compat.json``, told apart by content; every way a file can be wrong is one
:class:`~harness.results.ResultsError` naming the file, the line and the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from ..results import (
    MAX_DEPTH,
    MAX_LINE_BYTES,
    REGENERATE,
    ResultsError,
    kind_of,
    problem_of,
    too_deep,
)
from .compact import decode

MAX_REPORT_BYTES = 1 << 30
_REPORT_AGAIN = "regenerate it with `python -m harness report`"



def _is_report(data: Any) -> bool:
    return isinstance(data, dict) and "schema" in data and "records" in data


def _not_report(data: Any) -> str:
    return f"is a JSON {kind_of(data)}" + (" without 'schema' and 'records'" if isinstance(data, dict) else "") + \
        ", not a report (compat.json: an object with 'schema' and 'records')"


def _report_in(file: Path, handle: BinaryIO) -> dict[str, Any] | None:
    """The parsed report when ``file`` is one (``compat.json``: one JSON object with ``schema``
    and ``records``, on one line or many), else ``None`` and the file is read as JSON Lines.

    Told by content: a first line that is a record is JSON Lines; one that is a report object,
    or not JSON on its own (``{`` of an indented report), makes the whole file a candidate.
    A candidate that does not parse as a report is JSON Lines after all (whose reading names
    the bad line) unless it is named ``*.json``: then the error is the report's, and so is
    one for a first line that is JSON but no object."""
    where, named = f"results {file}", file.suffix == ".json"
    try:
        head = handle.readline(MAX_LINE_BYTES + 1)
        if not named and not head.lstrip().startswith(b"{"):
            return None
        data: Any = None
        if len(head) <= MAX_LINE_BYTES:
            try:
                text = head.decode("utf-8")
                data = json.loads(text)
            except (ValueError, RecursionError):
                pass  # a report over many lines, or a broken line
            else:
                if not _is_report(data):
                    if named and not isinstance(data, dict):
                        raise ResultsError(f"{where}: {_not_report(data)}; {_REPORT_AGAIN}")
                    return None  # a record: JSON Lines
                if handle.read(MAX_REPORT_BYTES).strip():
                    data = None  # more follows its first line: parse the whole
        if data is None:
            handle.seek(0)
            raw = handle.read(MAX_REPORT_BYTES + 1)
    except OSError:
        return None  # the line-by-line reading says so, naming the line
    if data is None:
        problem: str | None = f"larger than {MAX_REPORT_BYTES >> 30} GiB; no report is that large"
        if len(raw) <= MAX_REPORT_BYTES:
            try:
                text = raw.decode("utf-8")
                data = json.loads(text)
            except UnicodeDecodeError as exc:
                problem = f"not UTF-8 text (byte {exc.start + 1})"
            except RecursionError:
                problem = f"JSON nested more than {MAX_DEPTH} deep; no report is"
            except ValueError as exc:  # JSONDecodeError, and integers too long to convert
                problem = f"not a JSON report ({str(exc)[:200]})"
            else:
                problem = None if _is_report(data) else _not_report(data)
        if problem:
            if named:
                raise ResultsError(f"{where}: {problem}; {_REPORT_AGAIN}")
            return None
    if too_deep(data, text):
        raise ResultsError(f"{where}: JSON nested more than {MAX_DEPTH} deep; no report is — {_REPORT_AGAIN}")
    return data


class _Shared:
    """Makes records share the values they repeat.

    Why: every line of a results file writes out its case's model spec (~900 bytes, ~10 kB as
    Python objects) and both environment fingerprints, while a run has a few dozen specs and a
    few environments; parsed one by one, 100,000 records held 1.4 GB. Equal values (compared
    by their JSON text, so key order too) become one object, which no reader of records
    mutates; the numbers and each record's step times stay its own. The keys are shared too
    (:class:`_Keys`)."""

    _OWN = frozenset({"max_abs_diff", "max_rel_diff", "seconds"})

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def __call__(self, record: dict[str, Any], intern: bool = True) -> dict[str, Any]:
        """``record`` with its repeated values shared (``intern``: a report's records share
        them already, as its tables hold each once) and its keys too."""
        seen = self._seen
        shared = _Keys().__dict__  # a dict like any other, whose key table all records share
        for name, value in record.items():
            if intern and name not in self._OWN:
                if type(value) is str:
                    value = seen.setdefault(value, value)
                elif type(value) in (dict, list) and value:
                    value = seen.setdefault((json.dumps(value),), value)  # a tuple: apart from strings
            shared[name] = value
        return shared


class _Keys:
    """Why: CPython keeps the attribute dicts of one class in a key-sharing table, so a record
    built in its instance's ``__dict__`` costs its values alone (~290 bytes for 22 fields,
    not ~830 as a dict of its own). It is a plain ``dict``; nothing else is kept of the
    instance."""


def _records_of(file: Path, shared: _Shared) -> Iterator[dict[str, Any]]:
    """One file's records; every way it can be wrong is a :class:`ResultsError`."""
    try:
        handle = open(file, "rb")
    except OSError as exc:
        raise ResultsError(f"results {file} cannot be read ({exc.strerror or exc}); "
                           "give a results file or a directory of *.jsonl") from None
    with handle:
        report = _report_in(file, handle)
        if report is not None:
            yield from (shared(record, intern=False) for record in decode(report, f"results {file}"))
            return
        handle.seek(0)
        number = 0
        while True:
            try:
                raw = handle.readline(MAX_LINE_BYTES + 1)
            except OSError as exc:
                raise ResultsError(f"results {file}:{number + 1}: cannot be read ({exc.strerror or exc})") from None
            if not raw:
                return
            number += 1
            where = f"results {file}:{number}"
            if len(raw) > MAX_LINE_BYTES:
                raise ResultsError(f"{where}: the line is longer than {MAX_LINE_BYTES >> 20} MiB; "
                                   f"no record is that large — {REGENERATE}")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ResultsError(f"{where}: not UTF-8 text (byte {exc.start + 1}); {REGENERATE}") from None
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except RecursionError:
                data, deep = None, True
            except ValueError as exc:  # JSONDecodeError, and integers too long to convert
                raise ResultsError(f"{where}: not a JSON record ({str(exc)[:200]}); {REGENERATE}") from None
            else:
                deep = too_deep(data, line)
            if deep:
                raise ResultsError(f"{where}: JSON nested more than {MAX_DEPTH} deep; no record is — "
                                   f"{REGENERATE}")
            problem = problem_of(data)
            if problem:
                raise ResultsError(f"{where}: the record {problem}; {REGENERATE}")
            yield shared(data)


def iter_records(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Records from JSONL files, from every ``*.jsonl`` in a directory, or from a report
    (``compat.json``, schema 2 or 3: :func:`harness.report.compact.decode`), one at a time.

    The files are untrusted input: each line is checked to be a record of the shape the
    reports and the gate read (types of the fields they use) before it is yielded, so that
    no malformed line surfaces later as a traceback or a wrong verdict. Raises
    :class:`ResultsError` naming the file, the line and the field.
    """
    shared = _Shared()
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise ResultsError(f"results {path} does not exist; run `python -m harness verify` first")
        try:
            files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        except OSError as exc:
            raise ResultsError(f"results {path} cannot be listed ({exc.strerror or exc})") from None
        for file in files:
            yield from _records_of(file, shared)


def read_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every record of :func:`iter_records`, in a list (a :class:`ResultsError` on the first
    malformed line: a report of part of a file would read as the whole)."""
    return list(iter_records(paths))
