"""Save in one real torch version, verify in another, both directions.

The second environment is the matrix's own tox env (torch 2.1 by default);
this one is the test env's torch (2.4). Nothing is mocked: both interpreters
import their own torch and read each other's files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from conftest import EXAMPLES, ROOT, acceptable, run_harness
from packaging.version import Version

from harness.formats import FORMATS
from harness.report.gate import load_baseline
from harness.report.read import read_records
from harness.verify.resume import DEPARTURES

pytestmark = pytest.mark.crossversion
# output, the format's extra checks, and resume
CHECKS_PER_CASE = sum(2 + len(FORMATS.get(name).extra_checks()) for name in FORMATS.names())

# What torch itself does across 2.1 and 2.4, found by harness, is the committed baseline of the
# upgrade gate: every failure of this matrix must be one of its entries (each states its cause).
BASELINE = load_baseline(ROOT / "compat-baseline.toml")


def explained(record: dict) -> bool:
    return acceptable(record) or any(entry.matches(record) for entry in BASELINE)


DIGESTS = """
import hashlib, json, sys, torch
from harness.model.build import build
from harness.model.population import generate_specs
out = {}
for spec in generate_specs(37, 4):
    state = build(spec).state_dict()
    out[spec.id] = {k: hashlib.sha256(v.contiguous().view(-1).view(torch.uint8).numpy().tobytes()).hexdigest()
                    for k, v in state.items()}
