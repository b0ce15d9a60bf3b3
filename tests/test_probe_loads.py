"""``harness probe`` answers for the loads people type, on files made the way people made
them (tests/probe_files.py, run by torch 2.1): a state dict saved on a GPU, a TorchScript
archive, ONNX models of IR 10, with Constant-node weights and with inputs in the order of
``forward`` — probed in torch 2.1, 2.4 (this environment) and 2.6, and checked against what a
plain ``torch.load(path)`` does in each of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, run_harness, tox_env_python

MAKER = ROOT / "tests" / "probe_files.py"
CUDA_REFUSAL = "Attempting to deserialize object on a CUDA device"
SCRIPT_REFUSAL = "Cannot use ``weights_only=True`` with TorchScript archives passed to ``torch.load``"


def make(python: Path, out: Path, *names: str) -> dict[str, Path]:
    done = subprocess.run([str(python), str(MAKER), str(out), *names], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return {Path(line).name: Path(line) for line in done.stdout.split()}


def plain_load(python: Path, path: Path, call: str = "torch.load") -> str:
    """What ``CALL(path)`` does in that environment, by hand: "ok" or the error's first words."""
    code = (f"import sys, torch\ntry:\n    {call}(sys.argv[1])\n    print('ok')\n"
            "except Exception as exc:\n    print(' '.join(str(exc).split())[:200])\n")
    return subprocess.run([str(python), "-c", code, str(path)], capture_output=True, text=True, check=True).stdout


def probe(out: Path, files: list[Path], envs: dict[str, Path], *flags: str, check: bool = True,
          supervisor: str | Path = sys.executable, cwd: Path | None = None) -> dict:
    pythons = [a for name, python in envs.items() for a in ("--python", f"{name}={python}")]
    run = run_harness(supervisor, "probe", *map(str, files), *pythons, *flags, "--results", str(out / "results"),
                      "--out", str(out / "reports"), check=check, cwd=cwd)
    report = json.loads((out / "reports" / "probe.json").read_text())
    records = [json.loads(line) for path in sorted((out / "results").glob("*.jsonl"))
               for line in path.read_text().splitlines()]
    return {"run": run, "files": {Path(f["file"]).name: f for f in report["files"]}, "records": records,
            "markdown": (out / "reports" / "probe.md").read_text()}


@pytest.fixture(scope="module")
def made(other_python, tmp_path_factory) -> dict[str, Path]:
    return make(other_python, tmp_path_factory.mktemp("made"))


@pytest.fixture(scope="module")
def envs(other_python, torch26_python) -> dict[str, Path]:
    return {"torch21": other_python, "torch24": Path(sys.executable), "torch26": torch26_python}


@pytest.fixture(scope="module")
def trusted(made, envs, tmp_path_factory) -> dict:
    files = [made[n] for n in ("gpu_state.pt", "gpu_state_legacy.pth", "model.jit", "ir10.onnx", "constants.onnx")]
    return probe(tmp_path_factory.mktemp("trusted"), files, envs, "--trust-pickles", "--trust-code", check=False)


def test_the_static_read_says_devices_format_and_onnx_facts_before_anything_loads(made):
    from harness.probe.kinds import read_facts

    gpu, legacy = read_facts(made["gpu_state.pt"]), read_facts(made["gpu_state_legacy.pth"])
    assert gpu.devices == ["cuda:0"] and legacy.devices == ["cuda:0"]
    assert gpu.format.startswith("zip format (archive version 3") and legacy.format.startswith("legacy non-zip")
    script = read_facts(made["model.jit"])
    assert script.devices == ["cpu"] and "torch.jit._pickle" not in " ".join(script.dangerous)
    assert script.dangerous == [] and "__torch__.Scaled" in script.globals
    ir10, constants, named = (read_facts(made[n]) for n in ("ir10.onnx", "constants.onnx", "named_inputs.onnx"))
    assert (ir10.onnx["ir_version"], ir10.onnx["opsets"]) == (10, {"ai.onnx": 13})
    assert (constants.onnx["initializers"], constants.onnx["constant_nodes"]) == (0, 2)
    assert named.onnx["inputs"] == ["tokens", "mask"] and named.onnx["producer"].startswith("pytorch 2.1")


