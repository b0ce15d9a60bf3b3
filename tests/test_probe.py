"""``harness probe`` on real files made by old torch versions: the golden corpus (saved by torch
2.1), a checkpoint torch 2.1 writes here with an ``argparse.Namespace`` and NumPy's RNG state,
and a crafted pickle that must not run — probed in torch 2.1, this environment (2.4) and 2.6."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, run_harness

#: A corpus case whose model has weights (its files hold tensors to compare).
CASE = ROOT / "fixtures" / "torch21" / "cases" / "79a12f42be11cde2"
CORPUS = {"checkpoint-script/checkpoint.pt": "torch-zip", "state_dict-legacy/state_dict_legacy.pt": "torch-legacy",
          "torchscript-trace/model.pt": "torchscript", "export/model.pt2": "export",
          "safetensors-model/model.safetensors": "safetensors", "onnx/model.onnx": "onnx"}
NAMESPACE_CHECKPOINT = (
    "import argparse, sys, numpy as np, torch\n"
    "np.random.seed(0)\n"
    "torch.save({'model': torch.nn.Linear(3, 2).state_dict(), 'args': argparse.Namespace(lr=0.1, epochs=3),\n"
    "            'numpy_rng': np.random.get_state(), 'step': 7}, sys.argv[1])\n")


def crafted(path: Path, marker: Path) -> Path:
    """A torch.save look-alike whose pickle runs ``touch MARKER`` when unpickled."""
    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("crafted/data.pkl", pickle.dumps({"weights": Payload()}, protocol=2))
        archive.writestr("crafted/version", "3\n")
    return path


def test_the_kind_comes_from_the_bytes_not_the_name(tmp_path):
    from harness.probe.kinds import NotAProbeFile, kind_of, read_facts

    for relative, kind in CORPUS.items():
        renamed = tmp_path / f"{relative.replace('/', '_')}.bin"
        shutil.copy(CASE / relative, renamed)
        assert kind_of(renamed) == kind, relative
    notes = tmp_path / "weights.pt"
    notes.write_text("not weights\n")
    with pytest.raises(NotAProbeFile, match=r"weights\.pt: not a file harness can probe \(none of: torch-zip"):
        read_facts(notes)


def test_the_static_read_names_the_globals_and_what_runs_code(tmp_path):
    from harness.probe.kinds import read_facts

    marker = tmp_path / "MARKER"
    facts = read_facts(crafted(tmp_path / "crafted.pt", marker))
    assert facts.kind == "torch-zip"
    assert facts.dangerous == ["posix.system"] and "posix.system" in facts.globals
    assert not marker.exists()
    checkpoint = read_facts(CASE / "checkpoint-script" / "checkpoint.pt")
    assert {"argparse.Namespace", "numpy.core.multiarray._reconstruct"} <= set(checkpoint.globals)
    assert checkpoint.dangerous == []
    legacy = read_facts(CASE / "state_dict-legacy" / "state_dict_legacy.pt")
    assert legacy.kind == "torch-legacy" and "torch._utils._rebuild_tensor_v2" in legacy.globals


@pytest.fixture(scope="module")
def probed(other_python, torch26_python, tmp_path_factory) -> dict:
    """The corpus files, a Namespace checkpoint torch 2.1 writes now and the crafted pickle,
    probed in 2.1, 2.4 and 2.6 — trusting the corpus' code (TorchScript, .pt2) but no pickle."""
    root = tmp_path_factory.mktemp("probe")
    files = [str(CASE / relative) for relative in CORPUS]
    namespace = root / "namespace.ckpt"
    done = __import__("subprocess").run([str(other_python), "-c", NAMESPACE_CHECKPOINT, str(namespace)],
                                        capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    marker = root / "MARKER"
    files += [str(namespace), str(crafted(root / "crafted.pt", marker)), str(root / "notes.txt")]
    (root / "notes.txt").write_text("hello\n")
    run = run_harness(sys.executable, "probe", *files, "--python", f"torch21={other_python}",
                      "--python", f"torch24={sys.executable}", "--python", f"torch26={torch26_python}",
                      "--trust-code", "--results", str(root / "results"), "--out", str(root / "reports"),
                      check=False, env={**os.environ, "HARNESS_BASELINE": str(root / "no-baseline.toml")})
    report = json.loads((root / "reports" / "probe.json").read_text())
    return {"run": run, "root": root, "marker": marker, "files": {Path(f["file"]).name: f for f in report["files"]},
            "report": report, "markdown": (root / "reports" / "probe.md").read_text()}


def test_a_crafted_pickle_runs_nothing_and_is_named(probed):
    assert not probed["marker"].exists()
    crafted_file = probed["files"]["crafted.pt"]
    assert crafted_file["static"]["dangerous"] == ["posix.system"]
    assert crafted_file["loads_in"] == []
    loads = crafted_file["loads"]
    for env in ("2.1.2", "2.4.1"):  # their default torch.load would unpickle it: not tried
        assert loads["torch.load"][env]["status"] == "unsupported"
        assert "--trust-pickles" in loads["torch.load"][env]["message"]
    assert loads["torch.load"]["2.6.0"]["status"] == "load_error"  # weights-only there: refused, not run
    assert all(cell["status"] == "unsupported" and "no allow-list can" in cell["message"]
               for cell in loads["add_safe_globals"].values())
    assert "posix.system" in probed["markdown"] and "runs code when unpickled" in probed["markdown"]


def test_a_namespace_checkpoint_gets_the_allowlist_verified_in_2_6(probed):
    window = probed["files"]["namespace.ckpt"]
    allowed = window["loads"]["add_safe_globals"]
    assert allowed["2.6.0"]["status"] == "pass", allowed["2.6.0"]["message"]
    assert "argparse.Namespace" in allowed["2.6.0"]["needs"]
    assert allowed["2.1.2"]["status"] == "unsupported" and "2.4" in allowed["2.1.2"]["message"]
    assert "from 2.6 needs torch.serialization.add_safe_globals([" in window["headline"]
    assert "argparse.Namespace" in window["headline"] and "(verified in 2.6)" in window["headline"]
    # the allow-list as it was verified: NumPy 2 (torch 2.6's) names the file's numpy.core under numpy._core
    typed = '(numpy._core.multiarray._reconstruct, "numpy.core.multiarray._reconstruct")'
    assert typed in window["headline"] and typed in allowed["2.6.0"]["call"]
    assert window["loads"]["weights_only=True"]["2.6.0"]["status"] == "load_error"
    # what the allow-list loaded is what 2.1 wrote, bit for bit (2.1's weights-only load refuses it, but
    # mmap=True is not tried there either: the first load that read it is the reference)
    assert window["content"] and all(v == "same" or v.startswith("the reference") for v in window["content"].values())


def test_windows_of_the_corpus(probed):
    files = probed["files"]
    legacy = files["state_dict_legacy.pt"]
    assert legacy["loads_in"] == ["2.1.2", "2.4.1", "2.6.0"]
    assert {c["status"] for c in legacy["loads"]["weights_only=True"].values()} == {"pass"}
    assert {c["limitation"] for c in legacy["loads"]["mmap=True"].values()} == {"mmap_zip_only"}
    script = files["model.pt"]
    assert {c["status"] for c in script["loads"]["torch.jit.load"].values()} == {"pass"}
    assert "differs" not in json.dumps(script["content"])
    exported = files["model.pt2"]  # torch.export's program format is not readable across releases
    assert exported["loads"]["torch.export.load"]["2.1.2"]["status"] == "pass"
    assert exported["loads"]["torch.export.load"]["2.4.1"]["status"] == "load_error"
    assert exported["headline"] == ("loads with torch.export.load(f) in 2.1; fails in 2.4–2.6: AssertionError: "
                                    "raised at torch/_export/__init__.py:287 in load")
    assert files["model.safetensors"]["loads_in"] == ["2.1.2", "2.4.1", "2.6.0"]
    assert files["model.onnx"]["loads"]["onnxruntime"]["2.1.2"]["status"] == "pass"
    assert probed["report"]["not_probed"] and "notes.txt: not a file harness can probe" in probed["report"]["not_probed"][0]


def test_a_file_that_stops_loading_is_new_unless_the_baseline_lists_it(probed, tmp_path):
    from harness.cli.probe import _judge
    from harness.probe.window import gate_records, windows
    from harness.runner.probe_pool import read_env_results

    # the .pt2 of 2.1 stops loading in 2.4, and torch.load of the TorchScript archive in 2.6: new, with no baseline
    assert probed["run"].returncode == 1
    assert "NEW      " in probed["run"].stdout and "model.pt2" in probed["run"].stdout
    from junitparser import Failure, JUnitXml
    junit = JUnitXml.fromfile(str(probed["root"] / "reports" / "probe.junit.xml"))
    failed = [case.name for suite in junit for case in suite if any(isinstance(r, Failure) for r in case.result)]
    assert {name.split("[")[0] for name in failed} == {"torch.export.load", "torch.load"}
    assert all("model.pt2" in name if name.startswith("torch.export.load[") else "torchscript-trace/model.pt]" in name
               for name in failed)
    assert len(failed) == probed["run"].stdout.count("NEW      ")
    failures = gate_records(windows(read_env_results(probed["root"] / "results")))
    assert {(r["check"], r["status"]) for r in failures if "model.pt2" in r["case"]} == {("torch.export.load", "load_error")}
    assert {(r["check"], r["loaded"]["torch"].split("+")[0]) for r in failures
            if r["case"].endswith("torchscript-trace/model.pt")} == {("torch.load", "2.6.0")}
    baseline = tmp_path / "baseline.toml"
    baseline.write_text('schema = 1\n[[known]]\nformat = "probe"\ncheck = "torch.export.load"\nloaded = ">=2.4"\n'
                        'message = "model\\\\.pt2"\nreason = "torch.export programs do not load across releases"\n')
    verdicts = _judge(failures, str(baseline), None)
    assert {v for m, v in verdicts.items() if "model.pt2" in m} == {"known"}
    assert [m for m, v in verdicts.items() if v == "new"] == [m for m in verdicts if "model.pt2" not in m]


def test_a_load_past_its_time_is_a_timeout_cell_and_the_probe_goes_on(tmp_path):
    run = run_harness(sys.executable, "probe", str(CASE / "safetensors-model" / "model.safetensors"),
                      str(CASE / "state_dict" / "state_dict.pt"), "--timeout", "0.000001",
                      "--results", str(tmp_path / "results"), "--out", str(tmp_path / "reports"), check=False)
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "reports" / "probe.json").read_text())
    statuses = {c["status"] for f in report["files"] for by_env in f["loads"].values() for c in by_env.values()}
    assert statuses == {"timeout"}


