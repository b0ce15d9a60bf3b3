"""The one base of the errors that describe a user's mistake, not a harness bug.

The CLI (and a worker answering a request) turns exactly these into one line and exit
status 2; anything else is a bug and keeps its traceback. So an error class whose message
tells the user what to change derives from :class:`HarnessError`, and code never raises a
bare built-in error (a ``FileNotFoundError``, a ``ValueError``) for a user's input: one from a
bug would read as the user's mistake. A subclass may keep a built-in second base where code
catches it by that one (``UnknownName`` is still a ``KeyError``).
"""

from __future__ import annotations


class HarnessError(Exception):
    """A user's mistake or an environment that cannot do what was asked; ``args[0]`` is the
    whole message, one line that says what to do."""
