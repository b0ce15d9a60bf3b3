"""What ``save --out`` may replace: only an artifact directory that harness wrote.

``save`` writes into a scratch directory beside ``--out`` and then swaps it in, deleting
what was there. A user can name any directory, and a directory can hold a ``manifest.json``
of its own (a web app's, a dataset's) beside the user's files; deleting it on the strength
of a file name would lose them. So ``--out`` is replaced only when it is empty or holds a
harness manifest that validates (:func:`harness.artifacts.manifest.read_manifest`) and
nothing besides what that manifest lists: its files, its signature, and the folders they
sit in. Anything else — a regular file, someone else's manifest, an artifact directory a
user added files to — is refused in one line before any work starts, and nothing is
deleted. File contents are not re-hashed: a listed path was written by a harness save.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import MANIFEST, ArtifactDirError
from .manifest import read_manifest, utf8_path
from .signing import SIGNATURE

_ADVICE = "choose another --out, or move it away yourself"


def check_replaceable(out: Path) -> None:
    """ArtifactDirError unless ``save`` may replace ``out``: it does not exist, is an empty
    directory, or is an artifact directory holding only what its manifest lists."""
    out = Path(out)
    utf8_path(out)
    if not os.path.lexists(out):
        return
    if not out.is_dir():
        raise ArtifactDirError(f"--out {out} is a file, not a directory: save writes an artifact directory; "
                               "give a new directory or one harness saved into")
    if not any(out.iterdir()):
        return
    path = out / MANIFEST
    try:
        if path.is_symlink() or not path.is_file():
            raise ArtifactDirError(f"no {MANIFEST}")
        manifest = read_manifest(out)
    except ArtifactDirError as exc:
        raise ArtifactDirError(f"--out {out} is not empty and not an artifact directory harness wrote "
                               f"({exc}); refusing to replace it: {_ADVICE}") from None
    extra = _unlisted(out, manifest)
    if extra:
        raise ArtifactDirError(f"--out {out} holds {extra[:120]!r}, which its manifest does not list: save "
                               f"replaces only what it wrote, so it refuses to delete it: {_ADVICE}")


def _unlisted(out: Path, manifest: Mapping[str, Any]) -> str | None:
    """The first path under ``out`` (relative) that a harness save did not write, or None."""
    files = set(manifest["checksums"]) | {MANIFEST, SIGNATURE}
    folders = {"cases"}
    for entry in manifest["cases"]:
        folders |= {f"cases/{entry['id']}", *(f"cases/{entry['id']}/{fmt}" for fmt in entry["formats"])}
    for name in files:
        parts = name.split("/")
        folders |= {"/".join(parts[:i]) for i in range(1, len(parts))}
    for top, dirs, names in os.walk(out):
        base = os.path.relpath(top, out)
        for name in sorted(dirs):
            path = os.path.normpath(os.path.join(base, name)).replace(os.sep, "/")
            if path not in folders or os.path.islink(os.path.join(top, name)):
                return path
        for name in sorted(names):
            path = os.path.normpath(os.path.join(base, name)).replace(os.sep, "/")
            if path not in files or os.path.islink(os.path.join(top, name)):
                return path
    return None


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A scratch directory beside ``out`` that replaces it when the block succeeds; ``out`` is
    checked first, and again just before it is replaced (:func:`check_replaceable`: only what
    harness wrote is ever deleted)."""
    check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        (staging / "cases").mkdir()
        yield staging
        if out.exists():
            check_replaceable(out)  # what was there may have changed while saving
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
