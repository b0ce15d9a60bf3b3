from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OTHER_ENV = os.environ.get("HARNESS_OTHER_ENV", "torch21")


def run_harness(python: str | Path, *args: str, env: dict | None = None,
                cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``python -m harness ...`` in a given interpreter, as a user would."""
    done = subprocess.run([str(python), "-m", "harness", *args], capture_output=True, text=True,
                          env=env, cwd=cwd)
    if check and done.returncode != 0:
        raise AssertionError(f"harness {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    return done


@pytest.fixture(scope="session")
def other_python() -> Path:
    """The interpreter of a second torch environment, built by the same tox env the matrix uses.

    Never skipped: a cross-version test that cannot get its second torch fails.
    Set HARNESS_OTHER_PYTHON to use an interpreter you already have.
    """
    if os.environ.get("HARNESS_OTHER_PYTHON"):
        return Path(os.environ["HARNESS_OTHER_PYTHON"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOX_") and k != "VIRTUAL_ENV"}
    done = subprocess.run([sys.executable, "-m", "tox", "run", "-e", OTHER_ENV, "--notest"],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, f"could not build tox env {OTHER_ENV}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    python = ROOT / ".tox" / OTHER_ENV / "bin" / "python"
    assert python.exists(), python
    return python


@pytest.fixture
def this_python() -> str:
    return sys.executable
