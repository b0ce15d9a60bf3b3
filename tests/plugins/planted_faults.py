"""Test-only formats whose loading (or saving) kills or hangs the process for some cases —
what a segfaulting TorchScript file, exporter or a stuck native kernel does. Loaded through
HARNESS_PLUGINS."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import torch

from harness.plugin import Case, StateDict, register


def marked(case_id: str, salt: str) -> bool:
    """A fixed third of the cases, chosen by id."""
    return hashlib.sha256(f"{salt}:{case_id}".encode()).digest()[0] % 3 == 0


class Faulty(StateDict):
    salt = ""

    def save(self, trained, case: Case, directory: Path) -> None:
        torch.save(trained.model.state_dict(), directory / "state_dict.pt")
        (directory / "fault").write_text(str(marked(case.id, self.salt)))

    def fault(self) -> None:
        raise NotImplementedError

    def load_module(self, case: Case, directory: Path):
        if (directory / "fault").read_text() == "True":
            self.fault()
        return super().load_module(case, directory)


@register
class Aborts(Faulty):
    name = "test_aborts"
    salt = "abort"

    def fault(self) -> None:
        os.abort()


@register
class Hangs(Faulty):
    name = "test_hangs"
    salt = "hang"

    def fault(self) -> None:
        time.sleep(3600)


@register
class AbortsWhenSaving(StateDict):
    """Saving a marked case aborts the process, as a segfaulting exporter does."""
    name = "test_save_aborts"

    def save(self, trained, case: Case, directory: Path) -> None:
        if marked(case.id, "save-abort"):
            os.abort()
        super().save(trained, case, directory)


@register
class HangsWhenSaving(StateDict):
    """Saving a marked case never returns, as a stuck exporter does."""
    name = "test_save_hangs"

    def save(self, trained, case: Case, directory: Path) -> None:
        if marked(case.id, "save-hang"):
            time.sleep(3600)
        super().save(trained, case, directory)