json.dump(out, sys.stdout)
"""


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_the_two_environments_really_differ(matrix) -> None:
    assert matrix["old_torch"].split("+")[0] != torch.__version__.split("+")[0]


def test_all_four_pairs_are_verified_with_real_fingerprints(matrix) -> None:
    files = sorted(p.name for p in matrix["results"].glob("*.jsonl"))
    assert files == ["new__new.jsonl", "new__old.jsonl", "old__new.jsonl", "old__old.jsonl"]
    old, new = matrix["old_torch"], torch.__version__
    for saved, loaded in [("old", "old"), ("old", "new"), ("new", "old"), ("new", "new")]:
        records = _records(matrix["results"] / f"{saved}__{loaded}.jsonl")
        assert len(records) == EXAMPLES * CHECKS_PER_CASE
        versions = {"old": old, "new": new}
        assert {r["saved"]["torch"] for r in records} == {versions[saved]}
        assert {r["loaded"]["torch"] for r in records} == {versions[loaded]}


def test_verdicts_in_both_directions(matrix) -> None:
    """Old torch reads new files and new torch reads old files: every verdict is a pass, an
    explained limitation, or one of the torch findings above."""
    for pair in ("old__new", "new__old"):
        records = _records(matrix["results"] / f"{pair}.jsonl")
        assert {r["format"] for r in records} == set(FORMATS.names())
        for r in records:
            assert explained(r), (pair, r["format"], r["check"], r["status"], r["message"][:300])
            if r["check"] == "output" and r["status"] == "pass":
                assert "per-dtype tolerance" in r["message"]  # not held to bit-exactness across versions
                assert r["max_abs_diff"] is not None
        by_format: dict = {}
        for r in records:
            by_format.setdefault((r["format"], r["check"]), set()).add(r["status"])
        for fmt in ("state_dict", "checkpoint", "safetensors-model", "pickle"):
            assert by_format[(fmt, "output")] <= {"pass", "mismatch"}  # mismatch only as a limitation
        assert by_format[("pickle", "default_load")] == {"pass"}  # neither 2.1 nor 2.4 defaults to weights_only
        # weights_only=True refuses only the scheduler states torch 2.1 cannot read or write that way:
        # 2.1's OneCycleLR (a bound method, getattr) and MultiStepLR's Counter loaded by 2.1
        clean = [r for r in records if (r["format"], r["check"]) == ("checkpoint", "weights_only")]
        assert sum(r["status"] == "pass" for r in clean) >= EXAMPLES // 2
        assert all(r["status"] == "pass" or "getattr" in r["message"] or "collections.Counter" in r["message"]
                   for r in clean), [r["message"][-300:] for r in clean if r["status"] != "pass"]
        assert "load_error" in by_format[("export", "output")]  # the finding: export files do not cross
        for fmt in ("checkpoint", "state_dict", "safetensors", "safetensors-model"):
            resumed = [r for r in records if (r["format"], r["check"]) == (fmt, "resume")]
            # of the cases the format can carry (not unsupported, no named limitation), most resume
            checkable = [r for r in resumed if r["status"] != "unsupported" and not r["limitation"]]
            assert len(checkable) >= EXAMPLES // 3, fmt
            assert sum(r["status"] == "pass" for r in checkable) >= 2 * len(checkable) // 3, fmt
            for r in resumed:
                assert r["status"] != "diverged" or r["departure"] in DEPARTURES
                assert r["status"] != "diverged" or r["diagnostics"]["evidence"], r["message"]  # on evidence


def test_same_environment_pairs_are_bit_exact(matrix) -> None:
    for pair in ("old__old", "new__new"):
        for r in _records(matrix["results"] / f"{pair}.jsonl"):
            assert explained(r), (pair, r["format"], r["status"], r["message"][:300])
            if r["check"] == "resume":  # same environment: bit-exact, a named limitation, or a torch
                # defect the baseline names for every pair (NAdam's mu_product cast) or for this torch
                assert acceptable(r) or any(e.matches(r) and not e.saved for e in BASELINE), \
                    (pair, r["message"][:300])
            if r["check"] == "output" and r["status"] == "pass" and FORMATS.get(r["format"]).exact_in_same_env:
                assert r["max_abs_diff"] == 0.0, (pair, r["format"], r["case"])


def test_same_seed_gives_the_same_cases_in_both_versions(matrix) -> None:
    ids = {name: [c["id"] for c in json.loads((matrix["artifacts"] / name / "manifest.json").read_text())["cases"]]
           for name in matrix["envs"]}
    assert ids["old"] == ids["new"] and len(ids["old"]) == EXAMPLES


def test_report_has_every_pair_and_rerun_does_not_double_count(matrix) -> None:
    report = json.loads((matrix["reports"] / "compat.json").read_text())
    old, new = matrix["old_torch"].split("+")[0], torch.__version__.split("+")[0]
    assert sorted(map(tuple, report["summary"]["pairs"])) == sorted(
        [(old, old), (old, new), (new, old), (new, new)])
    for cell in report["summary"]["matrix"]:
        assert cell["total"] == EXAMPLES
    before = len(read_records([matrix["reports"] / "compat.json"]))
    for name, python in matrix["envs"].items():
        again = run_harness(python, "matrix", "--name", name, "--artifacts", str(matrix["artifacts"]),
                            "--results", str(matrix["results"]), "--trust-pickles", "--trust-code").stderr
        assert "0 pairs verified" in again
    run_harness(matrix["envs"]["new"], "report", str(matrix["results"]), "--out", str(matrix["reports"]))
    assert len(read_records([matrix["reports"] / "compat.json"])) == before == 4 * EXAMPLES * CHECKS_PER_CASE


def test_build_gives_identical_modules_in_both_versions(other_python) -> None:
    import subprocess
    import sys
    digests = [json.loads(subprocess.run([str(python), "-c", DIGESTS], capture_output=True, text=True,
                                         check=True).stdout)
               for python in (other_python, sys.executable)]
    assert digests[0].keys() == digests[1].keys() and len(digests[0]) == 37
    assert digests[0] == digests[1]


def test_a_failure_that_needs_two_versions_is_shrunk_by_replay(other_python, tmp_path: Path) -> None:
    import os
    import sys

    from conftest import ROOT

    from harness.model.spec import ModelSpec
    env = {**os.environ, "HARNESS_PLUGINS": "planted_formats", "PYTHONPATH": str(ROOT / "tests" / "plugins")}
    artifacts, results = tmp_path / "artifacts", tmp_path / "results"
    envs = {"old": other_python, "new": Path(sys.executable)}
    for name, python in envs.items():
        run_harness(python, "save", "--out", str(artifacts / name), "--examples", "40", "--seed", "3",
                    "--format", "test_gru_across_versions", env=env)
    for name, python in envs.items():
        run_harness(python, "matrix", "--name", name, "--artifacts", str(artifacts), "--results", str(results),
                    "--shrink", env=env)
    for same in ("old__old", "new__new"):
        assert all(acceptable(r) for r in _records(results / f"{same}.jsonl"))
    for pair in ("old__new", "new__old"):
        records = _records(results / f"{pair}.jsonl")
        has_gru = {r["case"] for r in records
                   if any(layer.kind == "gru" for layer in ModelSpec.from_json(r["source"]["spec"]).walk())}
        failing = [r for r in records if not explained(r)]
        assert has_gru and {r["case"] for r in failing} == has_gru
        for r in failing:
            assert r["status"] == "load_error" and "planted" in r["message"]
            reproducer = r["reproducer"]
            assert [layer.kind for layer in ModelSpec.from_json(reproducer["spec"]).walk()] == ["gru"]
            saved, loaded = pair.split("__")
            assert reproducer["replayed"] == f"saved by {saved}, verified by {loaded}"


def test_torch26_default_load_refuses_pickles_from_every_version(torch26_python, other_python,
                                                                  tmp_path: Path) -> None:
    import sys
    envs = {"t21": other_python, "t24": Path(sys.executable), "t26": torch26_python}
    for name, python in envs.items():
        run_harness(python, "save", "--out", str(tmp_path / name), "--examples", "3", "--format", "pickle")
    results = tmp_path / "r.jsonl"
    run_harness(torch26_python, "verify", *[str(tmp_path / n) for n in envs], "--results", str(results),
                "--trust-pickles", "--trust-code")
    records = _records(results)
    assert {r["loaded"]["torch"].split("+")[0][:3] for r in records} == {"2.6"}
    assert {r["saved"]["torch"].split("+")[0][:3] for r in records} == {"2.1", "2.4", "2.6"}
    for r in records:
        if r["check"] == "default_load":
            assert r["status"] == "load_error" and "Weights only load failed" in r["message"]
        else:
            assert (r["check"], r["status"]) in {("output", "pass"), ("resume", "unsupported")}


@pytest.fixture(scope="module")
def torchscript_loads(torch26_python, newest_python, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Three models saved as TorchScript (script and trace) by 2.4, verified by 2.4, 2.6 and the
    newest torch: each loader's records."""
    import sys
    root = tmp_path_factory.mktemp("torchscript")
    run_harness(sys.executable, "save", "--out", str(root / "t24"), "--examples", "3",
                "--format", "torchscript-script", "--format", "torchscript-trace")
    loaders = {"in24": Path(sys.executable), "in26": torch26_python, "newest": newest_python}
    for name, python in loaders.items():
        run_harness(python, "verify", str(root / "t24"), "--results", str(root / f"{name}.jsonl"), "--trust-code")
    return {name: _records(root / f"{name}.jsonl") for name in loaders}


