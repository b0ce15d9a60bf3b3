"""The same matrix as tox.ini, as nox sessions on the uv backend.

``nox -s "matrix(torch='2.1')" "matrix(torch='2.4')"`` is the nox spelling of
``tox -e torch21,torch24``. Both read the torch releases and their pins from
harness/torch_versions.toml (through harness/versions.py, loaded by path: nox's own
interpreter has no harness installed).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["matrix(torch='2.1')", "matrix(torch='2.4')"]


def _versions():  # noqa: ANN202 (a module loaded by path)
    spec = importlib.util.spec_from_file_location("harness_versions", Path(__file__).parent / "harness" / "versions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


#: torch release → what its environment installs besides harness
TORCH = {env.version: env.requirements for env in _versions().torch_envs()}
#: the torch the test suite runs on (tox.ini's tests env installs the same; a test checks it)
TESTS = "2.4"
STATE = ".harness/nox"
ENV = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}


@nox.session(python="3.11")
@nox.parametrize("torch", list(TORCH))
def matrix(session: nox.Session, torch: str) -> None:
    """Save with this torch, cross-verify with every environment run so far, write reports/."""
    session.install(*TORCH[torch], ".")
    name = "torch" + torch.replace(".", "")
    examples = session.env.get("HARNESS_EXAMPLES", "auto")
    models = session.env.get("HARNESS_MODELS", "")
    seed = session.env.get("HARNESS_SEED", "0")
    session.run("python", "-m", "harness", "save", "--out", f"{STATE}/artifacts/{name}",
                "--examples", examples, f"--models={models}", "--seed", seed, env=ENV)
    session.run("python", "-m", "harness", "matrix", "--name", name, "--artifacts", f"{STATE}/artifacts",
                "--results", f"{STATE}/results", "--trust-pickles", "--trust-code", "--shrink", env=ENV)
    baseline = session.env.get("HARNESS_BASELINE", "compat-baseline.toml")
    session.run("python", "-m", "harness", "report", f"{STATE}/results", "--out", "reports",
                "--baseline", baseline, env=ENV)
    session.run("python", "-m", "harness", "gate", f"{STATE}/results", "--baseline", baseline, env=ENV)


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """The test suite (its cross-version tests build the tox env torch21)."""
    session.install(*TORCH[TESTS], ".[test]")
    session.run("pytest", *session.posargs, env=ENV)


@nox.session(python="3.11")
def fixtures(session: nox.Session) -> None:
    """Regenerate the golden corpus in fixtures/ (saves with the tox envs torch21 and torch24)."""
    session.install(*TORCH[TESTS], ".[test]")
    session.run("python", "fixtures/regenerate.py", *session.posargs, env=ENV)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmark harness against the floor (torch imports + raw format calls); prints the targets."""
    session.install(*TORCH[TESTS], "tox>=4.29", "tox-uv>=1.11", ".")
    session.run("python", "benchmarks/bench.py", *session.posargs, env=ENV)
