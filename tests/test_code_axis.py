"""The team's own code as an axis: a throwaway git repository with two tagged versions of a
model package, saved with the code of one tag and loaded with the code of the other, in this
environment's torch — each change named as what it is, in both directions.

Between v1 and v2: an attribute renamed (``fc`` → ``head``), a class moved to another module
(``zoo.models.Mover`` → ``zoo.layers.Mover``), a persistent buffer added, a default changed
(``alpha`` 1.0 → 0.5), and a factory removed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

V1 = '''
import torch
from torch import nn


class Renamed(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        return self.fc(x)


class Buffered(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)

    def forward(self, x):
        return self.lin(x)


class Defaulted(nn.Module):
    def __init__(self, alpha=1.0):
        super().__init__()
        self.lin = nn.Linear(4, 3)
        self.alpha = alpha

    def forward(self, x):
        return self.lin(x) * self.alpha


class Mover(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)

    def forward(self, x):
        return self.lin(x)


def _inputs():
    return torch.randn(2, 4)


def renamed():
    torch.manual_seed(0)
    return Renamed(), _inputs()


def buffered():
    torch.manual_seed(0)
    return Buffered(), _inputs()


def defaulted():
    torch.manual_seed(0)
    return Defaulted(), _inputs()


def moved():
    torch.manual_seed(0)
    return Mover(), _inputs()


def dropped():
    torch.manual_seed(0)
    return Mover(), _inputs()
'''

V2_LAYERS = '''
from torch import nn


class Mover(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)

    def forward(self, x):
        return self.lin(x)
'''


def _v2() -> str:
    text = V1.replace("self.fc = nn.Linear(4, 3)", "self.head = nn.Linear(4, 3)")
    text = text.replace("return self.fc(x)", "return self.head(x)")
    plain = "        self.lin = nn.Linear(4, 3)\n\n    def forward(self, x):\n        return self.lin(x)\n"
    buffered = ("        self.lin = nn.Linear(4, 3)\n        self.register_buffer(\"scale\", torch.ones(3))\n\n"
                "    def forward(self, x):\n        return self.lin(x) * self.scale\n")
    text = text.replace(plain + "\n\nclass Defaulted", buffered + "\n\nclass Defaulted", 1)
    text = text.replace("alpha=1.0", "alpha=0.5")
    start = text.index("class Mover")
    text = text[:start] + text[text.index("def _inputs"):]
    text = text.replace("from torch import nn\n", "from torch import nn\n\nfrom zoo import layers\n", 1)
    text = text.replace("return Mover(), _inputs()", "return layers.Mover(), _inputs()")
    return text[:text.index("def dropped")].rstrip() + "\n"


FACTORIES = ",".join(f"zoo.models:{name}" for name in ("renamed", "buffered", "defaulted", "moved", "dropped"))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """v1 and v2 tagged; the working tree is v2 with its layers module deleted (so only the
    refs' trees hold the code: nothing may come from the working tree)."""
    repo = tmp_path_factory.mktemp("team") / "repo"
    (repo / "zoo").mkdir(parents=True)
    (repo / "zoo" / "__init__.py").write_text("")
    (repo / "zoo" / "models.py").write_text(V1)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "v1")
    _git(repo, "tag", "v1")
    (repo / "zoo" / "models.py").write_text(_v2())
    (repo / "zoo" / "layers.py").write_text(V2_LAYERS)
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "v2")
    _git(repo, "tag", "v2")
    (repo / "zoo" / "models.py").unlink()
    return repo


def _harness(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARNESS_") and k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "harness", *args], cwd=repo, env=env, capture_output=True,
                          text=True, timeout=900)


def _records(repo: Path, saved: str, loaded: str) -> dict[tuple[str, str, str], dict]:
    out = repo / f"{saved}-{loaded}.jsonl"
    done = _harness(repo, "verify", str(repo / ".harness" / saved), "--results", str(out), "--code", loaded,
                    "--trust-pickles", "--trust-code", "--workers", "1")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return {(r["case"], r["format"], r["check"]): r for r in records}