def test_a_state_dict_saved_on_a_gpu_names_map_location_as_the_fix(trusted, made, envs):
    for name in ("gpu_state.pt", "gpu_state_legacy.pth"):
        window = trusted["files"][name]
        plain = window["loads"]["torch.load"]
        for label, python in zip(("2.1.2", "2.4.1", "2.6.0"), envs.values()):
            assert plain[label]["status"] == "load_error" and CUDA_REFUSAL in plain[label]["message"], name
            assert CUDA_REFUSAL in plain_load(python, made[name])  # the same, by hand
            assert window["loads"]['map_location="cpu"'][label]["status"] == "pass"
            assert window["loads"]["weights_only=True"][label]["call"] == \
                'torch.load(f, map_location="cpu", weights_only=True)'
        assert plain["2.6.0"]["call"] == "torch.load(f)"
        assert window["headline"].startswith("torch.load(f) fails in 2.1–2.6: its storages were saved on cuda:0")
        assert 'the fix is torch.load(f, map_location="cpu"), which loads in 2.1–2.6' in window["headline"]
        assert window["contents"].startswith("the same 4 tensors")
    assert "storages saved on `cuda:0`" in trusted["markdown"]


def test_torch_load_of_a_torchscript_archive_stops_working_in_2_6(trusted, made, envs):
    window = trusted["files"]["model.jit"]
    plain = window["loads"]["torch.load"]
    assert [plain[v]["status"] for v in ("2.1.2", "2.4.1", "2.6.0")] == ["pass", "pass", "load_error"]
    assert SCRIPT_REFUSAL in plain["2.6.0"]["message"]
    hand = [plain_load(python, made["model.jit"]) for python in envs.values()]
    assert hand[:2] == ["ok\n", "ok\n"] and SCRIPT_REFUSAL in hand[2]
    assert {c["status"] for c in window["loads"]["torch.jit.load"].values()} == {"pass"}
    assert window["headline"].startswith("loads with torch.jit.load(f) in 2.1–2.6; torch.load(f) works in 2.1–2.4 "
                                         "(it hands the archive to torch.jit.load) and fails from 2.6")
    assert "In PyTorch 2.6, we changed the default value of the `weights_only` argument" in window["headline"]
    assert "use torch.jit.load" in window["headline"]
    section = next(s for s in trusted["markdown"].split("## `") if s.startswith(str(made["model.jit"])))
    assert "runs code when unpickled" not in section and "a program: loading it runs the TorchScript code" in section
    # it stops working in 2.6: new to a run without a baseline, known to the committed one
    from harness.cli.probe import _judge
    from harness.probe.window import gate_records, windows
    failures = [r for r in gate_records(windows(trusted["records"])) if r["case"].endswith("model.jit")]
    assert [(r["check"], r["loaded"]["torch"].split("+")[0]) for r in failures] == [("torch.load", "2.6.0")]
    assert set(_judge(failures, None, None).values()) == {"new"}
    assert set(_judge(failures, str(ROOT / "compat-baseline.toml"), None).values()) == {"known"}


def test_an_onnx_model_of_ir_10_is_refused_by_the_older_onnxruntime_in_its_own_words(trusted):
    window = trusted["files"]["ir10.onnx"]
    cells = window["loads"]["onnxruntime"]
    assert cells["2.1.2"]["status"] == "load_error" and cells["2.1.2"]["limitation"] == "onnx_too_new"
    assert cells["2.4.1"]["status"] == cells["2.6.0"]["status"] == "pass"
    assert window["onnxruntime"] == {"2.1.2": "1.16.3", "2.4.1": "1.19.2", "2.6.0": "1.20.1"}
    decisive = "Unsupported model IR version: 10, max supported IR version: 9"
    assert window["headline"] == ("runs in onnxruntime 1.19.2, 1.20.1 (torch 2.4–2.6); fails in onnxruntime 1.16.3 "
                                  f"(torch 2.1): {decisive}")
    markdown = trusted["markdown"]
    assert f"(load_error, onnx_too_new: {decisive})" in markdown
    assert "| load | 2.1 · onnxruntime 1.16.3 | 2.4 · onnxruntime 1.19.2 | 2.6 · onnxruntime 1.20.1 |" in markdown
    assert "ONNX IR version 10, opsets ai.onnx 13" in markdown


def test_constant_node_weights_are_compared_and_counted(trusted, made):
    import onnx
    from onnx import numpy_helper

    window = trusted["files"]["constants.onnx"]
    counted = {r["contents"]["tensors"] for r in trusted["records"] if r["file"].endswith("constants.onnx")}
    assert counted == {2}
    assert window["contents"] == ("the same 2 tensors (names, dtypes, shapes and bytes) in 2.1–2.6, every load "
                                  "that worked compared")
    named = next(r for r in trusted["records"] if r["file"].endswith("constants.onnx"))["contents"]["named"]
    weight = next(numpy_helper.to_array(n.attribute[0].t) for n in onnx.load(str(made["constants.onnx"])).graph.node
                  if n.output[0] == "W")
    assert named["Constant W"].split()[-1] == __import__("hashlib").sha256(weight.tobytes()).hexdigest()


