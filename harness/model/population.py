"""The default population: realistic models, the ones a verdict is about.

A run that draws one model per layer kind, each the first draw of its
strategy, tests Hypothesis's simplest examples: one layer of width 1 trained
with plain SGD for one update. A verdict on those says nothing about a team's
models. Minimal models are what shrinking produces (:mod:`harness.minimize.shrink`); a
run tests models like the ones people train: widths of 4–64 features or
channels (so 1–4 attention heads), 4–8 layers at the top level with the focus
kind among them and structures nested inside, two or three state hazards each,
batches of 4–8, and only models with something to train — each trained with one
of the optimizer × scheduler combinations users run
(:func:`harness.model.optimizers.usual_recipes`, in turn), 3–5 updates before the save
point and 3–5 after it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from .layers import FAMILIES, LAYERS, TensorInfo
from .layers.structure import CONTAINERS
from .optimizers import Usual, usual_recipes
from .spec import LayerSpec, ModelSpec, TrainingRecipe
from .strategies import check_int, context, draw_specs, kinds_accepting, layer_specs

#: Feature and channel widths realistic models choose from (multiples of 4: 1, 2 or 4 heads fit).
WIDTHS = (4, 8, 12, 16, 24, 32, 48, 64)
#: How deep structures nest in a realistic model.
DEPTH = 2
#: One model in this many may keep trained state outside its state_dict (plain tensor
#: attributes, ``persistent=False`` buffers), besides those that focus on such a kind. More
#: would hide the cross-version output check of the state_dict formats behind an expected
#: mismatch: every state_dict format has an explained non-pass on a model that loses state.
UNCARRIED_EVERY = 4
#: What each slot after the focus kind draws from: a layer with weights of its own, any
#: layer, a state hazard (which keeps the shape, so it fits anywhere).
SLOTS = {"weights": ("dense", "conv", "sequence"), "layer": FAMILIES, "hazard": ("hazard",)}


def realistic_inputs(layouts: Iterable[str]) -> st.SearchStrategy[TensorInfo]:
    """Inputs of realistic size: 4–64 features, 3–8 time steps, 8–24 samples of 2–16
    channels, 6–12 pixel images of 1–4 channels, 4–12 tokens of a 16–64 word vocabulary."""
    shapes = {
        "vec": st.tuples(st.sampled_from(WIDTHS)),
        "seq": st.tuples(st.integers(3, 8), st.sampled_from(WIDTHS[:6])),
        "sig": st.tuples(st.sampled_from((2, 4, 8, 16)), st.integers(8, 24)),
        "img": st.tuples(st.sampled_from((1, 3, 4)), st.integers(6, 12), st.integers(6, 12)),
        "tok": st.tuples(st.integers(4, 12)),
    }
    return st.one_of(*[
        st.builds(TensorInfo, st.just(layout), shapes[layout],
                  st.integers(16, 64) if layout == "tok" else st.just(0))
        for layout in layouts
    ])


def realistic_recipes(usual: Usual | None = None) -> st.SearchStrategy[TrainingRecipe]:
    """Recipes of a combination users run (``usual``, or any of them): 3–5 updates before the
    save point and 3–5 after, batches of 4–8."""
    plan = st.just(usual) if usual is not None else st.sampled_from(usual_recipes())
    return plan.flatmap(lambda u: st.builds(
        TrainingRecipe,
        optimizer=st.just(u.optimizer), scheduler=st.just(u.scheduler),
        clip_grad_norm=st.just(u.clip_grad_norm), accumulate=st.just(u.accumulate),
        lr=st.sampled_from([0.01, 0.003, 0.001]),
        steps=st.integers(3, 5), resume_steps=st.integers(3, 5),
        batch_size=st.integers(4, 8), seed=st.integers(0, 2**16 - 1),
    ))


def realistic_specs(focus: str | None = None, usual: Usual | None = None) -> st.SearchStrategy[ModelSpec]:
    """Realistic models (see the module's docstring) that contain the layer kind ``focus``
    (any kind if None), trained with ``usual`` (any usual combination if None)."""
    if focus is not None and focus not in LAYERS:
        raise ValueError(f"focus must be a layer kind, one of {sorted(LAYERS.names())}; got {focus!r}")
    focuses = st.just(focus) if focus is not None else st.sampled_from(LAYERS.names())
    return focuses.flatmap(lambda name: _realistic(name, realistic_recipes(usual)))


@st.composite
def _realistic(draw: Any, focus: str, recipes: st.SearchStrategy[TrainingRecipe]) -> ModelSpec:
    kind = LAYERS.get(focus)
    info = draw(realistic_inputs(kind.layouts))
    layers: list = []
    flowing = info

    def add(layer: Any) -> None:
        nonlocal flowing
        layers.append(layer)
        flowing = LAYERS.get(layer.kind).out(layer, flowing)

    # A lead-in that keeps the shape, so the focus kind still accepts what reaches it.
    if info.layout != "tok" and draw(st.booleans()):
        add(draw(layer_specs(flowing, True, DEPTH, WIDTHS)))
    add(kind.draw(draw, flowing, context(False, DEPTH, WIDTHS)))
    slots = ["weights"] + ["layer"] * draw(st.integers(0, 2)) + ["hazard"] * draw(st.integers(2, 3))
    for slot in draw(st.permutations(slots)):
        preserve = slot == "hazard"
        families = SLOTS[slot] if kinds_accepting(flowing, context(preserve, DEPTH, WIDTHS), SLOTS[slot]) \
            else SLOTS["layer"]
        add(draw(layer_specs(flowing, preserve and families == SLOTS["hazard"], DEPTH, WIDTHS, families)))
    spec = ModelSpec(
        input_layout=info.layout, input_shape=info.shape, vocab=info.vocab, layers=tuple(layers),
        container=draw(st.sampled_from(CONTAINERS)),
        init_seed=draw(st.integers(0, 2**31 - 1)),
        recipe=draw(recipes),
    )
    assume(trainable(spec))
    return spec


def carried(spec: ModelSpec) -> ModelSpec:
    """The model with every tensor registered so that ``state_dict`` carries it (plain tensor
    attributes and ``persistent=False`` buffers become persistent buffers)."""
    def node(layer: LayerSpec) -> LayerSpec:
        layer = LAYERS.get(layer.kind).carried(layer)
        return replace(layer, bodies=tuple(tuple(node(inner) for inner in body) for body in layer.bodies))
    return replace(spec, layers=tuple(node(layer) for layer in spec.layers))


def trainable(spec: ModelSpec, model: Any = None) -> bool:
    """Does the model have weights an optimizer updates, besides free per-feature scales?
    (Built to find out, unless ``model`` is the spec already built: kinds decide their
    parameters when they build.)"""
    from ..modules import Scale
    from .build import build  # torch, only when a spec is drawn
    model = build(spec) if model is None else model
    scales = {id(p) for m in model.modules() if isinstance(m, Scale) for p in m.parameters()}
    return any(p.requires_grad and id(p) not in scales for p in model.parameters())


def generate_specs(count: int, seed_value: int = 0,
                   strategy: st.SearchStrategy[ModelSpec] | None = None,
                   kinds: Iterable[str] | None = None) -> list[ModelSpec]:
    """``count`` distinct specs, the same list for the same seed and Hypothesis version: the
    default population, or draws of ``strategy``.

    Spec ``i`` of the population contains the ``i``-th layer kind (cycling through the
    vocabulary, or through ``kinds``) and trains with the ``i``-th usual recipe (cycling
    through :func:`harness.model.optimizers.usual_recipes`), so any run of consecutive specs as long as
    the vocabulary has every kind and every optimizer and scheduler, however Hypothesis biases
    its choices. The first draw of each kind (Hypothesis's simplest) is passed over.
    """
    check_int("count", count, 0)
    if strategy is not None:
        return draw_specs(strategy, count, seed_value)
    if kinds is None:
        names = LAYERS.names()
        start = seed_value % len(names)  # a run shorter than the vocabulary covers other kinds per seed
        kinds = names[start:] + names[:start]
    else:
        kinds = list(kinds)
        unknown = sorted(set(kinds) - set(LAYERS.names()))
        if not kinds or unknown:
            raise ValueError(f"kinds must name layer kinds, one of {sorted(LAYERS.names())}; unknown: {unknown}")
    groups = [draw_specs(realistic_specs(focus=name), len(range(index, count, len(kinds))),
                         zlib.crc32(f"{seed_value}:{name}".encode()), skip=1)
              for index, name in enumerate(kinds[:count])]
    plan = usual_recipes()
    # Round-robin over the per-kind groups, so any prefix of the list is varied too; the
    # recipe's combination follows the position, and so does whether the model may keep
    # state outside its state_dict.
    unique: dict[str, ModelSpec] = {}
    for position in range(max((len(g) for g in groups), default=0)):
        for name, group in zip(kinds, groups):
            if position < len(group):
                spec = group[position]
                if len(unique) % UNCARRIED_EVERY and carried(spec) != spec \
                        and LAYERS.get(name).carried(LayerSpec(name)) == LayerSpec(name):
                    spec = carried(spec)
                usual = plan[len(unique) % len(plan)]
                spec = replace(spec, recipe=replace(
                    spec.recipe, optimizer=usual.optimizer, scheduler=usual.scheduler,
                    clip_grad_norm=usual.clip_grad_norm, accumulate=usual.accumulate))
                unique.setdefault(spec.id, spec)
    return list(unique.values())


def widths_of(spec: ModelSpec) -> list[int]:
    """The feature widths that flow between the model's top-level layers, input first."""
    from .build import input_info
    info = input_info(spec)
    widths = [info.features] if info.layout != "tok" else []
    for layer in spec.layers:
        info = LAYERS.get(layer.kind).out(layer, info)
        widths.append(info.features)
    return widths


def minimal(spec: ModelSpec, model: Any = None) -> str | None:
    """Why ``spec`` is a minimal model (what shrinking produces, not what a run should test),
    or None: fewer than 3 layers, every width below 4, nothing to train, or fewer than 3
    updates before or after the save point."""
    nodes = sum(1 for _ in spec.walk())
    if nodes < 3:
        return f"{nodes} layer(s)"
    widths = widths_of(spec)
    if max(widths) < 4:
        return f"widths {widths}"
    if min(spec.recipe.steps, spec.recipe.resume_steps) < 3:
        return f"{spec.recipe.steps} update(s) before the save point, {spec.recipe.resume_steps} after"
    if not trainable(spec, model):
        return "nothing to train"
    return None
