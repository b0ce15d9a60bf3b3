"""One case of a manifest: typed fields instead of string keys, on both sides.

The saving side builds one per case (:mod:`harness.save.pipeline`) and writes it with
:meth:`CaseEntry.to_json`; the JSON crosses the worker channel and becomes the manifest. The
loading side reads one with :meth:`CaseEntry.of`, only from an entry
:func:`harness.artifacts.untrusted.check_manifest` has checked (or from this run's own worker),
so each field has the type it names. Format adapters (and plugins) are still given the entry
as the manifest holds it (``json``): that mapping is part of their interface.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model.cases import Case
from ..results import MODEL


@dataclass(frozen=True)
class CaseEntry:
    id: str
    source: Mapping[str, Any]
    #: format name → what saving it gave: ``status``, ``files``, and ``message``/``note``/…
    formats: dict[str, dict[str, Any]]
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
    #: the losses of the updates before the save point (a second training must repeat them)
    train_losses: Sequence[float] = ()
    #: why the saving torch could not build, train or run the model (no format saved), if so
    refused: str | None = None
    #: the paths of the reference output tensors ``output.0``, ``output.1``, … in order
    #: (``logits``, ``hidden_states.2``; ``""``: the output is one tensor). None: saved before
    #: harness named them, when dicts were flattened in sorted key order
    outputs: Sequence[str] | None = None
    #: a problem with a user's model that no format can get past (its output holds a cache
    #: object, a string, None: :class:`harness.model.outputs.UncomparableOutput`): no format
    #: was saved, and verifying gives one record about the model (:data:`harness.results.MODEL`)
    problem: str | None = None
    #: the entry as read from a manifest (empty on one the saving side is building)
    json: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> CaseEntry:
        """The typed view of a checked manifest entry."""
        why = data.get("nondeterministic")
        return cls(id=data["id"], source=data["source"], formats=data["formats"], inputs=data.get("inputs"),
                   reference=data.get("reference"), resume=data.get("resume"), audit=tuple(data.get("audit", ())),
                   dtypes=tuple(data.get("dtypes", ())), nondeterministic=why if isinstance(why, str) else None,
                   train_losses=tuple(data.get("train_losses", ())), refused=data.get("refused"),
                   outputs=tuple(data["outputs"]) if "outputs" in data else None, problem=data.get("problem"),
                   json=data)

    def to_json(self) -> dict[str, Any]:
        """The entry as the manifest holds it: a case that was trained lists its losses, audit
        and dtypes (empty or not); what is absent stays absent."""
        data: dict[str, Any] = {"id": self.id, "source": dict(self.source),
                                "formats": {name: dict(saved) for name, saved in self.formats.items()}}
        if self.inputs is not None:
            data.update(inputs=self.inputs, reference=self.reference, train_losses=list(self.train_losses),
                        audit=[dict(finding) for finding in self.audit], dtypes=list(self.dtypes))
        if self.outputs is not None:
            data["outputs"] = list(self.outputs)
        for name in ("resume", "nondeterministic", "refused", "problem"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data

    @property
    def problem_line(self) -> str:
        """The problem with the model as one line naming the factory: what ``save`` prints and the
        message of the record verifying gives."""
        model = self.source.get("factory") if self.source.get("kind") == "factory" else self.id
        return f"model {model} {self.problem}; no format was saved"

    @property
    def cells(self) -> list[str]:
        """What verifying this case records, one cell each: its formats, or for a model with a
        problem the one record about the model (no format was saved)."""
        return [MODEL] if self.problem is not None else list(self.formats)

    @property
    def case(self) -> Case:
        return Case(id=self.id, source=self.source)

    def files(self, fmt: str) -> list[str]:
        """The files the manifest lists for ``fmt`` (none for a format not saved)."""
        return list(self.formats.get(fmt, {}).get("files", []))

    def saved(self, fmt: str) -> bool:
        return self.formats.get(fmt, {}).get("status") == "saved"

    @property
    def lost_state(self) -> list[Mapping[str, Any]]:
        """The audit's findings a ``state_dict`` reload loses: tensors outside ``state_dict`` that
        differ from a fresh build and change the outputs. A finding without ``differs_from_fresh``
        was written before harness compared with a fresh build, and counts as differing."""
        return [finding for finding in self.audit
                if finding["changes_output"] and finding.get("differs_from_fresh", True) is not False]

    @property
    def loses_output_state(self) -> bool:
        """Does the audit find state outside ``state_dict`` that a reload loses and that changes
        the outputs?"""
        return bool(self.lost_state)

    @property
    def judged_json(self) -> Mapping[str, Any]:
        """The entry as format adapters are given it to explain a mismatch: its audit holds only
        the findings a reload loses (a constant rebuilt identically explains nothing)."""
        return {**self.json, "audit": [dict(finding) for finding in self.lost_state]} if self.json else self.json