def test_a_tensor_that_differs_between_environments_is_a_content_mismatch_the_gate_judges():
    """Records as two environments' workers write them; the second one's tensor differs."""
    from harness.probe.window import gate_records, windows

    def record(torch: str, weight: str) -> dict:
        return {"file": "ckpt.pt", "sha256": "ab" * 32, "kind": "torch-zip", "method": "weights_only=True",
                "status": "pass", "message": "loads with weights_only=True", "loaded": {"torch": torch},
                "contents": {"tensors": 2, "digest": weight, "named": {"bias": "torch.float32 [2] 00",
                                                                        "weight": f"torch.float32 [2, 3] {weight}"}}}
    found = windows([record("2.6.0", "11"), record("2.4.1", "11"), record("2.13.0", "22")])
    assert found[0].envs == ["2.4.1", "2.6.0", "2.13.0"]  # by version, not as read
    assert found[0].content["2.6.0"] == "same"
    assert found[0].content["2.13.0"] == "weights_only=True differs from weights_only=True in 2.4: 1 differ (weight)"
    failures = gate_records(found)
    assert [(r["check"], r["status"], r["loaded"]["torch"]) for r in failures] == [("content", "mismatch", "2.13.0")]


TEAM_STATE = (
    "import sys, torch\n"
    "from safetensors.torch import save_file\n"
    "import team_models\n"
    "module, inputs = team_models.resnet_block()[:2]\n"
    "torch.save(module.state_dict(), sys.argv[1])\n"
    "save_file({'0': inputs.contiguous()}, sys.argv[2])\n")


