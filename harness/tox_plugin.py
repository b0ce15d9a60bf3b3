"""harness's tox plugin: the torch environments (``torch20`` … ``torch215``) in any repository.

Installed with harness (entry point ``tox: harness``), so a team that installs harness
beside its tox gets one environment per row of ``torch_versions.toml``, with that torch,
its pins, the team's ``[tool.harness]`` libraries at versions of that torch's time, harness
itself, and the commands of the main job (``python -m harness run``). This repository's
``toxfile.py`` loads the same module from the checkout. tox gives these seeded values
precedence over its ini files, so every setting a team may change is in ``[tool.harness]``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tox.config.loader.memory import MemoryLoader
from tox.config.types import EnvList
from tox.plugin import impl
from tox.tox_env.python.pip.req_file import PythonDeps

from . import settings as settings_module
from . import versions
from .project import NotInstalledFromSource, harness_requirement, installable, own_checkout


def _uv_config(work_dir: Path, name: str, libraries: versions.Libraries) -> str | None:
    """A uv.toml bounding the era's libraries, written where tox keeps its environments."""
    text = libraries.uv_config()
    if not text:
        return None
    path = work_dir / ".harness-uv" / f"{name}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return str(path)


def environment_values(env: versions.TorchEnv, config: settings_module.Settings, work_dir: Path) -> dict[str, Any]:
    """What tox is told about one torch environment."""
    own = own_checkout(config.root)
    libraries = versions.libraries_for(env, config.libraries, dict(config.overrides))
    deps = [*env.requirements, *libraries.requirements] + ([] if own else [harness_requirement()])
    paths = [str(config.path(p)) for p in config.pythonpath] + ([] if own else [str(config.root)])
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    set_env = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}
    if paths:
        set_env["PYTHONPATH"] = os.pathsep.join(paths)
    uv_config = _uv_config(work_dir, env.name, libraries)
    if uv_config:
        set_env["UV_CONFIG_FILE"] = uv_config
    values: dict[str, Any] = {
        "deps": PythonDeps(deps, root=config.root),
        "description": f"save with torch {env.version}, cross-verify with every environment run so far, "
                       "report, gate",
        "set_env": "\n".join(f"{k}={v}" for k, v in set_env.items()),
        "pass_env": ["HARNESS_*", "HOME", "UV_CACHE_DIR"],
        "commands": [f"python -m harness run --env {env.name}"],
    }
    if not own and not installable(config.root):
        values["skip_install"] = True
    return values


@impl
def tox_extend_envs() -> list[str]:
    return [env.name for env in versions.all_envs()]


@impl
def tox_add_core_config(core_conf: Any, state: Any) -> None:  # tox calls it with these names
    root = Path(core_conf["tox_root"])
    try:
        config = settings_module.load(root)
        work_dir = Path(core_conf["work_dir"])
        for env in versions.all_envs():
            state.conf.memory_seed_loaders[env.name].append(MemoryLoader(**environment_values(env, config, work_dir)))
    except (settings_module.SettingsError, versions.VersionTableError) as exc:
        raise SystemExit(f"harness: {exc}") from None
    except NotInstalledFromSource as exc:
        raise SystemExit(str(exc)) from None
    # lowest priority: a tox configuration's own env_list wins
    core_conf.loaders.append(MemoryLoader(env_list=EnvList(["torch" + v.replace(".", "") for v in config.versions])))
