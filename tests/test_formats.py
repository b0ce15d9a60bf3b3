"""Every format, in this environment: what each keeps, and each known limitation detected and
classified by name (one test per limitation)."""

from __future__ import annotations

import json
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
import torch
from conftest import run_harness

from harness._compat import aoti_package, dynamo_onnx_unavailable, hf_storage
from harness.formats import FORMATS, ArtifactLoadError
from harness.formats.base import data_dependent_branch
from harness.formats.safetensors_formats import shared_groups
from harness.model.cases import Case, spec_case
from harness.model.spec import LayerSpec, ModelSpec
from harness.options import RunOptions
from harness.results import LIMITATIONS, is_failure
from harness.save.pipeline import save_all
from harness.train.materialize import materialize, rebuild
from harness.verify.pipeline import verify_dir

ALL = ["aoti-package", "checkpoint", "checkpoint-script", "dcp", "dcp-safetensors", "executorch",
       "executorch-xnnpack", "export", "onnx",
       "onnx-dynamo", "onnx-legacy", "pickle", "safetensors", "safetensors-model", "safetensors-sharded",
       "state_dict", "state_dict-legacy", "torchscript-script", "torchscript-trace"]
LINEAR = LayerSpec("linear", {"out_features": 4, "bias": True})


def vec(*layers: LayerSpec, width: int = 4) -> ModelSpec:
    return ModelSpec(input_layout="vec", input_shape=(width,), layers=layers)


def verdicts(tmp_path: Path, spec: ModelSpec, formats: list[str]) -> dict:
    save_all(tmp_path / "a", [spec_case(spec)], formats=formats)
    return {(r.format, r.check): r for r in verify_dir(tmp_path / "a", RunOptions(trust_pickles=True, trust_code=True))}


def test_every_format_is_registered() -> None:
    assert sorted(FORMATS.names()) == ALL


def test_a_plain_model_passes_every_available_format(tmp_path: Path) -> None:
    records = verdicts(tmp_path, vec(LINEAR, LayerSpec("relu"), LINEAR), ALL)
    for (fmt, check), r in records.items():
        if check == "resume" and not (FORMATS.get(fmt).resumable or FORMATS.get(fmt).resumes_with_checkpoint):
            assert r.status == "unsupported" and r.message.startswith("inference-only format")
            continue
        if fmt == "onnx-dynamo" and r.status == "unsupported":
            assert "onnxscript" in r.message  # an environment without it says so
            continue
        if fmt == "dcp-safetensors" and r.status == "unsupported":  # no HF storage before 2.13
            assert "has no HuggingFaceStorageWriter" in r.message and hf_storage() is None
            continue
        if fmt == "aoti-package" and r.status == "unsupported":  # no packages before 2.6, or not sampled
            assert ("has no torch._inductor.aoti_load_package" in r.message and aoti_package() is None) \
                or "not in this run's aoti-package sample" in r.message, r.message  # (test_aoti_package.py)
            continue
        if fmt.startswith("executorch") and r.status == "unsupported":  # rows from 2.6 on install it
            assert "executorch is not installed" in r.message and find_spec("executorch") is None, r.message
            continue  # (test_executorch.py runs it where it is)
        if (fmt, check) == ("checkpoint-script", "weights_only"):  # argparse, NumPy: never weights-only
            assert r.status == "load_error" and "argparse.Namespace" in r.message, r.message
            continue
        if (fmt, check) == ("state_dict-legacy", "mmap"):  # mmap maps zip files only
            assert (r.status, r.limitation) == ("load_error", "mmap_zip_only"), r.message
            continue
        assert r.status == "pass", (fmt, check, r.message)
        if check == "output" and FORMATS.get(fmt).exact_in_same_env:
            assert r.max_abs_diff == 0.0, fmt
        if check == "output":
            assert r.max_abs_diff is not None and r.max_rel_diff is not None


# One test per known limitation: the status and the named reason.

