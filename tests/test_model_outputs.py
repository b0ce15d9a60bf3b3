"""Models as they come: outputs that are ``ModelOutput``s, dicts, tuples or nested containers
are compared leaf by leaf and named by their paths, in every format, including those that
return a flat tuple (ONNX); an output harness cannot compare (a cache object, a string) is
one problem per factory — one line from ``save``, one section in every report, one line
and exit 1 from the gate — never a failure of every format in every pair.

The factories are tests/plugins/shaped_models.py (real torch, no mocks); transformers is not
a test dependency, so its ``ModelOutput`` and ``DynamicCache`` are emulated there."""

from __future__ import annotations

import copy
import json
import os
import sys
from collections import OrderedDict
from pathlib import Path

import pytest
import torch
from conftest import ROOT, run_harness

from harness.artifacts.untrusted import Untrusted, check_manifest
from harness.model.outputs import UncomparableOutput, flatten_outputs, legacy_order
from harness.verify.compare import compare_outputs

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "plugins")}
#: Formats that rebuild the model with the factory (state_dict), keep the module (pickle), or
#: return a flat tuple of tensors from a graph (onnx-legacy: TorchScript's flattening of the
#: output; onnx-dynamo: torch's pytree's, as torch.export's — whose own file, unlike ONNX, needs
#: the output class registered with pytree in the loading process too, as transformers does
#: when it is imported).
FORMATS = ("state_dict", "pickle", "onnx-legacy", "onnx-dynamo")
PROBLEMS = "shaped_models:cached,shaped_models:worded"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _old_flatten(out: object) -> list[torch.Tensor]:
    """How harness flattened outputs before it named them: every dict's keys sorted."""
    if isinstance(out, torch.Tensor):
        return [out]
    if isinstance(out, (list, tuple)):
        return [t for item in out for t in _old_flatten(item)]
    return [t for key in sorted(out) for t in _old_flatten(out[key])]


def test_leaves_are_named_by_their_paths_in_the_order_exporters_flatten() -> None:
    hidden = (torch.zeros(2), torch.ones(3))
    out = OrderedDict(logits=torch.arange(4.0), hidden_states=hidden,
                      extra={"zeta": torch.ones(1), "alpha": torch.zeros(5)})
    leaves = flatten_outputs(out)
    assert leaves.names == ["logits", "hidden_states.0", "hidden_states.1", "extra.zeta", "extra.alpha"]
    assert flatten_outputs(((torch.ones(1), torch.ones(2)), torch.ones(3))).names == ["0.0", "0.1", "1"]
    assert flatten_outputs(torch.ones(1)).names == [""]
    # artifacts saved before the names: the order of the old flattening, dict keys sorted
    assert [t.shape for t in legacy_order(leaves)] == [t.shape for t in _old_flatten(out)]


def test_a_mismatch_names_the_leaf_that_differs() -> None:
    reference = flatten_outputs({"logits": torch.ones(3), "hidden_states": (torch.zeros(2), torch.ones(2))})
    moved = flatten_outputs({"logits": torch.ones(3), "hidden_states": (torch.zeros(2), torch.ones(2) + 0.5)})
    result = compare_outputs(reference, moved, exact=False, names=reference.names)
    assert not result.ok and result.message.startswith("output hidden_states.1: beyond torch.float32 tolerance")
    assert "logits" not in result.message and "hidden_states.0" not in result.message
    fewer = compare_outputs(reference, flatten_outputs({"logits": torch.ones(3)}), exact=True, names=reference.names)
    assert fewer.message == "expected 3 output tensors, got 1 (missing hidden_states.0, hidden_states.1)"
    # a flat list (what onnxruntime returns) is named by the reference's paths
    flat = compare_outputs(reference, [torch.ones(3), torch.zeros(2), torch.ones(2) * 3], exact=True,
                           names=reference.names)
    assert flat.message.startswith("output hidden_states.1: not bit-exact")


