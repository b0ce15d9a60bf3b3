"""The README is the front door and the manual is docs/ (MkDocs, Material theme): the README
stays short and keeps the two set-up commands CI runs, and the manual builds with
`mkdocs build --strict` — no link between pages or to an anchor that leads nowhere — with every
page of its nav present."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

README = ROOT / "README.md"
MAIN_JOB = "python3 -m pip install tox tox-uv && python3 -m tox -e torch21,torch24"
TESTS = "python3 -m pip install tox tox-uv && python3 -m tox -e tests"


def _two_commands() -> list[str]:
    """The command lines of the fenced block of the README's "The two commands" section."""
    section = README.read_text(encoding="utf-8").split("\n## The two commands\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_the_readme_is_a_front_door_with_the_two_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 250, f"README.md has {len(lines)} lines; the manual is docs/"
    assert _two_commands() == [MAIN_JOB, TESTS]
    # CI runs the second one as it is written there
    assert TESTS in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def _nav_pages(entries) -> list[str]:
    pages = []
    for entry in entries:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        pages += _nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_every_page_of_the_nav_exists() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    docs = ROOT / config.get("docs_dir", "docs")
    pages = _nav_pages(config["nav"])
    assert pages and len(pages) == len(set(pages))
    assert [page for page in pages if not (docs / page).is_file()] == []


def test_the_manual_builds_strictly(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "index.html").is_file()
