"""Which paths a probe reads: plain files only, never through a symbolic link.

A probe is pointed at folders nobody checked — a glob over a downloaded model folder, an
ONNX model whose external data sits beside it. A link in such a folder is a way to make the
probe read a file outside it (and quote its first bytes into reports), so, as ``verify``
does inside an artifact directory, no link is followed: every component of the path as it
was given (or as a glob matched it) is looked at with ``lstat``, and a link is refused in one
line naming it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from ..errors import HarnessError


class NotAProbeFile(HarnessError, ValueError):
    """A file that is none of the kinds a probe knows (or cannot be read): one line naming it."""


def link_in(path: Path) -> str | None:
    """The first component of ``path`` (as given, not resolved) that is a symbolic link, or None."""
    parts = path.parts
    for end in range(1, len(parts) + 1):
        here = Path(*parts[:end])
        if os.path.islink(here):
            return str(here)
    return None


def plain_file(path: Path) -> None:
    """NotAProbeFile, in one line naming it, unless ``path`` is a regular file reached through
    no symbolic link."""
    link = link_in(path)
    if link is not None:
        where = "is a symbolic link" if link == str(path) else f"goes through a symbolic link ({link})"
        raise NotAProbeFile(f"{path}: {where}; probe follows no link: name the file itself, by a path without one")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        raise NotAProbeFile(f"{path}: no such file") from None
    except OSError as exc:
        raise NotAProbeFile(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise NotAProbeFile(f"{path}: not a regular file")


def open_plain(path: Path):
    """``path`` opened for reading without following a link in its last component (O_NOFOLLOW),
    refused unless it is a regular file: a file swapped for a link after :func:`plain_file`
    is still not read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotAProbeFile(f"{path}: not a regular file")
    return os.fdopen(fd, "rb")


def beside(model: Path, location: str) -> str:
    """Why an ONNX model's external-data ``location`` is not a regular file in the model's own
    folder or below it, reached through no link ("" when it is): onnxruntime opens whatever
    the model names, and follows links."""
    parts = PurePosixPath(location.replace("\\", "/")).parts
    if not parts or location.startswith(("/", "\\")) or ".." in parts or ":" in location:
        return f"refers to external data outside its folder ({location[:200]!r}); not read"
    here, mode = model.parent, 0
    for part in parts:
        here = here / part
        try:
            mode = os.lstat(here).st_mode
        except FileNotFoundError:
            return f"its external data {location[:200]!r} is not beside it"
        if stat.S_ISLNK(mode):
            return (f"its external data {location[:200]!r} goes through a symbolic link ({part}); "
                    "probe follows no link: put the data file itself beside the model")
    return "" if stat.S_ISREG(mode) else f"its external data {location[:200]!r} is not a regular file"
