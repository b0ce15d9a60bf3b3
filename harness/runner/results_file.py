"""A results file that survives kills: whole records appended per format, a resumed run
skipping what is recorded, one writer at a time, manifest order at the end.

Records are appended as each format finishes, one ``write`` per format, and a run
started again with the same arguments skips what its results file already holds
(a line cut off by a kill is dropped first): no record lost, none duplicated.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import HarnessError
from ..results import MODEL


class VerifyError(HarnessError, RuntimeError):
    """A results file that cannot be used (a directory, another verify writing it, a line that
    is not a record): one line for the user."""


def done_cells(results: Path, loaded_env: Mapping[str, Any],
                checks: Mapping[str, Sequence[str]]) -> set[tuple[str, str, str]]:
    """(run_id, case, format) whose every check is recorded for this loading environment.

    Keyed per record: a format with only some of its checks in the file (a kill between two
    writes, a cut line) is not done, and its partial records are removed, so it is verified
    again whole — no record lost, none duplicated. A last line cut off by a kill is dropped."""
    if not results.exists():
        return set()
    original = results.read_bytes()
    lines = original.split(b"\n")[:-1]  # what follows the last newline was cut off mid-line
    seen: dict[tuple[str, str, str], set[str]] = {}
    parsed = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = (str(record.get("run_id", "")), record["case"], record["format"])
            check, mine = record["check"], record["loaded"] == loaded_env
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise VerifyError(f"{results}:{number}: not a result record; give another --results, or remove "
                              "the line (harness writes whole records only)") from None
        parsed.append((key if mine else None, check, line))
        if mine:
            seen.setdefault(key, set()).add(check)
    done = {key for key, have in seen.items() if set(checks.get(key[2], ("output",))) <= have}
    kept = b"".join(line + b"\n" for key, _, line in parsed if key is None or key in done)
    if kept != original:
        tmp = results.with_name(results.name + ".resuming")
        tmp.write_bytes(kept)
        os.replace(tmp, results)
    return done


def append_lines(results: Path, lines: str) -> None:
    """All record lines of one format in a single O_APPEND write (a short write is completed,
    never left as a cut line: a write the disk refuses is truncated away), then fsync; a full
    disk is one line for the user."""
    payload = memoryview(lines.encode("utf-8"))
    try:
        fd = os.open(results, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        size = os.fstat(fd).st_size
        try:
            while payload:
                written = os.write(fd, payload)
                if written <= 0:
                    raise OSError(f"could not append to {results}: the write made no progress")
                payload = payload[written:]
            os.fsync(fd)
        except OSError:
            os.ftruncate(fd, size)  # a full disk or a quota cut the write: none of these lines is kept
            raise
        finally:
            os.close(fd)
    except OSError as exc:
        raise VerifyError(f"cannot append to {results} ({exc.strerror or exc}): free space and run verify "
                          "again; it keeps the records already written and resumes after them") from None


@contextmanager
def exclusive(results: Sequence[Path]) -> Iterator[None]:
    """Hold a lock beside each results file for the run: a second verify on the same file is
    refused with one line instead of interleaving or overwriting its records."""
    import fcntl

    held = []
    try:
        for path in sorted(set(results)):
            if path.is_dir():
                raise VerifyError(f"--results {path} is a directory; give a file (records are JSON Lines)")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise VerifyError(f"another harness verify (pid {holder}) is writing {path}; wait for it to "
                                  "finish, or give another --results") from None
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            held.append((fd, path.with_name(path.name + ".lock")))
        yield
    finally:
        for fd, lock in held:
            lock.unlink(missing_ok=True)  # while still held: no lock files left beside the results
            os.close(fd)


def in_manifest_order(path: Path, manifests: Mapping[Path, Mapping[str, Any]]) -> None:
    """Rewrite a results file with its records in manifest order (case, then format; checks keep
    their order), atomically."""
    if not path.is_file():
        return
    rank: dict[tuple[str, str, str], tuple[int, int, int]] = {}
    for d_index, (directory, manifest) in enumerate(manifests.items()):
        for c_index, entry in enumerate(manifest["cases"]):
            for f_index, fmt in enumerate(entry["formats"] or ([MODEL] if "problem" in entry else [])):
                rank[(str(directory), entry["id"], fmt)] = (d_index, c_index, f_index)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    keyed = [(rank.get((r["artifacts"], r["case"], r["format"]), (1 << 30, 0, 0)), i, line)
             for i, (line, r) in enumerate((line, json.loads(line)) for line in lines)]
    tmp = path.with_name(path.name + ".sorting")
    tmp.write_text("".join(line + "\n" for _, _, line in sorted(keyed)), encoding="utf-8")
    os.replace(tmp, path)
