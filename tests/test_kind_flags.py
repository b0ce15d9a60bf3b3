"""A layer kind is one file: what formats, shrinking and statistics decide from a kind they read
from its flags (``Kind.data_dependent_branch``, ``fused_in_eager``, …), never from its name."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from harness.formats import FORMATS
from harness.formats.base import data_dependent_branch, unfused_capture
from harness.minimize.shrink import _edits
from harness.model.cases import spec_case
from harness.model.layers import LAYERS
from harness.model.population_stats import items_of, vocabulary
from harness.model.spec import LayerSpec, ModelSpec

PACKAGE = Path(__file__).resolve().parent.parent / "harness"
KINDS_DIR = PACKAGE / "model" / "layers"


def names_of_kinds(source: str, kinds: set[str]) -> list[tuple[int, str]]:
    """(line, name) of every string constant in ``source`` that is a kind's name (docstrings aside)."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value in kinds and id(node) not in docstrings]


def test_no_module_outside_the_kinds_names_a_kind() -> None:
    kinds = set(LAYERS)
    found = {str(path.relative_to(PACKAGE)): hits
             for path in sorted(PACKAGE.rglob("*.py")) if KINDS_DIR not in path.parents
             for hits in [names_of_kinds(path.read_text(encoding="utf-8"), kinds)] if hits}
    assert found == {}, "declare what these modules need as a flag on Kind instead"


def test_the_scan_finds_a_kind_named_in_code_but_not_in_a_docstring() -> None:
    source = '"""Mentions branches."""\ndef f(layer):\n    """branches"""\n    return layer.kind == "branches"\n'
    assert names_of_kinds(source, {"branches"}) == [(4, "branches")]


def one_layer(kind: str, bodies: tuple = ()) -> ModelSpec:
    return ModelSpec(input_layout="vec", input_shape=(4,), layers=(LayerSpec(kind, {}, bodies),))


def flagged(flag: str) -> set[str]:
    return {name for name in LAYERS if getattr(LAYERS.get(name), flag)}


def explained(format_name: str, kinds, entry: dict) -> set[str]:
    return {name for name in kinds
            if FORMATS.get(format_name).explain_mismatch(spec_case(one_layer(name)), entry, False)}


def test_the_kinds_a_trace_cannot_follow_are_those_with_a_data_dependent_branch() -> None:
    assert flagged("data_dependent_branch")  # the vocabulary holds one, or nothing is tested
    assert explained("torchscript-trace", LAYERS, {}) == flagged("data_dependent_branch")
    traced = {"formats": {"onnx": {"traced": True}}}
    assert explained("onnx", LAYERS, traced) == flagged("data_dependent_branch")
    export_failure = RuntimeError("data-dependent guard")
    assert {name for name in LAYERS if data_dependent_branch(spec_case(one_layer(name)), export_failure)} \
        == flagged("data_dependent_branch")


def test_the_kinds_a_capture_rounds_differently_from_are_those_fused_in_eager() -> None:
    assert flagged("fused_in_eager")
    assert {name for name in LAYERS if unfused_capture(spec_case(one_layer(name)), True)} \
        == flagged("fused_in_eager")


def test_setting_a_flag_on_a_kind_changes_the_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(LAYERS.get("linear")), "data_dependent_branch", True)
    assert "linear" in explained("torchscript-trace", ["linear"], {})
    monkeypatch.setattr(type(LAYERS.get("linear")), "fused_in_eager", True)
    assert unfused_capture(spec_case(one_layer("linear")), True) is not None


def test_shrinking_keeps_a_body_s_first_layer_only_where_the_kind_says_it_sets_the_width() -> None:
    head, tail = LayerSpec("linear", {"out_features": 4, "bias": True}), LayerSpec("relu")
    keeps_head = {name for name in LAYERS
                  if (tail,) in list(_edits((LayerSpec(name, {}, ((head, tail),)),)))}
    assert keeps_head == flagged("body_head_sets_width")


def test_gen_stats_counts_the_variants_each_kind_declares() -> None:
    items = {item for _, item in vocabulary()}
    for name in LAYERS:
        kind = LAYERS.get(name)
        for value in kind.variant_values:
            spec = ModelSpec(input_layout="vec", input_shape=(4,),
                             layers=(LayerSpec(name, {kind.variant_param: value}),))
            variant = set(items_of(spec)) - {name, spec.container, "vec", spec.recipe.optimizer,
                                              spec.recipe.scheduler}
            assert len(variant) == 1 and variant <= items
