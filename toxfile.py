"""tox's inline plugin: the torch environments of the matrix, from one table.

``harness/torch_versions.toml`` lists every torch release with its extra pins. This
plugin names one environment per row (``torch20`` … ``torch215``) and gives it its
``deps``; everything else about a torch environment — its commands — is ``[testenv]``
in tox.ini. Adding a release is one line in the table.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from tox.config.loader.memory import MemoryLoader
from tox.plugin import impl
from tox.tox_env.python.pip.req_file import PythonDeps

ROOT = Path(__file__).resolve().parent


@functools.cache
def _envs() -> list:
    """harness/versions.py, loaded by path: tox's own interpreter has no harness installed."""
    spec = importlib.util.spec_from_file_location("harness_versions", ROOT / "harness" / "versions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.all_envs()


@impl
def tox_extend_envs() -> list[str]:
    return [env.name for env in _envs()]


@impl
def tox_add_core_config(core_conf, state) -> None:  # tox calls it with these names
    for env in _envs():
        state.conf.memory_seed_loaders[env.name].append(MemoryLoader(
            deps=PythonDeps(env.requirements, root=ROOT),
            description=f"save with torch {env.version}, cross-verify with every environment run so far, "
                        "report, gate"))
