"""Where a case's model comes from: a generated spec, or a user's factory function.

The loading environment never relies on the saving process's objects: it
rebuilds from the spec, or imports the same ``package.module:function`` again.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, replace

import torch
from torch import nn

from ..code_refs import where
from ..model.build import build, example_inputs, input_info, output_info
from ..model.cases import AbsentFactory, Case, FactoryError
from ..model.layers import TensorInfo
from ..model.optimizers import FACTORY_RECIPE, SCHEDULERS
from ..model.spec import ModelSpec, SpecError, TrainingRecipe, check_bounds
from ..registry import UnknownName
from .loop import OPTIMIZERS, DataStream, data_stream, example_stream


@dataclass
class Materialized:
    model: nn.Module
    inputs: tuple[torch.Tensor, ...]
    recipe: TrainingRecipe | None
    input_info: TensorInfo | None = None
    output_info: TensorInfo | None = None


def factory_module(reference: str) -> nn.Module:
    """The module a user's ``PACKAGE.MODULE:FACTORY`` builds (probe loads a state dict into it)."""
    return _call_factory(reference)[0]


def _call_factory(reference: str) -> tuple[nn.Module, tuple[torch.Tensor, ...], TrainingRecipe | None]:
    module_name, _, function_name = reference.partition(":")
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        absent = isinstance(exc, ModuleNotFoundError) and bool(exc.name) and \
            f"{module_name}.".startswith(f"{exc.name}.")  # the module itself, not one it imports
        raise (AbsentFactory if absent else FactoryError)(
            f"--model {reference}: module {module_name!r} cannot be imported here{where()} ({exc!r}); "
            "make it importable in this environment (install it or set PYTHONPATH)"
        ) from exc
    factory = getattr(module, function_name, None)
    if not callable(factory):
        raise AbsentFactory(f"--model {reference}: {module_name} has no function {function_name!r}{where()}")
    try:
        made = factory()
    except Exception as exc:
        raise FactoryError(f"--model {reference}: calling {function_name}() failed: {exc!r}") from exc
    parts = made if isinstance(made, tuple) else (made,)
    if not isinstance(parts[0], nn.Module) or len(parts) not in (2, 3):
        raise FactoryError(
            f"--model {reference}: returned {type(made).__name__}, expected "
            "(module, example_inputs) or (module, example_inputs, recipe_dict)"
        )
    inputs = parts[1] if isinstance(parts[1], tuple) else (parts[1],)
    if not all(isinstance(t, torch.Tensor) for t in inputs):
        raise FactoryError(f"--model {reference}: example inputs must be a tensor or a tuple of tensors")
    recipe = FACTORY_RECIPE
    if len(parts) == 3 and parts[2] is not None:
        if not isinstance(parts[2], dict):
            raise FactoryError(f"--model {reference}: the third value must be a dict of "
                               f"harness.model.spec.TrainingRecipe fields, got {type(parts[2]).__name__}")
        try:
            recipe = replace(FACTORY_RECIPE, **parts[2])
            check_bounds(ModelSpec(input_layout="vec", input_shape=(1,), layers=(), recipe=recipe))
        except (TypeError, SpecError) as exc:
            raise FactoryError(f"--model {reference}: recipe_dict takes the fields of "
                               f"harness.model.spec.TrainingRecipe ({exc})") from None
        try:
            OPTIMIZERS.get(recipe.optimizer)
            SCHEDULERS.get(recipe.scheduler)
        except UnknownName as exc:
            raise FactoryError(f"--model {reference}: recipe_dict: {exc}") from None
    return parts[0], tuple(inputs), recipe


def materialize(case: Case) -> Materialized:
    """The model with its inputs and recipe, as the saving environment trains it."""
    spec = case.spec
    if spec is not None:
        return Materialized(
            model=build(spec), inputs=example_inputs(spec), recipe=spec.recipe,
            input_info=input_info(spec), output_info=output_info(spec),
        )
    if case.source.get("kind") == "factory":
        model, inputs, recipe = _call_factory(case.source["factory"])
        return Materialized(model=model, inputs=inputs, recipe=recipe)
    raise SpecError(f"case {case.id}: unknown model source {case.source.get('kind')!r}")


def rebuild(case: Case) -> nn.Module:
    """A fresh, untrained module of the case's architecture, built in this environment."""
    spec = case.spec
    if spec is not None:
        return build(spec)
    return _call_factory(case.source["factory"])[0]


def training_plan(case: Case, inputs: tuple[torch.Tensor, ...]) -> tuple[TrainingRecipe | None, DataStream]:
    """The recipe and the data stream a case trains on — for a spec without building its model
    (a resumed run builds the model from the artifact instead)."""
    spec = case.spec
    if spec is not None:
        return spec.recipe, data_stream(spec.recipe, input_info(spec), output_info(spec))
    return _call_factory(case.source["factory"])[2], example_stream(inputs)