def test_uncarried_state_in_every_state_dict_format(tmp_path: Path) -> None:
    records = verdicts(tmp_path, vec(LINEAR, LayerSpec("plain_tensor")), ALL)
    for fmt in ("state_dict", "state_dict-legacy", "checkpoint", "dcp", "safetensors", "safetensors-model",
                "safetensors-sharded"):
        r = records[(fmt, "output")]
        assert (r.status, r.limitation) == ("mismatch", "uncarried_state") and "body.1.center" in r.message
    for fmt in ("pickle", "torchscript-script", "torchscript-trace", "onnx", "export"):
        assert records[(fmt, "output")].status == "pass", fmt  # they keep the whole module


def test_tied_weights_refused_by_save_file_kept_by_save_model(tmp_path: Path) -> None:
    spec = vec(LayerSpec("tied_weights", {"activation": "tanh"}))
    records = verdicts(tmp_path, spec, ["safetensors", "safetensors-model"])
    refused = records[("safetensors", "output")]
    assert (refused.status, refused.limitation) == ("unsupported", "shared_tensors")
    assert "first.weight" in refused.message and "second.weight" in refused.message
    assert records[("safetensors-model", "output")].status == "pass"
    # and load_model leaves them tied
    from safetensors.torch import load_model
    module = rebuild(Case(spec.id, {"kind": "spec", "spec": spec.to_json()}))
    load_model(module, str(tmp_path / "a" / "cases" / spec.id / "safetensors-model" / "model.safetensors"))
    assert shared_groups(module) == [["body.0.first.weight", "body.0.second.weight"]]


def test_sharded_safetensors_writes_shards_and_an_index_and_keeps_ties(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("tied_weights", {"activation": "tanh"}), LINEAR)
    records = verdicts(tmp_path, spec, ["safetensors-sharded", "checkpoint"])
    assert records[("safetensors-sharded", "output")].status == "pass"
    assert records[("safetensors-sharded", "resume")].status == "pass"
    folder = tmp_path / "a" / "cases" / spec.id / "safetensors-sharded"
    shards = sorted(p.name for p in folder.glob("*.safetensors"))
    index = json.loads((folder / "model.safetensors.index.json").read_text())
    assert len(shards) >= 3 and set(index["weight_map"].values()) == set(shards)
    # huggingface_hub saved one of the tied pair; loading tied it again (checked by the adapter)
    tied = {"body.1.first.weight", "body.1.second.weight"}
    assert len(tied & set(index["weight_map"])) == 1


PLAIN = vec(LINEAR, LayerSpec("relu"), LINEAR)


def _sharded_with_edited_index(tmp_path: Path, edit) -> Path:
    """PLAIN saved as safetensors-sharded, its index rewritten by ``edit(index, folder)``."""
    save_all(tmp_path / "a", [spec_case(PLAIN)], formats=["safetensors-sharded"])
    folder = tmp_path / "a" / "cases" / PLAIN.id / "safetensors-sharded"
    index_file = folder / "model.safetensors.index.json"
    index = json.loads(index_file.read_text())
    edit(index, folder)
    index_file.write_text(json.dumps(index))
    return folder


def test_sharded_safetensors_refuses_a_key_the_model_lacks(tmp_path: Path) -> None:
    def name_a_tensor_no_shard_holds(index: dict, folder: Path) -> None:
        index["weight_map"]["body.9.weight"] = next(iter(index["weight_map"].values()))
    folder = _sharded_with_edited_index(tmp_path, name_a_tensor_no_shard_holds)
    with pytest.raises(ArtifactLoadError, match="body.9.weight"):
        FORMATS.get("safetensors-sharded").load_module(spec_case(PLAIN), folder)


def test_a_sharded_index_naming_a_file_outside_its_folder_is_refused(tmp_path: Path) -> None:
    def point_outside(index: dict, folder: Path) -> None:
        first = next(iter(index["weight_map"]))
        (folder.parent / "outside.safetensors").write_bytes((folder / index["weight_map"][first]).read_bytes())
        index["weight_map"][first] = "../outside.safetensors"
    folder = _sharded_with_edited_index(tmp_path, point_outside)
    with pytest.raises(ArtifactLoadError, match="not in the folder"):
        FORMATS.get("safetensors-sharded").load_module(spec_case(PLAIN), folder)