def test_a_state_dict_runs_in_the_users_module_and_its_outputs_agree_across_environments(other_python, tmp_path):
    """A team's state dict saved by torch 2.1, loaded into their own module (--model) in 2.1 and
    2.4 and run on their inputs; a model that gives other outputs is a mismatch the gate judges."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "examples")}
    state, inputs = tmp_path / "resnet.pt", tmp_path / "inputs.safetensors"
    done = __import__("subprocess").run([str(other_python), "-c", TEAM_STATE, str(state), str(inputs)],
                                        capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    common = [str(state), "--inputs", str(inputs), "--python", f"torch21={other_python}",
              "--python", f"torch24={sys.executable}", "--results", str(tmp_path / "results")]
    run_harness(sys.executable, "probe", *common, "--model", "team_models:resnet_block",
                "--out", str(tmp_path / "refused"), env=env)  # exits 0: not tried without consent is no failure
    cells = json.loads((tmp_path / "refused" / "probe.json").read_text())["files"][0]["loads"]["outputs"]
    assert {c["status"] for c in cells.values()} == {"unsupported"} and "--trust-code" in cells["2.4.1"]["message"]
    run = run_harness(sys.executable, "probe", *common, "--model", "team_models:resnet_block", "--trust-code",
                      "--out", str(tmp_path / "ran"), env=env)
    window = json.loads((tmp_path / "ran" / "probe.json").read_text())["files"][0]
    assert {c["status"] for c in window["loads"]["outputs"].values()} == {"pass"}, window["loads"]["outputs"]
    assert window["outputs"]["2.1.2"].startswith("the reference") and window["outputs"]["2.4.1"].startswith("same")
    assert run.returncode == 0
    # the same module, but its forward adds the torch minor: the outputs differ between 2.1 and 2.4
    (tmp_path / "by_version.py").write_text(
        "import torch, team_models\n"
        "def resnet_block():\n"
        "    module, inputs = team_models.resnet_block()[:2]\n"
        "    base, minor = type(module), int(torch.__version__.split('.')[1])\n"
        "    module.__class__ = type('Shifted', (base,), {'forward': lambda self, x: base.forward(self, x) + minor})\n"
        "    return module, inputs\n")
    shifted = run_harness(sys.executable, "probe", *common, "--model", "by_version:resnet_block", "--trust-code",
                          "--out", str(tmp_path / "shifted"), check=False,
                          env={**env, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT / 'examples'}"})
    window = json.loads((tmp_path / "shifted" / "probe.json").read_text())["files"][0]
    assert window["outputs"]["2.4.1"].startswith("differs: output 0 by 3"), window["outputs"]
    assert shifted.returncode == 1 and "NEW" in shifted.stdout


def test_onnx_external_data_outside_its_folder_is_refused_unread(tmp_path):
    """An ONNX file may name any path as its external data; onnxruntime would read it."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    def model_with(location: str) -> onnx.ModelProto:
        weight = numpy_helper.from_array(np.ones((2, 2), np.float32), "w")
        weight.ClearField("raw_data")
        weight.data_location = TensorProto.EXTERNAL
        for key, value in (("location", location), ("offset", "0"), ("length", "16")):
            weight.external_data.add(key=key, value=value)
        graph = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "g",
                                  [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 2])],
                                  [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 2])], [weight])
        return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)

    folder = tmp_path / "model"
    folder.mkdir()
    (tmp_path / "secret.bin").write_bytes(np.ones((2, 2), np.float32).tobytes())
    (folder / "weights.bin").write_bytes(np.ones((2, 2), np.float32).tobytes())
    onnx.save(model_with("../secret.bin"), folder / "outside.onnx")
    onnx.save(model_with("weights.bin"), folder / "beside.onnx")
    run_harness(sys.executable, "probe", str(folder / "outside.onnx"), str(folder / "beside.onnx"),
                "--results", str(tmp_path / "results"), "--out", str(tmp_path / "reports"))
    files = {Path(f["file"]).name: f for f in json.loads((tmp_path / "reports" / "probe.json").read_text())["files"]}
    refused = files["outside.onnx"]["loads"]["onnxruntime"]["2.4.1"]
    assert refused["status"] == "load_error" and "outside its folder ('../secret.bin'); not read" in refused["message"]
    assert files["beside.onnx"]["loads"]["onnxruntime"]["2.4.1"]["status"] == "pass"
