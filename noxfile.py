"""The same matrix as tox.ini, as nox sessions on the uv backend.

``nox -s "matrix(torch='2.1')" "matrix(torch='2.4')"`` is the nox spelling of
``tox -e torch21,torch24``. tox.ini is the reference: keep the two tables equal.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["matrix(torch='2.1')", "matrix(torch='2.4')"]

# torch release → what its environment installs besides harness (torch < 2.3 needs NumPy 1;
# the dynamo-based ONNX exporter needs an onnxscript of the torch's own time).
TORCH = {
    "2.0": ["torch==2.0.*", "numpy<2"],
    "2.1": ["torch==2.1.*", "numpy<2", "onnxscript-preview==0.1.0.dev20230907"],
    "2.2": ["torch==2.2.*", "numpy<2"],
    "2.3": ["torch==2.3.*"],
    "2.4": ["torch==2.4.*", "onnxscript==0.1.0"],
    "2.5": ["torch==2.5.*"],
    "2.6": ["torch==2.6.*"],
    "2.7": ["torch==2.7.*"],
    "2.8": ["torch==2.8.*"],
    "2.9": ["torch==2.9.*", "onnxscript"],
    "2.10": ["torch==2.10.*", "onnxscript"],
    "2.11": ["torch==2.11.*", "onnxscript"],
    "2.12": ["torch==2.12.*", "onnxscript"],
    "2.13": ["torch==2.13.*", "onnxscript"],
}
STATE = ".harness/nox"
ENV = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}


@nox.session(python="3.11")
@nox.parametrize("torch", list(TORCH))
def matrix(session: nox.Session, torch: str) -> None:
    """Save with this torch, cross-verify with every environment run so far, write reports/."""
    session.install(*TORCH[torch], ".")
    name = "torch" + torch.replace(".", "")
    examples = session.env.get("HARNESS_EXAMPLES", "40")
    seed = session.env.get("HARNESS_SEED", "0")
    session.run("python", "-m", "harness", "save", "--out", f"{STATE}/artifacts/{name}",
                "--examples", examples, "--seed", seed, env=ENV)
    session.run("python", "-m", "harness", "matrix", "--name", name, "--artifacts", f"{STATE}/artifacts",
                "--results", f"{STATE}/results", "--trust-pickles", "--shrink", env=ENV)
    session.run("python", "-m", "harness", "report", f"{STATE}/results", "--out", "reports", env=ENV)
    baseline = session.env.get("HARNESS_BASELINE", "compat-baseline.toml")
    session.run("python", "-m", "harness", "gate", f"{STATE}/results", "--baseline", baseline, env=ENV)


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """The test suite (its cross-version tests build the tox env torch21)."""
    session.install("torch==2.4.*", "onnxscript==0.1.0", ".[test]")
    session.run("pytest", *session.posargs, env=ENV)


@nox.session(python="3.11")
def fixtures(session: nox.Session) -> None:
    """Regenerate the golden corpus in fixtures/ (saves with the tox envs torch21 and torch24)."""
    session.install("torch==2.4.*", "onnxscript==0.1.0", ".[test]")
    session.run("python", "fixtures/regenerate.py", *session.posargs, env=ENV)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmark harness against the floor (torch imports + raw format calls); prints the targets."""
    session.install("torch==2.4.*", "onnxscript==0.1.0", "tox>=4.11", "tox-uv>=1.11", ".")
    session.run("python", "benchmarks/bench.py", *session.posargs, env=ENV)
