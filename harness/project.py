"""How a torch environment gets harness and the team's own project (tox and nox alike).

harness is installed into each environment from where the running harness came from (PEP
610's record), never by name from an index; the team's repository is installed when it is a
package, else its models import from its root (PYTHONPATH).
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import tomllib

from .errors import HarnessError

NAME = "harness"


class NotInstalledFromSource(HarnessError, RuntimeError):
    """harness was installed without a record of where from: the environments cannot get it."""


def own_checkout(root: Path) -> bool:
    """Is ``root`` harness's own repository (where tox installs harness as the project)?"""
    try:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):
        return False
    return project.get("name") == NAME


def installable(root: Path) -> bool:
    """Can tox build the team's repository as a package (its models then import from it)?"""
    if (root / "setup.py").is_file():
        return True
    try:
        return "project" in tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def harness_requirement() -> str:
    """How each environment installs the harness that runs tox: from where it was installed
    (a path, a wheel, a git URL: PEP 610's direct_url.json). Never by name from an index: an
    unrelated project is called "harness" there."""
    dist = metadata.distribution(NAME)
    direct = dist.read_text("direct_url.json")
    if not direct:
        raise NotInstalledFromSource(
            "harness: this harness was installed without a record of its source, so the torch environments "
            "cannot install the same one; install it from its checkout, wheel or git URL "
            "(pip install \"harness[tox] @ git+https://…\" or pip install ./harness-*.whl)")
    url = json.loads(direct)
    if "vcs_info" in url:
        vcs = url["vcs_info"]
        return f"{NAME} @ {vcs['vcs']}+{url['url']}@{vcs.get('commit_id') or vcs.get('requested_revision', '')}"
    return f"{NAME} @ {url['url']}"
