"""The state audit on hand-written models, through the command line as a user runs it."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import torch
from conftest import run_harness
from torch import nn

from harness.save.audit import audit

MODELS = textwrap.dedent('''
    import torch
    from torch import nn

    class Leaky(nn.Module):
        """Keeps a tensor as a plain attribute and one in a non-persistent buffer."""
        def __init__(self):
            super().__init__()
            self.proj = nn.Linear(4, 4)
            self.offset = torch.randn(4)                       # not in state_dict
            self.register_buffer("scale", torch.rand(4) + 0.5, persistent=False)
            self.register_buffer("kept", torch.ones(4))        # persistent: carried

        def forward(self, x):
            return self.proj(x) * self.scale + self.offset + self.kept

    class Clean(nn.Module):
        def __init__(self):
            super().__init__()
            self.proj = nn.Linear(4, 4)
            self.norm = nn.BatchNorm1d(4)
            self.register_buffer("kept", torch.ones(4))

        def forward(self, x):
            return self.norm(self.proj(x)) + self.kept

    def leaky():
        return Leaky(), torch.randn(3, 4)

    def clean():
        return Clean(), torch.randn(3, 4)
''')


def _env(tmp_path: Path) -> dict:
    (tmp_path / "auditmodels.py").write_text(MODELS)
    return {**os.environ, "PYTHONPATH": str(tmp_path)}


def test_audit_finds_and_proves_the_lost_tensors(this_python, tmp_path: Path) -> None:
    done = run_harness(this_python, "audit", "auditmodels:leaky", env=_env(tmp_path), check=False)
    assert done.returncode == 1, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()[1:]]
    found = {line[0]: " ".join(line[1:]) for line in lines}
    assert set(found) == {"offset", "scale"}
    assert found["offset"].startswith("plain tensor attribute") and "changes the output" in found["offset"]
    assert found["scale"].startswith("non-persistent buffer") and "changes the output" in found["scale"]


def test_audit_finds_nothing_in_a_clean_model(this_python, tmp_path: Path) -> None:
    done = run_harness(this_python, "audit", "auditmodels:clean", env=_env(tmp_path))
    assert done.returncode == 0
    assert "carries every tensor" in done.stdout


def test_audit_tells_unused_state_from_state_that_matters() -> None:
    class Cache(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.proj = nn.Linear(2, 2)
            self.unused = torch.zeros(2)

        def forward(self, x):
            return self.proj(x)

    (finding,) = audit(Cache(), [torch.ones(1, 2)], Cache)
    assert finding.path == "unused" and not finding.changes_output