@pytest.fixture(scope="module")
def saved(repo: Path) -> Path:
    for ref in ("v1", "v2"):
        done = _harness(repo, "save", "--out", str(repo / ".harness" / ref), "--code", ref, "--models", FACTORIES,
                        "--format", "state_dict", "--format", "pickle", "--workers", "1")
        assert done.returncode == 0, done.stderr
    # v2 has no factory "dropped": a fact about that version (unsupported, saying so), not the run's mistake
    manifest = json.loads((repo / ".harness" / "v2" / "manifest.json").read_text())
    dropped = next(case for case in manifest["cases"] if "dropped" in case["id"])
    assert {f["status"] for f in dropped["formats"].values()} == {"unsupported"}
    message = next(iter(dropped["formats"].values()))["message"]
    assert message.startswith("the model is not in this version of the code, so nothing was saved: ")
    assert "has no function 'dropped' (the team's code at v2, commit" in message
    return repo


def _find(records: dict, model: str, fmt: str, check: str = "output") -> dict:
    found = [r for (case, f, c), r in records.items() if model in case and f == fmt and c == check]
    assert found, (model, fmt, sorted(records))
    return found[0]


def test_each_change_is_named_old_code_to_new(saved: Path) -> None:
    records = _records(saved, "v1", "v2")
    renamed = _find(records, "renamed", "state_dict")
    assert renamed["status"] == "load_error"
    assert "likely renamed (same shape and dtype): fc.* → head.* (2 keys)" in renamed["message"]
    buffered = _find(records, "buffered", "state_dict")
    assert buffered["status"] == "load_error" and "new persistent buffers the file predates: ['scale']" in \
        buffered["message"]
    assert _find(records, "defaulted", "state_dict")["status"] == "mismatch"
    moved = _find(records, "moved", "pickle")
    assert moved["status"] == "load_error"
    assert "the class moved to zoo.layers.Mover" in moved["message"]
    assert "zoo.models.Mover = zoo.layers.Mover" in moved["traceback"]  # the fix, whole
    dropped = _find(records, "dropped", "state_dict")
    assert "has no function 'dropped' (the team's code at v2, commit" in dropped["message"]
    assert records and all(r["saved"]["code"]["ref"] == "v1" and r["loaded"]["code"]["ref"] == "v2"
                           for r in records.values())


def test_each_change_is_named_new_code_to_old(saved: Path) -> None:
    records = _records(saved, "v2", "v1")
    renamed = _find(records, "renamed", "state_dict")
    assert "likely renamed (same shape and dtype): head.* → fc.* (2 keys)" in renamed["message"]
    buffered = _find(records, "buffered", "state_dict")
    assert buffered["status"] == "load_error" and "unexpected ['scale']" in buffered["message"]
    assert _find(records, "defaulted", "state_dict")["status"] == "mismatch"
    moved = _find(records, "moved", "pickle")
    assert moved["status"] == "load_error" and "zoo.layers" in moved["message"]


def test_the_same_code_loads_its_own_files(saved: Path) -> None:
    records = _records(saved, "v2", "v2")
    assert {r["status"] for (case, fmt, check), r in records.items()
            if check == "output" and "dropped" not in case} == {"pass"}
    dropped = _find(records, "dropped", "state_dict")
    assert dropped["status"] == "unsupported" and "is not in this version of the code" in dropped["message"]


def test_the_report_says_code_change_not_torch(saved: Path) -> None:
    _records(saved, "v1", "v2")
    _records(saved, "v1", "v1")
    results = saved / "results"
    results.mkdir(exist_ok=True)
    for name in ("v1-v2.jsonl", "v1-v1.jsonl"):
        (results / name).write_text((saved / name).read_text())
    done = _harness(saved, "report", str(results), "--out", str(saved / "reports"))
    assert done.returncode in (0, 1), done.stderr
    text = (saved / "reports" / "compat.md").read_text()
    assert "caused by team code v1 → v2, not torch" in text
    assert "2.4.1+v1 → 2.4.1+v2" in text or "+v1 → " in text  # the environments name the refs
    assert "keep torch" not in text  # the same torch: the plan's changes are about the code
    assert "| 2.4.1+v1 | v1 |" in text  # each environment's code, in the libraries table


