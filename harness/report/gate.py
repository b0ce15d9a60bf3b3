"""The upgrade gate: a run's failures against a human-edited baseline of known incompatibilities.

A team records what it already knows to be broken — each entry with the cause,
optionally an expiry date and a link — and the gate fails only on what is new.
Entries match records by format, check, status, saved-in and loaded-in torch
version ranges (PEP 440 specifiers) and a pattern searched in the message. An
expired entry no longer covers anything; an entry that covered nothing is
reported as stale so the baseline does not rot.

Both inputs are untrusted and the gate fails closed: a baseline field of the wrong type is
a :class:`BaselineError` naming the entry and the field, as is a message pattern RE2 refuses
(patterns are matched in time linear in the message: :mod:`.patterns`); an entry that matches every failure, however it is written,
is reported as broad (:mod:`.catchall`); a status the harness does not know is a failure no wildcard
covers (and no entry can name it, so it is always new); and when the results hold records
of one check that disagree (a pass and a mismatch), every one of them is judged, not only
the last.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import tomllib
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from ..errors import HarnessError
from ..results import STATUSES, is_failure, is_model_problem
from .catchall import every_release, known_checks, known_formats, matches_all
from .causes import CAUSES, entry_cause, miscaused, record_cause
from .libraries import change_text
from .patterns import PatternError, compiled, search
from .problems import ModelProblem, Problems
from .spool import spool
from .summary import pair_of

BASELINE_SCHEMA = 1
FIELDS = ("format", "check", "status", "saved", "loaded", "message", "cause", "reason", "action", "expires", "link")
#: Fields that hold text (all but ``expires``, a TOML date).
TEXT_FIELDS = tuple(f for f in FIELDS if f != "expires")
TOP_LEVEL = ("schema", "known")


class BaselineError(HarnessError, ValueError):
    """A baseline file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Entry:
    """One known incompatibility. ``format``/``check``/``status`` take shell-style patterns,
    ``saved``/``loaded`` PEP 440 specifiers (empty: any version), ``message`` a regular
    expression searched in the record's message (RE2: :mod:`.patterns`)."""

    reason: str
    format: str = "*"
    check: str = "*"
    status: str = "*"
    saved: str = ""
    loaded: str = ""
    message: str = ""
    cause: str = ""                      # the cause class it covers (a departure or a limitation)
    action: str = ""                     # what to change (the upgrade plan shows it), when the team knows
    expires: date | None = None
    link: str = ""
    index: int = field(default=0, compare=False)

    def label(self) -> str:
        where = " ".join(f"{k}={getattr(self, k)!r}" for k in ("format", "check", "status", "saved", "loaded",
                                                              "message", "cause")
                         if getattr(self, k) not in ("", "*"))
        return f"entry {self.index + 1} ({where or 'no field narrows it'})"

    @property
    def broad(self) -> bool:
        """Does this entry match every failure? Then the gate cannot fail on anything. Judged by
        what each field matches, not how it is spelled (:mod:`.catchall`): patterns that match
        every known format, check and status, ranges every torch release falls in, and a
        message regex the empty string meets. Cheap fields first: the formats import torch."""
        if self.cause or not search(self.message, "") or not matches_all(self.status, STATUSES):
            return False
        if not (every_release(self.saved) and every_release(self.loaded)):
            return False
        return all(matches_all(pattern, None) or matches_all(pattern, names())
                   for pattern, names in ((self.format, known_formats), (self.check, known_checks)))

    def about(self, saved: str, loaded: str) -> bool:
        """Is this entry about the pair (saved-in, loaded-in torch versions) at all?"""
        return _in(saved, self.saved) and _in(loaded, self.loaded)

    def matches(self, record: Mapping[str, Any]) -> bool:
        saved, loaded = pair_of(record)
        status = record["status"]  # a status the harness does not know is covered only by name, never by "*"
        return (fnmatchcase(record["format"], self.format) and fnmatchcase(record["check"], self.check)
                and (fnmatchcase(status, self.status) if status in STATUSES else status == self.status)
                and _in(saved, self.saved)
                and _in(loaded, self.loaded) and search(self.message, record["message"])
                and (not self.cause or record_cause(record) == self.cause))


def _in(version: str, specifiers: str) -> bool:
    if not specifiers:
        return True
    try:
        return Version(version) in SpecifierSet(specifiers)
    except InvalidVersion:
        return False