def test_dcp_keeps_the_training_state_and_resumes(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("batchnorm1d", {"momentum": 0.1}), LayerSpec("relu"), LINEAR)
    records = verdicts(tmp_path, spec, ["dcp"])
    assert records[("dcp", "output")].status == "pass" and records[("dcp", "output")].max_abs_diff == 0.0
    assert records[("dcp", "resume")].status == "pass", records[("dcp", "resume")].message
    folder = tmp_path / "a" / "cases" / spec.id / "dcp"
    assert (folder / ".metadata").is_file() and list(folder.glob("*.distcp"))
    import torch.distributed.checkpoint as dcp
    keys = set(dcp.FileSystemReader(str(folder)).read_metadata().state_dict_metadata)
    assert {"model.body.0.weight", "step", "rng.torch"} <= keys
    # torch 2.2 on: the optimizer's state is keyed by parameter name (get_state_dict)
    assert any(k.startswith("optimizer.state.body.0.weight.") for k in keys), sorted(keys)[:20]
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text())
    assert manifest["cases"][0]["formats"]["dcp"]["status"] == "saved"


def test_dcp_without_consent_is_not_loaded(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("relu"), LINEAR)
    save_all(tmp_path / "a", [spec_case(spec)], formats=["dcp"])
    records = list(verify_dir(tmp_path / "a", RunOptions()))
    assert {r.status for r in records} == {"unsupported"} and all("--trust-pickles" in r.message for r in records)


def test_mmap_loads_the_zip_formats_and_refuses_the_legacy_one(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("relu"), LINEAR)
    records = verdicts(tmp_path, spec, ["state_dict", "state_dict-legacy", "checkpoint"])
    for fmt in ("state_dict", "checkpoint"):
        assert records[(fmt, "mmap")].status == "pass" and "bit for bit" in records[(fmt, "mmap")].message
    legacy = records[("state_dict-legacy", "mmap")]
    assert (legacy.status, legacy.limitation) == ("load_error", "mmap_zip_only")
    assert records[("state_dict-legacy", "output")].status == "pass"
    import zipfile
    folder = tmp_path / "a" / "cases" / spec.id
    assert not zipfile.is_zipfile(folder / "state_dict-legacy" / "state_dict_legacy.pt")
    assert zipfile.is_zipfile(folder / "state_dict" / "state_dict.pt")


def test_noncontiguous_parameter_refused_by_save_file(tmp_path: Path) -> None:
    records = verdicts(tmp_path, vec(LayerSpec("noncontiguous_linear", {"out_features": 3})),
                       ["safetensors", "safetensors-model", "state_dict"])
    r = records[("safetensors", "output")]
    assert (r.status, r.limitation) == ("unsupported", "noncontiguous") and "body.0.weight" in r.message
    assert records[("safetensors-model", "output")].status == "pass"
    assert records[("state_dict", "output")].status == "pass"


BRANCHY = vec(LayerSpec("branch_on_stat", {"threshold": 0.0, "container": "sequential"},
                        ((LayerSpec("relu"),), (LayerSpec("tanh"), LayerSpec("linear", {"out_features": 4,
                                                                                          "bias": True})))))


def test_traced_control_flow_mismatches_scripted_passes(tmp_path: Path) -> None:
    records = verdicts(tmp_path, BRANCHY, ["torchscript-trace", "torchscript-script", "onnx-legacy"])
    for fmt in ("torchscript-trace", "onnx-legacy"):
        r = records[(fmt, "output")]
        assert (r.status, r.limitation) == ("mismatch", "traced_control_flow"), (fmt, r.message)
    assert records[("torchscript-script", "output")].status == "pass"


