"""The pickles ``torch.load`` would unpickle from a file, found without unpickling them.

The static read is worth only what it covers: a global that runs code is named only if
its pickle is read. So the pickles read here are exactly torch's: every pickle of a
legacy (non-zip) file — torch's ``_legacy_load`` unpickles five in a row (magic number,
protocol version, system info, the object, the storage keys), and a reduce in any of them
runs under ``weights_only=False`` — and, in a zip archive, the record torch's reader
resolves (``<folder>/data.pkl``, :func:`harness.pickle_globals.torch_records`), not an
entry that merely ends like it. A layout torch would not read is said so, in one line.
"""

from __future__ import annotations

import os
import pickletools
import zipfile
from pathlib import Path
from typing import Any

from ..pickle_globals import ZipLayoutError, torch_records
from .paths import NotAProbeFile, open_plain

#: A pickle larger than this is not read statically (a checkpoint's pickle is kilobytes to
#: megabytes; its tensors live elsewhere in the file).
MAX_PICKLE_BYTES = 256 << 20
#: The pickles of a legacy torch.save file, in the order ``torch.load`` unpickles them.
LEGACY_PICKLES = ("magic number", "protocol version", "system info", "object", "storage keys")


def pickles_of(path: Path, kind: str) -> tuple[list[tuple[str, bytes]], str]:
    """The pickles torch would unpickle from the file, each with what it holds in words, and a
    note where the file ends or breaks before torch would have read them all."""
    if kind in ("torch-zip", "torchscript"):
        return _zip_pickles(path), ""
    if kind in ("torch-legacy", "pickle"):
        return _sequence(path, legacy=kind == "torch-legacy")
    return [], ""


def _zip_pickles(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        try:
            names = torch_records([i.filename for i in entries], "data.pkl")
        except ZipLayoutError as exc:
            raise NotAProbeFile(f"{path}: a zip archive torch would not read ({exc})") from None
        found = []
        for info in (i for i in entries if i.filename in names):
            if info.file_size > MAX_PICKLE_BYTES:
                raise NotAProbeFile(f"{path}: its {info.filename} is over {MAX_PICKLE_BYTES >> 20} MiB; not read")
            found.append((info.filename, archive.read(info)))
        return found


def _sequence(path: Path, legacy: bool) -> tuple[list[tuple[str, bytes]], str]:
    """Pickles one after another from the start of the file, each bounded. A legacy file must
    hold all five; a plain pickle is read as ``pickle.load`` reads it, and the pickles after
    it as ``torch.load`` would read them if the first were its magic number (which a reduce
    can compute), as far as they parse."""
    found: list[tuple[str, bytes]] = []
    with open_plain(path) as handle:
        for index, what in enumerate(LEGACY_PICKLES):
            label = f"the {what} pickle" if legacy else f"pickle {index + 1}"
            start = handle.tell()
            try:
                end = _end_of_pickle(handle, start, path)
            except NotAProbeFile:
                raise
            except ValueError as exc:
                if not legacy and index:
                    return found, ""
                ended = start >= os.fstat(handle.fileno()).st_size
                said = "is missing" if ended else f"cannot be read ({str(exc)[:120]})"
                whole = "torch would not read it whole" if legacy else "torch.load and pickle.load would fail"
                return found, f"{whole}: {label} {said} (byte {start})"
            handle.seek(start)
            found.append((label, handle.read(end - start)))
    return found, ""


def _end_of_pickle(handle: Any, start: int, path: Path) -> int:
    """Where the pickle at ``start`` ends (after its STOP), reading at most
    :data:`MAX_PICKLE_BYTES` of it; ValueError where it is not a whole pickle, NotAProbeFile
    where it is longer than the bound."""
    limit = start + MAX_PICKLE_BYTES
    bounded = _Bounded(handle, limit)
    try:
        for _ in pickletools.genops(bounded):
            pass
    except NotAProbeFile:
        raise
    except Exception as exc:  # noqa: BLE001  (pickletools raises what its readers raise: all "not a pickle")
        if handle.tell() >= limit:
            raise NotAProbeFile(f"{path}: a pickle in it is over {MAX_PICKLE_BYTES >> 20} MiB; "
                                "not read") from None
        raise ValueError(f"{type(exc).__name__}: {exc}") from None
    return handle.tell()


class _Bounded:
    """A file's reads cut at ``limit``: a pickle's opcode that claims gigabytes reads no more
    than the bound allows (pickletools then says the pickle ran out)."""

    def __init__(self, handle: Any, limit: int) -> None:
        self.handle, self.limit = handle, limit

    def _left(self, wanted: int) -> int:
        left = max(self.limit - self.handle.tell(), 0)
        return left if wanted is None or wanted < 0 else min(wanted, left)

    def read(self, size: int = -1) -> bytes:
        return self.handle.read(self._left(size))

    def readline(self, size: int = -1) -> bytes:
        return self.handle.readline(self._left(size))

    def tell(self) -> int:
        return self.handle.tell()
