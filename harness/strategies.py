"""What a user's own Hypothesis tests import from harness: strategies that draw model specs.

One public face, so the internal modules (:mod:`harness.model.strategies`,
:mod:`harness.model.population`) can move without breaking anyone's tests; ``__all__`` is
the promise (a test checks it). Every strategy returns specs, never modules: a spec is
plain data that Hypothesis can shrink, and :func:`harness.model.build.build` makes the
module when a test wants one. :func:`realistic_specs` draws models like the ones a run
tests, :func:`model_specs` the whole vocabulary down to one layer of width 1 (what
shrinking searches).
"""

from __future__ import annotations

from .model.population import realistic_recipes, realistic_specs
from .model.strategies import (
    LAYOUTS,
    draw_specs,
    input_infos,
    layer_specs,
    model_specs,
    training_recipes,
)

__all__ = [
    "LAYOUTS", "draw_specs", "input_infos", "layer_specs", "model_specs", "realistic_recipes", "realistic_specs",
    "training_recipes",
]
