"""The smallest failing model: Hypothesis shrinking over the reductions of a failing spec.

A failing spec was not necessarily drawn by Hypothesis in this process (it may
come from another environment's manifest), so there is no choice sequence to
shrink. Instead :func:`reductions` is a strategy over the *simplifications* of
that one spec — drop a layer, inline a structure's body, narrow a width, turn a
flag off, shorten the training — whose simplest value is the emptiest model.
``hypothesis.find`` then finds a reduction that still fails the same way and
shrinks it; a short greedy pass of structural steps finishes what needs several
of Hypothesis's choices to change at once. The result keeps only what the
failure needs.
"""

from __future__ import annotations

from dataclasses import replace
from random import Random
from typing import Any, Callable, Iterator

import torch
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from hypothesis.errors import Flaky, NoSuchExample

from ..model.build import build, example_inputs
from ..model.layers import kind_of
from ..model.spec import LayerSpec, ModelSpec

#: Integer parameters that may be narrowed, with their smallest meaningful value.
NARROWABLE = {"out_features": 1, "out_channels": 1, "hidden": 1, "dim": 1, "feedforward": 1,
              "layers": 1, "times": 2, "heads": 1, "groups": 1, "kernel": 1}


def _param(draw: Any, key: str, value: Any, zeroable: tuple[str, ...]) -> Any:
    if isinstance(value, bool):
        return draw(st.booleans()) if value else False  # shrinks towards False
    if key in NARROWABLE and isinstance(value, int) and value > NARROWABLE[key]:
        return draw(st.integers(NARROWABLE[key], value))
    if key in zeroable and value:  # the float parameters its kind may switch off (to 0.0)
        return draw(st.sampled_from([0.0, value]))
    return value


@st.composite
def _body(draw: Any, layers: tuple[LayerSpec, ...], keep_first: bool = False) -> tuple[LayerSpec, ...]:
    kept: list[LayerSpec] = []
    for index, layer in enumerate(layers):
        if (keep_first and index == 0) or draw(st.booleans()):
            kept.extend(draw(_layer(layer)))
    return tuple(kept)


@st.composite
def _layer(draw: Any, layer: LayerSpec) -> tuple[LayerSpec, ...]:
    """A simplification of one layer: itself with smaller params, or a structure's body inlined.

    Bodies are reduced before the decision to inline one, so that flipping that
    decision is a single change for the shrinker rather than a shift of every
    later choice.
    """
    kind = kind_of(layer)
    params = {key: _param(draw, key, value, kind.zeroable) for key, value in layer.params.items()}
    if kind.body_head_sets_width:
        # Any branch may go (one stays); a branch's first layer sets its width, so it stays.
        kept = [body for body in layer.bodies if draw(st.booleans())] or [layer.bodies[-1]]
        bodies = tuple(draw(_body(body, keep_first=True)) for body in kept)
    else:
        bodies = tuple(draw(_body(body)) or body[:1] for body in layer.bodies)
    if layer.bodies and not draw(st.booleans()):
        inlined = bodies[draw(st.integers(0, len(bodies) - 1))]
        if kind.body_head_sets_width and not draw(st.booleans()):
            inlined = inlined[1:]  # inlined, the branch's width layer is optional too
        return inlined
    return (LayerSpec(layer.kind, params, bodies),)


@st.composite
def reductions(draw: Any, spec: ModelSpec) -> ModelSpec:
    """Every simplification of ``spec``; the simplest is the empty model (never valid)."""
    layers = draw(_body(spec.layers))
    shape = tuple(draw(st.integers(1, n)) for n in spec.input_shape)
    recipe = replace(spec.recipe, steps=draw(st.integers(1, spec.recipe.steps)))
    container = spec.container if spec.container == "sequential" or draw(st.booleans()) else "sequential"
    return replace(spec, layers=layers, input_shape=shape, recipe=recipe, container=container)


def runs(spec: ModelSpec) -> bool:
    """Does the spec build and run forward? Reductions can break shape rules; those are skipped."""
    if not spec.layers:
        return False
    try:
        model = build(spec)
        model.eval()
        with torch.no_grad():
            model(*example_inputs(spec))
    except Exception:
        return False
    return True


def _edits(layers: tuple[LayerSpec, ...]) -> Iterator[tuple[LayerSpec, ...]]:
    """Every body one structural step simpler: a node dropped, or a structure's body inlined."""
    for index, layer in enumerate(layers):
        before, after = layers[:index], layers[index + 1:]
        yield before + after
        for body in layer.bodies:
            yield before + body + after
            if kind_of(layer).body_head_sets_width:
                yield before + body[1:] + after
        for b, body in enumerate(layer.bodies):
            for smaller in _edits(body):
                if smaller:
                    bodies = layer.bodies[:b] + (smaller,) + layer.bodies[b + 1:]
                    yield before + (replace(layer, bodies=bodies),) + after


def _polish(spec: ModelSpec, condition: Callable[[ModelSpec], bool]) -> ModelSpec:
    """Greedy structural steps after Hypothesis, for the simplifications that need several
    of its choices to change at once (inlining the one branch left, say)."""
    improved = True
    while improved:
        improved = False
        for layers in _edits(spec.layers):
            candidate = replace(spec, layers=layers)
            if condition(candidate):
                spec, improved = candidate, True
                break
    return spec


def smallest_failing(spec: ModelSpec, fails: Callable[[ModelSpec], bool], budget: int = 200,
                     seed: int = 0) -> ModelSpec:
    """The smallest reduction of ``spec`` for which ``fails`` still holds (``spec`` itself if none).

    ``fails`` decides "fails the same way"; it is only called on specs that build and run.
    """
    def condition(candidate: ModelSpec) -> bool:
        return runs(candidate) and fails(candidate)

    try:
        found = find(reductions(spec), condition, random=Random(seed),
                     settings=settings(max_examples=budget, database=None, deadline=None,
                                       suppress_health_check=list(HealthCheck)))
    except (NoSuchExample, Flaky):  # a failure that does not repeat has no smaller reproducer
        return spec
    return _polish(found, condition)


def size(spec: ModelSpec) -> int:
    """Layer nodes in the model: the measure the shrinker drives down."""
    return sum(1 for _ in spec.walk())
