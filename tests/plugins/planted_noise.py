"""Test-only formats that write garbage where a worker's protocol used to be: plain text, a
partial JSON line, a 1 MB line and bytes that are not UTF-8, on stdout and stderr, from
Python and at the file-descriptor level — what torch's exporters, onnxruntime and user
models do. And one that writes a bad line into the protocol channel itself. Loaded through
HARNESS_PLUGINS."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import torch

from harness.plugin import Case, StateDict, register

MARK = "planted-noise"


def _noise(where: str) -> None:
    print(f"{MARK} {where}: plain text on stdout")
    print(f"{MARK} {where}: plain text on stderr", file=sys.stderr)
    sys.stdout.write('{"ok": true, "entries": [')  # a partial JSON line, no newline
    sys.stdout.flush()
    os.write(1, b"\n" + b"x" * (1 << 20) + b"\n")  # a 1 MB line, past Python's buffers
    os.write(2, b"\xff\xfe not utf-8 \x80\x81\n")
    os.write(1, b'{"ok": false, "error": "forged"}\n')  # a whole JSON message, on the wrong channel
    print(f"{MARK} {where}: last words")


@register
class Noisy(StateDict):
    """A state dict saved and loaded as usual, with garbage printed at every step."""

    name = "test_noisy"

    def save(self, trained, case: Case, directory: Path) -> None:
        _noise("save")
        super().save(trained, case, directory)

    def load_module(self, case: Case, directory: Path):
        _noise("load")
        return super().load_module(case, directory)


def garbles_channel(case_id: str) -> bool:
    """A fixed half of the cases, chosen by id."""
    return hashlib.sha256(f"channel:{case_id}".encode()).digest()[0] % 2 == 0


@register
class GarblesChannel(StateDict):
    """Loading a marked case writes a line that is not a message into the protocol channel."""

    name = "test_garbles_channel"

    def save(self, trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / "state_dict.pt")

    def load_module(self, case: Case, directory: Path):
        if garbles_channel(case.id):
            channel = sys.argv[sys.argv.index("--channel") + 1]
            os.write(int(channel.split(",")[1]), b"this is not json\n")
        return super().load_module(case, directory)
