"""Reproducer scripts and the names pickles depend on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import torch

from harness.formats.whole_pickle import pickled_globals
from harness.model.build import build, example_inputs
from harness.model.cases import spec_case
from harness.model.codegen import to_python
from harness.model.population import generate_specs
from harness.save.pipeline import save_all


def test_reproducer_script_rebuilds_the_same_model_without_harness(tmp_path: Path) -> None:
    specs = generate_specs(37, 5)  # one per vocabulary kind
    for index, spec in enumerate(specs):
        script = to_python(spec) + f"\nwith torch.no_grad():\n    torch.save(model(x), 'out{index}.pt')\n"
        assert not re.search(r"^\s*(import|from)\s+harness", script, re.MULTILINE)
        (tmp_path / f"repro{index}.py").write_text(script)
    # One isolated interpreter runs every script (importing torch once), each in its own namespace.
    driver = "import runpy, sys\nfor path in sys.argv[1:]:\n    runpy.run_path(path)\n"
    done = subprocess.run([sys.executable, "-I", "-c", driver,
                           *[str(tmp_path / f"repro{i}.py") for i in range(len(specs))]],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    for index, spec in enumerate(specs):
        with torch.no_grad():
            expected = build(spec).eval()(*example_inputs(spec))
        assert torch.equal(torch.load(tmp_path / f"out{index}.pt", weights_only=True), expected), spec.id


def test_pickles_refer_only_to_torch_and_the_stable_module_names(tmp_path: Path) -> None:
    manifest = save_all(tmp_path / "a", [spec_case(s) for s in generate_specs(37, 6)], formats=["pickle"])
    references = set()
    for entry in manifest["cases"]:
        references |= set(pickled_globals(tmp_path / "a" / entry["formats"]["pickle"]["files"][0]))
    ours = {r for r in references if r.startswith("harness")}
    assert ours and all(r.startswith("harness.modules.") for r in ours), ours
    assert all(r.startswith(("harness.modules.", "torch", "collections.", "__builtin__.", "builtins.", "_codecs."))
               for r in references), references


#: A small model every format can save: the snippets are under test here, not the exporters.
SMALL = {"container": "sequential", "init_seed": 0, "input_layout": "vec", "input_shape": [4], "schema": 1,
         "vocab": 0, "layers": [{"bodies": [], "kind": "linear", "params": {"bias": True, "out_features": 3}},
                                {"bodies": [], "kind": "relu", "params": {}}],
         "recipe": {"batch_size": 2, "lr": 0.01, "optimizer": "sgd", "resume_steps": 1, "seed": 0, "steps": 1}}


def test_every_format_snippet_runs_as_written_in_either_torch(other_python, tmp_path: Path) -> None:
    """A reproducer ends with its format's round trip; a reader runs it in the torch of
    either side of the failing pair, so it must run as written in both."""
    from harness.formats import FORMATS
    from harness.model.spec import ModelSpec

    spec = ModelSpec.from_json(SMALL)
    names = [name for name in FORMATS.names() if FORMATS.get(name).snippet]
    assert {"onnx-legacy", "onnx-dynamo", "state_dict", "torchscript-script"} <= set(names)
    for name in names:
        (tmp_path / f"{name}.py").write_text(to_python(spec, FORMATS.get(name).snippet))
    driver = ("import runpy, sys, traceback\nfailed = []\nfor path in sys.argv[1:]:\n"
              "    try:\n        runpy.run_path(path, run_name='__main__')\n    except Exception:\n"
              "        failed.append(path)\n        traceback.print_exc()\n"
              "print('FAILED', failed)\nsys.exit(bool(failed))\n")
    for python in (sys.executable, str(other_python)):
        done = subprocess.run([python, "-I", "-c", driver, *[str(tmp_path / f"{n}.py") for n in names]],
                              cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, (python, done.stdout[-500:], done.stderr[-3000:])
