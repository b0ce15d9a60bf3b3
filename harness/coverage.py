"""What a set of specs exercises: every vocabulary item, and how often it appears.

Used by ``harness gen --stats`` to show that a run covers the whole vocabulary.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .layers import LAYERS
from .layers.hazards import DTYPES
from .layers.structure import CONTAINERS
from .spec import ModelSpec
from .strategies import LAYOUTS
from .recipes import OPTIMIZERS, SCHEDULERS


def vocabulary() -> list[tuple[str, str]]:
    """(category, item) for everything the generator can produce."""
    items = [(LAYERS.get(name).category, name) for name in LAYERS]
    items += [("hazard", "buffer(persistent=False)"), ("hazard", "buffer(persistent=True)")]
    items += [("hazard", f"precision({dtype})") for dtype in sorted(DTYPES)]
    items += [("structure", f"branches({merge})") for merge in ("sum", "concat")]
    items += [("container", name) for name in CONTAINERS]
    items += [("input", layout) for layout in LAYOUTS]
    items += [("optimizer", name) for name in OPTIMIZERS.names()]
    items += [("scheduler", name) for name in SCHEDULERS.names()]
    return items


def items_of(spec: ModelSpec) -> Counter:
    """How often each vocabulary item occurs in one spec."""
    found: Counter = Counter({spec.container: 1, spec.input_layout: 1, spec.recipe.optimizer: 1,
                              spec.recipe.scheduler: 1})
    for layer in spec.walk():
        found[layer.kind] += 1
        if "container" in layer.params:
            found[layer.params["container"]] += 1
        if layer.kind == "buffer":
            found[f"buffer(persistent={layer.params['persistent']})"] += 1
        elif layer.kind == "precision":
            found[f"precision({layer.params['dtype']})"] += 1
        elif layer.kind == "branches":
            found[f"branches({layer.params['merge']})"] += 1
    return found


@dataclass(frozen=True)
class Row:
    category: str
    item: str
    specs: int        # specs containing it at least once
    occurrences: int


def coverage(specs: Iterable[ModelSpec]) -> list[Row]:
    per_spec: Counter = Counter()
    total: Counter = Counter()
    for spec in specs:
        found = items_of(spec)
        total.update(found)
        per_spec.update(found.keys())
    return [Row(category, item, per_spec[item], total[item]) for category, item in vocabulary()]
