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
from datetime import date
from pathlib import Path

try:
    from .errors import HarnessError
except ImportError:  # `python harness/versions.py` (the CI job matrix): a script, no package around it
    class HarnessError(Exception):  # type: ignore[no-redef]
        """Stands in for :class:`harness.errors.HarnessError` where there is no package."""

TABLE = Path(__file__).with_name("torch_versions.toml")


class VersionTableError(HarnessError, ValueError):
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


def package_name(requirement: str) -> str:
    """The normalized distribution name a requirement string names (``Torch_Vision>=1`` → ``torch-vision``)."""
    return _package(requirement.split("@", 1)[0])


def version_key(label: str) -> tuple:
    """A version label ("2.13.0", "2.4.1+cu121", "2.4.1+v1.0") as a key that sorts releases in
    order: its numeric parts, a part that is not a number counting as 0, then its local label
    (an environment of the same torch with other NumPy or other team code: a git ref's code
    sorts before the working tree's, which has none — refs are usually the releases before
    it). Reports and probe order their versions by it."""
    version, _, local = label.partition("+")
    return tuple(int(p) if p.isdigit() else 0 for p in version.split(".")), not local, local


def _minor_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def released(table: Path = TABLE) -> dict[str, date]:
    """torch minor → the day its MINOR.0 came out (``[released]``)."""
    rows = _read(table).get("released", {})
    if not isinstance(rows, dict) or not all(isinstance(d, date) for d in rows.values()):
        raise VersionTableError(f"{table}: [released]: each torch minor takes a date (2024-07-24)")
    return dict(rows)


def era_end(version: str, table: Path = TABLE) -> date | None:
    """The day the minor after ``version`` came out: a library released before it is of that
    torch's time. None for the newest minor (its era is still going on)."""
    days = released(table)
    later = sorted((v for v in days if _minor_key(v) > _minor_key(version)), key=_minor_key)
    return days[later[0]] if later else None


def coupled(table: Path = TABLE) -> dict[str, dict[str, str]]:
    """package → torch minor → the version specifier built against that torch (``[coupled]``)."""
    rows = _read(table).get("coupled", {})
    for package, by_version in rows.items():
        if not isinstance(by_version, dict) or not all(isinstance(v, str) for v in by_version.values()):
            raise VersionTableError(f"{table}: coupled.{package}: a table of torch minor = \"VERSION.*\"")
    return {_package(package): dict(by_version) for package, by_version in rows.items()}


@dataclass(frozen=True)
class Libraries:
    """A team's libraries for one torch environment: the requirements to install, and the
    packages whose candidates are bounded to the torch's era (name → last day, exclusive)."""

    requirements: tuple[str, ...] = ()
    era: tuple[tuple[str, date], ...] = ()

    def uv_config(self) -> str:
        """A uv.toml that bounds the era's packages (uv's ``exclude-newer-package``)."""
        if not self.era:
            return ""
        pairs = ", ".join(f'"{name}" = "{day.isoformat()}T00:00:00Z"' for name, day in self.era)
        return f"exclude-newer-package = {{ {pairs} }}\n"

    def uv_args(self) -> list[str]:
        """The same bound as ``uv pip install`` arguments."""
        return [arg for name, day in self.era
                for arg in ("--exclude-newer-package", f"{name}={day.isoformat()}T00:00:00Z")]


def libraries_for(env: TorchEnv, libraries: list[str] | tuple[str, ...],
                  overrides: dict[str, list[str]] | None = None, table: Path = TABLE) -> Libraries:
    """What ``env`` installs of a team's ``libraries``: an override for this minor wins; a
    package built against torch (``[coupled]``) is pinned to this minor's release unless the
    team gave a version; any other is resolved to a release of this torch's era."""
    own = list((overrides or {}).get(env.version, ()))
    named = {package_name(r) for r in own}
    pins = coupled(table)
    end = era_end(env.version, table)
    requirements, era = list(own), []
    for requirement in libraries:
        name = package_name(requirement)
        if name in named:
            continue
        bare = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?", requirement.strip()) is not None
        if bare and env.version in pins.get(name, {}):
            requirements.append(f"{requirement.strip()}=={pins[name][env.version]}")
            continue
        requirements.append(requirement)
        if end is not None and name not in pins:
            era.append((name, end))
    return Libraries(tuple(requirements), tuple(era))


def github_matrix(table: Path = TABLE, versions: list[str] | None = None, libraries: list[str] | tuple[str, ...] = (),
                  overrides: dict[str, list[str]] | None = None) -> str:
    """The table as a GitHub Actions job matrix (``fromJSON`` of a job output): ``versions``
    (default: every row), each with the team's libraries and uv's era bounds in ``requirements``."""
    rows = [env for env in torch_envs(table) if versions is None or env.version in versions]
    include = []
    for env in rows:
        libs = libraries_for(env, libraries, overrides, table)
        words = [f'"{r}"' for r in (*env.requirements, *libs.requirements)] + libs.uv_args()
        include.append({"torch": env.version, "env": env.name, "requirements": " ".join(words)})
    return json.dumps({"include": include})


if __name__ == "__main__":  # `python harness/versions.py`: the CI job matrix, with nothing installed
    print(github_matrix())
