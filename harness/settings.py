"""A team's one configuration: ``[tool.harness]`` in the ``pyproject.toml`` of its repository.

The tox plugin, the nox sessions, the CLI and the CI recipe all read it here, so a setting
is written once; an environment variable of the same meaning (``HARNESS_MODELS``, …) still
wins, as the matrix's variables always have. The file is the user's, so it is untrusted
input: every key and type is checked, and a mistake is one line naming the key. This module
imports nothing of harness but :mod:`harness.versions` (tox's own interpreter loads it).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

import tomllib

from .errors import HarnessError

CONFIG = "pyproject.toml"
#: The main job's torch versions when the configuration names none.
DEFAULT_VERSIONS = ("2.1", "2.4")


class SettingsError(HarnessError, ValueError):
    """``[tool.harness]`` or a HARNESS_* variable is malformed: one line naming it."""


@dataclass(frozen=True)
class Settings:
    root: Path                                    # the repository: paths below are relative to it
    models: tuple[str, ...] = ()                  # PACKAGE.MODULE:FACTORY of the team's models
    libraries: tuple[str, ...] = ()               # what the models import, as requirements
    overrides: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # torch minor → requirements
    versions: tuple[str, ...] = DEFAULT_VERSIONS  # the torch minors `tox` runs with no -e
    baseline: str = "compat-baseline.toml"
    examples: int | None = None                   # generated models; None: 40, or 0 beside models
    seed: int = 0
    skip_formats: tuple[str, ...] = ()
    state: str = ".harness"                       # artifacts/ and results/ live here
    reports: str = "reports"
    pythonpath: tuple[str, ...] = ()              # folders the models import from (beside the root)
    workers: int = 0                              # processes per environment (0: one per core)
    matrix_flags: tuple[str, ...] = ("--shrink",)
    refs: tuple[str, ...] = ()                    # git refs of the team's code, each an environment too

    @property
    def generated(self) -> int:
        """How many models the run generates besides the team's own."""
        return self.examples if self.examples is not None else (0 if self.models else 40)

    def path(self, value: str) -> Path:
        return self.root / value

    @property
    def artifacts(self) -> Path:
        return self.path(self.state) / "artifacts"

    @property
    def results(self) -> Path:
        return self.path(self.state) / "results"


_LISTS = {"models", "libraries", "versions", "skip-formats", "pythonpath", "matrix-flags", "refs"}
_STRINGS = {"baseline", "state", "reports"}
_INTS = {"examples", "seed", "workers"}
KEYS = sorted(_LISTS | _STRINGS | _INTS | {"overrides"})
#: variable → key; a list variable is comma-separated (HARNESS_MATRIX_FLAGS: by spaces)
VARIABLES = {"HARNESS_MODELS": "models", "HARNESS_LIBRARIES": "libraries", "HARNESS_VERSIONS": "versions",
             "HARNESS_BASELINE": "baseline", "HARNESS_EXAMPLES": "examples", "HARNESS_SEED": "seed",
             "HARNESS_SKIP_FORMATS": "skip-formats", "HARNESS_STATE": "state", "HARNESS_REPORTS": "reports",
             "HARNESS_WORKERS": "workers", "HARNESS_MATRIX_FLAGS": "matrix-flags", "HARNESS_REFS": "refs"}
_MINOR = re.compile(r"2\.\d{1,2}")


def _check(key: str, value: Any, where: str) -> Any:
    if key in _LISTS:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() and len(v) < 500
                                                  and "\n" not in v for v in value) or len(value) > 1000:
            raise SettingsError(f"{where}: {key} must be a list of strings")
        if key == "versions" and not all(_MINOR.fullmatch(v) for v in value):
            raise SettingsError(f"{where}: versions takes torch minors such as \"2.4\", got {value}")
        return tuple(v.strip() for v in value)
    if key in _STRINGS:
        if not isinstance(value, str) or not value or "\n" in value or "\0" in value:
            raise SettingsError(f"{where}: {key} must be a non-empty string")
        return value
    if key in _INTS:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
            raise SettingsError(f"{where}: {key} must be a whole number ≥ 0")
        return value
    if not isinstance(value, dict) or not all(_MINOR.fullmatch(str(k)) for k in value):
        raise SettingsError(f"{where}: overrides is a table of torch minor = [requirements], "
                            "e.g. \"2.1\" = [\"transformers==4.44.*\"]")
    return {minor: _check("libraries", reqs, f"{where}: overrides.{minor}") for minor, reqs in value.items()}


def _from_variable(name: str, key: str, text: str) -> Any:
    if key in _INTS:
        if not text.strip().isdigit():
            raise SettingsError(f"{name}={text!r}: a whole number")
        return int(text)
    if key in _LISTS:
        parts = text.split() if key == "matrix-flags" else text.split(",")
        return _check(key, [p.strip() for p in parts if p.strip()], name)
    return _check(key, text, name)


def read_table(path: Path) -> dict[str, Any]:
    """The raw ``[tool.harness]`` table of ``path`` ({} when the file or the table is absent)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot be read ({exc})") from None
    try:
        table = tomllib.loads(text).get("tool", {}).get("harness", {})
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.harness] must be a table")
    return table


def load(root: Path | str = ".", environ: Mapping[str, str] | None = None) -> Settings:
    """The settings of the repository at ``root``: its ``[tool.harness]``, then HARNESS_*."""
    root = Path(root).resolve()
    path = root / CONFIG
    table = read_table(path)
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise SettingsError(f"{path}: [tool.harness] has no key {key!r}; known: {', '.join(KEYS)}")
        values[key] = _check(key, value, f"{path}: [tool.harness]")
    environ = os.environ if environ is None else environ
    for name, key in VARIABLES.items():
        text = environ.get(name, "").strip()
        if name == "HARNESS_EXAMPLES" and text == "auto":  # 40, or 0 beside models
            values.pop(key, None)
        elif text or (name == "HARNESS_MATRIX_FLAGS" and name in environ):  # "": no flags
            values[key] = _from_variable(name, key, text)
    settings = Settings(root=root)
    return replace(settings, **{key.replace("-", "_"): value for key, value in values.items()})
