"""The atlas and the probe build tox environments through one module."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Any

import pytest

from harness.runner import tox_envs

RUNNER = Path(__file__).resolve().parent.parent / "harness" / "runner"


def test_building_an_environment_runs_tox_run_notest_with_the_repository_s_config(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tox.ini").write_text("[tox]\n")
    calls: list[tuple[list[str], dict[str, Any]]] = []
    monkeypatch.setattr(tox_envs.subprocess, "run", lambda command, **kw: calls.append((command, kw)))
    monkeypatch.setenv("TOX_ENV_NAME", "tests")
    tox_envs.build_env(tmp_path, "torch24")
    tox_envs.build_env(tmp_path, "torch24", tmp_path / "work", {"UV_CACHE_DIR": "/cache"})
    (plain, plain_kw), (atlas, atlas_kw) = calls
    config = ["-c", str(tmp_path / "tox.ini")]
    assert plain == [sys.executable, "-m", "tox", "run", "-e", "torch24", "--notest", *config]
    assert atlas == [sys.executable, "-m", "tox", "run", "-e", "torch24", "--notest", "--workdir",
                     str(tmp_path / "work"), *config]
    assert "TOX_ENV_NAME" not in plain_kw["env"] and atlas_kw["env"]["UV_CACHE_DIR"] == "/cache"
    assert plain_kw["cwd"] == tmp_path and plain_kw["check"] is False
    assert tox_envs.exec_python(tmp_path, "torch24", tmp_path / "work") == [
        sys.executable, "-m", "tox", "exec", "-e", "torch24", "--skip-env-install", "--workdir",
        str(tmp_path / "work"), *config, "--", "python"]


def test_a_repository_without_tox_gets_harness_s_packaged_config(tmp_path: Path) -> None:
    assert tox_envs.tox_config_args(tmp_path) == ["-c", str(tox_envs.DEFAULT_TOX_CONFIG), "--root", str(tmp_path)]
    assert tox_envs.DEFAULT_TOX_CONFIG.is_file()


def test_only_tox_envs_builds_a_tox_command() -> None:
    """A ``python -m tox …`` list anywhere else would be a second way to build an environment."""
    builders = [path.name for path in sorted((RUNNER.parent).rglob("*.py")) if path.name != "tox_envs.py"
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.List) and any(isinstance(e, ast.Constant) and e.value == "tox"
                                                      for e in node.elts)]
    assert builders == []