def _covering(record: dict) -> list:
    from harness.report.gate import covering, live_entries
    live = live_entries(load_baseline(ROOT / "compat-baseline.toml"), __import__("datetime").date.today())
    return [(e.format, e.check, e.loaded) for e in covering(record, live)]


def test_torch_load_of_a_torchscript_archive_works_until_2_6_and_the_baseline_says_why(torchscript_loads) -> None:
    """The TorchScript formats' torch_load check: torch.load(f) hands the archive to
    torch.jit.load in 2.4 and is refused from 2.6, where the reviewed baseline entry about it
    (and only it) covers each refusal; torch.jit.load (the output check) loads them in both."""
    here, there = torchscript_loads["in24"], torchscript_loads["in26"]
    loads = [r for r in here if r["check"] == "torch_load"]
    assert loads and {r["status"] for r in loads} == {"pass"}, [r["message"] for r in loads]
    refused = [r for r in there if r["check"] == "torch_load"]
    assert len(refused) == len(loads)
    for r in refused:
        assert r["status"] == "load_error" and "with TorchScript archives passed to ``torch.load``" in r["message"]
        assert [(fmt, check) for fmt, check, _ in _covering(r)] == [("torchscript-*", "torch_load")]
    assert not [r for r in there if r["check"] == "output" and r["status"] == "load_error"]  # jit.load loads them


def test_warnings_as_errors_fails_where_torchscript_warns_and_only_its_entry_covers_it(torchscript_loads) -> None:
    """The TorchScript formats' warnings_as_errors check: torch.jit.load(f) under -W error loads in
    2.4 and 2.6; the newest torch warns that TorchScript is deprecated (a FutureWarning from 2.14),
    so there the check fails naming the warning, the baseline entry about that warning (and only
    it) covers it, and the output check still passes: the file loads."""
    for loader in ("in24", "in26"):
        strict = [r for r in torchscript_loads[loader] if r["check"] == "warnings_as_errors"]
        assert len(strict) == 6 and {r["status"] for r in strict} == {"pass"}, [r["message"] for r in strict]
    there = torchscript_loads["newest"]
    warned = [r for r in there if r["check"] == "warnings_as_errors"]
    assert len(warned) == 6
    for r in warned:
        assert r["status"] == "load_error", r["message"]
        assert "torch.jit.load(f) warns FutureWarning: `torch.jit.load` is deprecated" in r["message"]
        assert "-W error" in r["message"] and "torch.export" in r["message"]
        assert _covering(r) == [("torchscript-*", "warnings_as_errors", ">=2.14")]
    assert not [r for r in there if r["check"] == "output" and r["status"] == "load_error"]  # the file loads


