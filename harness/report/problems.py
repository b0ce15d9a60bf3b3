"""Problems with a team's models, once per factory: not incompatibilities of any format.

A factory whose output harness cannot compare (a cache object, a string, ``None``) has
nothing saved, and every pair it is verified in gives one record about the model
(:data:`harness.results.MODEL`). Shown per format and pair, that one fix in the team's code
would read as hundreds of "new incompatibilities"; here the records of one factory become
one problem, which every report shows once under "Problems with your models" and the gate
fails on with one line. A problem is never a grid cell, a finding, or something a baseline
entry covers: no torch version is to blame for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .summary import pair_of, version_key

HEADING = "Problems with your models"
PROBLEMS_NOTE = ("Nothing of these models was saved, so no format was compared: each line names what the model "
                 "returns that harness cannot compare, and the fix, in the model's code. They are not "
                 "incompatibilities of torch or of a format, no baseline entry covers them, and `harness gate` "
                 "fails on each.")


@dataclass
class ModelProblem:
    model: str                                          # the factory, PACKAGE.MODULE:FUNCTION (or the case id)
    messages: Counter = field(default_factory=Counter)  # message → records
    saved: set = field(default_factory=set)             # the saving torch versions it showed in
    pairs: set = field(default_factory=set)             # (saved, loaded)
    cases: set = field(default_factory=set)

    @property
    def message(self) -> str:
        return self.messages.most_common(1)[0][0] if self.messages else ""

    def line(self) -> str:
        """"model team.models:gpt2 returns a DynamicCache at past_key_values: …; no format was saved (when
        saved in torch 2.4.1; 3 pairs)"."""
        saved = ", ".join(sorted(self.saved, key=version_key))
        others = len(self.messages) - 1
        more = f"; and {others} other message{'s' if others > 1 else ''}" if others else ""
        pairs = "1 pair" if len(self.pairs) == 1 else f"{len(self.pairs)} pairs"
        return f"{(self.message.splitlines() or [''])[0][:600]} (when saved in torch {saved}; {pairs}{more})"

    def to_json(self) -> dict[str, Any]:
        return {"model": self.model, "line": self.line(), "message": self.message,
                "saved": sorted(self.saved, key=version_key), "pairs": len(self.pairs), "cases": sorted(self.cases)}


class Problems:
    """Model-problem records, one :class:`ModelProblem` per factory (records may stream in)."""

    def __init__(self) -> None:
        self.by_model: dict[str, ModelProblem] = {}

    def add(self, record: Mapping[str, Any]) -> None:
        source = record.get("source") if isinstance(record.get("source"), dict) else {}
        factory = source.get("factory")
        model = factory if isinstance(factory, str) else str(record["case"])
        problem = self.by_model.setdefault(model, ModelProblem(model))
        saved, loaded = pair_of(record)
        problem.messages[str(record.get("message", ""))] += 1
        problem.saved.add(saved)
        problem.pairs.add((saved, loaded))
        problem.cases.add(str(record["case"]))

    def grouped(self) -> list[ModelProblem]:
        return [self.by_model[model] for model in sorted(self.by_model)]

