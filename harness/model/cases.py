"""A case — one model under test, named the same way in every environment — without torch.

The supervising processes (``save``, ``verify``) handle cases as plain data and leave
importing torch to their workers; this module must stay free of torch imports.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Mapping

from ..errors import HarnessError
from .spec import ModelSpec


class FactoryError(HarnessError, RuntimeError):
    """A ``--model`` factory that cannot be imported or does not return a module."""

    #: The factory's module or function is not there at all (with a git ref's code: the ref has
    #: no such model yet, or no longer — a fact about that version, not a mistake in the run).
    absent = False


class AbsentFactory(FactoryError):
    absent = True


@dataclass(frozen=True)
class Case:
    """One model under test, identified the same way in every environment."""

    id: str
    source: Mapping[str, Any]

    @property
    def spec(self) -> ModelSpec | None:
        if self.source.get("kind") == "spec":
            return ModelSpec.from_json(self.source["spec"])
        return None

    @property
    def label(self) -> str:
        return self.source.get("factory") or self.id


def spec_case(spec: ModelSpec) -> Case:
    return Case(id=spec.id, source={"kind": "spec", "spec": spec.to_json()})


def factory_case(reference: str) -> Case:
    """A case for ``package.module:function``; validates the reference's form up front."""
    module, sep, function = reference.partition(":")
    if not sep or not module or not function:
        raise FactoryError(f"--model {reference!r}: expected PACKAGE.MODULE:FUNCTION")
    digest = hashlib.sha256(reference.encode()).hexdigest()[:8]
    safe = "".join(c if c.isalnum() else "_" for c in function)[:24]
    return Case(id=f"model-{safe}-{digest}", source={"kind": "factory", "factory": reference})
