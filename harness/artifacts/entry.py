"""One case of a manifest, as the loading side reads it: typed fields instead of string keys.

Built only from an entry :func:`harness.artifacts.untrusted.check_manifest` has checked, so
each field has the type it names. Format adapters (and plugins) are still given the entry as
the manifest holds it (``json``): that mapping is part of their interface.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model.cases import Case


@dataclass(frozen=True)
class CaseEntry:
    id: str
    source: Mapping[str, Any]
    #: format name → what saving it gave: ``status``, ``files``, and ``message``/``note``/…
    formats: Mapping[str, Mapping[str, Any]]
    #: the inputs and reference outputs files (none: the saving torch could not run the model)
    inputs: str | None = None
    reference: str | None = None
    #: the reference training run after the save point (none: no recipe)
    resume: Mapping[str, Any] | None = None
    #: state ``state_dict`` misses (the saving side's audit)
    audit: Sequence[Mapping[str, Any]] = ()
    #: dtypes parts of the model compute in, besides its parameters'
    dtypes: Sequence[str] = ()
    #: why the saving torch trained this model nondeterministically, if it did
    nondeterministic: str | None = None
    json: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> CaseEntry:
        """The typed view of a checked manifest entry."""
        why = data.get("nondeterministic")
        return cls(id=data["id"], source=data["source"], formats=data["formats"], inputs=data.get("inputs"),
                   reference=data.get("reference"), resume=data.get("resume"), audit=tuple(data.get("audit", ())),
                   dtypes=tuple(data.get("dtypes", ())), nondeterministic=why if isinstance(why, str) else None,
                   json=data)

    @property
    def case(self) -> Case:
        return Case(id=self.id, source=self.source)

    def files(self, fmt: str) -> list[str]:
        """The files the manifest lists for ``fmt`` (none for a format not saved)."""
        return list(self.formats.get(fmt, {}).get("files", []))

    def saved(self, fmt: str) -> bool:
        return self.formats.get(fmt, {}).get("status") == "saved"

    @property
    def loses_output_state(self) -> bool:
        """Does the audit find state outside ``state_dict`` that changes the outputs?"""
        return any(finding["changes_output"] for finding in self.audit)
