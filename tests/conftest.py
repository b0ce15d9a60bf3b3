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


def saved_and_verified(root: Path, fmt: str) -> list[dict]:
    """Two generated models saved in one format and verified in this environment, as a user
    runs it: real records for tests that then relabel their environments."""
    import json
    run_harness(sys.executable, "save", "--out", str(root / "art"), "--examples", "2", "--format", fmt,
                "--workers", "1", cwd=ROOT)
    run_harness(sys.executable, "verify", str(root / "art"), "--results", str(root / "r.jsonl"), "--workers", "1",
                cwd=ROOT)
    return [json.loads(line) for line in (root / "r.jsonl").read_text().splitlines()]


def acceptable(record: dict) -> bool:
    """Not a failure: passed, unsupported (with its reason), or explained by a known limitation."""
    return record["status"] in ("pass", "unsupported") or bool(record.get("limitation"))


def known_to_baseline(record: dict) -> bool:
    """A failure the committed baseline names (a torch defect, with its cause), or none at all."""
    from harness.report.gate import load_baseline
    return acceptable(record) or any(entry.matches(record) for entry in load_baseline(ROOT / "compat-baseline.toml"))


def tox_env_python(name: str) -> Path:
    """The interpreter of tox env ``name`` (built if needed) — the env definition the matrix uses.

    Never skipped: a cross-version test that cannot get its torch fails.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOX_") and k != "VIRTUAL_ENV"}
    done = subprocess.run([sys.executable, "-m", "tox", "run", "-e", name, "--notest"],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, f"could not build tox env {name}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    python = ROOT / ".tox" / name / "bin" / "python"
    assert python.exists(), python
    return python


@pytest.fixture(scope="session")
def other_python() -> Path:
    """A second torch environment (torch 2.1 unless HARNESS_OTHER_ENV names another tox env;
    HARNESS_OTHER_PYTHON uses an interpreter you already have)."""
    if os.environ.get("HARNESS_OTHER_PYTHON"):
        return Path(os.environ["HARNESS_OTHER_PYTHON"])
    return tox_env_python(OTHER_ENV)


@pytest.fixture(scope="session")
def torch26_python() -> Path:
    """torch 2.6, the first release whose torch.load defaults to weights_only=True."""
    return tox_env_python("torch26")


@pytest.fixture(scope="session")
def newest_python() -> Path:
    """The newest torch of harness/torch_versions.toml: where people upgrade to."""
    from harness.versions import torch_envs
    return tox_env_python(torch_envs()[-1].name)


@pytest.fixture
def this_python() -> str:
    return sys.executable


#: Models in the cross-version matrix of the tests: one generated model per vocabulary kind.
EXAMPLES = 37


def _torch_of(python) -> str:
    import subprocess
    return subprocess.run([str(python), "-c", "import torch; print(torch.__version__)"],
                          capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture(scope="session")
def matrix(other_python, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Both environments save, then each runs its matrix step, as ``tox -e torch21,torch24`` does."""
    import sys
    root = tmp_path_factory.mktemp("matrix")
    artifacts, results, reports = root / "artifacts", root / "results", root / "reports"
    envs = {"old": other_python, "new": Path(sys.executable)}
    steps = {}
    for name, python in envs.items():
        run_harness(python, "save", "--out", str(artifacts / name), "--examples", str(EXAMPLES), "--seed", "11")
        steps[name] = run_harness(python, "matrix", "--name", name, "--artifacts", str(artifacts),
                                  "--results", str(results), "--trust-pickles", "--trust-code").stderr
    run_harness(sys.executable, "report", str(results), "--out", str(reports))
    return {"root": root, "artifacts": artifacts, "results": results, "reports": reports,
            "envs": envs, "steps": steps, "old_torch": _torch_of(other_python)}
