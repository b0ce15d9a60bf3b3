"""What an artifact directory may say, checked before anything acts on it.

Artifact directories travel between CI jobs, forks and teams, so everything in one is
hostile until shown otherwise: the manifest's shape and types, the names it uses to build
paths (a case id of ``../x`` or a file name ``/etc/passwd`` must never be opened), symbolic
links placed inside it, specs sized to exhaust memory or time, and archives that inflate.
Every problem is one line naming the file and the field; nothing here imports torch.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

#: Case ids, format names and file names: the characters a harness ever writes there. A name
#: from a manifest outside this set (a path separator, "..", a NUL) is refused, not cleaned.
#: A leading dot or underscore is allowed: a distributed checkpoint writes ``.metadata``, ``__0_0.distcp``.
#: Every pattern here is matched whole (``fullmatch``): ``$`` also matches before a trailing
#: newline, so ``re.match(r"^x$", "x\n")`` would let a line break into a name.
NAME = re.compile(r"\.?[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}")
FACTORY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*")
HEX = re.compile(r"[0-9a-f]{64}")
DTYPE = re.compile(r"[a-z0-9_]{1,32}")
#: What a saving side writes as a format's status. "saved" means: files to load; the others
#: are what the saver reports (and are reported as such, never as a verdict of this run).
SAVER_STATUSES = ("saved", "save_error", "unsupported", "crash", "timeout")
#: Bounds of a problem with a model (one line) and of the output tensors a case names.
PROBLEM_CHARS = 2000
MAX_OUTPUTS = 100_000
#: A manifest larger than this is not one harness wrote (40 cases: about 1 MB).
MANIFEST_BYTES = 256 << 20
#: How much an archive (.pt, .pt2: zip files) may inflate beyond its size on disk. torch
#: stores its entries uncompressed, so a real file inflates by nothing.
INFLATION = 4
INFLATION_SLACK = 1 << 20


class Untrusted(ValueError):
    """Something in an artifact directory that harness refuses to act on; the message says what."""


def _type(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise Untrusted(f"{where} must be {_article(names)}, not {type(value).__name__}")
    return value


def _article(names: str) -> str:
    word = {"dict": "an object", "list": "an array", "str": "a string", "int": "an integer",
            "float": "a number", "bool": "true or false"}
    return " or ".join(word.get(n, n) for n in names.split(" or "))


def check_name(value: Any, where: str) -> str:
    """A single path component from a manifest (case id, format name), from the closed set."""
    _type(value, str, where)
    if not NAME.fullmatch(value) or ".." in value:
        raise Untrusted(f"{where} {value[:80]!r} is not a name harness writes "
                        "(letters, digits and _ . + - only; no path separators)")
    return value


def check_manifest(data: Any) -> None:
    """Untrusted naming the first field of a parsed manifest that is not what a harness writes.
    Fields the loading side reads are checked for shape, type and bounds; ids must be unique."""
    from ..model.spec import ModelSpec, SpecError, check_bounds

    _type(data, dict, "the manifest")
    _type(data["environment"], dict, "environment")
    for key, value in data["environment"].items():
        if key == "libraries":  # distribution → version: the team's model libraries
            _type(value, dict, "environment.libraries")
            if len(value) > 100:
                raise Untrusted("environment.libraries lists more than 100 distributions")
            for name, version in value.items():
                _type(version, (str, type(None)), f"environment.libraries.{check_name(name, 'environment.libraries key')}")
            continue
        if key == "code":  # the git ref and commit the team's code came from (harness.code_refs)
            _type(value, dict, "environment.code")
            if set(value) != {"ref", "commit"} or not all(isinstance(v, str) and len(v) <= 200 for v in value.values()):
                raise Untrusted("environment.code must hold a ref and a commit, as strings")
            continue
        _type(value, (str, type(None)), f"environment.{key}")
    _type(data["run_id"], str, "run_id")
    _type(data.get("formats", []), list, "formats")
    checksums = _type(data["checksums"], dict, "checksums")
    for name, digest in checksums.items():
        if not isinstance(digest, str) or not HEX.fullmatch(digest):
            raise Untrusted(f"checksums[{name[:80]!r}] is not a SHA-256 hex digest")
    cases = _type(data["cases"], list, "cases")
    seen: set[str] = set()
    for index, entry in enumerate(cases):
        where = f"cases[{index}]"
        _type(entry, dict, where)
        for key in ("id", "source", "formats"):
            if key not in entry:
                raise Untrusted(f"{where} lacks {key!r}")
        case_id = check_name(entry["id"], f"{where}.id")
        where = f"case {case_id}"
        if case_id in seen:
            raise Untrusted(f"case id {case_id} appears twice: one of them would never be verified")
        seen.add(case_id)
        source = _type(entry["source"], dict, f"{where}: source")
        kind = source.get("kind")
        if kind == "spec":
            try:
                check_bounds(ModelSpec.from_json(source.get("spec")))
            except SpecError as exc:
                raise Untrusted(f"{where}: source.spec: {exc}") from None
        elif kind == "factory":
            factory = _type(source.get("factory"), str, f"{where}: source.factory")
            libraries = _type(source.get("libraries", []), list, f"{where}: source.libraries")
            if len(libraries) > 100:
                raise Untrusted(f"{where}: source.libraries lists more than 100 distributions")
            for name in libraries:
                check_name(name, f"{where}: source.libraries item")
            if not FACTORY.fullmatch(factory):
                raise Untrusted(f"{where}: source.factory {factory[:80]!r} is not PACKAGE.MODULE:FUNCTION")
        else:
            raise Untrusted(f"{where}: source.kind {str(kind)[:40]!r} is neither 'spec' nor 'factory'")
        _check_formats(entry["formats"], case_id, where)
        if "problem" in entry:
            _check_problem(entry, kind, where)
        # a model the saving torch could not run has no inputs, and no format saved
        if any(saved.get("status") == "saved" for saved in entry["formats"].values()) or "inputs" in entry:
            for key in ("inputs", "reference"):
                if key not in entry:
                    raise Untrusted(f"{where} lacks {key!r}")
                check_file_name(entry[key], case_id, f"{where}: {key}")
        if "resume" in entry:
            resume = _type(entry["resume"], dict, f"{where}: resume")
            check_file_name(resume.get("tensors"), case_id, f"{where}: resume.tensors")
            for key in ("trajectory", "probe"):
                _type(resume.get(key, []), list, f"{where}: resume.{key}")
            _type(resume.get("save_point", {}), dict, f"{where}: resume.save_point")
            if "draws_random" in resume:
                _type(resume["draws_random"], bool, f"{where}: resume.draws_random")
        for loss in _type(entry.get("train_losses", []), list, f"{where}: train_losses"):
            _type(loss, (int, float), f"{where}: train_losses item")
            if isinstance(loss, bool):
                raise Untrusted(f"{where}: train_losses item must be a number, not bool")
        for item in _type(entry.get("audit", []), list, f"{where}: audit"):
            _type(item, dict, f"{where}: audit item")
            _type(item.get("changes_output"), bool, f"{where}: audit item changes_output")
            _type(item.get("path"), str, f"{where}: audit item path")
            _type(item.get("kind"), str, f"{where}: audit item kind")
            if "differs_from_fresh" in item:
                _type(item["differs_from_fresh"], bool, f"{where}: audit item differs_from_fresh")
        for dtype in _type(entry.get("dtypes", []), list, f"{where}: dtypes"):
            if not isinstance(dtype, str) or not DTYPE.fullmatch(dtype):
                raise Untrusted(f"{where}: dtypes holds {str(dtype)[:40]!r}, not a dtype name")
        if "outputs" in entry:
            _check_outputs(entry, where)


def _check_problem(entry: dict[str, Any], kind: Any, where: str) -> None:
    """A problem with the model is written for a user's factory only (a generated model always
    returns a tensor), as one line, and with nothing saved: no format, no reference."""
    problem = _type(entry["problem"], str, f"{where}: problem")
    if not problem or len(problem) > PROBLEM_CHARS or "\n" in problem:
        raise Untrusted(f"{where}: problem is not one line of at most {PROBLEM_CHARS} characters")
    if kind != "factory":
        raise Untrusted(f"{where}: problem is given for a generated model, which always returns a tensor; "
                        "harness writes it for a --model factory only")
    if entry["formats"] or "inputs" in entry:
        raise Untrusted(f"{where}: problem is given with formats or reference outputs: a saving side that "
                        "finds a problem with the model saves nothing of it")


def _check_outputs(entry: dict[str, Any], where: str) -> None:
    """The names of the reference output tensors: one string each, for a case with a reference."""
    names = _type(entry["outputs"], list, f"{where}: outputs")
    if "reference" not in entry:
        raise Untrusted(f"{where}: outputs names output tensors of a case without reference outputs")
    if not names or len(names) > MAX_OUTPUTS:
        raise Untrusted(f"{where}: outputs names {len(names)} tensors; a saving side names 1 to {MAX_OUTPUTS}")
    for name in names:
        if not isinstance(name, str) or len(name) > 300:
            raise Untrusted(f"{where}: outputs holds {str(name)[:40]!r}, not the path of an output tensor "
                            "(a string of at most 300 characters)")


def _check_formats(formats: Any, case_id: str, where: str) -> None:
    for fmt, saved in _type(formats, dict, f"{where}: formats").items():
        check_name(fmt, f"{where}: format")
        _type(saved, dict, f"{where}: formats.{fmt}")
        _type(saved.get("status"), str, f"{where}: formats.{fmt}.status")
        _type(saved.get("message", ""), str, f"{where}: formats.{fmt}.message")
        _type(saved.get("limitation"), (str, type(None)), f"{where}: formats.{fmt}.limitation")
        for name in _type(saved.get("files", []), list, f"{where}: formats.{fmt}.files"):
            check_file_name(name, case_id, f"{where}: formats.{fmt}.files", fmt)


def check_file_name(value: Any, case_id: str, where: str, fmt: str | None = None) -> str:
    """A file name from a manifest: relative, inside the case's folder (and the format's folder
    when ``fmt`` is given), every component from the closed set."""
    _type(value, str, where)
    parts = value.split("/")
    head = ["cases", case_id] + ([fmt] if fmt else [])
    if parts[:len(head)] != head or len(parts) != len(head) + 1:
        raise Untrusted(f"{where}: {value[:120]!r} is not a file of {'/'.join(head)}/")
    check_name(parts[-1], where)
    return value


@lru_cache(maxsize=64)
def _root(directory: str) -> str:
    """The directory as given, resolved once (the user named it: links above it are theirs)."""
    return os.path.realpath(directory)


def confined(directory: Path, name: str) -> Path:
    """The path of ``name`` (checked by :func:`check_file_name`: no "..", no separators in a
    component) inside ``directory``, refusing a symbolic link anywhere on the way — so the
    path cannot resolve outside the directory — and anything that is not a regular file."""
    path = _root(str(directory))
    mode = 0
    for part in name.split("/"):
        path = os.path.join(path, part)
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            raise Untrusted(f"{name} is missing") from None
        if stat.S_ISLNK(mode):
            raise Untrusted(f"{name} is a symbolic link ({os.path.relpath(path, _root(str(directory)))}): an "
                            "artifact directory holds plain files only, so a link is never followed")
    if not stat.S_ISREG(mode):
        raise Untrusted(f"{name} is not a regular file")
    return Path(path)


def unlisted_files(directory: Path, case_id: str, fmt: str, listed: list[str]) -> list[str]:
    """Entries of a format's folder that the manifest does not list: a loader (onnxruntime's
    external data, a zip's neighbours) could read them, and no checksum covers them."""
    folder = os.path.join(_root(str(directory)), "cases", case_id, fmt)
    if not os.path.isdir(folder) or os.path.islink(folder):
        return [f"cases/{case_id}/{fmt}"] if os.path.lexists(folder) else []
    names = {f"cases/{case_id}/{fmt}/{entry}" for entry in os.listdir(folder)}
    return sorted(names - set(listed))


