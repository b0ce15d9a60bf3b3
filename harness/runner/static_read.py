"""probe's static read of the files (:func:`harness.probe.kinds.read_facts`), in a child
process with a memory ceiling and a time limit.

Why: how much work the static read does is the file's choice. Following a pickle's stack
and memo takes memory and time in proportion to its opcodes (measured: an 8 MiB pickle of
3 M ``BININT1``/``MEMOIZE`` pairs took 15 s and 400 MB; the 256 MiB a pickle may have, about
8 minutes and 12 GB), and fickling decompiles in Python. In the supervisor that would take
the machine and stall every file after it; in the child it takes at most
:func:`static_memory_mb` and ``--timeout`` seconds, the file is named in one line as not
probed, and the next child reads the files after it.

One child reads the files in turn (starting Python per file would cost more than reading
most files). Its answers travel through a file of its own, one JSON line a file, never its
standard output, which a library it imports could write to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

from ..probe.kinds import FileFacts, NotAProbeFile, read_facts
from .client import worker_environment

#: The static read's memory ceiling (its data segment, ``RLIMIT_DATA``), in MiB: fickling's
#: largest pickle (4 MiB) takes ~0.6 GB, a real checkpoint's pickle a few MB.
#: ``HARNESS_STATIC_MEMORY_MB`` overrides it.
STATIC_MEMORY_MB = 2048


def static_memory_mb() -> int:
    configured = os.environ.get("HARNESS_STATIC_MEMORY_MB", "").strip()
    return int(configured) if configured.isdigit() and int(configured) > 0 else STATIC_MEMORY_MB
#: The least time a file's static read is given, whatever ``--timeout`` gives the loads:
#: starting the child and reading a real checkpoint's pickle takes a second or two.
MIN_TIMEOUT = 10.0
_POLL = 0.05
_OUT_OF_MEMORY = 3


def read_all(files: Sequence[tuple[Path, str]], timeout: float) -> list[FileFacts | NotAProbeFile]:
    """For each ``(path, label)``, its facts or the :class:`NotAProbeFile` that says why there
    are none, in order; a file whose read exceeds the memory ceiling or ``timeout`` seconds
    is one such error, and the files after it are read by a new child. ``timeout`` counts from
    the last answer, and is at least :data:`MIN_TIMEOUT`."""
    outcomes: list[FileFacts | NotAProbeFile] = []
    while len(outcomes) < len(files):
        outcomes += _one_child(files[len(outcomes):], max(timeout, MIN_TIMEOUT))
    return outcomes


def _one_child(files: Sequence[tuple[Path, str]], timeout: float) -> list[FileFacts | NotAProbeFile]:
    """The outcomes of a prefix of ``files`` (at least one): those the child answered, and the
    file it was reading when it died or ran out of time."""
    with tempfile.TemporaryDirectory(prefix="harness-static-") as folder:
        asked, answers = Path(folder) / "files.json", Path(folder) / "facts.jsonl"
        asked.write_text(json.dumps([[str(path), label] for path, label in files]), encoding="utf-8")
        answers.touch()
        with open(Path(folder) / "stderr", "wb") as errors:
            child = subprocess.Popen([sys.executable, "-m", "harness.runner.static_read", str(asked), str(answers)],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors,
                                     env=worker_environment(sys.executable), preexec_fn=_ceiling)
        outcomes: list[FileFacts | NotAProbeFile] = []
        with open(answers, "rb") as reading:
            since, partial = time.monotonic(), b""
            while True:
                exited = child.poll() is not None
                partial += reading.read()
                *lines, partial = partial.split(b"\n")
                for line in lines:
                    outcomes.append(_outcome(json.loads(line)))
                    since = time.monotonic()
                if len(outcomes) == len(files):
                    child.wait()
                    return outcomes
                if exited:
                    break
                if time.monotonic() - since > timeout:
                    child.kill()
                    child.wait()
                    path = files[len(outcomes)][0]
                    return outcomes + [NotAProbeFile(f"{path}: its static read (the pickle's opcodes, fickling) took "
                                                     f"over {timeout:g} s (--timeout, at least {MIN_TIMEOUT:g} s); "
                                                     "not probed")]
                time.sleep(_POLL)
        path = files[len(outcomes)][0]
        return outcomes + [NotAProbeFile(f"{path}: its static read (the pickle's opcodes, fickling) "
                                         f"{_death(child.returncode, Path(folder) / 'stderr')}; not probed")]


def _death(code: int, stderr: Path) -> str:
    """How the child ended, in words: out of its memory ceiling (it says so with exit status
    :data:`_OUT_OF_MEMORY`, or the kernel kills it), or the last line it wrote."""
    if code == _OUT_OF_MEMORY or code == -9:
        return f"ran out of its {static_memory_mb()} MiB memory ceiling (a file built to exhaust memory does)"
    last = (stderr.read_bytes()[-4000:].decode("utf-8", "replace").strip().splitlines() or [""])[-1]
    return f"failed (exit {code}{f': {last[:200]}' if last else ''})"


def _ceiling() -> None:
    import resource

    limit = static_memory_mb() << 20
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _outcome(answer: dict[str, Any]) -> FileFacts | NotAProbeFile:
    if "error" in answer:
        return NotAProbeFile(answer["error"])
    return FileFacts(**answer["facts"])


def _serve(asked: Path, answers: Path) -> None:
    """The child: read each file, append its answer as one line, flushed at once, so that the
    supervisor knows which file it was reading if it dies."""
    files = json.loads(asked.read_text(encoding="utf-8"))
    with open(answers, "a", encoding="utf-8") as out:
        for path, label in files:
            try:
                answer: dict[str, Any] = {"facts": read_facts(Path(path), label=label).to_json()}
            except NotAProbeFile as exc:
                answer = {"error": str(exc)}
            except MemoryError:
                raise SystemExit(_OUT_OF_MEMORY) from None  # the supervisor names the file and its ceiling
            out.write(json.dumps(answer) + "\n")
            out.flush()


if __name__ == "__main__":
    _serve(Path(sys.argv[1]), Path(sys.argv[2]))
