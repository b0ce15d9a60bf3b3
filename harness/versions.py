"""The one table of torch releases the matrix runs (``torch_versions.toml`` beside this file).

tox's ``toxfile.py``, ``noxfile.py``, the example CI workflow and the atlas read it, so the
versions and their extra pins are written once. This module imports nothing of harness
(toxfile.py and noxfile.py load it by path, outside any environment).
"""

from __future__ import annotations

import json
import re
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
    variant: str = ""     # "" for a release's own row; "numpy1" for a variant of it

    @property
    def name(self) -> str:
        """The environment's name in tox, nox and the reports: ``torch213``, ``torch24numpy1``."""
        return "torch" + self.version.replace(".", "") + self.variant

    @property
    def requirements(self) -> list[str]:
        return [f"torch=={self.version}.*", *self.pins]


def _read(table: Path) -> dict:
    try:
        data = tomllib.loads(table.read_text(encoding="utf-8"))
        data["torch"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise VersionTableError(f"{table}: not a torch version table ({exc})") from None
    return data


def _pins(value: object, table: Path, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise VersionTableError(f"{table}: {where}: the pins must be a list of requirement strings")
    return tuple(value)


def _package(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def torch_envs(table: Path = TABLE) -> list[TorchEnv]:
    """One environment per torch release of the table, oldest first."""
    rows = _read(table)["torch"]
    envs = [TorchEnv(version, _pins(pins, table, f"torch {version}")) for version, pins in rows.items()]
    return sorted(envs, key=lambda env: tuple(int(part) for part in env.version.split(".")))


def variant_envs(table: Path = TABLE) -> list[TorchEnv]:
    """The environments that differ from a release's row in one package (``[variants]``): the
    row's pins, with the variant's pins in place of those naming the same packages."""
    data = _read(table)
    rows = {env.version: env for env in torch_envs(table)}
    envs = []
    for variant, by_version in data.get("variants", {}).items():
        if not isinstance(by_version, dict) or not re.fullmatch(r"[a-z][a-z0-9]*", variant):
            raise VersionTableError(f"{table}: variants.{variant}: a lower-case name and a table of torch minors")
        for version, pins in by_version.items():
            if version not in rows:
                raise VersionTableError(f"{table}: variants.{variant}: torch {version} has no row in [torch]")
            own = _pins(pins, table, f"variants.{variant}.{version}")
            replaced = {_package(p) for p in own}
            kept = tuple(p for p in rows[version].pins if _package(p) not in replaced)
            envs.append(TorchEnv(version, kept + own, variant))
    return envs


def all_envs(table: Path = TABLE) -> list[TorchEnv]:
    """The releases' environments and their variants, each variant after its release."""
    variants = variant_envs(table)
    return [env for row in torch_envs(table) for env in
            [row, *(v for v in variants if v.version == row.version)]]


def by_name(table: Path = TABLE) -> dict[str, TorchEnv]:
    return {env.name: env for env in all_envs(table)}


def github_matrix(table: Path = TABLE) -> str:
    """The table as a GitHub Actions job matrix (``fromJSON`` of a job output)."""
    return json.dumps({"include": [{"torch": env.version, "env": env.name, "requirements": " ".join(
        f'"{r}"' for r in env.requirements)} for env in torch_envs(table)]})


if __name__ == "__main__":  # `python harness/versions.py`: the CI job matrix, with nothing installed
    print(github_matrix())
