"""The command line as a user drives it, in subprocesses of this environment."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

from conftest import known_to_baseline, run_harness

from harness.report.read import read_records

USER_MODEL = textwrap.dedent('''
    import torch
    from torch import nn

    class Tiny(nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = nn.Linear(3, 2)

        def forward(self, x):
            return self.proj(x).tanh()

    def make():
        torch.manual_seed(0)
        return Tiny(), torch.ones(2, 3), {"optimizer": "adam", "lr": 0.1, "steps": 2}
''')


def test_verify_refuses_a_non_artifact_directory_in_one_line(this_python, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not artifacts")
    done = run_harness(this_python, "verify", str(tmp_path), "--results", str(tmp_path / "r.jsonl"),
                       check=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not an artifact directory" in lines[0] and str(tmp_path) in lines[0]
    assert not (tmp_path / "r.jsonl").exists()


def test_unimportable_pickled_class_is_a_load_error_naming_it(this_python, tmp_path: Path) -> None:
    code = tmp_path / "code"
    code.mkdir()
    (code / "usermodels.py").write_text(USER_MODEL)
    out = tmp_path / "artifacts"
    with_code = {**os.environ, "PYTHONPATH": str(code)}
    run_harness(this_python, "save", "--out", str(out), "--examples", "1", "--model", "usermodels:make",
                env=with_code, cwd=tmp_path)
    results = tmp_path / "results.jsonl"
    # The loading side does not have usermodels: the run must go on and name the class.
    without = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = run_harness(this_python, "verify", str(out), "--results", str(results), "--trust-pickles", "--trust-code",
                       env=without, cwd=tmp_path)
    assert "Traceback" not in done.stderr
    records = [json.loads(line) for line in results.read_text().splitlines()]
    user = {(r["format"], r["check"]): r for r in records if r["case"].startswith("model-")}
    assert user[("pickle", "output")]["status"] == "load_error"
    assert "usermodels.Tiny" in user[("pickle", "output")]["message"]
    assert user[("state_dict", "output")]["status"] == "load_error"
    assert "usermodels" in user[("state_dict", "output")]["message"]
    generated = [r for r in records if not r["case"].startswith("model-")]
    assert generated and all(known_to_baseline(r) for r in generated)
    # With the code importable, the same artifacts load and match (a new results file: verify
    # skips the cells a results file already holds).
    again = tmp_path / "again.jsonl"
    run_harness(this_python, "verify", str(out), "--results", str(again), "--trust-pickles", "--trust-code",
                env=with_code, cwd=tmp_path)
    last = [json.loads(line) for line in again.read_text().splitlines()]
    assert len(last) == len(records)
    assert all(known_to_baseline(r) for r in last)
    assert {r["status"] for r in last if r["case"].startswith("model-") and r["format"] in ("pickle", "state_dict")
            and r["check"] == "output"} == {"pass"}


def test_a_factory_recipe_trains_the_users_model(this_python, tmp_path: Path) -> None:
    (tmp_path / "usermodels.py").write_text(USER_MODEL)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    run_harness(this_python, "save", "--out", str(tmp_path / "a"), "--examples", "0",
                "--model", "usermodels:make", env=env, cwd=tmp_path)
    (entry,) = json.loads((tmp_path / "a" / "manifest.json").read_text())["cases"]
    # the distributions its model comes from: none but torch, which every fingerprint records
    assert entry["source"] == {"kind": "factory", "factory": "usermodels:make", "libraries": []}
    # same inputs each step: the loss moves only if the optimizer changed the parameters
    assert len(entry["train_losses"]) == 2 and entry["train_losses"][1] != entry["train_losses"][0]


def test_bad_model_reference_is_one_clear_line(this_python, tmp_path: Path) -> None:
    done = run_harness(this_python, "save", "--out", str(tmp_path / "a"), "--examples", "0",
                       "--model", "no_such_module_xyz:make", check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("harness save: error: --model no_such_module_xyz:make")
    assert "Traceback" not in done.stderr


def test_report_counts_equal_the_records(this_python, tmp_path: Path) -> None:
    out, results, reports = tmp_path / "a", tmp_path / "r.jsonl", tmp_path / "reports"
    run_harness(this_python, "save", "--out", str(out), "--examples", "3", "--seed", "5",
                "--format", "state_dict", "--format", "pickle")
    run_harness(this_python, "verify", str(out), "--results", str(results))
    run_harness(this_python, "report", str(results), "--out", str(reports))
    data = json.loads((reports / "compat.json").read_text())
    records = read_records([reports / "compat.json"])
    lines = results.read_text().splitlines()
    # per case: state_dict output, mmap and resume; pickle output, default_load and resume
    assert len(records) == len(lines) == 18
    assert sum(cell["total"] for cell in data["summary"]["matrix"]) == 18
    counts = data["summary"]["statuses"]
    # pickles are not loaded without --trust-pickles (nor resumed); state_dict resumes with the
    # checkpoint's training state, and no checkpoint was saved
    assert counts["unsupported"] == 12
    assert all("checkpoint artifact" in r["message"] for r in records
               if (r["format"], r["check"]) == ("state_dict", "resume"))
    state_dict = [r for r in records if r["format"] == "state_dict" and r["check"] in ("output", "mmap")]
    passed = sum(r["status"] == "pass" for r in state_dict)
    assert counts["pass"] == passed and all(r["status"] == "pass" or r["limitation"] for r in state_dict)
    markdown = (reports / "compat.md").read_text()
    grid = markdown.split("#### state_dict / output", 1)[1].split("####", 1)[0]
    assert data["summary"]["grids"]["state_dict/output"] and ("✅" in grid or "🟡" in grid) == bool(passed)


def test_matrix_rerun_is_idempotent(this_python, tmp_path: Path) -> None:
    artifacts, results = tmp_path / "artifacts", tmp_path / "results"
    run_harness(this_python, "save", "--out", str(artifacts / "here"), "--examples", "2", "--format", "state_dict")
    args = ["matrix", "--name", "here", "--artifacts", str(artifacts), "--results", str(results)]
    first = run_harness(this_python, *args)
    assert "1 pairs verified" in first.stderr
    before = (results / "here__here.jsonl").read_text()
    second = run_harness(this_python, *args)
    assert "0 pairs verified, 1 already current" in second.stderr
    assert (results / "here__here.jsonl").read_text() == before
    # Saving again makes the pair stale: it is verified again, and replaced rather than appended.
    run_harness(this_python, "save", "--out", str(artifacts / "here"), "--examples", "2", "--format", "state_dict")
    run_harness(this_python, *args)
    assert len((results / "here__here.jsonl").read_text().splitlines()) == len(before.splitlines())


UNRUNNABLE_MODEL = textwrap.dedent('''
    import torch
    from torch import nn

    class FastPathBroken(nn.Module):
        """Fails in eager inference, as torch 2.0's MultiheadAttention(bias=False) does."""
        def __init__(self):
            super().__init__()
            self.proj = nn.Linear(3, 2)

        def forward(self, x):
            if not self.training:
                raise TypeError("argument 'qkv_bias' must be Tensor, not NoneType")
            return self.proj(x)

    def make():
        return FastPathBroken(), torch.ones(2, 3)
''')


def test_a_model_the_saving_torch_cannot_run_is_a_save_error_not_a_stopped_save(this_python,
                                                                                tmp_path: Path) -> None:
    (tmp_path / "brokenmodels.py").write_text(UNRUNNABLE_MODEL)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = run_harness(this_python, "save", "--out", str(tmp_path / "a"), "--examples", "2",
                       "--model", "brokenmodels:make", env=env, cwd=tmp_path)
    assert "Traceback" not in done.stderr
    cases = json.loads((tmp_path / "a" / "manifest.json").read_text())["cases"]
    broken = [c for c in cases if c["source"].get("factory") == "brokenmodels:make"]
    assert len(cases) == 3 and len(broken) == 1
    for record in broken[0]["formats"].values():
        assert record["status"] == "save_error" and "could not build, train or run" in record["message"]
        assert "qkv_bias" in record["message"]
    assert all(r["status"] != "save_error" or "could not build" not in r["message"]
               for c in cases if c is not broken[0] for r in c["formats"].values())
