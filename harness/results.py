"""Result records: one per case × format × check, appended to JSON Lines as produced.

One outcome taxonomy everywhere. An infrastructure fault must never read as
``pass``, and an expected limitation (``unsupported``) never as a failure.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field, fields
from typing import Any, Mapping

from .errors import HarnessError

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
    "executorch_operator": ("executorch's edge dialect takes only Core ATen operators, and the exported "
                            "model uses one outside it"),
    "onnx_bfloat16": "onnxruntime's CPU provider has no bfloat16 kernels for these operators",
    "ort_missing_kernel": "onnxruntime's CPU provider has no kernel for an operator at this dtype "
                          "(e.g. Erf in float64)",
    "numpy2_pickle": "the file pickles NumPy objects made under NumPy 2 (numpy._core), which NumPy "
                     "before 1.26.1 cannot import",
    "onnx_too_new": "the ONNX file's IR version or opset is newer than this onnxruntime reads "
                    "(\"Unsupported model IR version\")",
    "mmap_zip_only": "torch.load(mmap=True) reads only zip-format files; a legacy "
                     "(_use_new_zipfile_serialization=False) file is refused",
    "dcp_stateless_param": "a parameter that never had a gradient has no optimizer state in the "
                           "distributed checkpoint, but the optimizer rebuilt to load into (get_state_dict) "
                           "has state for every parameter, so dcp.load misses its keys",
}

#: Why a resume departs (``Record.departure``), each decided on the evidence kept in
#: ``diagnostics["evidence"]`` (:mod:`harness.verify.resume`), never by elimination.
DEPARTURES = {
    "state_lost": "named restored state is not what was saved, or a tensor outside state_dict that "
                  "differs from a fresh build is not carried",
    "rng_changed": "the model draws random numbers as it trains (measured by the saving run) and the same "
                   "generator state draws other numbers here",
    "numeric_drift": "a control retrained here from the start without loading anything departs from the "
                     "saving run as much as the resumed run: this torch's own arithmetic",
    "unexplained": "no evidence names a cause (a control that matches while the resumed run departs, a "
                   "departure in the same environment): what to look at",
}

#: The pseudo-format of a record about the model itself, not about a format: a user's factory
#: whose output harness cannot compare (a cache object, a string, ``None``;
#: :class:`harness.model.outputs.UncomparableOutput`). Nothing was saved for it, so there is one
#: such record per pair, status ``save_error`` as the saving side reported it. The reports
#: show it once per factory as a problem with the model and the gate fails on it: it is never
#: a grid cell, a finding, or something a baseline entry covers.
MODEL = "model"


def is_model_problem(record: Mapping[str, Any]) -> bool:
    """Is this a record of a problem with the model (:data:`MODEL`) rather than of a format?
    Such a record fails the gate whatever its status: a file cannot use it to hide a failure."""
    return record.get("format") == MODEL


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
    departure: str | None = None      # resume: state_lost | rng_changed | numeric_drift | unexplained
    diagnostics: Mapping[str, Any] | None = None  # resume: first departing update, what departs, raw diffs
    seconds: Mapping[str, float] | None = None  # time per step of the check (load, run, compare; restore, resume)
    output: str | None = None         # what the process printed to stdout/stderr meanwhile (its end, bounded)
    claimed: bool = False             # the status is what the saving side reported (nothing was loaded)

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
    """A failure is any status but ``pass`` and ``unsupported`` that no known limitation
    explains. Fail closed: a status this harness does not know (a newer writer's, a hand
    edit's) is a failure whatever its limitation, and a limitation that is not a key of
    :data:`LIMITATIONS` explains nothing — a field in a file never excuses a verdict."""
    status = record["status"]
    if status in ("pass", "unsupported"):
        return False
    limitation = record.get("limitation")
    return not (status in FAILING and isinstance(limitation, str) and limitation in LIMITATIONS)


class ResultsError(HarnessError, ValueError):
    """A results file that cannot be read as records; the message names the file, the line
    and the field (a user's input: one line, exit status 2)."""


#: A results line longer than this is refused before it is parsed (a record is kilobytes).
MAX_LINE_BYTES = 64 << 20
#: Deeper JSON than this is refused: the writers walk records recursively (a record is ~10 deep).
MAX_DEPTH = 200
_REQUIRED = ("case", "format", "check", "status", "saved", "loaded", "message")
_STRINGS = ("case", "format", "check", "status", "message")
_OPTIONAL_STRINGS = ("limitation", "stage", "traceback", "departure", "output")
_OPTIONAL_OBJECTS = ("reproducer", "diagnostics", "seconds")
REGENERATE = "regenerate it with `python -m harness verify` or remove that line"
#: A report (``compat.json``) larger than this is refused before it is parsed (the 16-version
#: atlas's is ~25 MB).
def kind_of(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number" if isinstance(value, (int, float)) else type(value).__name__)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def too_deep(data: Any, line: str) -> bool:
    """Is ``data`` nested deeper than :data:`MAX_DEPTH`? Walked only when the line has that
    many brackets at all (counting them is cheap; most records have far fewer)."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return False
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def problem_of(data: Any) -> str | None:
    """What is wrong with one parsed line as a record (``None``: nothing). Only the fields the
    reports and the gate read are checked; unknown fields pass through untouched."""
    if not isinstance(data, dict):
        return f"is a JSON {kind_of(data)}, not an object (a record)"
    missing = [name for name in _REQUIRED if name not in data]
    if missing:
        return f"misses field {missing[0]!r} (every record has {', '.join(_REQUIRED)})"
    expected: list[tuple[str, str, bool]] = [(n, "a string", isinstance(data[n], str)) for n in _STRINGS]
    expected += [(n, "an object", isinstance(data[n], dict)) for n in ("saved", "loaded")]
    expected += [(n, "null or a number", data.get(n) is None or is_number(data[n]))
                 for n in ("max_abs_diff", "max_rel_diff") if n in data]
    expected += [(n, "null or a string", data[n] is None or isinstance(data[n], str))
                 for n in _OPTIONAL_STRINGS if n in data]
    expected += [(n, "null or an object", data[n] is None or isinstance(data[n], dict))
                 for n in _OPTIONAL_OBJECTS if n in data]
    expected += [(n, "a string", isinstance(data[n], str)) for n in ("run_id", "artifacts") if n in data]
    expected += [("source", "an object", isinstance(data["source"], dict))] if "source" in data else []
    expected += [("warnings", "an array of strings", isinstance(data["warnings"], list)
                  and all(isinstance(w, str) for w in data["warnings"]))] if "warnings" in data else []
    for name, what, ok in expected:
        if not ok:
            return f"field {name!r} must be {what}, not {kind_of(data[name])}"
    seconds = data.get("seconds") or {}
    if not all(is_number(v) for v in seconds.values()):
        return "field 'seconds' must map each step to a number"
    return None
