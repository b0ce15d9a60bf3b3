"""The team's own code as an axis beside torch: a git ref of its repository, whose tree the
models are imported from.

Teams break their own checkpoints more often than torch does (a renamed attribute, a moved
class, a new buffer, a changed default), so an environment is a torch version *and* a
version of the team's code. A ref is resolved to its commit and its tree written with ``git
archive`` into the run's state directory: the team's repository is only read (no worktree,
no checkout, nothing of theirs changed), and the archive is unpacked with tarfile's ``data``
filter, so nothing in it lands outside its folder. Workers then import the team's modules
from that tree first (``PYTHONPATH``), in place of the repository's root, and their
environment's fingerprint records the ref and commit (``HARNESS_CODE``), so every record
says which code saved and which code loaded it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from .errors import HarnessError

#: The variable a worker reads its code's ref and commit from (JSON), for its fingerprint.
CODE_VAR = "HARNESS_CODE"
#: The import path the process had before any ref's tree was put first (restored between refs).
BASE_VAR = "HARNESS_CODE_BASE_PYTHONPATH"
#: Set while the team's code is an axis of the run (``refs``, or ``--code``): the repository as it
#: is is then one version of the code among others too.
AXIS_VAR = "HARNESS_CODE_AXIS"
#: A ref that means the repository's newest tag reachable from HEAD.
LAST_TAG = "last-tag"
_REF = re.compile(r"[A-Za-z0-9._/@^~{}-]{1,200}")


class CodeRefError(HarnessError, ValueError):
    """A ref that is not a commit of the repository, or a repository git cannot read."""


@dataclass(frozen=True)
class CodeTree:
    ref: str        # as the user wrote it ("v1.0", "main", "last-tag" resolved to its tag)
    commit: str     # the full commit id
    path: str       # where its tree was written
    imports: tuple[str, ...] = ()  # the folders its modules import from, the tree's root last
    replaces: tuple[str, ...] = ()  # the repository's own folders, taken off the import path

    @property
    def label(self) -> str:
        """The ref as a version's local label ("2.4.1+v1.0"): letters, digits and dots."""
        return label(self.ref)

    def as_fingerprint(self) -> dict[str, str]:
        return {"ref": self.ref, "commit": self.commit}


def label(ref: str) -> str:
    """``ref`` as letters, digits and dots (an environment name's and a local version's part)."""
    return re.sub(r"[^A-Za-z0-9.]+", ".", ref).strip(".") or "ref"


def _git(root: Path, *args: str, binary: bool = False) -> Any:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False,
                              timeout=300, text=not binary)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CodeRefError(f"{root}: git could not run ({exc})") from None
    if done.returncode:
        error = (done.stderr if not binary else done.stderr.decode("utf-8", "replace")).strip()
        raise CodeRefError(f"{root}: git {args[0]} failed: {error.splitlines()[-1] if error else done.returncode}")
    return done.stdout


def resolve(root: Path, ref: str) -> tuple[str, str]:
    """(ref, commit): ``last-tag`` becomes the newest tag reachable from HEAD."""
    if not _REF.fullmatch(ref) or ref.startswith("-"):
        raise CodeRefError(f"code ref {ref[:60]!r}: not a git ref (letters, digits and ./_-@^~{{}}, "
                           "not starting with '-')")
    if ref == LAST_TAG:
        try:
            ref = _git(root, "describe", "--tags", "--abbrev=0", "HEAD").strip()
        except CodeRefError:
            raise CodeRefError(f"{root}: code ref last-tag: the repository has no tag reachable from HEAD; "
                               "tag your last release (git tag v1.0 COMMIT) or name a ref") from None
    try:
        commit = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()
    except CodeRefError:
        raise CodeRefError(f"{root}: code ref {ref!r} is not a commit of this repository "
                           "(a tag, a branch or a commit id; `git log --oneline` lists them)") from None
    return ref, commit


