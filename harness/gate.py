"""The upgrade gate: a run's failures against a human-edited baseline of known incompatibilities.

A team records what it already knows to be broken — each entry with the cause,
optionally an expiry date and a link — and the gate fails only on what is new.
Entries match records by format, check, status, saved-in and loaded-in torch
version ranges (PEP 440 specifiers) and a pattern searched in the message. An
expired entry no longer covers anything; an entry that covered nothing is
reported as stale so the baseline does not rot.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from .report.summary import dedupe, pair_of
from .results import STATUSES, is_failure

BASELINE_SCHEMA = 1
FIELDS = ("format", "check", "status", "saved", "loaded", "message", "reason", "expires", "link")


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Entry:
    """One known incompatibility. ``format``/``check``/``status`` take shell-style patterns,
    ``saved``/``loaded`` PEP 440 specifiers (empty: any version), ``message`` a regular
    expression searched in the record's message."""

    reason: str
    format: str = "*"
    check: str = "*"
    status: str = "*"
    saved: str = ""
    loaded: str = ""
    message: str = ""
    expires: date | None = None
    link: str = ""
    index: int = field(default=0, compare=False)

    def label(self) -> str:
        where = " ".join(f"{k}={getattr(self, k)!r}" for k in ("format", "check", "status", "saved", "loaded",
                                                              "message") if getattr(self, k) not in ("", "*"))
        return f"entry {self.index + 1} ({where})"

    def about(self, saved: str, loaded: str) -> bool:
        """Is this entry about the pair (saved-in, loaded-in torch versions) at all?"""
        return _in(saved, self.saved) and _in(loaded, self.loaded)

    def matches(self, record: Mapping[str, Any]) -> bool:
        saved, loaded = pair_of(record)
        return (fnmatchcase(record["format"], self.format) and fnmatchcase(record["check"], self.check)
                and fnmatchcase(record["status"], self.status) and _in(saved, self.saved)
                and _in(loaded, self.loaded) and re.search(self.message, record["message"]) is not None)


def _in(version: str, specifiers: str) -> bool:
    if not specifiers:
        return True
    try:
        return Version(version) in SpecifierSet(specifiers)
    except InvalidVersion:
        return False


def load_baseline(path: Path) -> list[Entry]:
    """Parse a baseline TOML file (``[[known]]`` tables), refusing unknown keys by name."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"baseline {path} does not exist; create one with --write-baseline") from None
    except tomllib.TOMLDecodeError as exc:
        raise BaselineError(f"baseline {path} is not valid TOML: {exc}") from None
    if data.get("schema", BASELINE_SCHEMA) != BASELINE_SCHEMA:
        raise BaselineError(f"baseline {path} has schema {data.get('schema')!r}; this harness reads {BASELINE_SCHEMA}")
    entries = []
    for index, raw in enumerate(data.get("known", [])):
        where = f"baseline {path}, [[known]] entry {index + 1}"
        unknown = sorted(set(raw) - set(FIELDS))
        if unknown:
            raise BaselineError(f"{where}: unknown keys {unknown}; known: {', '.join(FIELDS)}")
        if not str(raw.get("reason", "")).strip():
            raise BaselineError(f"{where}: every entry needs a reason (the real cause)")
        if raw.get("status", "*") != "*" and raw["status"] not in STATUSES:
            raise BaselineError(f"{where}: status {raw['status']!r} is not one of {', '.join(STATUSES)}")
        for key in ("saved", "loaded"):
            try:
                SpecifierSet(raw.get(key, ""))
            except InvalidSpecifier:
                raise BaselineError(f"{where}: {key} = {raw[key]!r} is not a version range like '==2.1.*'") from None
        try:
            re.compile(raw.get("message", ""))
        except re.error as exc:
            raise BaselineError(f"{where}: message is not a regular expression ({exc})") from None
        expires = raw.get("expires")
        if expires is not None and not isinstance(expires, date):
            raise BaselineError(f"{where}: expires must be a TOML date like 2027-01-31")
        entries.append(Entry(index=index, **{k: v for k, v in raw.items()}))
    return entries


@dataclass
class GateResult:
    new: list[Mapping[str, Any]]                       # failures no live entry covers
    covered: dict[int, list[Mapping[str, Any]]]        # entry index → failures it matches
    stale: list[Entry]                                 # live entries that covered nothing
    expired: list[Entry]                               # entries past their date (they cover nothing)

    @property
    def ok(self) -> bool:
        return not self.new


def run_gate(records: Iterable[Mapping[str, Any]], entries: Sequence[Entry], today: date) -> GateResult:
    """Every failing record is covered by the live entries that match it, or is new."""
    live = [e for e in entries if e.expires is None or e.expires >= today]
    expired = [e for e in entries if e not in live]
    covered: dict[int, list[Mapping[str, Any]]] = {e.index: [] for e in live}
    new = []
    pairs = set()
    for record in dedupe(list(records)):
        pairs.add(pair_of(record))
        if not is_failure(record):
            continue
        matching = [e for e in live if e.matches(record)]
        for entry in matching:
            covered[entry.index].append(record)
        if not matching:
            new.append(record)
    # stale: covered nothing although the run had a pair it is about (entries about versions
    # this run did not have are not judged)
    stale = [e for e in live if not covered[e.index] and any(e.about(*pair) for pair in pairs)]
    return GateResult(new=new, covered=covered, stale=stale, expired=expired)


def describe(record: Mapping[str, Any]) -> str:
    """One line for a new incompatibility."""
    saved, loaded = pair_of(record)
    return (f"{record['format']}/{record['check']} {record['status']} {saved} → {loaded} "
            f"case {record['case']}: {record['message'].splitlines()[0][:160]}")


def _minor(version: str) -> str:
    parts = version.split(".")
    return f"=={parts[0]}.{parts[1]}.*" if len(parts) >= 2 else f"=={version}"


def _pattern(message: str) -> str:
    """A message pattern for a bootstrapped entry: the words before the first number or quote."""
    head = re.split(r"[0-9'\"(]", message.splitlines()[0], maxsplit=1)[0][:80].rstrip()
    return "^" + re.escape(head) if head else ""


def bootstrap(records: Iterable[Mapping[str, Any]]) -> str:
    """A baseline (TOML text) covering every failure of a run, one entry per failure class."""
    groups: dict[tuple, int] = {}
    for record in dedupe(list(records)):
        if is_failure(record):
            saved, loaded = pair_of(record)
            key = (record["format"], record["check"], record["status"], _minor(saved), _minor(loaded),
                   _pattern(record["message"]))
            groups[key] = groups.get(key, 0) + 1
    lines = ["# Known incompatibilities: the gate fails only on failures no entry here covers.",
             "# Each entry: state the real cause in `reason`; add `expires = YYYY-MM-DD` and `link` as needed.",
             f"schema = {BASELINE_SCHEMA}", ""]
    for (fmt, check, status, saved, loaded, pattern), count in sorted(groups.items()):
        lines += ["[[known]]", f"format = {_toml(fmt)}", f"check = {_toml(check)}", f"status = {_toml(status)}",
                  f"saved = {_toml(saved)}", f"loaded = {_toml(loaded)}", f"message = {_toml(pattern)}",
                  f"reason = {_toml(f'TODO: the cause ({count} checks in the run this was written from)')}", ""]
    return "\n".join(lines)


def _toml(text: str) -> str:
    """A TOML literal string when possible (no escapes to think about), else a basic string."""
    if "'" not in text and "\n" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