def test_a_traced_onnx_file_is_judged_as_a_trace_wherever_it_is_loaded(tmp_path: Path) -> None:
    """The default ``onnx`` exporter traces up to torch 2.8 and not from 2.9: a 2.8 file loaded
    by 2.9 froze its branch all the same (found by the atlas: it read as a new mismatch)."""
    case = spec_case(BRANCHY)
    for name in ("onnx-legacy", "onnx-dynamo"):
        adapter = FORMATS.get(name)
        saved = {"formats": {name: {"status": "saved", **adapter.saved_with()}}}
        assert adapter.saved_with() == {"traced": name == "onnx-legacy"}
        explained = adapter.explain_mismatch(case, saved, within_tolerance=False)
        assert (explained or (None,))[0] == ("traced_control_flow" if name == "onnx-legacy" else None)
    # the loading side's exporter does not trace, the file was traced: still the trace's limitation
    dynamo = FORMATS.get("onnx-dynamo")
    assert dynamo.explain_mismatch(case, {"formats": {"onnx-dynamo": {"traced": True}}}, False)[0] == \
        "traced_control_flow"


def test_export_refuses_data_dependent_control_flow(tmp_path: Path) -> None:
    r = verdicts(tmp_path, BRANCHY, ["export"])[("export", "output")]
    assert (r.status, r.limitation) == ("unsupported", "export_control_flow")


def test_only_a_failure_the_branch_causes_is_the_control_flow_limitation() -> None:
    """A branchy model whose export fails for another reason (an exporter pass, a serializer)
    is a failure, not ``export_control_flow`` (onnxscript 0.3–0.5's version-conversion pass
    failed every model; the one with a branch read as expected)."""
    case = spec_case(BRANCHY)
    made = materialize(case)
    real: BaseException | None = None
    try:
        torch.export.export(made.model.eval(), tuple(made.inputs))
    except Exception as exc:  # this torch's own refusal of the branch
        real = exc
    assert real is not None and data_dependent_branch(case, real)
    other = RuntimeError("PassError: The model contains functions. The version conversion pass does not "
                         "support functions")
    assert not data_dependent_branch(case, other)
    assert not data_dependent_branch(spec_case(vec(LayerSpec("relu"))), real)  # no branch: never the limitation


def test_onnx_refuses_bfloat16_parts(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("precision", {"dtype": "bfloat16", "activation": "relu"}))
    records = verdicts(tmp_path, spec, ["onnx", "state_dict"])
    r = records[("onnx", "output")]
    assert (r.status, r.limitation) == ("unsupported", "onnx_bfloat16")
    assert records[("state_dict", "output")].status == "pass"


def test_onnxruntime_without_a_float64_kernel_is_unsupported(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("precision", {"dtype": "float64", "activation": "gelu"}))
    r = verdicts(tmp_path, spec, ["onnx"])[("onnx", "output")]
    assert (r.status, r.limitation) == ("unsupported", "ort_missing_kernel") and "Erf" in r.message


def test_onnx_exporter_refusing_an_operator_is_unsupported(tmp_path: Path) -> None:
    spec = ModelSpec(input_layout="sig", input_shape=(2, 5), layers=(LayerSpec("adaptive_avgpool", {"size": [3]}),))
    r = verdicts(tmp_path, spec, ["onnx-legacy"])[("onnx-legacy", "output")]
    assert (r.status, r.limitation) == ("unsupported", "onnx_operator") and "adaptive_avg_pool1d" in r.message


def test_captured_attention_rounds_differently_and_is_explained(tmp_path: Path) -> None:
    # eager MultiheadAttention takes a fused fast path in eval; a trace records the unfused ops
    spec = ModelSpec(input_layout="seq", input_shape=(5, 8), layers=(
        LayerSpec("attention", {"heads": 2, "bias": True, "dropout": 0.0}),))
    r = verdicts(tmp_path, spec, ["torchscript-trace"])[("torchscript-trace", "output")]
    assert r.status == "pass" or (r.status, r.limitation) == ("mismatch", "unfused_capture")


