"""One table of torch versions: tox, nox, the CI workflow and the atlas all read it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from harness.versions import by_name, github_matrix, torch_envs

ENVS = torch_envs()


def _tox_config(envs: list[str], key: str) -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOX_") and k != "VIRTUAL_ENV"}
    done = subprocess.run([sys.executable, "-m", "tox", "config", "-e", ",".join(envs), "-k", key],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    values: dict[str, list[str]] = {}
    current = None
    for line in done.stdout.splitlines():
        if line.startswith("[testenv:"):
            current = line[len("[testenv:"):-1]
            values[current] = []
        elif current and line.startswith(f"{key} =") and line.split("=", 1)[1].strip():
            values[current].append(line.split("=", 1)[1].strip())  # a single value stays on the key's line
        elif current and line.startswith("  ") and line.strip():
            values[current].append(line.strip())
    return values


def test_the_table_has_every_minor_from_2_0_on() -> None:
    minors = [int(env.version.split(".")[1]) for env in ENVS]
    assert ENVS[0].version == "2.0" and minors == list(range(minors[0], minors[-1] + 1))
    assert len({env.name for env in ENVS}) == len(ENVS)


def test_tox_builds_each_environment_from_its_row() -> None:
    deps = _tox_config([env.name for env in ENVS], "deps")
    assert deps == {env.name: env.requirements for env in ENVS}


def test_the_test_environments_install_the_torch_of_their_row() -> None:
    deps = _tox_config(["tests"], "deps")["tests"]
    assert deps == by_name()["torch24"].requirements


def test_nox_and_the_workflow_spell_no_version_of_their_own() -> None:
    noxfile = (ROOT / "noxfile.py").read_text()
    workflow = "".join((ROOT / ".github" / "workflows" / name).read_text() for name in ("compat.yml", "harness.yml"))
    assert "torch==" not in noxfile and "onnxscript" not in noxfile
    assert "torch==" not in workflow and "onnxscript" not in workflow
    assert "python -m harness versions --github-matrix" in workflow
    assert workflow.count("fromJSON(needs.plan.outputs.matrix)") == 2


def test_the_job_matrix_is_the_table() -> None:
    rows = json.loads(github_matrix())["include"]
    assert [row["env"] for row in rows] == [env.name for env in ENVS]
    for row, env in zip(rows, ENVS):
        assert row["requirements"].split() == [f'"{r}"' for r in env.requirements]
    # what the workflow runs, with nothing but the standard library
    done = subprocess.run([sys.executable, "-I", str(ROOT / "harness" / "versions.py")], capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout) == json.loads(github_matrix())


def test_a_variant_is_its_release_with_one_package_replaced(tmp_path) -> None:
    from harness.versions import VersionTableError, all_envs, variant_envs
    table = tmp_path / "t.toml"
    table.write_text('[torch]\n"2.4" = ["onnxscript==0.1.0", "numpy>=2"]\n"2.6" = []\n'
                     '[variants.numpy1]\n"2.4" = ["numpy==1.25.*"]\n')
    (variant,) = variant_envs(table)
    assert variant.name == "torch24numpy1"
    assert variant.requirements == ["torch==2.4.*", "onnxscript==0.1.0", "numpy==1.25.*"]
    assert [env.name for env in all_envs(table)] == ["torch24", "torch24numpy1", "torch26"]
    table.write_text('[torch]\n"2.4" = []\n[variants.numpy1]\n"2.5" = ["numpy==1.25.*"]\n')
    with pytest.raises(VersionTableError, match="2.5 has no row"):
        variant_envs(table)


def test_tox_builds_each_variant_from_the_table() -> None:
    from harness.versions import variant_envs
    variants = variant_envs()
    assert variants and _tox_config([env.name for env in variants], "deps") == {
        env.name: env.requirements for env in variants}


def test_a_numpy_1_beside_a_torch_built_for_numpy_2_is_in_the_label() -> None:
    from packaging.version import Version

    from harness.artifacts.manifest import environment_label
    assert environment_label({"torch": "2.4.1+cu121", "numpy": "2.4.6"}) == "2.4.1"
    assert environment_label({"torch": "2.1.2+cu121", "numpy": "1.26.4"}) == "2.1.2"
    label = environment_label({"torch": "2.4.1+cu121", "numpy": "1.25.2"})
    assert label == "2.4.1+numpy1.25.2" and Version(label).public == "2.4.1"
