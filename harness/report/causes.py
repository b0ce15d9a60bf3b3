"""Causes: what a record's failure is classified as, what a baseline entry is about, and the
keys that group failures of one cause into one finding (DESIGN.md §9).

A record's cause is its ``departure`` (a ``diverged`` resume: the verify side names it from
evidence) or else its ``limitation`` — :func:`record_cause`, the one place that reads them.
A baseline entry is about the cause it names (``cause = "rng_changed"``) or, without one,
the cause its message pattern names (``message = '^rng_changed: '``). An entry covers a
record only when their causes agree: an entry written for a dropout-stream change that
matches a ``numeric_drift`` record does not make it known, it is listed for review.

Messages are grouped without blanking identifiers: a finding's message keeps every number
that all its records share, and blanks (``N``) only those that vary between them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..results import DEPARTURES as _DEPARTURES
from ..results import LIMITATIONS

#: The classes of a ``diverged`` resume record's ``departure`` (harness/results.py, decided by
#: harness/verify/resume.py): ``unexplained`` is what no evidence explained.
DEPARTURES = tuple(_DEPARTURES)
#: Every cause a baseline entry may name.
CAUSES = (*DEPARTURES, *LIMITATIONS)


def record_cause(record: Mapping[str, Any]) -> str | None:
    """The record's classified cause: its departure for a diverged resume record, else its
    limitation (a name harness knows), else None. Records are untrusted: a value that is not
    a known class is no cause."""
    if record.get("check") == "resume" and record.get("status") == "diverged":
        departure = record.get("departure")
        if isinstance(departure, str) and departure in DEPARTURES:
            return departure
    limitation = record.get("limitation")
    return limitation if isinstance(limitation, str) and limitation in LIMITATIONS else None


_NAMED = re.compile(r"(?<![A-Za-z_])(" + "|".join(sorted(CAUSES, key=len, reverse=True)) + r")(?![A-Za-z_])")


def named_causes(entry: Any) -> set[str]:
    """The causes an entry is about: the one it names (``cause``), else those its message
    pattern names (``'^rng_changed: '``); empty when it is about no cause in particular."""
    if getattr(entry, "cause", ""):
        return {entry.cause}
    return set(_NAMED.findall(getattr(entry, "message", "") or ""))


def entry_cause(entry: Any) -> str | None:
    """What an entry is about, in words: its cause or the causes its pattern names, or None."""
    return " or ".join(sorted(named_causes(entry))) or None


def miscaused(entry: Any, record: Mapping[str, Any]) -> str | None:
    """The record's cause when an entry that matches it is about another one (a review item;
    the entry does not make it known), else None. An entry about no cause in particular is
    about none of the departure classes: a departure it matches is miscaused."""
    cause = record_cause(record)
    if cause is None:
        return None
    about = named_causes(entry)
    if not about:
        return cause if cause in DEPARTURES else None
    return cause if cause not in about else None


# --- messages ---------------------------------------------------------------------------------

_PATH = re.compile(r"(?:/[^\s/()'\"]+){2,}")
#: A number standing alone: not part of an identifier (GPT2Config, gpt2, cu124) or a hex word.
_NUMBER = re.compile(r"(?<![A-Za-z_0-9])[-+]?\d+(?:\.\d+)*(?:e[-+]?\d+)?(?![A-Za-z_0-9])")
#: A quoted name: the opening quote follows no letter (the apostrophe of "Can't" opens nothing).
_QUOTED = re.compile(r"(?<![A-Za-z])(['\"`])([^'\"`\s]{1,200})\1")
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
_EXCEPTION = re.compile(r"^([A-Z]\w*(?:Error|Exception|Warning|Unsupported)?):\s")


def first_line(message: str) -> str:
    return (message.splitlines() or [""])[0]


def shown(message: str) -> str:
    """The message's first line as a finding shows it: paths blanked (they name a run's
    directories), everything else as written; at most 160 characters."""
    return _PATH.sub("…", first_line(message)).strip()[:160]


def message_key(message: str) -> str:
    """The message's first line with paths and standalone numbers blanked (never a digit
    inside an identifier or module name): one class for messages that differ only by a file,
    a value, a case or a version."""
    return _NUMBER.sub("N", shown(message))


def identifiers(message: str) -> tuple[str, ...]:
    """The exception type and the module-qualified or quoted names of a message's first line."""
    line = first_line(message)
    kind = _EXCEPTION.match(line)
    names = {name for _, name in _QUOTED.findall(line) if re.fullmatch(r"[A-Za-z_][\w.]*", name)}
    names |= set(_DOTTED.findall(line))
    return ((kind.group(1),) if kind else ("",)) + tuple(sorted(names))


def cause_key(record: Mapping[str, Any]) -> tuple:
    """What a new failure's finding is keyed by (beside its check): its classified cause; else
    its exception type with the qualified names it cites (messages of one cause that differ in
    wording or values); else its message with standalone numbers blanked."""
    cause = record_cause(record)
    if cause:
        return ("cause", cause)
    message = str(record.get("message", ""))
    names = identifiers(message)
    if names[0] and len(names) > 1:
        return ("names", record["status"], names)
    return ("message", record["status"], message_key(message))


class Wording:
    """A finding's message, kept as it reads: the first member's first line, with a standalone
    number blanked only where another member has another number there; a member worded
    otherwise (one cause, other words) is counted, not merged into the text."""

    def __init__(self, message: str) -> None:
        self.parts = _NUMBER.split(shown(message))
        self.numbers: list[str | None] = _NUMBER.findall(shown(message))
        self.others: set[tuple[str, ...]] = set()

    def add(self, message: str) -> None:
        line = shown(message)
        if (parts := _NUMBER.split(line)) != self.parts:
            self.others.add(tuple(parts))
            return
        self.numbers = [n if n == m else None for n, m in zip(self.numbers, _NUMBER.findall(line))]

    def text(self) -> str:
        out = [self.parts[0]]
        for number, part in zip(self.numbers, self.parts[1:]):
            out += ["N" if number is None else number, part]
        return "".join(out) + (f" (and {len(self.others)} other wordings)" if self.others else "")


def saved_everywhere(failed: Sequence[str], tried: Sequence[str]) -> bool:
    """Did a format fail to save a model in every release where it was tried?"""
    return bool(tried) and set(tried) <= set(failed)


def limitations_by_cause(expected: Mapping[tuple[str, str, str], Mapping[Any, int]]) -> list[tuple[str, list[str], int, int]]:
    """The expected differences one line per limitation: (limitation, "format / check" of each
    place it shows, checks, pairs) — one sentence said once, not once per format and check."""
    grouped: dict[str, list[tuple[str, str, Mapping[Any, int]]]] = {}
    for (limitation, fmt, check), pairs in sorted(expected.items()):
        grouped.setdefault(limitation, []).append((fmt, check, pairs))
    return [(limitation, [f"{fmt} / {check}" for fmt, check, _ in places],
             sum(sum(pairs.values()) for _, _, pairs in places),
             len({pair for _, _, pairs in places for pair in pairs}))
            for limitation, places in grouped.items()]