def test_without_consent_a_program_is_not_tried_rather_than_failing(made, envs, tmp_path):
    found = probe(tmp_path, [made["model.jit"], made["gpu_state.pt"]], envs)
    script = found["files"]["model.jit"]
    assert script["headline"].startswith("torch.jit.load was not tried in 2.1–2.6: needs --trust-code")
    assert "loads in none" not in script["headline"] and SCRIPT_REFUSAL in script["headline"]
    assert "torch.load(f) was not tried in 2.1–2.4" in script["headline"]
    assert script["loads"]["torch.load"]["2.6.0"]["status"] == "load_error"  # refused before any code ran
    gpu = found["files"]["gpu_state.pt"]
    assert "the default torch.load was not tried in 2.1–2.4 (it would run the file's pickle: --trust-pickles)" \
        in gpu["headline"]
    assert 'torch.load(f, map_location="cpu", weights_only=True) loads it there' in gpu["headline"]


def _expected(model: Path, tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``linear(tokens) * mask`` with the model's own weights (torch's exporter names them)."""
    import onnx
    from onnx import numpy_helper
    weights = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(model)).graph.initializer}
    return (tokens @ weights["linear.weight"].T + weights["linear.bias"]) * mask


def test_inputs_go_in_by_name_to_onnx_sessions_and_to_modules(made, other_python, tmp_path):
    import torch
    from safetensors.torch import save_file

    tokens, mask = np.arange(4.0, dtype=np.float32).reshape(1, 4), np.array([[1.0, 0.0, 1.0, 0.0]], np.float32)
    save_file({"tokens": torch.from_numpy(tokens), "mask": torch.from_numpy(mask)}, str(tmp_path / "named.safetensors"))
    save_file({"x": torch.ones(1, 4)}, str(tmp_path / "x.safetensors"))
    files, two = [made["named_inputs.onnx"], made["model.jit"]], {"torch21": other_python, "torch24": Path(sys.executable)}
    named = probe(tmp_path / "named", files, two, "--trust-code", "--inputs", str(tmp_path / "named.safetensors"))
    onnx_run = named["files"]["named_inputs.onnx"]["loads"]["outputs"]
    assert {c["status"] for c in onnx_run.values()} == {"pass"} and "(by name)" in onnx_run["2.1.2"]["message"]
    assert onnx_run["2.4.1"]["call"] == 'session.run(None, {"tokens": inputs["tokens"], "mask": inputs["mask"]})'
    values = [r["outputs"][0]["values"] for r in named["records"] if r["method"] == "outputs" and r["status"] == "pass"]
    assert len(values) == 2 and all(np.allclose(v, _expected(made["named_inputs.onnx"], tokens, mask).ravel())
                                    for v in values)
    unmatched = named["files"]["model.jit"]["loads"]["outputs"]["2.4.1"]
    assert unmatched["status"] == "unsupported" and unmatched["message"].startswith(
        "the inputs file's tensors (mask, tokens) do not match the model's inputs (x): no tensor for x")
    by_x = probe(tmp_path / "x", files, two, "--trust-code", "--inputs", str(tmp_path / "x.safetensors"))
    script_run = by_x["files"]["model.jit"]["loads"]["outputs"]
    assert {c["status"] for c in script_run.values()} == {"pass"} and script_run["2.1.2"]["call"] == 'module(x=inputs["x"])'
    refused = by_x["files"]["named_inputs.onnx"]["loads"]["outputs"]["2.1.2"]
    assert refused["status"] == "unsupported" and "do not match the model's inputs (tokens, mask)" in refused["message"]


def test_each_environment_probes_with_its_own_torch(made, other_python, torch26_python, tmp_path):
    """Two uv environments of torch 2.1 and 2.6 probed from a third, torch 2.4's tox environment,
    whose harness is installed in its site-packages (run from elsewhere than the checkout, as a
    team runs it): the three interpreters link to one base interpreter, and each worker still
    imports its own torch — not the supervisor's, which a worker found first on its path when an
    interpreter was taken for the supervisor's by its real path."""
    from harness.runner.client import same_environment, worker_environment

    supervisor = tox_env_python("torch24")
    assert os.path.realpath(other_python) == os.path.realpath(supervisor)  # the hazard is real here
    assert not same_environment(str(other_python)) and not same_environment(str(torch26_python))
    assert same_environment(sys.executable)
    assert worker_environment(str(other_python)).get("PYTHONPATH") == os.environ.get("PYTHONPATH")
    found = probe(tmp_path / "out", [made["gpu_state.pt"]], {"torch21": other_python, "torch26": torch26_python},
                  supervisor=supervisor, cwd=tmp_path)
    assert {r["loaded"]["torch"].split("+")[0] for r in found["records"]} == {"2.1.2", "2.6.0"}
    assert "1 files probed in 2 environments (2.1, 2.6)" in found["markdown"]
