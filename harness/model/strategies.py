"""Hypothesis strategies that return specs (never modules), valid by construction.

Every draw walks the vocabulary with the shape of the tensor flowing at that
point (:class:`harness.model.layers.TensorInfo`), offering only the kinds that accept
it, so every spec builds and runs forward without filtering. The strategies are
public for use in your own Hypothesis tests, imported from :mod:`harness.strategies`
(they draw from the whole vocabulary, small models included: what shrinking searches);
:func:`draw_specs` draws a fixed list for a seed. The realistic models a run tests are
:mod:`harness.model.population`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, Iterable

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from .layers import FAMILIES, LAYERS, Context, TensorInfo
from .layers.structure import CONTAINERS
from .optimizers import OPTIMIZERS, SCHEDULERS
from .spec import LayerSpec, ModelSpec, TrainingRecipe

LAYOUTS = ("vec", "seq", "sig", "img", "tok")


def check_int(name: str, value: int, low: int, high: int | None = None) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < low or (high is not None and value > high):
        bound = f">= {low}" if high is None else f"in [{low}, {high}]"
        raise ValueError(f"{name} must be an integer {bound}, got {value!r}")


def training_recipes(max_steps: int = 5) -> st.SearchStrategy[TrainingRecipe]:
    """Recipes over every registered optimizer and LR scheduler, a few learning rates, short
    runs (batches >= 2 so BatchNorm can train), sometimes clipped or accumulated."""
    check_int("max_steps", max_steps, 1)
    return st.builds(
        TrainingRecipe,
        optimizer=st.sampled_from(OPTIMIZERS.names()),
        lr=st.sampled_from([0.01, 0.1, 0.001]),
        steps=st.integers(1, max_steps),
        batch_size=st.integers(2, 8),
        seed=st.integers(0, 2**16 - 1),
        scheduler=st.sampled_from(SCHEDULERS.names()),
        clip_grad_norm=st.sampled_from([0.0, 1.0]),
        accumulate=st.integers(1, 2),
        resume_steps=st.integers(1, 4),
    )


def input_infos(layouts: Iterable[str] = LAYOUTS) -> st.SearchStrategy[TensorInfo]:
    """Model inputs: vectors, sequences, signals, images, or integer token sequences."""
    layouts = list(layouts)
    unknown = sorted(set(layouts) - set(LAYOUTS))
    if not layouts or unknown:
        raise ValueError(f"layouts must be a non-empty subset of {list(LAYOUTS)}, got {layouts!r}")
    small = st.integers(1, 8)
    shapes = {
        "vec": st.tuples(st.integers(1, 16)),
        "seq": st.tuples(st.integers(1, 6), st.integers(1, 16)),
        "sig": st.tuples(st.integers(1, 6), st.integers(1, 12)),
        "img": st.tuples(st.integers(1, 4), small, small),
        "tok": st.tuples(st.integers(1, 6)),
    }
    return st.one_of(*[
        st.builds(TensorInfo, st.just(layout), shapes[layout],
                  st.integers(2, 20) if layout == "tok" else st.just(0))
        for layout in layouts
    ])


@st.composite
def _body(draw: Any, info: TensorInfo, preserve: bool, depth: int, min_size: int = 1,
          max_size: int = 3, widths: tuple[int, ...] = ()) -> tuple[tuple[LayerSpec, ...], TensorInfo]:
    layers = []
    for _ in range(draw(st.integers(min_size, max_size))):
        layer = draw(_layer(info, preserve, depth, widths))
        layers.append(layer)
        info = LAYERS.get(layer.kind).out(layer, info)
    return tuple(layers), info


def _draw_body(draw: Any, info: TensorInfo, preserve: bool, depth: int, min_size: int = 1,
               max_size: int = 3, widths: tuple[int, ...] = ()) -> tuple[tuple[LayerSpec, ...], TensorInfo]:
    return draw(_body(info, preserve, depth, min_size, max_size, widths))


def context(preserve: bool, depth: int, widths: tuple[int, ...] = ()) -> Context:
    """Where a kind is drawn; bodies it draws inherit ``widths``."""
    return Context(preserve=preserve, depth=depth, widths=widths, body=partial(_draw_body, widths=widths))


def kinds_accepting(info: TensorInfo, ctx: Context, families: Iterable[str] = FAMILIES) -> dict[str, list[str]]:
    """family → the kinds of it that accept ``info`` here, in draw order."""
    by_family: dict[str, list[str]] = {}
    for name in LAYERS:
        kind = LAYERS.get(name)
        if kind.family in families and kind.accepts(info, ctx):
            by_family.setdefault(kind.family, []).append(name)
    return by_family


@st.composite
def _layer(draw: Any, info: TensorInfo, preserve: bool, depth: int, widths: tuple[int, ...] = (),
           families: Iterable[str] = FAMILIES) -> LayerSpec:
    ctx = context(preserve, depth, widths)
    by_family = kinds_accepting(info, ctx, families)
    # Two short choices instead of one long one: Hypothesis favours early indices, which
    # would starve the kinds registered last.
    family = draw(st.sampled_from([f for f in FAMILIES if f in by_family]))
    name = draw(st.sampled_from(by_family[family]))
    return LAYERS.get(name).draw(draw, info, ctx)


def layer_specs(info: TensorInfo, preserve: bool = False, max_depth: int = 2, widths: Iterable[int] = (),
                families: Iterable[str] = FAMILIES) -> st.SearchStrategy[LayerSpec]:
    """One layer (or structure, or hazard) that accepts ``info``; with ``preserve`` it keeps its
    shape. New feature widths come from ``widths`` (1 and up if empty); ``families`` narrows
    the kinds (e.g. ``("hazard",)``)."""
    if not isinstance(info, TensorInfo):
        raise TypeError(f"info must be a harness.model.layers.TensorInfo, got {type(info).__name__}")
    check_int("max_depth", max_depth, 0)
    widths, families = tuple(widths), tuple(families)
    for width in widths:
        check_int("widths", width, 1)
    unknown = sorted(set(families) - set(FAMILIES))
    if not families or unknown:
        raise ValueError(f"families must be a non-empty subset of {list(FAMILIES)}, got {list(families)}")
    return _layer(info, preserve, max_depth, widths, families)


def model_specs(max_layers: int = 6, max_depth: int = 2, layouts: Iterable[str] = LAYOUTS,
                recipes: st.SearchStrategy[TrainingRecipe] | None = None,
                focus: str | None = None) -> st.SearchStrategy[ModelSpec]:
    """Whole models: an input, 1..``max_layers`` top-level layers with structures nested up to
    ``max_depth``, a container, an init seed and a training recipe.

    ``focus`` names a layer kind every drawn model must contain (as its first layer,
    on an input it accepts), e.g. ``model_specs(focus="gru")``.
    """
    check_int("max_layers", max_layers, 1)
    check_int("max_depth", max_depth, 0)
    layouts = list(layouts)
    input_infos(layouts)  # validates layouts
    if focus is not None:
        if focus not in LAYERS:
            raise ValueError(f"focus must be a layer kind, one of {sorted(LAYERS.names())}; got {focus!r}")
        kind = LAYERS.get(focus)
        if kind.category == "structure" and max_depth < 1:
            raise ValueError(f"focus {focus!r} is a structure: it needs max_depth >= 1")
        layouts = [layout for layout in layouts if layout in kind.layouts]
        if not layouts:
            raise ValueError(f"focus {focus!r} accepts layouts {list(kind.layouts)}, none of {list(LAYOUTS)} "
                             "allowed by the layouts argument")
    return _model_specs(input_infos(layouts), max_layers, max_depth,
                        training_recipes() if recipes is None else recipes, focus)


@st.composite
def _model_specs(draw: Any, inputs: st.SearchStrategy[TensorInfo], max_layers: int, max_depth: int,
                 recipes: st.SearchStrategy[TrainingRecipe], focus: str | None) -> ModelSpec:
    info = draw(inputs)
    first: tuple[LayerSpec, ...] = ()
    flowing = info
    if focus is not None:
        kind = LAYERS.get(focus)
        layer = kind.draw(draw, info, Context(preserve=False, depth=max_depth, body=_draw_body))
        first, flowing = (layer,), kind.out(layer, info)
    rest, _ = draw(_body(flowing, preserve=False, depth=max_depth, min_size=0 if first else 1,
                         max_size=max_layers - len(first)))
    return ModelSpec(
        input_layout=info.layout, input_shape=info.shape, vocab=info.vocab, layers=first + rest,
        container=draw(st.sampled_from(CONTAINERS)),
        init_seed=draw(st.integers(0, 2**31 - 1)),
        recipe=draw(recipes),
    )


@contextmanager
def _without_local_constants() -> Iterator[None]:
    """Draw with none of the literals Hypothesis (≥ 6.131) takes from the source of every
    module loaded that is not installed: with them, the population of a seed changed with
    harness's own code (an edit that moved a literal changed 2 of the default 40 specs),
    with where harness is installed (a checkout or site-packages), and with what a plugin or
    a factory imports. Hypothesis offers no setting for it, so its internal pool is emptied
    for the draws, where it exists."""
    try:
        from hypothesis.internal.conjecture import providers
        from hypothesis.internal.constants_ast import Constants
    except ImportError:  # a Hypothesis before local constants
        yield
        return
    original = getattr(providers, "_get_local_constants", None)
    cache = getattr(providers, "CONSTANTS_CACHE", None)
    if original is None or cache is None:
        yield
        return
    empty = Constants()
    providers._get_local_constants = lambda: empty
    cache.cache.clear()  # filtered pools drawn before, local constants included
    try:
        yield
    finally:
        providers._get_local_constants = original
        cache.cache.clear()


def draw_specs(strategy: st.SearchStrategy[ModelSpec], count: int, seed_value: int = 0,
               skip: int = 0) -> list[ModelSpec]:
    """``count`` distinct specs from ``strategy``, the same list for the same seed and
    Hypothesis version. ``skip`` passes over the first draws: Hypothesis's first example is
    the strategy's simplest one."""
    check_int("count", count, 0)
    drawn: dict[str, ModelSpec] = {}
    if count == 0:
        return []
    seen = 0

    @seed(seed_value)
    @settings(max_examples=2 * count + skip, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(spec: ModelSpec) -> None:
        nonlocal seen
        seen += 1
        if seen > skip and len(drawn) < count:
            drawn.setdefault(spec.id, spec)

    with _without_local_constants():
        collect()
    return list(drawn.values())
