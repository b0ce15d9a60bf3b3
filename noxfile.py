"""The same matrix as tox.ini, as nox sessions on the uv backend.

``nox -s "matrix(torch='2.1')" "matrix(torch='2.4')"`` is the nox spelling of
``tox -e torch21,torch24``. The sessions are harness's own (``harness/nox_sessions.py``),
which a team's noxfile imports from an installed harness; here nox's interpreter has no
harness installed, so they are imported from the checkout.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness.nox_sessions import ENVS, matrix  # noqa: E402,F401 (registers the matrix sessions)

nox.options.sessions = ["matrix(torch='2.1')", "matrix(torch='2.4')"]
#: the torch the test suite runs on (tox.ini's tests env installs the same; a test checks it)
TESTS = "2.4"
ENV = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """The test suite (its cross-version tests build the tox env torch21)."""
    session.install(*ENVS[TESTS].requirements, ".[test]")
    session.run("pytest", *session.posargs, env=ENV)


@nox.session(python="3.11")
def fixtures(session: nox.Session) -> None:
    """Regenerate the golden corpus in fixtures/ (saves with the tox envs torch21 and torch24)."""
    session.install(*ENVS[TESTS].requirements, ".[test]")
    session.run("python", "fixtures/regenerate.py", *session.posargs, env=ENV)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmark harness against the floor (torch imports + raw format calls); prints the targets."""
    session.install(*ENVS[TESTS].requirements, "tox>=4.29", "tox-uv>=1.11", ".")
    session.run("python", "benchmarks/bench.py", *session.posargs, env=ENV)