def load_baseline(path: Path) -> list[Entry]:
    """Parse a baseline TOML file (``[[known]]`` tables), refusing unknown keys and values of
    the wrong type by name: the file is untrusted, and a silently ignored typo would cover
    (or stop covering) failures nobody reviewed."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"baseline {path} does not exist; create one with --write-baseline") from None
    except IsADirectoryError:
        raise BaselineError(f"baseline {path} is a directory; give the TOML file of known incompatibilities") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"baseline {path} is not UTF-8 text (byte {exc.start + 1}); save it as UTF-8") from None
    except OSError as exc:
        raise BaselineError(f"baseline {path} cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise BaselineError(f"baseline {path} is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - set(TOP_LEVEL))
    if unknown:
        raise BaselineError(f"baseline {path}: unknown top-level keys {unknown}; known: {', '.join(TOP_LEVEL)}")
    schema = data.get("schema", BASELINE_SCHEMA)
    if type(schema) is not int or schema != BASELINE_SCHEMA:
        raise BaselineError(f"baseline {path} has schema {schema!r}; this harness reads {BASELINE_SCHEMA} "
                            f"(write `schema = {BASELINE_SCHEMA}`)")
    known = data.get("known", [])
    if not isinstance(known, list) or not all(isinstance(raw, dict) for raw in known):
        raise BaselineError(f"baseline {path}: `known` must be an array of tables, each written as a "
                            "[[known]] section")
    return [_entry(raw, index, f"baseline {path}, [[known]] entry {index + 1}") for index, raw in enumerate(known)]


def _entry(raw: Mapping[str, Any], index: int, where: str) -> Entry:
    """One ``[[known]]`` table as an :class:`Entry`, or a :class:`BaselineError` naming the field."""
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise BaselineError(f"{where}: unknown keys {unknown}; known: {', '.join(FIELDS)}")
    for key in TEXT_FIELDS:
        if key in raw and not isinstance(raw[key], str):
            raise BaselineError(f"{where}: {key} must be a string (in quotes), not {type(raw[key]).__name__} "
                                f"{_short(raw[key])}")
    if not raw.get("reason", "").strip():
        raise BaselineError(f"{where}: every entry needs a reason (the real cause)")
    if raw.get("status", "*") != "*" and raw["status"] not in STATUSES:
        raise BaselineError(f"{where}: status {raw['status']!r} is not one of {', '.join(STATUSES)} or '*'")
    for key in ("saved", "loaded"):
        try:
            SpecifierSet(raw.get(key, ""))
        except InvalidSpecifier:
            raise BaselineError(f"{where}: {key} = {raw[key]!r} is not a version range like '==2.1.*'") from None
    if raw.get("cause", "") and raw["cause"] not in CAUSES:
        raise BaselineError(f"{where}: cause {_short(raw['cause'])} is not a cause harness classifies; "
                            f"known: {', '.join(CAUSES)}")
    try:
        re.compile(raw.get("message", ""))
    except (re.error, RecursionError, OverflowError) as exc:
        raise BaselineError(f"{where}: message is not a regular expression ({exc})") from None
    try:
        compiled(raw.get("message", ""))
    except PatternError as exc:
        raise BaselineError(f"{where}: message {_short(raw['message'])} needs what RE2 cannot match in time "
                            f"linear in the message ({exc}); the gate uses RE2, which has no lookaround or "
                            "backreferences: write the pattern without them") from None
    expires = raw.get("expires")
    # a TOML date-time is a datetime (a date subclass) that cannot be compared with today's date
    if expires is not None and (not isinstance(expires, date) or isinstance(expires, datetime)):
        raise BaselineError(f"{where}: expires must be a TOML date like 2027-01-31, not {_short(expires)}")
    return Entry(index=index, **dict(raw))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def plain(value: Any) -> str:
    """A record- or baseline-derived string for a terminal line: control characters, line
    breaks and other invisible characters as escapes, so no value can recolour the terminal,
    rewrite the line or add a line of its own."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(value))


#: How many new records a gate result keeps whole (every one is counted and has its line).
NEW_KEPT = 1000


