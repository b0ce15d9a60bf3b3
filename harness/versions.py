"""The one table of torch releases the matrix runs (``torch_versions.toml`` beside this file).

tox's ``toxfile.py``, ``noxfile.py``, the example CI workflow and the atlas read it, so the
versions and their extra pins are written once. This module imports nothing of harness
(toxfile.py and noxfile.py load it by path, outside any environment).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).with_name("torch_versions.toml")


class VersionTableError(ValueError):
    """The table is malformed, or a version asked for is not in it: one line."""


@dataclass(frozen=True)
class TorchEnv:
    version: str          # the minor, "2.13"
    pins: tuple[str, ...]  # what the environment installs besides torch and harness

    @property
    def name(self) -> str:
        """The environment's name in tox, nox and the reports: ``torch213``."""
        return "torch" + self.version.replace(".", "")

    @property
    def requirements(self) -> list[str]:
        return [f"torch=={self.version}.*", *self.pins]


def torch_envs(table: Path = TABLE) -> list[TorchEnv]:
    """Every environment of the table, oldest first."""
    try:
        rows = tomllib.loads(table.read_text(encoding="utf-8"))["torch"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise VersionTableError(f"{table}: not a torch version table ({exc})") from None
    envs = []
    for version, pins in rows.items():
        if not isinstance(pins, list) or not all(isinstance(p, str) for p in pins):
            raise VersionTableError(f"{table}: torch {version}: the pins must be a list of requirement strings")
        envs.append(TorchEnv(version, tuple(pins)))
    return sorted(envs, key=lambda env: tuple(int(part) for part in env.version.split(".")))


def by_name(table: Path = TABLE) -> dict[str, TorchEnv]:
    return {env.name: env for env in torch_envs(table)}


def github_matrix(table: Path = TABLE) -> str:
    """The table as a GitHub Actions job matrix (``fromJSON`` of a job output)."""
    return json.dumps({"include": [{"torch": env.version, "env": env.name, "requirements": " ".join(
        f'"{r}"' for r in env.requirements)} for env in torch_envs(table)]})


if __name__ == "__main__":  # `python harness/versions.py`: the CI job matrix, with nothing installed
    print(github_matrix())
