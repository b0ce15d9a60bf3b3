"""What adapters raise when a load or save cannot go on: the vocabulary the verifier maps to
outcomes (:mod:`harness.verify.pipeline`).

A module of its own so that what a format's file reader needs (the checkpoint file is read
by the base class's default ``training_state`` and by the checkpoint format) imports no
adapter and no base class.
"""

from __future__ import annotations


class ArtifactLoadError(RuntimeError):
    """A load that failed for a reason the adapter can name precisely."""


class LimitedLoad(ArtifactLoadError):
    """A load that failed for a known limitation (a key of :data:`harness.results.LIMITATIONS`),
    which the adapter can tell from the files: a named finding, not an unexplained failure."""

    def __init__(self, message: str, limitation: str) -> None:
        super().__init__(message)
        self.limitation = limitation


class NeedsTrust(ArtifactLoadError):
    """The file loads only by unpickling arbitrary objects, and the user did not opt in."""


class CannotExpress(Exception):
    """The format cannot express this model: recorded as ``unsupported``, with the known
    limitation (a key of :data:`harness.results.LIMITATIONS`) that explains it."""

    def __init__(self, reason: str, limitation: str | None = None) -> None:
        super().__init__(reason)
        self.reason, self.limitation = reason, limitation