@dataclass
class GateResult:
    new: list[Mapping[str, Any]]                       # failures no live entry covers (the first NEW_KEPT)
    covered: dict[int, int]                            # entry index → failures it covers
    stale: list[Entry]                                 # live entries that covered nothing
    expired: list[Entry]                               # entries past their date (they cover nothing)
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # checks whose records disagree (the first kept)
    broad: list[Entry] = field(default_factory=list)   # live entries that match every failure
    problems: list[ModelProblem] = field(default_factory=list)  # with the models, one per factory
    # entry index → {cause: records}: an entry matched records whose classified cause is not
    # the one it is about (it does not cover them: a review item, like a stale entry)
    miscaused: dict[int, dict[str, int]] = field(default_factory=dict)
    new_count: int = 0                                 # every new failure
    known: int = 0                                     # failures some live entry covers
    conflict_count: int = 0                            # every check whose records disagree
    lines: Any = None                                  # a text file of every new failure's line

    @property
    def ok(self) -> bool:
        return not self.new_count and not self.problems

    def new_lines(self) -> Iterator[str]:
        """:func:`describe` of every new failure, in the order judged."""
        if self.lines is None:
            yield from (describe(record) for record in self.new)
            return
        self.lines.seek(0)
        yield from (line.rstrip("\n") for line in self.lines)


class Judge:
    """The gate's verdict, one judged record at a time (:meth:`.passes.Results.walk`): counts,
    the first :data:`NEW_KEPT` new records, and every new record's line in a temporary file,
    so a million failures cost their lines on disk, not their records in memory."""

    def __init__(self, entries: Sequence[Entry], today: date) -> None:
        self.entries = entries
        self.live = live_entries(entries, today)
        self.covered: dict[int, int] = {e.index: 0 for e in self.live}
        self.new: list[Mapping[str, Any]] = []
        self.new_count = self.known = 0
        self.pairs: set[tuple[str, str]] = set()
        self.formats: set[str] = set()
        self.problems = Problems()
        self.miscausing: dict[int, dict[str, int]] = {}
        self.lines = spool(text=True)

    def add(self, record: Mapping[str, Any]) -> None:
        if is_model_problem(record):  # the model's, not a format's: no entry covers it, it always fails
            self.problems.add(record)
            return
        self.pairs.add(pair_of(record))
        self.formats.add(str(record["format"]))
        if not is_failure(record):
            return
        matching = covering(record, self.live)
        for entry in matching:
            self.covered[entry.index] += 1
        for entry, cause in miscaused_by(record, self.live):
            counts = self.miscausing.setdefault(entry.index, {})
            counts[cause] = counts.get(cause, 0) + 1
        if matching:
            self.known += 1
            return
        self.new_count += 1
        if len(self.new) < NEW_KEPT:
            self.new.append(record)
        self.lines.write(describe(record).replace("\n", " ") + "\n")

    def result(self, conflicts: Sequence[dict[str, Any]] = (), conflict_count: int = 0) -> GateResult:
        # stale: covered nothing although the run had a pair and a format it is about (entries about
        # versions or formats this run did not have — a probe's entries in a matrix run — are not judged)
        live = self.live
        stale = [e for e in live if not self.covered[e.index] and e.index not in self.miscausing
                 and any(e.about(*pair) for pair in self.pairs)
                 and any(fnmatchcase(fmt, e.format) for fmt in self.formats)]
        return GateResult(new=self.new, covered=self.covered, stale=stale,
                          expired=[e for e in self.entries if e not in live], conflicts=list(conflicts),
                          broad=[e for e in live if e.broad], problems=self.problems.grouped(),
                          miscaused=self.miscausing, new_count=self.new_count, known=self.known,
                          conflict_count=conflict_count or len(conflicts), lines=self.lines)


def live_entries(entries: Sequence[Entry], today: date) -> list[Entry]:
    """The entries that cover failures on ``today``: an expired entry covers nothing."""
    return [e for e in entries if e.expires is None or e.expires >= today]


def covering(record: Mapping[str, Any], live: Sequence[Entry]) -> list[Entry]:
    """The live entries that cover a failing record (none: it is new): those that match it and
    are about its cause (:mod:`.causes`). The gate and the reports both ask this, so they agree
    record for record."""
    return [e for e in live if e.matches(record) and not miscaused(e, record)]


def miscaused_by(record: Mapping[str, Any], live: Sequence[Entry]) -> list[tuple[Entry, str]]:
    """The live entries that match a failing record but are about another cause, each with the
    record's cause: they do not cover it, and the gate lists them for review."""
    return [(e, cause) for e in live if e.matches(record) and (cause := miscaused(e, record))]


