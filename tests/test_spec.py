from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.model.build import build, example_inputs, output_info
from harness.model.layers import LAYERS, TensorInfo
from harness.model.population import generate_specs
from harness.model.spec import LayerSpec, ModelSpec, SpecError
from harness.model.strategies import layer_specs, model_specs

# Every kind gets its share: a focus kind first, then whatever Hypothesis draws.
ANY_MODEL = st.sampled_from(LAYERS.names()).flatmap(lambda name: model_specs(focus=name))


@settings(max_examples=500, deadline=None)
@given(ANY_MODEL)
def test_every_drawn_spec_builds_runs_round_trips_and_rebuilds_identically(spec: ModelSpec) -> None:
    again = ModelSpec.from_json(json.loads(json.dumps(spec.to_json())))
    assert again == spec and again.id == spec.id
    a, b = build(spec), build(again)
    sa, sb = a.state_dict(), b.state_dict()
    assert list(sa) == list(sb)
    assert all(torch.equal(sa[k], sb[k]) for k in sa)
    (x,) = example_inputs(spec)
    with torch.no_grad():  # as harness runs models (an LSTM rounds differently with autograd on)
        out, again_out = a.eval()(x), b.eval()(x)
    assert tuple(out.shape[1:]) == output_info(spec).shape
    assert torch.equal(out, again_out)


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_layer_specs_respect_the_flowing_shape(data) -> None:
    info = TensorInfo("sig", (3, 5))
    layer = data.draw(layer_specs(info, preserve=True, max_depth=1))
    assert LAYERS.get(layer.kind).out(layer, info) == info


def test_spec_id_is_a_stable_contract() -> None:
    # Fixtures and results refer to cases by id: changing how ids are computed
    # orphans every artifact ever saved, so this value must never change.
    spec = ModelSpec(input_layout="vec", input_shape=(3,),
                     layers=(LayerSpec("linear", {"out_features": 2, "bias": True}),))
    assert spec.id == "f8f2d00f6843bc04"


def test_unknown_schema_is_refused_by_name() -> None:
    data = generate_specs(1, 0)[0].to_json()
    data["schema"] = 99
    with pytest.raises(SpecError, match="schema 99"):
        ModelSpec.from_json(data)


def test_unknown_layer_kind_names_the_known_ones() -> None:
    spec = ModelSpec(input_layout="vec", input_shape=(3,), layers=(LayerSpec("linaer", {"out_features": 2}),))
    with pytest.raises(SpecError, match="known: .*linear"):
        build(spec)


def test_layer_on_the_wrong_layout_is_a_spec_error() -> None:
    spec = ModelSpec(input_layout="vec", input_shape=(3,), layers=(LayerSpec("conv2d", {}),))
    with pytest.raises(SpecError, match="conv2d.*vec"):
        build(spec)


def test_same_seed_same_specs_other_seed_other_specs() -> None:
    first, again, other = generate_specs(40, 1), generate_specs(40, 1), generate_specs(40, 2)
    assert [s.id for s in first] == [s.id for s in again]
    assert len({s.id for s in first}) == len(first) == 40
    assert [s.id for s in first] != [s.id for s in other]


def test_token_inputs_are_integers_in_the_vocabulary() -> None:
    spec = generate_specs(1, 0, model_specs(focus="embedding"))[0]
    (x,) = example_inputs(spec)
    assert spec.input_layout == "tok" and x.dtype == torch.int64
    assert 0 <= int(x.min()) and int(x.max()) < spec.vocab


def test_strategy_arguments_are_validated_by_name() -> None:
    with pytest.raises(ValueError, match="max_depth"):
        model_specs(max_depth=-1)
    with pytest.raises(ValueError, match="max_layers"):
        model_specs(max_layers=0)
    with pytest.raises(ValueError, match="layouts"):
        model_specs(layouts=["cube"])
    with pytest.raises(ValueError, match="focus.*known|focus must be"):
        model_specs(focus="grue")
    with pytest.raises(ValueError, match="needs max_depth"):
        model_specs(focus="residual", max_depth=0)
    with pytest.raises(ValueError, match="count"):
        generate_specs(-1)


def test_gen_stats_at_200_examples_covers_every_vocabulary_item() -> None:
    done = subprocess.run([sys.executable, "-m", "harness", "gen", "--examples", "200", "--stats"],
                          capture_output=True, text=True, check=True)
    rows = [line.split() for line in done.stdout.splitlines()
            if re.match(r"^(layer|structure|hazard|container|input|optimizer|scheduler) ", line)]
    from harness.model.population_stats import vocabulary
    assert len(rows) == len(vocabulary())
    never = [row[1] for row in rows if int(row[2]) == 0]
    assert never == [], f"never drawn at 200 examples: {never}"
    assert f"{len(rows)}/{len(rows)} vocabulary items drawn" in done.stdout