def test_a_ref_that_is_not_a_commit_is_one_line(repo: Path) -> None:
    done = _harness(repo, "save", "--out", str(repo / ".harness" / "x"), "--code", "v9", "--models", FACTORIES)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "code ref 'v9' is not a commit" in done.stderr
    done = _harness(repo, "save", "--out", str(repo / ".harness" / "x"), "--code", "--upload-pack=x",
                    "--models", FACTORIES)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    done = _harness(repo, "save", "--out", str(repo / ".harness" / "x"), "--models", "zoo.models:nothing")
    assert done.returncode == 2  # without a ref, a factory that is not there is the run's mistake


def test_probe_loads_an_existing_file_into_a_refs_model(saved: Path) -> None:
    import torch
    from safetensors.torch import save_file

    case = next((saved / ".harness" / "v1" / "cases").glob("model-renamed-*"))
    out, inputs = saved / "probe-out", saved / "probe-inputs.safetensors"
    save_file({"0": torch.randn(2, 4)}, str(inputs))
    done = _harness(saved, "probe", str(case / "state_dict" / "state_dict.pt"), "--model", "zoo.models:renamed",
                    "--inputs", str(inputs), "--code", "v2", "--trust-code", "--out", str(out),
                    "--results", str(saved / "probe-results"))
    assert done.returncode == 0, done.stderr
    lines = json.loads((out / "probe.json").read_text())["files"][0]["lines"]
    outputs = next(line for line in lines if line.startswith("outputs"))
    assert "the state dict does not fit zoo.models:renamed (the team's code at v2" in outputs
    assert "likely renamed (same shape and dtype): fc.* → head.*" in outputs
    done = _harness(saved, "probe", str(case / "state_dict" / "state_dict.pt"), "--model", "zoo.models:renamed",
                    "--inputs", str(inputs), "--code", "v1", "--trust-code", "--out", str(out),
                    "--results", str(saved / "probe-results"))
    lines = json.loads((out / "probe.json").read_text())["files"][0]["lines"]
    assert next(line for line in lines if line.startswith("outputs")).endswith("runs in 2.4"), lines


def test_renames_are_grouped_by_the_module_renamed() -> None:
    from torch import nn

    from harness.formats.key_diff import diff

    class Old(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.backbone = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))
            self.fc = nn.Linear(8, 2)

    class New(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))
            self.head = nn.Linear(8, 2)

    found = diff(New(), Old().state_dict())
    assert len(found.renamed) == 9 and all(new.split(".", 1)[1] == old.split(".", 1)[1] for old, new in found.renamed)
    assert "likely renamed (same shape and dtype): backbone.* → encoder.* (7 keys), fc.* → head.* (2 keys)" in \
        found.text()


def test_a_widened_layer_is_named_by_its_shapes() -> None:
    from torch import nn

    from harness.formats.key_diff import diff

    old = nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 2)).state_dict()
    found = diff(nn.Sequential(nn.Linear(4, 16), nn.Linear(16, 2)), old)
    assert not found.missing and not found.unexpected and not found.renamed
    assert found.text() == ("shape changed: 0.bias (8,) in the file, (16,) in the model, 0.weight (8, 4) in the "
                            "file, (16, 4) in the model, 1.weight (2, 8) in the file, (2, 16) in the model")


def test_where_a_finding_shows_speaks_of_code_and_of_torch() -> None:
    from harness.report.where import ordered, where

    versions = ordered(["2.4.1", "2.4.1+v1", "2.6.0", "2.6.0+v1"])
    assert versions == ["2.4.1+v1", "2.4.1", "2.6.0+v1", "2.6.0"]  # a ref's code before the working tree
    pairs = [(s, lo) for s in versions for lo in versions]
    code_differs = [(s, lo) for s, lo in pairs if ("+" in s) != ("+" in lo)]
    assert where(code_differs, pairs, versions) == \
        "whenever the saving and the loading code differ (the same code passes)"
    old_to_new = [(s, lo) for s, lo in pairs if "+" in s and "+" not in lo]
    assert where(old_to_new, pairs, versions) == \
        "when saved with the code of v1 and loaded with other code"
    torch_26 = [(s, lo) for s, lo in pairs if lo.startswith("2.6")]
    assert where(torch_26, pairs, versions) == "whenever the loader is ≥ 2.6.0"
