"""Model specs: the architecture and training recipe as plain, versioned JSON data.

A spec, not importable code, is what every environment rebuilds a model from, so
it must be JSON-safe, canonical (one JSON text per spec) and carry a schema
version that a newer harness can refuse or migrate explicitly.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..errors import HarnessError

SCHEMA_VERSION = 1


class SpecError(HarnessError, ValueError):
    """A spec that cannot be parsed or is not valid for this harness, or a file of specs that
    cannot be read or written."""


@dataclass(frozen=True)
class LayerSpec:
    """One node of a model body: a registered kind, its JSON-safe parameters, and for
    structures (residual, branches, …) the bodies it holds."""

    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)
    bodies: tuple[tuple[LayerSpec, ...], ...] = ()

    @classmethod
    def from_json(cls, data: Any, where: str = "layer") -> LayerSpec:
        """The layer at ``where`` (``layers[2].bodies[0][1]``), every field checked by name:
        a spec is untrusted, and a layer that is a number or a body that is a string would
        otherwise surface as a TypeError with no place in the spec."""
        if not isinstance(data, Mapping):
            raise SpecError(f"{where} must be a JSON object (a layer), not {type(data).__name__} {str(data)[:40]!r}")
        if "kind" not in data:
            raise SpecError(f"{where} has no 'kind'")
        _expect(data["kind"], str, f"{where}.kind")
        params, bodies = data.get("params", {}), data.get("bodies", [])
        if not isinstance(params, Mapping):
            raise SpecError(f"{where}.params must be a JSON object, not {type(params).__name__} {str(params)[:40]!r}")
        _expect(bodies, list, f"{where}.bodies")
        for b, body in enumerate(bodies):
            _expect(body, list, f"{where}.bodies[{b}]")
        return cls(
            kind=data["kind"],
            params=dict(params),
            bodies=tuple(tuple(cls.from_json(layer, f"{where}.bodies[{b}][{i}]") for i, layer in enumerate(body))
                         for b, body in enumerate(bodies)),
        )

    def walk(self) -> Iterator[LayerSpec]:
        """This node and every node inside it, depth first."""
        yield self
        for body in self.bodies:
            for layer in body:
                yield from layer.walk()


@dataclass(frozen=True)
class TrainingRecipe:
    """How the saving environment trains the model before it saves it, and how far a resumed
    run continues. Optimizer and scheduler are names from :mod:`harness.model.optimizers`."""

    optimizer: str = "sgd"
    lr: float = 0.01
    steps: int = 3              # optimizer updates before the save point
    batch_size: int = 4
    seed: int = 0               # the data stream's seed (and torch's, for dropout)
    scheduler: str = "none"
    clip_grad_norm: float = 0.0  # 0: no clipping
    accumulate: int = 1         # micro-batches whose gradients make one update
    resume_steps: int = 3       # updates after the save point, compared when resuming


#: Recipe fields added to schema 1 after specs were first saved, with their defaults.
LATER_RECIPE_DEFAULTS: dict[str, Any] = {"scheduler": "none", "clip_grad_norm": 0.0, "accumulate": 1,
                                         "resume_steps": 3}


@dataclass(frozen=True)
class ModelSpec:
    """A whole model: its input, its layer sequence and their container, init seed, recipe."""

    input_layout: str                  # vec | seq | sig | img | tok (see harness.model.layers.TensorInfo)
    input_shape: tuple[int, ...]       # per example, without the batch axis
    layers: tuple[LayerSpec, ...]
    vocab: int = 0                     # tok inputs: ids in [0, vocab)
    container: str = "sequential"      # sequential | modulelist | moduledict
    init_seed: int = 0
    recipe: TrainingRecipe = field(default_factory=TrainingRecipe)
    schema: int = SCHEMA_VERSION

    def to_json(self) -> dict[str, Any]:
        """The canonical JSON form (tuples become lists; later recipe fields left out while they
        hold their defaults, so a spec written before they existed keeps its id)."""
        data = json.loads(json.dumps(asdict(self)))
        for key, default in LATER_RECIPE_DEFAULTS.items():
            if data["recipe"].get(key) == default:
                del data["recipe"][key]
        return data

    def canonical(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))

    @property
    def id(self) -> str:
        """A stable id: the same spec gives the same id in every environment."""
        return hashlib.sha256(self.canonical().encode()).hexdigest()[:16]

    def walk(self) -> Iterator[LayerSpec]:
        """Every layer node of the model, depth first."""
        for layer in self.layers:
            yield from layer.walk()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ModelSpec:
        """Parse a spec, refusing unknown schema versions and malformed fields by name."""
        if not isinstance(data, Mapping):
            raise SpecError(f"a model spec must be a JSON object, got {type(data).__name__}")
        schema = data.get("schema")
        if schema != SCHEMA_VERSION:
            raise SpecError(
                f"model spec schema {schema!r} is not supported by this harness "
                f"(it reads schema {SCHEMA_VERSION}); upgrade harness to read newer specs"
            )
        recipe = _recipe(data.get("recipe", {}))
        for key, kind in _FIELD_TYPES.items():
            if key in data:
                _expect(data[key], kind, key)
        for index, dim in enumerate(data.get("input_shape") or []):
            _expect(dim, int, f"input_shape[{index}]")
        try:
            spec = cls(
                input_layout=str(data["input_layout"]),
                input_shape=tuple(int(d) for d in data["input_shape"]),
                layers=tuple(LayerSpec.from_json(layer, f"layers[{i}]") for i, layer in enumerate(data["layers"])),
                vocab=int(data.get("vocab", 0)),
                container=str(data.get("container", "sequential")),
                init_seed=int(data.get("init_seed", 0)),
                recipe=recipe,
                schema=int(schema),
            )
        except SpecError:
            raise  # it names the field already
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SpecError(f"malformed model spec: {exc!r}") from exc
        return spec


#: The JSON type of each top-level field a spec holds: a value of another type is refused by
#: name here, rather than failing later as a TypeError deep in a bound or in a worker.
_FIELD_TYPES: dict[str, type] = {"input_layout": str, "input_shape": list, "layers": list, "vocab": int,
                                 "container": str, "init_seed": int}
_RECIPE_TYPES: dict[str, type | tuple[type, ...]] = {
    "optimizer": str, "lr": (int, float), "steps": int, "batch_size": int, "seed": int, "scheduler": str,
    "clip_grad_norm": (int, float), "accumulate": int, "resume_steps": int}


def _expect(value: Any, kind: type | tuple[type, ...], where: str) -> None:
    """SpecError naming ``where`` unless ``value`` is of ``kind`` (a bool is not a number)."""
    if isinstance(value, bool) or not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        names = {"int": "an integer", "str": "a string", "list": "an array",
                 "int or float": "a number"}.get(names, names)
        raise SpecError(f"{where} must be {names}, not {type(value).__name__} {str(value)[:40]!r}")


def _recipe(data: Any) -> TrainingRecipe:
    """The training recipe, every field checked for its name and type: a spec comes from a
    file or an artifact directory, both untrusted, and a string where a number belongs
    (``"steps": "3"``) would otherwise pass until arithmetic on it fails."""
    if not isinstance(data, Mapping):
        raise SpecError(f"recipe must be a JSON object, not {type(data).__name__}")
    for key, value in data.items():
        if key not in _RECIPE_TYPES:
            raise SpecError(f"recipe field {str(key)[:40]!r} is not one harness knows; known: "
                           f"{', '.join(_RECIPE_TYPES)}")
        _expect(value, _RECIPE_TYPES[key], f"recipe.{key}")
    return TrainingRecipe(**data)


def read_specs(path: Path) -> list[ModelSpec]:
    """Specs from a JSON Lines file (one spec per line, as ``harness gen --out`` writes)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    specs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            specs.append(ModelSpec.from_json(json.loads(line)))
        except (json.JSONDecodeError, SpecError) as exc:
            raise SpecError(f"{path}, line {number}: {exc}") from None
    return specs


