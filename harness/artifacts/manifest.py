"""The on-disk contract between a saving and a loading environment.

An artifact directory holds ``manifest.json`` (schema version, environment
fingerprint, cases, per-format outcome of the save, a SHA-256 per file) and one
folder per case. Tensors live in safetensors files, never in our own pickles,
so reading a manifest and its references never executes code.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import platform
import re
import sys
import uuid
from datetime import datetime, timezone
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from . import MANIFEST, ArtifactDirError, signing
from .untrusted import Untrusted, check_manifest, confined, manifest_bytes

MANIFEST_SCHEMA = 1
#: The packages whose versions decide compatibility (the atlas records them for each environment).
COMPAT_PACKAGES = ("torch", "numpy", "onnx", "onnxruntime", "onnxscript", "onnxscript-preview", "protobuf",
                   "safetensors")
#: What a manifest's fingerprint records: those, and the versions of the generator and of harness.
FINGERPRINT_PACKAGES = (*COMPAT_PACKAGES, "hypothesis", "harness")


def fingerprint() -> dict[str, Any]:
    """The versions that decide compatibility, taken from package metadata (no imports); read
    once per process — the packages of a running process do not change."""
    from ..code_refs import active

    if not _FINGERPRINT:
        _FINGERPRINT.update(_read_fingerprint())
    code = active()  # the team's code came from a git ref's tree, not the repository as it is
    return {**_FINGERPRINT, "code": code} if code else dict(_FINGERPRINT)


_FINGERPRINT: dict[str, Any] = {}


def loaded_fingerprint(saved: Mapping[str, Any]) -> dict[str, Any]:
    """This environment's fingerprint as the loading side of ``saved``'s files: with the
    versions here of the distributions the saving side's models came from (``libraries``), so
    a report can tell a library's change from torch's."""
    from ..libraries import installed, valid_names

    env = fingerprint()
    if "libraries" in saved:
        env["libraries"] = installed(valid_names(saved["libraries"]))
    return env


def _read_fingerprint() -> dict[str, Any]:
    env: dict[str, Any] = {"python": platform.python_version()}
    for package in FINGERPRINT_PACKAGES:
        try:
            env[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            env[package] = None
    env["torch"] = _torch_version() or env["torch"]
    env["platform"] = platform.platform()
    env["machine"] = platform.machine()
    return env


def _torch_version() -> str | None:
    """The version torch reports as ``torch.__version__`` (local tag included: "2.4.1+cu121"),
    which package metadata leaves out — read from torch/version.py, so a process that never
    imports torch fingerprints the same environment as one that did."""
    if "torch" in sys.modules:
        return str(sys.modules["torch"].__version__)
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.origin:
        return None
    try:
        text = (Path(spec.origin).parent / "version.py").read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
    return found.group(1) if found else None


def environment_label(env: Mapping[str, Any]) -> str:
    """Short label for a report axis: the torch version without the local build tag — and, when
    the environment's NumPy is of another major than its torch's row of the version table
    installs (``numpy<2`` up to 2.3, NumPy 2 from 2.4), that NumPy: "2.4.1+numpy1.25.2", so an
    environment that differs only in NumPy gets a column of its own (a local version label:
    the version ranges of a baseline still match it). An environment whose team code came from a
    git ref (``code``) carries the ref the same way: "2.4.1+v1.0"."""
    from ..code_refs import label

    torch = str(env.get("torch") or "?").split("+", 1)[0]
    numpy = str(env.get("numpy") or "")
    expected = _numpy_major(".".join(torch.split(".")[:2]))
    local = []
    if re.fullmatch(r"[0-9]+(\.[0-9]+)*", numpy) and expected and numpy.split(".")[0] != expected:
        local.append(f"numpy{numpy}")
    code = env.get("code")
    if isinstance(code, Mapping) and isinstance(code.get("ref"), str):
        local.append(label(code["ref"][:60]))
    return f"{torch}+{'.'.join(local)}" if local else torch


def _numpy_major(minor: str) -> str | None:
    """The NumPy major the version table's row of this torch minor installs (None: no row)."""
    return _numpy_majors().get(minor)


@lru_cache(maxsize=1)
def _numpy_majors() -> dict[str, str]:
    """Torch minor → the NumPy major its row installs, read from the table once per process."""
    from ..versions import VersionTableError, torch_envs
    try:
        envs = torch_envs()
    except VersionTableError:
        return {}
    return {env.version: "1" if any(pin.replace(" ", "") == "numpy<2" for pin in env.pins) else "2"
            for env in envs}


