from __future__ import annotations

import json

import pytest
import torch
from hypothesis import given, settings

from harness.build import build, example_inputs, output_shape
from harness.spec import LayerSpec, ModelSpec, SpecError
from harness.strategies import generate_specs, mlp_specs, model_specs


@settings(max_examples=60, deadline=None)
@given(model_specs())
def test_spec_json_round_trip_keeps_value_and_id(spec: ModelSpec) -> None:
    text = json.dumps(spec.to_json())
    again = ModelSpec.from_json(json.loads(text))
    assert again == spec
    assert again.id == spec.id


@settings(max_examples=40, deadline=None)
@given(model_specs())
def test_every_drawn_spec_builds_identically_and_runs(spec: ModelSpec) -> None:
    a, b = build(spec), build(spec)
    sa, sb = a.state_dict(), b.state_dict()
    assert sa.keys() == sb.keys()
    assert all(torch.equal(sa[k], sb[k]) for k in sa)
    (x,) = example_inputs(spec)
    out = a.eval()(x)
    assert tuple(out.shape[1:]) == output_shape(spec)


def test_spec_id_is_a_stable_contract() -> None:
    # Fixtures and results refer to cases by id: changing how ids are computed
    # orphans every artifact ever saved, so this value must never change.
    spec = ModelSpec(input_shape=(3,), layers=(LayerSpec("linear", {"out_features": 2, "bias": True}),))
    assert spec.id == "191e43ca8f1503d2"


def test_unknown_schema_is_refused_by_name() -> None:
    data = generate_specs(1, 0)[0].to_json()
    data["schema"] = 99
    with pytest.raises(SpecError, match="schema 99"):
        ModelSpec.from_json(data)


def test_unknown_layer_kind_names_the_known_ones() -> None:
    spec = ModelSpec(input_shape=(3,), layers=(LayerSpec("linaer", {"out_features": 2}),))
    with pytest.raises(SpecError, match="known: .*linear"):
        build(spec)


def test_same_seed_same_specs_other_seed_other_specs() -> None:
    first, again, other = generate_specs(8, 1), generate_specs(8, 1), generate_specs(8, 2)
    assert [s.id for s in first] == [s.id for s in again]
    assert len({s.id for s in first}) == len(first) == 8
    assert [s.id for s in first] != [s.id for s in other]


def test_strategy_arguments_are_validated_by_name() -> None:
    with pytest.raises(ValueError, match="max_depth"):
        mlp_specs(max_depth=0)
    with pytest.raises(ValueError, match="count"):
        generate_specs(-1)