def test_the_newest_torch_and_torch_2_1_save_and_read_each_other(newest_python, other_python,
                                                                  tmp_path: Path) -> None:
    """Every format saved by the newest torch of the table and by torch 2.1, each verified in
    both: before the workers had a channel of their own, the newer torch's ONNX exporters
    printing on stdout stopped ``save`` there with a traceback."""
    envs = {"new": newest_python, "old": other_python}
    for name, python in envs.items():
        done = run_harness(python, "save", "--out", str(tmp_path / name), "--examples", "4", "--seed", "0")
        assert "Traceback" not in done.stderr
    newest = json.loads((tmp_path / "new" / "manifest.json").read_text())
    assert Version(newest["environment"]["torch"].split("+")[0]) >= Version("2.13")
    # what its exporters printed is kept with the format that printed it, not parsed as a message
    assert any("torch.onnx" in (saved.get("output") or "") for case in newest["cases"]
               for saved in case["formats"].values())
    for name, python in envs.items():
        results = tmp_path / f"loaded-by-{name}.jsonl"
        done = run_harness(python, "verify", str(tmp_path / "new"), str(tmp_path / "old"), "--results",
                           str(results), "--trust-pickles", "--trust-code")
        assert "Traceback" not in done.stderr
        records = _records(results)
        assert len(records) == 2 * 4 * CHECKS_PER_CASE
        unexplained = [(r["format"], r["check"], r["status"], r["saved"]["torch"], r["loaded"]["torch"],
                        r["message"][:120]) for r in records if not explained(r)]
        assert not unexplained
        if name == "old":  # torch 2.1's onnxruntime (1.16) reads IR 9 at most; the newest exports IR 10
            refused = [r for r in records if r["format"] == "onnx" and r["status"] == "load_error"
                       and r["saved"]["torch"] != r["loaded"]["torch"]]
            assert refused and all(r["limitation"] == "onnx_too_new" and "Unsupported model IR version" in r["message"]
                                   for r in refused), [r["message"][:200] for r in refused][:2]
            assert not any(r["format"] == "onnx" and r["status"] == "pass" and r["saved"]["torch"] != r["loaded"]["torch"]
                           for r in records)


def test_numpy_2_pickles_are_a_named_finding_under_numpy_1(tmp_path: Path) -> None:
    """The same torch (2.4) with NumPy 2 and with NumPy 1.25: a checkpoint with NumPy objects
    saved under NumPy 2 names numpy._core, which NumPy 1.25 cannot import; the other way loads."""
    import sys

    from conftest import tox_env_python
    numpy1 = tox_env_python("torch24numpy1")
    envs = {"np2": Path(sys.executable), "np1": numpy1}
    for name, python in envs.items():
        run_harness(python, "save", "--out", str(tmp_path / name), "--examples", "2", "--format", "checkpoint-script",
                    "--format", "checkpoint")
    for name, python in envs.items():
        run_harness(python, "verify", *[str(tmp_path / n) for n in envs], "--results", str(tmp_path / f"{name}.jsonl"),
                    "--trust-pickles")
    records = _records(tmp_path / "np1.jsonl") + _records(tmp_path / "np2.jsonl")
    assert {r["loaded"]["numpy"][0] for r in records} == {"1", "2"}
    for r in records:
        across = r["saved"]["numpy"][0] == "2" and r["loaded"]["numpy"][0] == "1"
        if across and r["format"] == "checkpoint-script" and r["check"] in ("output", "resume"):
            assert (r["status"], r["limitation"]) == ("load_error", "numpy2_pickle"), r["message"]
            assert "numpy._core" in r["message"]
        elif r["check"] in ("output", "resume", "default_load"):
            assert explained(r), (r["format"], r["check"], r["status"], r["message"][:200])
    from harness.artifacts.manifest import environment_label
    assert {environment_label(r["loaded"]) for r in records} == {"2.4.1", "2.4.1+numpy1.25.2"}
