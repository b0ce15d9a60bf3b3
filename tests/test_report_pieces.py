"""Pieces of the reports that a matrix run does not always reach: reproducers sharing their
helper code, a model whose outputs are constant, and where a finding shows, in words."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import textwrap
from pathlib import Path

from conftest import ROOT, run_harness

from harness.model.codegen import to_python
from harness.model.population import generate_specs
from harness.report.reproducers import own_part, shared_helpers
from harness.report.view import where


def test_reproducers_share_their_helper_code_and_each_entry_runs_after_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the round trip writes its file here
    specs = generate_specs(6, 3)
    scripts = [to_python(spec, "torch.save(model.state_dict(), 'x.pt')") for spec in specs]
    shared = shared_helpers(scripts)
    classes = [line for line in shared.splitlines() if line.startswith("class ")]
    assert classes and len(classes) == len(set(classes))  # each class once
    assert shared.count("def fill_deterministically") == 1
    for spec, script in zip(specs, scripts):
        own = own_part(script)
        assert "class " not in own and "import " not in own and own.count("model = SpecNet(") == 1
        assert f"spec {spec.id}" in own.splitlines()[0]
        # helpers first, then the entry: the model runs and prints what the whole script prints
        printed, whole = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(shared + "\n" + own, "<reproducer>", "exec"), {"__name__": "__main__"})
        with contextlib.redirect_stdout(whole):
            exec(compile(script, "<script>", "exec"), {"__name__": "__main__"})
        assert printed.getvalue() and printed.getvalue() == whole.getvalue()
        assert (tmp_path / "x.pt").is_file()


def test_a_script_not_of_the_reproducer_shape_is_shown_whole() -> None:
    text = "print('hello')\n"
    assert own_part(text) == text and shared_helpers([text]) == ""


def test_a_model_whose_outputs_are_constant_is_reported_as_degenerate_not_passed(tmp_path: Path) -> None:
    (tmp_path / "flat_models.py").write_text(textwrap.dedent('''
        import torch
        from torch import nn

        class Flat(nn.Module):
            """Trains (its linear map has gradients), but every output is 0."""
            def __init__(self):
                super().__init__()
                self.lin = nn.Linear(8, 8)
            def forward(self, x):
                return torch.relu(self.lin(x)) * 0.0 + 0.0 * self.lin(x).sum()

        def flat():
            torch.manual_seed(0)
            return Flat(), torch.randn(4, 8)
        '''))
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out, results = tmp_path / "a", tmp_path / "r.jsonl"
    run_harness(sys.executable, "save", "--out", str(out), "--models", "flat_models:flat",
                "--format", "state_dict", "--format", "torchscript-trace", env=env, cwd=ROOT)
    run_harness(sys.executable, "verify", str(out), "--results", str(results), "--trust-code", env=env, cwd=ROOT)
    records = [json.loads(line) for line in results.read_text().splitlines()]
    outputs = [r for r in records if r["check"] == "output"]
    assert {r["format"] for r in outputs} == {"state_dict", "torchscript-trace"}
    for r in outputs:
        assert r["status"] == "unsupported" and r["message"].startswith("degenerate model"), r["message"]


def test_where_names_the_simplest_rule_for_the_failing_pairs() -> None:
    versions = ["2.1", "2.4", "2.6", "2.13"]
    pairs = [(a, b) for a in versions for b in versions]
    assert where([p for p in pairs if p[1] in ("2.6", "2.13")], pairs, versions) == "whenever the loader is ≥ 2.6"
    assert where([p for p in pairs if p[0] != p[1]], pairs, versions).startswith("across versions only")
    assert where([p for p in pairs if versions.index(p[1]) < versions.index(p[0])], pairs, versions) == (
        "whenever the loader is older than the saver (new → old)")
    assert where(pairs, pairs, versions) == "in every pair"
    assert where([("2.4", "2.1"), ("2.6", "2.1")], pairs, versions) == "when saved in 2.4, 2.6 and loaded in 2.1"



def test_records_read_back_whole_and_share_what_they_repeat(tmp_path: Path) -> None:
    """A results file repeats each case's spec and both fingerprints in every line; read back,
    every record equals its line, and equal values are one object (what keeps a million
    records in 1-2 GB: docs/performance.md)."""
    from harness.report.read import read_records

    spec = {"schema": 1, "layers": [{"kind": "linear", "params": {"out_features": 4}}], "recipe": {"steps": 3}}
    env = {"torch": "2.4.1", "python": "3.11.7"}
    lines = [{"case": f"c{i % 2}", "format": fmt, "check": "output", "status": "pass", "message": "matches",
              "saved": dict(env), "loaded": dict(env), "source": {"kind": "spec", "spec": json.loads(json.dumps(spec))},
              "max_abs_diff": 0.5 * i, "seconds": {"load": 0.01 * i}}
             for i, fmt in enumerate(["state_dict", "checkpoint", "pickle", "onnx"])]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    records = read_records([path])
    assert records == lines
    assert all(r["source"] is records[0]["source"] and r["saved"] is r["loaded"] is records[0]["saved"]
               for r in records)
    assert len({id(r["seconds"]) for r in records}) == len(records)  # each record's own times stay its own
