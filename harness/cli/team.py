"""``harness run`` (one torch environment's part of the main job) and ``harness init`` (a
team's starting configuration), both driven by ``[tool.harness]``.

``run`` is what tox's and nox's torch environments execute: the four steps the main job has
always had — save, cross-verify, report, gate — with their arguments taken from the
configuration, so the tox plugin, the nox sessions and a CI job spell the job once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, Sequence

from ..settings import Settings, SettingsError, load

PYPROJECT_TABLE = """
[tool.harness]
# Your models: PACKAGE.MODULE:FACTORY, each returning (module, example_inputs[, recipe_dict]).
models = []
# What they import, as requirements: each torch environment installs them at versions of that
# torch's time (torchvision and torchaudio pinned to their torch's release).
libraries = []
# Torch minors `tox` runs with no -e (each also reloads every other's files).
versions = ["2.4", "2.6"]
# Known incompatibilities, each with its cause: the gate fails only on others.
baseline = "compat-baseline.toml"
# Versions of your own code, each saved and loaded beside the repository as it is
# (git refs: tags, branches, commits, or "last-tag"):
# refs = ["last-tag"]
# Per torch minor, requirements that replace what resolution picks:
# [tool.harness.overrides]
# "2.1" = ["transformers==4.44.*"]
"""

BASELINE = """# Known incompatibilities of this repository's models, each reviewed with its cause.
# `python -m harness gate RESULTS --bootstrap` prints entries for today's failures to review.
"""

TOX_INI = """[tox]
requires =
    tox>=4.29
    tox-uv>=1.11
# The torch environments torch20 … torch215 come from harness's tox plugin (installed with
# harness beside tox); what they run is [tool.harness] in pyproject.toml.
"""

WORKFLOW = """# The torch compatibility matrix of this repository's models, with harness's reusable workflow.
name: torch compatibility
on:
  pull_request:
  workflow_dispatch:
jobs:
  harness:
    uses: {repository}/.github/workflows/harness.yml@{ref}
    with:
      harness-requirement: "{requirement}"
"""


def _config(root: Path | str = ".") -> Settings:
    return load(root)


def code_envs(env: str, config: Settings) -> list[tuple[str, list[str]]]:
    """This torch environment once with the repository as it is, then once per ``refs`` entry
    (``torch24@v1.0``): each saves, and loads every other's files, with its own code."""
    from ..code_refs import label

    return [(env, [])] + [(f"{env}@{label(ref)}", [f"--code={ref}"]) for ref in config.refs]


def run_steps(env: str, config: Settings, main: Callable[[Sequence[str]], int]) -> int:
    """Save with this environment's torch, cross-verify with every environment run so far,
    report, gate: each step as its own command would run it; the first failure ends the run.
    With ``refs``, the save and the cross-verification run once per version of the team's code."""
    workers = ["--workers", str(config.workers)]
    baseline = ["--baseline", str(config.path(config.baseline))] if config.path(config.baseline).is_file() else []
    steps = []
    for name, code in code_envs(env, config):
        save = ["save", "--out", str(config.artifacts / name), "--examples", str(config.generated),
                f"--models={','.join(config.models)}", "--seed", str(config.seed), *workers, *code]
        save += [f"--skip-format={fmt}" for fmt in config.skip_formats]
        steps += [save, ["matrix", "--name", name, "--artifacts", str(config.artifacts), "--results",
                         str(config.results), "--trust-pickles", "--trust-code", *config.matrix_flags,
                         *workers, *code]]
    steps += [
        ["report", str(config.results), "--out", str(config.path(config.reports)), *baseline],
        # no baseline file yet: the gate says so in one line (every failure would be new)
        ["gate", str(config.results), "--baseline", str(config.path(config.baseline))],
    ]
    for step in steps:
        code = main(step)
        if code:
            return code
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from ..libraries import check_environment
    from ..versions import package_name

    config = _config()
    problems = check_environment(package_name(r) for r in config.libraries)
    if problems:
        print(f"harness run: error: {args.env}: the packages installed do not hold together: "
              f"{'; '.join(problems)} (pin a version that fits in [tool.harness.overrides])", file=sys.stderr)
        return 2
    return run_steps(args.env, config, args.entry)  # the CLI's main, given by it (no import cycle)


def cmd_refs(args: argparse.Namespace) -> int:
    """The code environments of ``[tool.harness] refs``, one per line: "LABEL REF" (what the CI
    recipe loops over: it saves and verifies once more per line, with ``--code REF``)."""
    from ..code_refs import label

    for ref in _config().refs:
        print(f"{label(ref)} {ref}")
    return 0


def _write_new(path: Path, text: str, wrote: list[str]) -> None:
    if path.exists():
        print(f"kept {path} (it exists)", file=sys.stderr)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    wrote.append(str(path))


def cmd_init(args: argparse.Namespace) -> int:
    """A starting configuration, an empty baseline and a CI workflow; never overwrites a file
    (``[tool.harness]`` is appended to a pyproject.toml that has none)."""
    root = Path(args.root)
    wrote: list[str] = []
    pyproject = root / "pyproject.toml"
    from ..settings import read_table
    if pyproject.is_file():
        text = pyproject.read_text(encoding="utf-8")
        if read_table(pyproject) or "[tool.harness]" in text:
            print(f"kept {pyproject} (it has [tool.harness])", file=sys.stderr)
        else:
            pyproject.write_text(text.rstrip("\n") + "\n" + PYPROJECT_TABLE, encoding="utf-8")
            wrote.append(f"{pyproject} ([tool.harness] added)")
    else:
        _write_new(pyproject, PYPROJECT_TABLE.lstrip("\n"), wrote)
    _write_new(root / "compat-baseline.toml", BASELINE, wrote)
    if not any((root / name).exists() for name in ("tox.ini", "tox.toml")):
        _write_new(root / "tox.ini", TOX_INI, wrote)
    _write_new(root / ".github" / "workflows" / "torch-compat.yml",
               WORKFLOW.format(repository=args.repository, ref=args.ref, requirement=args.requirement), wrote)
    load(root)  # what was written reads back
    for line in wrote:
        print(f"wrote {line}", file=sys.stderr)
    print("next: list your models and libraries in [tool.harness], then "
          "`python -m tox -e torch24,torch26`", file=sys.stderr)
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", help="one torch environment's part of the main job, as [tool.harness] says: "
                                     "save, cross-verify, report, gate (what tox and nox run)")
    run.add_argument("--env", required=True, help="this environment's name, e.g. torch24")
    run.set_defaults(run=cmd_run)
    refs = sub.add_parser("refs", help="list [tool.harness] refs as 'LABEL REF' lines (the environments of your "
                                       "code's versions, for a CI job that loops over them)")
    refs.set_defaults(run=cmd_refs)
    init = sub.add_parser("init", help="write [tool.harness], an empty baseline, tox.ini and a CI workflow into a "
                                       "repository (never overwriting a file)")
    init.add_argument("root", nargs="?", default=".", help="the repository (default: here)")
    init.add_argument("--repository", default="OWNER/harness",
                      help="where the reusable workflow lives (GitHub OWNER/NAME of harness)")
    init.add_argument("--ref", default="main", help="the harness ref the workflow uses")
    init.add_argument("--requirement", default="harness[tox]",
                      help="how CI installs harness (a pip requirement, e.g. harness[tox] @ git+https://…)")
    init.set_defaults(run=cmd_init)


__all__ = ["add_parsers", "run_steps", "SettingsError"]