def test_checkpoint_keeps_training_state_and_loads_weights_only(tmp_path: Path) -> None:
    spec = vec(LINEAR, LayerSpec("batchnorm1d", {"momentum": 0.1}), LayerSpec("relu"), LINEAR)
    records = verdicts(tmp_path, spec, ["checkpoint"])
    assert records[("checkpoint", "output")].status == "pass"
    assert records[("checkpoint", "weights_only")].status == "pass"
    checkpoint = torch.load(tmp_path / "a" / "cases" / spec.id / "checkpoint" / "checkpoint.pt", weights_only=True)
    assert checkpoint["step"] == spec.recipe.steps and checkpoint["optimizer"]["state"]
    assert set(checkpoint["rng"]) == {"torch", "numpy", "python"}
    assert checkpoint["versions"]["torch"] == str(torch.__version__)
    assert checkpoint["source"]["spec"] == spec.to_json()


def test_every_limitation_is_documented() -> None:
    """Each known limitation is in the manual's "Formats and checks" page."""
    docs = Path(__file__).resolve().parents[1] / "docs"
    page = (docs / "concepts" / "formats-and-checks.md").read_text()
    assert all(f"`{name}`" in page for name in LIMITATIONS)


def test_same_environment_round_trip_of_every_format_over_100_specs(tmp_path: Path) -> None:
    """Every cell passes, or is unsupported/mismatched for a named known limitation — except
    the torch defects listed here, which are findings about torch, not about harness."""
    torch_defects = {
        # scripting nn.MultiheadAttention(bias=False) fails (torch 2.1 and 2.4)
        ("torchscript-script", "save_error"): ("'NoneType' object has no attribute or method 'dtype'",),
        # Optimizer.load_state_dict casts NAdam's float32 mu_product to the parameter's dtype
        # (float64, bfloat16): the resumed run is not the saved one (torch 2.1 and 2.4)
        ("checkpoint", "diverged"): ("mu_product differs",),
        ("state_dict", "diverged"): ("mu_product differs",),
        ("safetensors", "diverged"): ("mu_product differs",),
        ("safetensors-model", "diverged"): ("mu_product differs",),
        ("checkpoint-script", "diverged"): ("mu_product differs",),
        ("state_dict-legacy", "diverged"): ("mu_product differs",),
        ("safetensors-sharded", "diverged"): ("mu_product differs",),
        ("dcp", "diverged"): ("mu_product differs",),
        # a script's checkpoint (argparse, a dataclass, NumPy) never loads with weights_only=True
        ("checkpoint-script", "load_error"): ("does not load with weights_only=True",),
        # onnxruntime 1.32 segfaults creating a session for one of these models (an LSTM and a
        # float64 part among others) in every ONNX flavour: the worker dies, the cell is a crash
        ("onnx", "crash"): ("killed by SIGSEGV",),
        ("onnx-legacy", "crash"): ("killed by SIGSEGV",),
        ("onnx-dynamo", "crash"): ("killed by SIGSEGV",),
    }
    # In processes of their own, as a user runs it: the dynamo-based ONNX exporter's verdicts
    # depend on the exports that ran before it in the process (torch 2.4), and onnxruntime can
    # kill the process that loads a file.
    run_harness(sys.executable, "save", "--out", str(tmp_path / "a"), "--examples", "100", "--seed", "17")
    run_harness(sys.executable, "verify", str(tmp_path / "a"), "--results", str(tmp_path / "r.jsonl"),
                "--trust-pickles", "--trust-code")
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    if dynamo_onnx_unavailable() is None:
        assert sum(r["format"] == "onnx-dynamo" and r["status"] == "pass" for r in records) >= 70
    assert len({r["case"] for r in records}) == 100
    for r in records:
        if r["status"] in ("pass", "unsupported") or r["limitation"]:
            continue
        patterns = torch_defects.get((r["format"], r["status"]), ())
        assert any(p in r["message"] for p in patterns), (r["format"], r["check"], r["status"], r["message"][:300])
    assert not [r for r in records if is_failure(r) and (r["format"], r["status"]) not in torch_defects]
    assert sum(r["status"] == "crash" for r in records) <= 6  # one model's three ONNX files, output and resume