@pytest.mark.parametrize("output, problem", [
    ((torch.ones(1), {"past_key_values": object()}), "returns an object at 1.past_key_values"),
    ("text", "returns a str as its output"),
    (None, "returns None as its output"),
    ((torch.ones(1), None), "returns None at 1"),
    ((), "returns no tensor as its output"),
])
def test_what_is_not_a_tensor_is_named_with_its_path(output: object, problem: str) -> None:
    with pytest.raises(UncomparableOutput) as raised:
        flatten_outputs(output)
    assert raised.value.problem.startswith(problem + ":"), raised.value.problem
    assert "harness compares tensors only" in raised.value.problem


@pytest.fixture(scope="module")
def nested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("nested") / "a"
    run_harness(sys.executable, "save", "--out", str(out), "--model", "shaped_models:nested", "--workers", "1",
                *(f"--format={fmt}" for fmt in FORMATS), env=ENV)
    return out


def _outputs(directory: Path, tmp_path: Path, env: dict) -> dict[str, dict]:
    results = tmp_path / "r.jsonl"
    run_harness(sys.executable, "verify", str(directory), "--results", str(results), "--trust-pickles",
                "--trust-code", "--workers", "1", env=env)
    return {r["format"]: r for r in _records(results) if r["check"] == "output"}


def test_container_outputs_pass_leaf_by_leaf_in_every_format(nested: Path, tmp_path: Path) -> None:
    (case,) = json.loads((nested / "manifest.json").read_text())["cases"]
    assert case["outputs"] == ["logits", "hidden_states.0", "hidden_states.1", "extra.zeta", "extra.alpha"]
    records = _outputs(nested, tmp_path, ENV)
    assert set(records) == set(FORMATS)
    for fmt, record in records.items():  # the onnx and export files return flat tuples: same leaves, same order
        assert record["status"] == "pass", (fmt, record["message"])


def test_a_differing_leaf_is_named_by_its_path(nested: Path, tmp_path: Path) -> None:
    records = _outputs(nested, tmp_path, {**ENV, "SHAPED_MODELS_SHIFT": "0.5"})
    # state_dict rebuilds the model with the factory here, which now moves hidden_states.1 alone
    mismatch = records["state_dict"]
    assert mismatch["status"] == "mismatch"
    assert mismatch["message"].startswith("output hidden_states.1: "), mismatch["message"]  # bit-exact or tolerance
    assert "max abs" in mismatch["message"] and ";" not in mismatch["message"]
    assert "logits" not in mismatch["message"] and "extra" not in mismatch["message"]
    for fmt in ("pickle", "onnx-legacy", "onnx-dynamo"):  # they keep the model (or graph) that was saved
        assert records[fmt]["status"] == "pass", (fmt, records[fmt]["message"])


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("problems")
    out = root / "a"
    done = run_harness(sys.executable, "save", "--out", str(out), "--models", PROBLEMS, "--workers", "1",
                       "--format", "state_dict", "--format", "pickle", "--quiet", env=ENV)
    return out, done.stderr


def test_a_non_tensor_output_is_one_line_from_save(problems: tuple[Path, str]) -> None:
    out, said = problems
    lines = [line for line in said.splitlines() if line.startswith("model ")]
    assert lines == [
        ("model shaped_models:cached returns a DynamicCache at past_key_values: harness compares tensors only — "
         "return tensors (transformers: use_cache=False); no format was saved"),
        ("model shaped_models:worded returns a str at 1: harness compares tensors only — return tensors, or "
         "dicts, tuples or lists of them; no format was saved")], said
    assert "2 models with a problem" in said
    manifest = json.loads((out / "manifest.json").read_text())
    for case in manifest["cases"]:
        assert case["formats"] == {} and "inputs" not in case and case["problem"].startswith("returns a")
        assert not (out / "cases" / case["id"]).exists()


