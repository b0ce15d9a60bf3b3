"""The one way harness runs tox on another repository's environments (the atlas's, the probe's).

A nested tox must read the repository's own configuration — or harness's packaged one when
it has none — and none of the calling tox environment's variables; both callers build
environments the same way, so the commands are built here once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

#: The tox configuration files tox reads, in its own order of precedence.
TOX_CONFIGS = ("tox.ini", "setup.cfg", "pyproject.toml", "tox.toml")
DEFAULT_TOX_CONFIG = Path(__file__).resolve().parents[1] / "tox_default.ini"


def tox_config_args(root: Path) -> list[str]:
    """tox's arguments for the repository at ``root``: its own configuration, or harness's
    packaged one with ``root`` as the project (the torch environments come from the plugin
    either way, so an installed harness works in any directory)."""
    for name in TOX_CONFIGS:
        path = root / name
        if path.is_file() and (name in ("tox.ini", "tox.toml") or _has_tox_section(path)):
            return ["-c", str(path)]
    return ["-c", str(DEFAULT_TOX_CONFIG), "--root", str(root)]


def _has_tox_section(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tox:tox]" in text if path.name == "setup.cfg" else "[tool.tox" in text


def nested_tox_env() -> dict[str, str]:
    """The environment for a nested tox (the atlas's, probe's): none of the calling tox environment's variables."""
    return {k: v for k, v in os.environ.items() if not k.startswith("TOX_") and k != "VIRTUAL_ENV"}


def _workdir_args(workdir: Path | None) -> list[str]:
    return ["--workdir", str(workdir)] if workdir is not None else []


def build_env(root: Path, name: str, workdir: Path | None = None,
              extra_env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``tox run -e NAME --notest``: build environment ``name`` of the repository at ``root``
    (or bring it up to date, harness included), its output captured; never raises on failure."""
    command = [sys.executable, "-m", "tox", "run", "-e", name, "--notest", *_workdir_args(workdir),
               *tox_config_args(root)]
    return subprocess.run(command, capture_output=True, text=True, cwd=root,
                          env={**nested_tox_env(), **(extra_env or {})}, check=False)


def exec_python(root: Path, name: str, workdir: Path | None = None) -> list[str]:
    """The command prefix that runs ``python`` in environment ``name`` already built, with
    ``tox exec`` so that the configuration's ``set_env`` and ``pass_env`` apply."""
    return [sys.executable, "-m", "tox", "exec", "-e", name, "--skip-env-install", *_workdir_args(workdir),
            *tox_config_args(root), "--", "python"]


def env_python(workdir: Path, name: str) -> Path:
    """Where tox puts environment ``name``'s interpreter under its work directory."""
    return workdir / name / "bin" / "python"