#: The largest spec a manifest may ask a loading environment to build and train. Generated
#: specs stay far inside these (widths of at most 64, a few updates); they are here so that a
#: spec edited into an artifact directory (a width of 10⁹, a billion resumed updates) is
#: refused by name before a worker builds it, instead of exhausting memory or time.
LIMITS = {"int_param": 4096, "input_dim": 4096, "input_elements": 1 << 20, "vocab": 1 << 16,
          "nodes": 512, "nesting": 8, "steps": 256, "batch_size": 256, "accumulate": 16}


def check_bounds(spec: ModelSpec) -> None:
    """SpecError naming the first field of ``spec`` beyond :data:`LIMITS`."""
    def over(what: str, value: float, limit: float) -> None:
        if value > limit:
            raise SpecError(f"{what} = {value:g} is beyond this harness's limit of {limit:g} for a spec")

    elements = 1
    for dim in spec.input_shape:
        if dim < 1:
            raise SpecError(f"input_shape {list(spec.input_shape)} has a dimension below 1")
        over("an input_shape dimension", dim, LIMITS["input_dim"])
        elements *= dim
    over("the input's elements per example", elements, LIMITS["input_elements"])
    over("vocab", spec.vocab, LIMITS["vocab"])
    recipe = spec.recipe
    for name in ("steps", "resume_steps"):
        over(f"recipe.{name}", getattr(recipe, name), LIMITS["steps"])
    over("recipe.batch_size", recipe.batch_size, LIMITS["batch_size"])
    over("recipe.accumulate", recipe.accumulate, LIMITS["accumulate"])
    if min(recipe.steps, recipe.resume_steps, recipe.batch_size - 1, recipe.accumulate - 1) < 0:
        raise SpecError("recipe steps, resume_steps, batch_size and accumulate must be positive")
    nodes = 0

    def visit(layers: tuple[LayerSpec, ...], depth: int) -> None:
        nonlocal nodes
        over("the nesting of layer bodies", depth, LIMITS["nesting"])
        for layer in layers:
            nodes += 1
            over("the number of layers", nodes, LIMITS["nodes"])
            for key, value in layer.params.items():
                for item in value if isinstance(value, (list, tuple)) else [value]:
                    if isinstance(item, (int, float)) and not isinstance(item, bool):
                        over(f"{layer.kind}.{key}", abs(item), LIMITS["int_param"])
            for body in layer.bodies:
                visit(body, depth + 1)

    visit(spec.layers, 0)
