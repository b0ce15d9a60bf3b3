"""How a run treats untrusted files and slow or failing cases: decided once, by the CLI.

One frozen object travels from the command line to the pools and, as a request's
``options``, to each worker and the stage it runs; nothing below the CLI re-derives a flag
or a default. Plain data, no torch: every layer may read it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Mapping

#: Seconds one case may take (all its formats and checks) before it counts as hung.
DEFAULT_TIMEOUT = 600.0


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class RunOptions:
    #: Unpickle whole-module pickles and pickled training state (``--trust-pickles``).
    trust_pickles: bool = False
    #: Run TorchScript and ``torch.export`` programs and factory modules (``--trust-code``).
    trust_code: bool = False
    #: Shrink each failure that reproduces in the loading environment (``--shrink``).
    shrink: bool = False
    #: Seconds one case (save: one step of it) may take before it counts as hung (``--timeout``).
    timeout: float = DEFAULT_TIMEOUT
    #: Worker processes; 0 is one per core (``--workers``).
    workers: int = 0
    #: The key a manifest must be signed with (``verify --require-signature``), or None.
    key: bytes | None = field(default=None, repr=False)

    def worker_count(self, cases: int | None = None) -> int:
        """Workers to start: as asked (one per core by default), never more than ``cases``."""
        wanted = self.workers or default_workers()
        return max(1, wanted if cases is None else min(wanted, cases))

    def for_worker(self) -> dict[str, Any]:
        """What a worker needs to know of them, as a request field (never the key)."""
        return {"trust_pickles": self.trust_pickles, "trust_code": self.trust_code, "shrink": self.shrink}

    @classmethod
    def in_worker(cls, request: Mapping[str, Any]) -> RunOptions:
        """The options a worker request carries (absent: nothing trusted, nothing shrunk)."""
        given = request.get("options") or {}
        return cls(trust_pickles=bool(given.get("trust_pickles")), trust_code=bool(given.get("trust_code")),
                   shrink=bool(given.get("shrink")))

    def flags(self) -> list[str]:
        """The same options as ``python -m harness`` flags, for a run in another process."""
        return (["--trust-pickles"] * self.trust_pickles + ["--trust-code"] * self.trust_code
                + ["--shrink"] * self.shrink + ["--workers", str(self.workers)] * bool(self.workers))


__all__ = ["RunOptions"]