def test_a_non_tensor_output_is_one_problem_in_the_report_and_the_gate(problems: tuple[Path, str],
                                                                       tmp_path: Path) -> None:
    out, _ = problems
    results = tmp_path / "r.jsonl"
    run_harness(sys.executable, "verify", str(out), "--results", str(results), "--trust-pickles", "--trust-code",
                "--workers", "1", env=ENV)
    records = _records(results)
    assert [(r["format"], r["check"], r["status"], r["claimed"]) for r in records] == [
        ("model", "output", "save_error", True)] * 2  # one record per case and pair, about the model
    # a baseline that covers every failure of every format does not cover a problem with a model
    baseline = tmp_path / "baseline.toml"
    baseline.write_text('schema = 1\n[[known]]\nreason = "everything"\nformat = "*"\n')
    reports = tmp_path / "reports"
    run_harness(sys.executable, "report", str(results), "--out", str(reports), "--baseline", str(baseline))
    markdown = (reports / "compat.md").read_text()
    assert markdown.count("## Problems with your models (2)") == 1
    assert markdown.count("returns a DynamicCache at past_key_values") == 1
    assert markdown.count("returns a str at 1") == 1
    assert "## New incompatibilities: none" in markdown and "#### " not in markdown  # no finding, no grid
    html = (reports / "compat.html").read_text()
    assert html.count('<h2 id="problems">Problems with your models (2)</h2>') == 1
    assert html.count("returns a DynamicCache at past_key_values") == 1
    summary = json.loads((reports / "compat.json").read_text())["summary"]
    assert [p["model"] for p in summary["model_problems"]] == ["shaped_models:cached", "shaped_models:worded"]
    assert summary["findings"] == [] and summary["matrix"] == [] and summary["grids"] == {}
    junit = (reports / "junit.xml").read_text()
    assert junit.count('type="model_problem"') == 2 and junit.count("<failure") == 2
    for source in (results, reports / "compat.json"):
        gate = run_harness(sys.executable, "gate", str(source), "--baseline", str(baseline), check=False)
        assert gate.returncode == 1, gate.stderr
        lines = gate.stdout.splitlines()
        assert [line.split(" returns ")[0] for line in lines if not line.startswith("BROAD")] == [
            "MODEL    model shaped_models:cached", "MODEL    model shaped_models:worded"], gate.stdout
        assert "gate FAIL: 2 problems with your models" in gate.stderr
    written = tmp_path / "written.toml"
    run_harness(sys.executable, "gate", str(results), "--baseline", str(written), "--write-baseline")
    assert "[[known]]" not in written.read_text()  # a model's problem is fixed in the model, never known


def test_a_manifest_claims_a_problem_only_as_harness_writes_it(problems: tuple[Path, str],
                                                               nested: Path) -> None:
    from harness.model.population import generate_specs

    manifest = json.loads((problems[0] / "manifest.json").read_text())
    check_manifest(manifest)
    saved = json.loads((nested / "manifest.json").read_text())
    spec = {"kind": "spec", "spec": generate_specs(1, 0)[0].to_json()}
    for edit, why in [
        (lambda m: m["cases"][0].update(problem=["x"]), "problem must be a string"),
        (lambda m: m["cases"][0].update(problem="two\nlines"), "not one line"),
        (lambda m: m["cases"][0]["formats"].update(pickle={"status": "save_error", "files": []}), "with formats"),
        (lambda m: m["cases"][0].update(source=spec), "for a generated model"),
    ]:
        edited = copy.deepcopy(manifest)
        edit(edited)
        with pytest.raises(Untrusted, match=why):
            check_manifest(edited)
    for names, why in [("logits", "outputs must be an array"), ([1], "not the path of an output tensor"),
                       ([], "names 0 tensors")]:
        edited = copy.deepcopy(saved)
        edited["cases"][0]["outputs"] = names
        with pytest.raises(Untrusted, match=why):
            check_manifest(edited)


def test_a_manifest_naming_other_outputs_than_its_reference_holds_is_corrupt(
        nested: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from harness.options import RunOptions
    from harness.verify.pipeline import verify_dir

    monkeypatch.syspath_prepend(str(ROOT / "tests" / "plugins"))
    copy_dir = tmp_path / "edited"
    shutil.copytree(nested, copy_dir)
    manifest = json.loads((copy_dir / "manifest.json").read_text())
    manifest["cases"][0]["outputs"] = ["logits"]
    manifest["cases"][0]["formats"] = {"state_dict": manifest["cases"][0]["formats"]["state_dict"]}  # quicker
    (copy_dir / "manifest.json").write_text(json.dumps(manifest))
    records = {r.check: r for r in verify_dir(copy_dir, RunOptions(trust_code=True))}
    assert records["output"].status == "corrupt", records["output"].message
    assert "the manifest names 1 output tensors" in records["output"].message