def describe_miscaused(entry: Entry, causes: Mapping[str, int]) -> str:
    """One review line for an entry that matched records of another cause than its own."""
    about = entry_cause(entry) or "no cause in particular"
    found = ", ".join(f"{n} records whose cause is {cause}" for cause, n in sorted(causes.items()))
    return plain(f"{entry.label()} (about {about}) matched {found}: it does not cover them; give it the "
                 "`cause` it is about, or add an entry for theirs")


def run_gate(records: Any, entries: Sequence[Entry], today: date) -> GateResult:
    """Every failing record is covered by the live entries that match it, or is new. ``records``:
    a list, or :class:`~harness.report.passes.Results` (read in two passes, held by none)."""
    from .passes import Results

    results = Results.of(records)
    judge = Judge(entries, today)
    for record in results.judged():
        judge.add(record)
    return judge.result(results.conflicts, results.conflict_count)


def _first_line(message: str) -> str:
    return (message.splitlines() or [""])[0]


def describe(record: Mapping[str, Any]) -> str:
    """One line for a new incompatibility (every value made printable: see :func:`plain`), with
    the models' libraries whose versions differ between the two sides: a pair is never shown
    as torch's alone when a library changed in it too."""
    saved, loaded = pair_of(record)
    libraries = change_text(record)
    return plain(f"{record['format']}/{record['check']} {record['status']} {saved} → {loaded}"
                 f"{f' with {libraries}' if libraries else ''} case {record['case']}: "
                 f"{_first_line(record['message'])[:160]}")


def describe_conflict(conflict: Mapping[str, Any]) -> str:
    """One line for a check whose records disagree."""
    return plain(f"{conflict['format']}/{conflict['check']} {conflict['saved']} → {conflict['loaded']} "
                 f"case {conflict['case']}: statuses {', '.join(conflict['statuses'])} in the results; "
                 "each was judged")


def _minor(version: str) -> str:
    parts = version.split(".")
    return f"=={parts[0]}.{parts[1]}.*" if len(parts) >= 2 else f"=={version}"


def _pattern(message: str) -> str:
    """A message pattern for a bootstrapped entry: the words before the first number or quote."""
    head = re.split(r"[0-9'\"(]", _first_line(message), maxsplit=1)[0][:80].rstrip()
    return "^" + re.escape(head) if head else ""


def bootstrap(records: Any) -> str:
    """A baseline (TOML text) covering every failure of a run, one entry per failure class."""
    from .passes import Results

    groups: dict[tuple, int] = {}
    for record in Results.of(records).judged():
        if is_failure(record) and not is_model_problem(record):  # a model's problem is fixed, not known
            saved, loaded = pair_of(record)
            key = (record["format"], record["check"], record["status"], _minor(saved), _minor(loaded),
                   _pattern(record["message"]), record_cause(record) or "")
            groups[key] = groups.get(key, 0) + 1
    lines = ["# Known incompatibilities: the gate fails only on failures no entry here covers.",
             "# Each entry: state the real cause in `reason`; add `expires = YYYY-MM-DD` and `link` as needed.",
             f"schema = {BASELINE_SCHEMA}", ""]
    for (fmt, check, status, saved, loaded, pattern, cause), count in sorted(groups.items()):
        lines += ["[[known]]", f"format = {_toml(fmt)}", f"check = {_toml(check)}", f"status = {_toml(status)}",
                  f"saved = {_toml(saved)}", f"loaded = {_toml(loaded)}", f"message = {_toml(pattern)}",
                  *([f"cause = {_toml(cause)}"] if cause else []),
                  f"reason = {_toml(f'TODO: the cause ({count} checks in the run this was written from)')}", ""]
    return "\n".join(lines)


def _toml(text: str) -> str:
    """A TOML literal string when possible (no escapes to think about), else a basic string
    with every character TOML does not allow raw (control characters, lone surrogates) escaped."""
    if "'" not in text and all(c.isprintable() for c in text):
        return f"'{text}'"
    return '"' + "".join(_TOML_ESCAPES.get(c) or _toml_char(c) for c in text) + '"'


def _toml_char(c: str) -> str:
    if 0xD800 <= ord(c) <= 0xDFFF:  # a lone surrogate is no Unicode scalar value: TOML has no escape for it
        return "\\ufffd"
    if c.isprintable():
        return c
    return f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"


_TOML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
