"""Baseline ``message`` patterns, matched in time linear in the message (RE2).

Why: a baseline and a results file are both untrusted, and Python's backtracking ``re``
takes exponential time on some patterns (``^(a+)+$``) and polynomial time on others
(``.*a.*b.*c.*d`` is n⁴ on a long message without ``d``); a baseline entry could stall the
gate on a message built for it. RE2 (``google-re2``, Google's automaton matcher) guarantees
time linear in the message for every pattern it accepts, so the bound holds by construction
rather than by judging how a pattern is written. What RE2 cannot do in linear time —
lookaround (``(?=…)``, ``(?<!…)``) and backreferences (``\\1``) — it refuses, and so does the
gate, when the baseline is loaded, naming the entry.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # RE2 logs a refused pattern to the process's stderr otherwise


class PatternError(ValueError):
    """A pattern RE2 does not accept; the message says why in RE2's words."""


@lru_cache(maxsize=1024)
def compiled(pattern: str) -> Any:
    """The pattern compiled once (entries are matched against every failing record)."""
    try:
        return re2.compile(pattern, options=_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        reason = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        raise PatternError(reason) from None


def search(pattern: str, text: str) -> bool:
    """Does ``pattern`` occur in ``text``? (``re.search`` semantics, RE2's time bound.)"""
    return compiled(pattern).search(text) is not None
