"""A team adopts harness without cloning it: a throwaway repository outside this checkout,
harness installed into it as a package, its model built by a library (torchvision) that
each torch environment installs at its own release, and the matrix run by tox there.

Also the configuration (``[tool.harness]``) read as untrusted input, the tox plugin's
environments as tox reports them, and ``harness init`` never overwriting a file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from harness.settings import SettingsError, load
from harness.versions import by_name, libraries_for

FACTORIES = '''
import torch
from torchvision.ops import MLP, SqueezeExcitation


class Block(torch.nn.Module):
    """torchvision's own layers, as a team composes them."""

    def __init__(self):
        super().__init__()
        self.se = SqueezeExcitation(8, 4)
        self.mlp = MLP(8, [16, 8])

    def forward(self, x):
        y = self.se(x)
        return {"pooled": self.mlp(y.mean(dim=(2, 3))), "map": y}


def block():
    torch.manual_seed(0)
    return Block(), torch.randn(2, 8, 4, 4)
'''


def _uv() -> str:
    from uv import find_uv_bin
    return find_uv_bin()


def _team_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("TOX_", "HARNESS_")) and k not in ("VIRTUAL_ENV", "PYTHONPATH")}


@pytest.fixture(scope="module")
def team_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with a package of factories and [tool.harness], and a virtual environment
    with tox and harness installed from this checkout as a package (no clone, no PYTHONPATH)."""
    repo = tmp_path_factory.mktemp("team") / "repo"
    (repo / "teammodels").mkdir(parents=True)
    (repo / "teammodels" / "__init__.py").write_text("")
    (repo / "teammodels" / "models.py").write_text(FACTORIES)
    (repo / "pyproject.toml").write_text(textwrap.dedent('''
        [build-system]
        requires = ["setuptools>=68"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "teammodels"
        version = "1.0"

        [tool.setuptools]
        packages = ["teammodels"]

        [tool.harness]
        models = ["teammodels.models:block"]
        libraries = ["torchvision"]
        versions = ["2.4", "2.6"]
        skip-formats = ["dcp", "onnx-dynamo"]
    '''))
    venv = repo.parent / "venv"
    env = _team_env()
    subprocess.run([_uv(), "venv", "-q", "-p", sys.executable, str(venv)], check=True, env=env)
    subprocess.run([_uv(), "pip", "install", "-q", "--python", str(venv / "bin" / "python"), f"{ROOT}[tox]"],
                   check=True, env=env)
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "harness", "init", str(repo)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return repo


def _python(repo: Path) -> str:
    return str(repo.parent / "venv" / "bin" / "python")


def test_the_plugin_gives_a_team_repository_its_torch_environments(team_repo: Path) -> None:
    done = subprocess.run([_python(team_repo), "-m", "tox", "config", "-e", "torch24,torch26", "-k", "deps",
                           "commands", "skip_install"], cwd=team_repo, capture_output=True, text=True, env=_team_env())
    assert done.returncode == 0, done.stderr
    sections = done.stdout.split("[testenv:torch26]")
    assert "torchvision==0.19.*" in sections[0] and "torch==2.4.*" in sections[0]
    assert "torchvision==0.21.*" in sections[1] and "torch==2.6.*" in sections[1]
    assert f"harness @ file://{ROOT}" in done.stdout  # the harness that runs tox, from where it came
    assert "python -m harness run --env torch24" in done.stdout
    # init kept the pyproject's [tool.harness] and wrote the rest
    assert (team_repo / "compat-baseline.toml").is_file() and (team_repo / "tox.ini").is_file()
    assert load(team_repo).models == ("teammodels.models:block",)


def test_the_matrix_runs_in_a_team_repository_with_its_library(team_repo: Path) -> None:
    env = {**_team_env(), "HARNESS_WORKERS": "1"}
    done = subprocess.run([_python(team_repo), "-m", "tox", "-e", "torch24,torch26"], cwd=team_repo,
                          capture_output=True, text=True, env=env)
    # the team's baseline is empty: 2.6's weights_only default is new to it, and the gate says so
    printed = done.stdout + done.stderr
    assert "Traceback" not in printed and "gate " in printed, printed[-4000:]
    assert done.returncode == 0 or "gate FAIL" in printed, printed[-4000:]
    records = [json.loads(line) for path in (team_repo / ".harness" / "results").rglob("*.jsonl")
               for line in path.read_text().splitlines() if line.strip()]
    pairs = {(r["saved"]["torch"][:3], r["loaded"]["torch"][:3]) for r in records}
    assert pairs == {("2.4", "2.4"), ("2.4", "2.6"), ("2.6", "2.4"), ("2.6", "2.6")}
    for record in records:  # the library is part of each environment's fingerprint
        for side in ("saved", "loaded"):
            version = record[side]["libraries"]["torchvision"]
            assert version.startswith({"2.4": "0.19.", "2.6": "0.21."}[record[side]["torch"][:3]]), record[side]
        assert record["source"]["libraries"] == ["teammodels", "torchvision"]  # what this factory imports
    assert not any(r["format"] in ("dcp", "onnx-dynamo") for r in records)  # skip-formats
    passed = [r for r in records if r["format"] == "state_dict" and r["check"] == "output"]
    assert passed and all(r["status"] == "pass" for r in passed)
    report = (team_repo / "reports" / "compat.md").read_text()
    assert "torchvision" in report


def test_settings_are_untrusted_input(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nmodels = "a:b"\n')
    with pytest.raises(SettingsError, match="models must be a list of strings"):
        load(tmp_path, {})
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nmodel = ["a:b"]\n')
    with pytest.raises(SettingsError, match="no key 'model'; known: "):
        load(tmp_path, {})
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nversions = ["2.4; rm -rf /"]\n')
    with pytest.raises(SettingsError, match="torch minors"):
        load(tmp_path, {})
    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nexamples = 3\nmodels = ["a:b"]\n')
    assert load(tmp_path, {"HARNESS_EXAMPLES": "5", "HARNESS_MODELS": "c:d,e:f"}).generated == 5
    assert load(tmp_path, {"HARNESS_MODELS": "c:d,e:f"}).models == ("c:d", "e:f")
    assert load(tmp_path, {"HARNESS_EXAMPLES": "auto"}).generated == 0  # beside models


def test_libraries_resolve_per_torch() -> None:
    envs = by_name()
    old = libraries_for(envs["torch21"], ["torchvision", "transformers"], {"2.1": ["transformers==4.44.*"]})
    assert old.requirements == ("transformers==4.44.*", "torchvision==0.16.*") and not old.era
    mid = libraries_for(envs["torch24"], ["torchvision", "timm>=1.0"], {})
    assert mid.requirements == ("torchvision==0.19.*", "timm>=1.0")
    assert [(name, str(day)) for name, day in mid.era] == [("timm", "2024-10-17")]  # 2.5 came out then
    assert 'exclude-newer-package = { "timm" = "2024-10-17T00:00:00Z" }' in mid.uv_config()


def test_init_never_overwrites(tmp_path: Path) -> None:
    from harness.cli.main import main
    (tmp_path / "compat-baseline.toml").write_text("# ours\n")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "compat-baseline.toml").read_text() == "# ours\n"
    text = (tmp_path / "pyproject.toml").read_text()
    assert text.startswith('[project]\nname = "x"\n') and "[tool.harness]" in text
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / "pyproject.toml").read_text() == text


def test_each_factorys_libraries_are_read_from_its_imports_without_running_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from harness.libraries import factory_libraries
    zoo = tmp_path / "zoo"
    zoo.mkdir()
    (zoo / "__init__.py").write_text("raise SystemExit('imported')\n")
    (zoo / "models.py").write_text("import torch\nfrom .helpers import helper\n\n\n"
                                   "def first():\n    import packaging.version\n\n\n"
                                   "def second():\n    from hypothesis import strategies\n")
    (zoo / "helpers.py").write_text("import fickling\n\n\ndef helper():\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert set(factory_libraries(["zoo.models:first"])) == {"packaging", "fickling"}  # torch is fingerprinted anyway
    assert set(factory_libraries(["zoo.models:second"])) == {"hypothesis", "fickling"}
    assert "zoo" not in sys.modules


def test_a_library_that_moves_a_package_harness_needs_is_one_line_before_anything_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution's own metadata (as pip writes it) that wants another NumPy than this
    environment has: named with the requirement it breaks, not found later as broken imports."""
    from harness.libraries import check_environment
    info = tmp_path / "teamlib-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: teamlib\nVersion: 1.0\nRequires-Dist: numpy<1\n"
                                   "Requires-Dist: safetensors\nRequires-Dist: colorama; extra == 'color'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert check_environment([]) == []  # harness's own requirements hold in the test environment
    (line,) = check_environment(["teamlib"])
    assert line.startswith("teamlib 1.0 needs numpy<1, but numpy ") and "harness 0.1.0 needs numpy" in line
