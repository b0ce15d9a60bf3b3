"""What a set of specs exercises: every vocabulary item, how often it appears, and how big
and trainable the models are.

Used by ``harness gen --stats`` to show that a run covers the whole vocabulary with
realistic models — a verdict is only as good as the models behind it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .layers import LAYERS, kind_of
from .layers.structure import CONTAINERS
from .optimizers import OPTIMIZERS, SCHEDULERS
from .spec import ModelSpec
from .strategies import LAYOUTS


def vocabulary() -> list[tuple[str, str]]:
    """(category, item) for everything the generator can produce."""
    kinds = [LAYERS.get(name) for name in LAYERS]
    items = [(kind.category, kind.name) for kind in kinds]
    items += [(kind.category, kind.variant_label.format(name=kind.name, value=value))
              for kind in kinds for value in kind.variant_values]
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
        kind = kind_of(layer)
        if kind.variant_param:
            found[kind.variant_label.format(name=layer.kind, value=layer.params[kind.variant_param])] += 1
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


@dataclass(frozen=True)
class Digest:
    """The shape of a population: sizes as (min, median, max), shares as counts of specs."""

    specs: int
    minimal: list[tuple[str, str]]          # (spec id, why it is minimal)
    trainable: int                          # specs with weights an optimizer updates
    parameters: tuple[int, int, int, int]   # trainable parameter count: min, median, 90th percentile, max
    layers: tuple[int, int, int]            # layer nodes per model
    top_level: tuple[int, int, int]         # top-level layers per model
    widest: tuple[int, int, int]            # the widest feature width per model
    hazards: tuple[int, int, int]           # hazard nodes per model
    batch: tuple[int, int, int]
    updates_before: tuple[int, int, int]
    updates_after: tuple[int, int, int]
    recipes: Counter                        # (optimizer, scheduler) -> specs


def _spread(values: list[int]) -> tuple[int, int, int]:
    ordered = sorted(values) or [0]
    return ordered[0], ordered[len(ordered) // 2], ordered[-1]


def digest(specs: Iterable[ModelSpec]) -> Digest:
    """Build every spec (to count what it trains) and measure the population."""
    from .build import build
    from .population import minimal, trainable, widths_of

    specs = list(specs)
    models = [build(spec) for spec in specs]  # once each: counting, minimal and trainable read it
    parameters = [sum(p.numel() for p in model.parameters() if p.requires_grad) for model in models]
    ordered = sorted(parameters) or [0]
    return Digest(
        specs=len(specs),
        minimal=[(spec.id, why) for spec, model in zip(specs, models) if (why := minimal(spec, model))],
        trainable=sum(trainable(spec, model) for spec, model in zip(specs, models)),
        parameters=(ordered[0], ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, len(ordered) * 9 // 10)],
                    ordered[-1]),
        layers=_spread([sum(1 for _ in spec.walk()) for spec in specs]),
        top_level=_spread([len(spec.layers) for spec in specs]),
        widest=_spread([max(widths_of(spec)) for spec in specs]),
        hazards=_spread([sum(LAYERS.get(layer.kind).category == "hazard" for layer in spec.walk())
                         for spec in specs]),
        batch=_spread([spec.recipe.batch_size for spec in specs]),
        updates_before=_spread([spec.recipe.steps for spec in specs]),
        updates_after=_spread([spec.recipe.resume_steps for spec in specs]),
        recipes=Counter((spec.recipe.optimizer, spec.recipe.scheduler) for spec in specs),
    )
