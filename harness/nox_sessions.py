"""harness's nox sessions: ``matrix(torch='2.4')`` … for every row of the version table.

A team's ``noxfile.py`` gets them with one import (nox registers a session when its
decorator runs)::

    import nox
    from harness.nox_sessions import matrix  # noqa: F401

and ``nox -s "matrix(torch='2.4')" "matrix(torch='2.6')"`` is the nox spelling of
``tox -e torch24,torch26``: the same environment (torch, its pins, the team's
``[tool.harness]`` libraries of that torch's time, harness) and the same command,
``python -m harness run``. nox's uv backend takes uv's era bounds as arguments.
"""

from __future__ import annotations

from pathlib import Path

import nox

from . import settings as settings_module
from . import versions
from .project import harness_requirement, installable, own_checkout

nox.options.default_venv_backend = "uv"
#: torch minor → its environment (releases only; variants are tox's)
ENVS = {env.version: env for env in versions.torch_envs()}
ENV = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}


def install_for(session: nox.Session, env: versions.TorchEnv, config: settings_module.Settings) -> None:
    """torch and its pins, the team's libraries (era-bounded), harness, and the team's package."""
    libraries = versions.libraries_for(env, config.libraries, {k: list(v) for k, v in config.overrides.items()})
    own = own_checkout(config.root)
    project = [str(config.root)] if own or installable(config.root) else []
    harness = [] if own else [harness_requirement()]
    session.install(*libraries.uv_args(), *env.requirements, *libraries.requirements, *harness, *project)


@nox.session(python="3.11")
@nox.parametrize("torch", list(ENVS))
def matrix(session: nox.Session, torch: str) -> None:
    """Save with this torch, cross-verify with every environment run so far, report, gate."""
    config = settings_module.load(Path.cwd())
    env = ENVS[torch]
    install_for(session, env, config)
    paths = [str(config.path(p)) for p in config.pythonpath] + [str(config.root)]
    session.run("python", "-m", "harness", "run", "--env", env.name,
                env={**ENV, "PYTHONPATH": ":".join(paths)})


__all__ = ["matrix", "install_for", "ENVS"]
