"""Result records: one per case × format × check, appended to JSON Lines as produced.

One outcome taxonomy everywhere. An infrastructure fault must never read as
``pass``, and an expected limitation (``unsupported``) never as a failure.
"""

from __future__ import annotations

import json
import re
import traceback
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

STATUSES = (
    "pass",          # loaded, ran, and matched the reference within the policy
    "mismatch",      # loaded and ran, numbers differ beyond tolerance
    "diverged",      # resume: the continued trajectory departs
    "load_error",    # the artifact would not load
    "forward_error", # loaded, failed to run
    "save_error",    # the saving environment could not write this format
    "unsupported",   # the format cannot express this model here (reason given)
    "corrupt",       # the file is not what was saved (checksum), not an incompatibility
    "crash",         # the process died
    "timeout",       # the case ran out of time
)
#: Statuses that are failures unless a known limitation explains them.
FAILING = tuple(s for s in STATUSES if s not in ("pass", "unsupported"))
#: Known limitations: expected, explained non-passes (a format that cannot keep something).
LIMITATIONS = {
    "uncarried_state": "the format keeps only state_dict, and the model holds trained state "
                       "outside it (a plain tensor attribute or a persistent=False buffer)",
    "shared_tensors": "safetensors' save_file refuses tensors that share memory (tied weights); "
                      "save_model deduplicates them",
    "noncontiguous": "safetensors' save_file refuses non-contiguous tensors; save_model "
                     "with force_contiguous=True copies them",
    "traced_control_flow": "tracing records the path one input took through data-dependent "
                           "control flow; another input takes another path",
    "unfused_capture": "eager TransformerEncoderLayer and MultiheadAttention take a fused "
                       "inference fast path that tracing and torch.export do not capture; same "
                       "function, other rounding (within tolerance)",
    "export_control_flow": "torch.export cannot capture data-dependent control flow "
                           "(it needs torch.cond)",
    "onnx_operator": ("the ONNX exporter has no translation for an operator with these arguments "
                      "(or, torch 2.1's dynamo, does not capture RNN layers)"),
    "onnx_bfloat16": "onnxruntime's CPU provider has no bfloat16 kernels for these operators",
    "ort_missing_kernel": "onnxruntime's CPU provider has no kernel for an operator at this dtype "
                          "(e.g. Erf in float64)",
}


@dataclass
class Record:
    case: str
    format: str
    check: str
    status: str
    saved: Mapping[str, Any]
    loaded: Mapping[str, Any]
    message: str = ""
    max_abs_diff: float | None = None
    max_rel_diff: float | None = None
    stage: str | None = None
    run_id: str = ""
    artifacts: str = ""
    source: Mapping[str, Any] = field(default_factory=dict)
    traceback: str | None = None
    limitation: str | None = None     # the known limitation that explains a non-pass, if any
    reproducer: Mapping[str, Any] | None = None  # smallest failing spec (+ PyTorch code), if shrunk
    warnings: list[str] = field(default_factory=list)
    departure: str | None = None      # resume: state_lost | rng_changed | numeric_drift
    diagnostics: Mapping[str, Any] | None = None  # resume: first departing update, what departs, raw diffs
    seconds: Mapping[str, float] | None = None  # time per step of the check (load, run, compare; restore, resume)
    output: str | None = None         # what the process printed to stdout/stderr meanwhile (its end, bounded)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; known: {', '.join(STATUSES)}")

    def to_json(self) -> dict[str, Any]:
        # shallow: json.dumps walks the nesting; asdict's deep copy of the spec cost more than verifying
        return {f.name: getattr(self, f.name) for f in fields(self)}


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def one_line(exc: BaseException, limit: int = 2000) -> str:
    """An exception as one readable line: type, message, its lines joined (torch's messages
    span lines and some carry ANSI colour codes). A bare ``assert`` has no message, so
    then the line says where it was raised."""
    lines = [line.strip() for line in ANSI.sub("", str(exc)).splitlines() if line.strip()]
    if not lines and exc.__traceback__ is not None:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        lines = [f"raised at {frame.filename.split('site-packages/')[-1]}:{frame.lineno} in {frame.name}"]
    text = f"{type(exc).__name__}: {' | '.join(lines)}"
    cause = exc.__cause__
    if cause is not None and not isinstance(cause, type(exc)):  # wrappers hide the reason there
        text = f"{one_line(cause, limit)} (raised as {text[:300]})"
    return text[:limit]


def is_failure(record: Mapping[str, Any]) -> bool:
    """A failure is a failing status that no known limitation explains."""
    return record["status"] in FAILING and not record.get("limitation")


def append_records(path: Path, records: Iterable[Record]) -> Iterator[Record]:
    """Append each record as it comes (flushed), passing it on to the caller."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record.to_json(), sort_keys=True) + "\n")
            handle.flush()
            yield record


def iter_records(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Records from JSONL files, or from every ``*.jsonl`` in a directory, one at a time."""
    for path in paths:
        path = Path(path)
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            with open(file, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        try:
                            yield json.loads(line)
                        except json.JSONDecodeError as exc:
                            raise ValueError(f"{file}:{number}: not a JSON record ({exc})") from exc


def read_records(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every record of :func:`iter_records`, in a list."""
    return list(iter_records(paths))
