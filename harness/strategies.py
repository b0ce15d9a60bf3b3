"""Hypothesis strategies that return specs (never modules), valid by construction.

The strategies are public so a user can draw specs in their own Hypothesis
tests; :func:`generate_specs` draws a fixed list for a seed, which is how
``harness save`` picks the same models in every environment.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from .layers import ACTIVATIONS
from .spec import BufferSpec, LayerSpec, ModelSpec, TrainingRecipe
from .training import OPTIMIZERS


def _check_range(name: str, low: int, value: int) -> None:
    if not isinstance(value, int) or value < low:
        raise ValueError(f"{name} must be an integer >= {low}, got {value!r}")


def training_recipes(max_steps: int = 5) -> st.SearchStrategy[TrainingRecipe]:
    """Recipes over every registered optimizer, a few learning rates, short runs."""
    _check_range("max_steps", 1, max_steps)
    return st.builds(
        TrainingRecipe,
        optimizer=st.sampled_from(sorted(OPTIMIZERS.names())),
        lr=st.sampled_from([0.1, 0.01, 0.001]),
        steps=st.integers(1, max_steps),
        batch_size=st.integers(1, 8),
        seed=st.integers(0, 2**16 - 1),
    )


def mlp_specs(max_depth: int = 4, max_width: int = 32) -> st.SearchStrategy[ModelSpec]:
    """MLPs: Linear layers with an activation between them, optional dropout and buffer."""
    _check_range("max_depth", 1, max_depth)
    _check_range("max_width", 1, max_width)
    return _mlp_specs(max_depth, max_width)


@st.composite
def _mlp_specs(draw: Any, max_depth: int, max_width: int) -> ModelSpec:
    in_features = draw(st.integers(1, max_width))
    depth = draw(st.integers(1, max_depth))
    activation = draw(st.sampled_from(sorted(ACTIVATIONS)))
    dropout = draw(st.sampled_from([None, 0.1, 0.5]))
    layers: list[LayerSpec] = []
    for index in range(depth):
        width = draw(st.integers(1, max_width))
        layers.append(LayerSpec("linear", {"out_features": width, "bias": draw(st.booleans())}))
        if index < depth - 1:
            layers.append(LayerSpec(activation, {}))
            if dropout is not None:
                layers.append(LayerSpec("dropout", {"p": dropout}))
    buffers = (BufferSpec("shift", persistent=True),) if draw(st.booleans()) else ()
    return ModelSpec(
        input_shape=(in_features,),
        layers=tuple(layers),
        buffers=buffers,
        init_seed=draw(st.integers(0, 2**31 - 1)),
        recipe=draw(training_recipes()),
    )


def model_specs() -> st.SearchStrategy[ModelSpec]:
    """Every architecture family harness knows (the MLP family for now)."""
    return mlp_specs()


def generate_specs(count: int, seed_value: int = 0,
                   strategy: st.SearchStrategy[ModelSpec] | None = None) -> list[ModelSpec]:
    """Draw ``count`` distinct specs, the same list for the same seed and Hypothesis version."""
    _check_range("count", 0, count)
    strategy = model_specs() if strategy is None else strategy
    drawn: dict[str, ModelSpec] = {}
    if count == 0:
        return []

    @seed(seed_value)
    @settings(
        max_examples=count,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(spec: ModelSpec) -> None:
        if len(drawn) < count:
            drawn.setdefault(spec.id, spec)

    collect()
    return list(drawn.values())