def same_environment(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Would a bit-exact reload be expected between these two environments?"""
    keys = ("python", "torch", "numpy", "platform", "machine", "libraries")
    return all(a.get(k) == b.get(k) for k in keys)


_DIGESTS: dict[tuple[str, int, int], str] = {}


def sha256(path: Path) -> str:
    """The file's SHA-256, computed once per process for an unchanged file (a case's inputs
    and references are checked once per format)."""
    stat = os.stat(path)
    key = (os.path.abspath(path), stat.st_mtime_ns, stat.st_size)
    if key not in _DIGESTS:
        _DIGESTS[key] = _sha256(path)
    return _DIGESTS[key]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksums(root: Path, files: Iterable[Path]) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): sha256(path) for path in files}


def write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    os.replace(tmp, path)


def read_manifest(directory: Path, key: bytes | None = None, digest: str | None = None) -> dict[str, Any]:
    """The validated manifest of ``directory`` (see :func:`load_manifest`)."""
    return load_manifest(directory, key, digest)[0]


def utf8_path(directory: Path) -> None:
    """ArtifactDirError unless the directory's absolute path is UTF-8: safetensors and torch's
    ``mmap`` load open files by UTF-8 paths only, so files under another name would fail to
    open and read as damaged — a false claim of tampering. Said in one line instead."""
    try:
        str(directory.absolute()).encode("utf-8")
    except UnicodeEncodeError:
        shown = str(directory).encode("utf-8", "backslashreplace").decode("ascii", "replace")
        raise ArtifactDirError(f"{shown}: its path is not UTF-8, and safetensors and torch's mmap load open only "
                               "UTF-8 paths; rename it (or a folder above it) to a UTF-8 name") from None


def load_manifest(directory: Path, key: bytes | None = None,
                  digest: str | None = None) -> tuple[dict[str, Any], str]:
    """Read and validate a manifest, with one clear message for each way it can be wrong;
    returns it with the SHA-256 of the very bytes that were checked.

    The manifest is untrusted input (:mod:`harness.artifacts.untrusted`): its shape, names and bounds
    are checked before anything acts on it. ``key``: the manifest must carry a valid
    signature made with it (:mod:`harness.artifacts.signing`); ``digest``: its bytes must have this
    SHA-256 (a worker reads what its supervisor checked).
    """
    path = Path(directory) / MANIFEST
    utf8_path(Path(directory))
    if not Path(directory).is_dir():
        raise ArtifactDirError(f"{directory}: no such directory")
    if path.is_symlink() or not path.is_file():
        raise ArtifactDirError(
            f"{directory} is not an artifact directory (no {MANIFEST}"
            + (", only a symbolic link to one" if path.is_symlink() else "")
            + f"); create one with: python -m harness save --out {directory}"
        )
    try:
        raw = manifest_bytes(path)
        found = hashlib.sha256(raw).hexdigest()
        if digest is not None and found != digest:
            raise ArtifactDirError(f"{path}: changed while it was being verified; verify again")
        if key is not None:
            signing.check(Path(directory), raw, key)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, Untrusted):
            raise ArtifactDirError(f"{path}: {exc}") from None
        what = "nested too deeply to be a manifest" if isinstance(exc, RecursionError) else str(exc)[:200]
        raise ArtifactDirError(f"{path}: unreadable manifest ({what})") from None
    if not isinstance(data, dict) or "schema" not in data:
        raise ArtifactDirError(f"{path}: not a harness manifest (no schema field)")
    if data["schema"] != MANIFEST_SCHEMA:
        raise ArtifactDirError(
            f"{path}: manifest schema {str(data['schema'])[:40]} is not readable by this harness "
            f"(reads schema {MANIFEST_SCHEMA}); use the harness version that wrote it or a newer one"
        )
    for field in ("environment", "cases", "checksums", "run_id"):
        if field not in data:
            raise ArtifactDirError(f"{path}: manifest lacks {field!r}")
    try:
        check_manifest(data)
    except Untrusted as exc:
        raise ArtifactDirError(f"{path}: {exc}; not verified (an artifact directory is untrusted input: "
                               "save it again, or find out who edited it)") from None
    return data, found


def corrupt_files(directory: Path, manifest: Mapping[str, Any], files: Iterable[str]) -> list[str]:
    """Which of ``files`` are missing, not plain files inside the directory (a symbolic link,
    a name that resolves outside), or differ from the checksum the manifest recorded; each
    with the reason."""

    bad = []
    for name in files:
        expected = manifest["checksums"].get(name)
        try:
            path = confined(Path(directory), name)
        except Untrusted as exc:
            bad.append(str(exc))
            continue
        if expected is None:
            bad.append(f"{name} (no checksum in the manifest)")
        elif sha256(path) != expected:
            bad.append(f"{name} (checksum differs from the manifest)")
    return bad


def write_manifest(staging: Path, environment: Mapping[str, Any], formats: Sequence[str],
                   entries: Sequence[Mapping[str, Any]], generator: Mapping[str, Any] | None,
                   inputs_key: str | None = None) -> dict[str, Any]:
    files = [p for p in staging.rglob("*") if p.is_file()]
    manifest = {
        "schema": MANIFEST_SCHEMA,
        "run_id": uuid.uuid4().hex,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "environment": dict(environment),
        "generator": dict(generator or {}),
        "formats": list(formats),
        "cases": list(entries),
        "checksums": checksums(staging, files),
    }
    if inputs_key:
        manifest["inputs_key"] = inputs_key
    write_json_atomic(staging / MANIFEST, manifest)
    return manifest
