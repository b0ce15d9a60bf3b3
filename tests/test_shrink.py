"""The smallest failing model, for failures planted where we know the answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from harness.formats import FORMATS, Format
from harness.formats.base import ArtifactLoadError, module_runner
from harness.minimize.reproduce import attach_reproducers
from harness.minimize.shrink import size, smallest_failing
from harness.model.cases import Case, spec_case
from harness.model.population import generate_specs
from harness.model.spec import LayerSpec, ModelSpec
from harness.model.strategies import model_specs
from harness.save.pipeline import save_all
from harness.train.loop import Trained
from harness.train.materialize import rebuild
from harness.verify.pipeline import verify_dir


def has_gru(spec: ModelSpec) -> bool:
    return any(layer.kind == "gru" for layer in spec.walk())


GRU = LayerSpec("gru", {"hidden": 6, "layers": 2, "bidirectional": False, "bias": True, "dropout": 0.2})
BURIED = ModelSpec(input_layout="seq", input_shape=(4, 6), layers=(
    LayerSpec("linear", {"out_features": 6, "bias": True}),
    LayerSpec("relu"),
    LayerSpec("residual", {"container": "moduledict"}, ((LayerSpec("layernorm", {"affine": True}),
                                                         LayerSpec("attention", {"heads": 2, "bias": True,
                                                                                 "dropout": 0.1}),),)),
    LayerSpec("branches", {"merge": "concat", "container": "modulelist"}, (
        (LayerSpec("linear", {"out_features": 3, "bias": True}), LayerSpec("tanh")),
        (LayerSpec("linear", {"out_features": 6, "bias": True}), GRU, LayerSpec("dropout", {"p": 0.1})),
    )),
    LayerSpec("plain_tensor"),
    LayerSpec("mean_over_time"),
    LayerSpec("linear", {"out_features": 2, "bias": False}),
), container="modulelist")


def test_a_structure_body_that_breaks_its_shape_rule_is_refused() -> None:
    from harness.model.build import build
    from harness.model.spec import SpecError
    wide = LayerSpec("gru", {**GRU.params, "bidirectional": True})
    bad = ModelSpec(input_layout="seq", input_shape=(4, 6), layers=(
        LayerSpec("branches", {"merge": "sum", "container": "sequential"}, (
            (LayerSpec("linear", {"out_features": 6, "bias": True}), wide),
            (LayerSpec("linear", {"out_features": 6, "bias": True}),))),))
    with pytest.raises(SpecError, match="equal widths"):
        build(bad)


def test_shrinking_a_planted_gru_failure_leaves_one_small_gru() -> None:
    assert has_gru(BURIED) and size(BURIED) > 10
    small = smallest_failing(BURIED, has_gru)
    assert [layer.kind for layer in small.walk()] == ["gru"]
    (gru,) = small.layers
    assert gru.params["hidden"] == 1 and gru.params["layers"] == 1 and not gru.params["bidirectional"]
    assert small.input_shape == (1, 1)


@pytest.mark.parametrize("index", range(4))
def test_shrinking_generated_models_keeps_only_the_gru(index: int) -> None:
    spec = generate_specs(4, 21, model_specs(focus="gru", layouts=["seq"]))[index]
    small = smallest_failing(spec, has_gru)
    assert [layer.kind for layer in small.walk()] == ["gru"]


def test_a_spec_that_does_not_fail_is_returned_unchanged() -> None:
    spec = generate_specs(1, 0)[0]
    assert smallest_failing(spec, lambda candidate: False, budget=20) == spec


class FailsOnGRU(Format):
    """A test-only format whose loader refuses any model containing a GRU."""

    name = "test_fails_on_gru"

    def save(self, trained: Trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / "weights.pt")

    def load(self, case: Case, directory: Path):
        if has_gru(case.spec):
            raise ArtifactLoadError("planted: GRU models do not load")
        module = rebuild(case)
        module.load_state_dict(torch.load(directory / "weights.pt", weights_only=True))
        return module_runner(module)


@pytest.fixture
def planted_format():
    FORMATS.add(FailsOnGRU.name, FailsOnGRU())
    yield FailsOnGRU.name
    FORMATS._items.pop(FailsOnGRU.name)


def test_verify_attaches_the_smallest_reproducer_to_a_failure(planted_format, tmp_path: Path) -> None:
    specs = [BURIED, *generate_specs(3, 2, model_specs(layouts=["vec"]))]
    save_all(tmp_path / "a", [spec_case(s) for s in specs], formats=[planted_format])
    records = list(attach_reproducers(verify_dir(tmp_path / "a")))
    failing = [r for r in records if r.status not in ("pass", "unsupported")]
    assert [r.case for r in failing] == [BURIED.id] and failing[0].status == "load_error"
    reproducer = failing[0].reproducer
    assert reproducer["layers"] == 1 and reproducer["from_layers"] == size(BURIED)
    assert [layer.kind for layer in ModelSpec.from_json(reproducer["spec"]).walk()] == ["gru"]
    assert "nn.GRU(1, 1, num_layers=1" in reproducer["python"]
    assert all(r.reproducer is None for r in records if r.status == "pass")