def inflation(path: Path) -> str | None:
    """Why an archive among the files is refused (it inflates beyond the bound: a zip bomb), or
    None. Reads the zip's directory only."""
    try:
        with open(path, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return None
        with zipfile.ZipFile(path) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return None  # not a readable zip: the loader says what it is
    size = os.path.getsize(path)
    if inflated > INFLATION * size + INFLATION_SLACK:
        return (f"{path.name} inflates to {inflated:,} bytes from {size:,} on disk (more than "
                f"{INFLATION}x): refused unread, as a zip bomb would be")
    return None


def manifest_bytes(path: Path) -> bytes:
    """The manifest's bytes, refusing one too large to be a harness manifest before reading it."""
    size = os.path.getsize(path)
    if size > MANIFEST_BYTES:
        raise Untrusted(f"{size:,} bytes: larger than any manifest harness writes ({MANIFEST_BYTES:,})")
    with open(path, "rb") as handle:
        return handle.read(MANIFEST_BYTES + 1)


def factory_inside(reference: str, roots: list[Path]) -> Path | None:
    """Where the factory module of ``reference`` would be imported from, if that is inside one of
    ``roots`` (an artifact directory): found on the file system without importing anything."""
    import sys
    from importlib.machinery import PathFinder

    module = reference.partition(":")[0]
    resolved = [Path(r).resolve() for r in roots]
    search: list[str] | None = None
    found = []
    for part in module.split("."):
        spec = PathFinder.find_spec(part, search if search is not None else sys.path)
        if spec is None:
            return None
        places = list(spec.submodule_search_locations or []) + ([spec.origin] if spec.origin else [])
        found += [Path(p).resolve() for p in places if p and p not in ("namespace", "built-in")]
        search = list(spec.submodule_search_locations or [])
    for place in found:
        if any(place == r or r in place.parents for r in resolved):
            return place
    return None