def checkout(root: Path, ref: str, state: Path, pythonpath: Sequence[str] = ()) -> CodeTree:
    """The tree of ``ref`` under ``state``/code (written once per commit; the repository is
    only read). ``pythonpath``: the folders inside the tree the models import from, as
    ``[tool.harness] pythonpath`` names them for the repository's root."""
    root = Path(root).resolve()
    ref, commit = resolve(root, ref)
    where = Path(state).resolve() / "code" / commit[:16]
    if not (where / ".harness-code").is_file():
        where.parent.mkdir(parents=True, exist_ok=True)
        archive = _git(root, "archive", "--format=tar", commit, binary=True)
        with tempfile.TemporaryDirectory(dir=where.parent, prefix=".unpacking-") as tmp:
            with tempfile.TemporaryFile() as handle:
                handle.write(archive)
                handle.seek(0)
                with tarfile.open(fileobj=handle) as tar:
                    try:
                        tar.extractall(tmp, filter="data")
                    except tarfile.FilterError as exc:
                        raise CodeRefError(f"{root}: the tree of {ref} holds {exc}: refused") from None
            Path(tmp, ".harness-code").write_text(json.dumps({"ref": ref, "commit": commit}), encoding="utf-8")
            try:
                os.replace(tmp, where)
            except OSError:  # another environment of a parallel run (tox -p) wrote it first
                if not (where / ".harness-code").is_file():
                    raise
    imports = tuple(str(where / p) for p in pythonpath) + (str(where),)
    replaces = (str(root),) + tuple(str((root / p).resolve()) for p in pythonpath)
    return CodeTree(ref=ref, commit=commit, path=str(where), imports=imports, replaces=replaces)


def use_ref(ref: str | None, axis: bool = False) -> CodeTree | None:
    """``--code REF`` of a command: the tree of that ref of the repository here (as
    ``[tool.harness]`` describes it), which this process's workers import the team's code from
    from now on. None: the repository as it is (undoing an earlier step's ref in this process).
    ``axis``: the configuration names refs, so the repository as it is is one version of the
    code among others."""
    from .settings import load

    if ref or axis:
        os.environ[AXIS_VAR] = "1"
    if not ref:
        if BASE_VAR in os.environ:
            apply(None)
        return None
    config = load()
    tree = checkout(config.root, ref, config.path(config.state), config.pythonpath)
    apply(tree)
    return tree


def on_axis() -> bool:
    """Is the team's code an axis of this run (a model one version lacks is then a fact about
    that version, not a mistake in the run)?"""
    return bool(active() or os.environ.get(AXIS_VAR))


def active() -> dict[str, str] | None:
    """The ref and commit this process's team code comes from (None: the repository as it is)."""
    text = os.environ.get(CODE_VAR, "").strip()
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    if not isinstance(found, dict) or not all(isinstance(found.get(k), str) for k in ("ref", "commit")):
        return None
    return {"ref": found["ref"][:200], "commit": found["commit"][:64]}


def where() -> str:
    """ " at the team's code of REF (commit …)" for a message, when a ref's tree is in use."""
    code = active()
    if code:
        return f" (the team's code at {code['ref']}, commit {code['commit'][:12]})"
    return " (the team's working tree)" if os.environ.get(AXIS_VAR) else ""


def of_record(record: Mapping[str, Any] | None) -> CodeTree | None:
    """The :class:`CodeTree` the matrix's registry kept (None: the repository as it is)."""
    if not record:
        return None
    return CodeTree(ref=str(record["ref"]), commit=str(record["commit"]), path=str(record["path"]),
                    imports=tuple(map(str, record.get("imports", ()))),
                    replaces=tuple(map(str, record.get("replaces", ()))))


def apply(tree: CodeTree | None) -> None:
    """Make this process's workers import the team's code from ``tree`` (None: from the
    repository as it is), the repository's own folders taken off their import path."""
    if BASE_VAR not in os.environ:
        os.environ[BASE_VAR] = os.environ.get("PYTHONPATH", "")
    base = [p for p in os.environ[BASE_VAR].split(os.pathsep) if p]
    if tree is None:
        os.environ.pop(CODE_VAR, None)
        paths = base
    else:
        skip = set(tree.replaces)
        paths = [*tree.imports, *(p for p in base if str(Path(p).resolve()) not in skip)]
        os.environ[CODE_VAR] = json.dumps(tree.as_fingerprint())
    if paths:
        os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    else:
        os.environ.pop("PYTHONPATH", None)


@contextmanager
def using(tree: CodeTree | None) -> Iterator[None]:
    """:func:`apply` for a while (another environment's workers), then back as it was."""
    before = {name: os.environ.get(name) for name in (CODE_VAR, "PYTHONPATH")}
    apply(tree)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def as_record(tree: CodeTree | None) -> dict[str, Any] | None:
    """What the matrix's registry keeps of an environment's code (plain JSON)."""
    return None if tree is None else {**asdict(tree), "imports": list(tree.imports),
                                      "replaces": list(tree.replaces)}
