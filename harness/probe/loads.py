"""The loads a user would try on a file, one registered function each, run inside a worker.

Each load records what happened in this torch: ``pass`` with a digest of every tensor it
produced (compared across environments later), ``load_error`` with torch's own words and,
for a refused ``weights_only`` load, the globals to allowlist, or ``unsupported`` with the
reason it was not tried — this torch lacks the API, or trying would run code from the file
without the user's consent. Adding a load is one decorated function here.
"""

from __future__ import annotations

import hashlib
import pickle
import time
import warnings
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .. import _compat
from ..options import RunOptions
from ..pickle_globals import UNKNOWN, fix_hint, load_allowlisted, needed_allowlist, refusal
from ..registry import Registry
from ..results import one_line
from ..verify.causes import known_cause

#: Tensors a digest lists by name; past this a file's contents are digested as a whole only.
MAX_NAMED = 20000


@dataclass
class Outcome:
    """What one load did."""

    status: str
    message: str
    contents: dict[str, Any] | None = None   # see contents_of
    needs: list[str] | None = None            # globals a weights-only load needs allowlisted
    limitation: str | None = None
    produced: Any = None                      # what the load returned (kept for the outputs step)
    outputs: list[dict[str, Any]] | None = None  # the outputs step: each output tensor, see _output


@dataclass
class Attempt:
    """One file in one worker, shared by its loads (a later load reads what an earlier found)."""

    path: Path
    kind: str
    facts: Mapping[str, Any]
    options: RunOptions
    needs: list[str] | None = None            # set by weights_only=True when it is refused
    entries: list[Any] = field(default_factory=list)  # the allowlist that made it load, if any
    inputs: str | None = None                 # --inputs: a safetensors file of the inputs to run on
    model: str | None = None                  # --model: PACKAGE.MODULE:FACTORY to load a state dict into
    produced: Any = None                      # what the first load that worked returned (for outputs)
    producer: str = ""


@dataclass(frozen=True)
class Load:
    name: str
    kinds: tuple[str, ...]
    run: Callable[[Attempt], Outcome]


LOADS: Registry[Load] = Registry("probe load")


def load(name: str, *kinds: str) -> Callable[[Callable[[Attempt], Outcome]], Callable[[Attempt], Outcome]]:
    """Function decorator: try the file this way when it is one of ``kinds``."""
    def register(function: Callable[[Attempt], Outcome]) -> Callable[[Attempt], Outcome]:
        LOADS.add(name, Load(name, kinds, function))
        return function
    return register


def loads_for(kind: str, outputs: bool = False) -> list[str]:
    """The loads a file of this kind is tried with, in order; with ``outputs`` (inputs were
    given), then its ``outputs`` step."""
    return [name for name in LOADS.names() if kind in LOADS.get(name).kinds] + ["outputs"] * outputs


def run_load(name: str, attempt: Attempt, step: Callable[[Attempt], Outcome] | None = None) -> dict[str, Any]:
    """One load (or ``step``, the outputs step), timed, as a record's fields; an exception it
    raises is its ``load_error`` (``forward_error`` for the outputs step)."""
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            outcome = (step or LOADS.get(name).run)(attempt)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001  (every way a load fails is its record; DCP errors are BaseException)
        outcome = Outcome("load_error", one_line(exc), limitation=known_cause(exc))
    if name == "outputs" and outcome.status == "load_error":
        outcome.status = "forward_error"  # it loaded; running it failed
    if outcome.status == "pass" and outcome.produced is not None and attempt.produced is None:
        attempt.produced, attempt.producer = outcome.produced, name
    return {"method": name, "status": outcome.status, "message": outcome.message,
            "seconds": round(time.perf_counter() - start, 4), "contents": outcome.contents,
            "needs": outcome.needs, "limitation": outcome.limitation, "outputs": outcome.outputs}


def not_tried(why: str) -> Outcome:
    return Outcome("unsupported", why)


def _torch_version() -> str:
    import torch
    return str(torch.__version__).split("+", 1)[0]


# --- torch.load and its variants (torch.save files, legacy files, plain pickles) ---

_PICKLED = ("torch-zip", "torch-legacy", "pickle")


@load("torch.load", *_PICKLED)
def _default(attempt: Attempt) -> Outcome:
    """``torch.load(f)`` as a script calls it: weights-only from 2.6, a full unpickle before."""
    import torch
    if not _compat.default_load_is_weights_only() and not attempt.options.trust_pickles:
        return not_tried(f"torch {_torch_version()}'s default torch.load unpickles with weights_only=False, "
                          "which runs code from the file; pass --trust-pickles to try it")
    try:
        obj = torch.load(str(attempt.path), map_location="cpu")
    except pickle.UnpicklingError as exc:
        names = _needs(attempt)
        return Outcome("load_error", f"the default torch.load is weights-only here and refuses it ({refusal(exc)})"
                       + (f"; {fix_hint(names)}" if names else ""), needs=names or None)
    return Outcome("pass", "loads with the default arguments", contents_of(obj), produced=obj)


def _needs(attempt: Attempt) -> list[str]:
    """What a refused weights-only load needs allowlisted here: read from a zip file's
    data.pkl as the checkpoint formats read it, or from the static facts of another pickle."""
    if attempt.kind == "torch-zip":
        return needed_allowlist(attempt.path)
    allowed = _compat.weights_only_allowed_globals()
    names = [g for g in attempt.facts.get("globals", ())
             if (g not in allowed if allowed is not None else not g.startswith("torch.") and g != "collections.OrderedDict")]
    return names + [d for d in attempt.facts.get("dtypes", ()) if names and d not in names]


@load("weights_only=True", *_PICKLED)
def _weights_only(attempt: Attempt) -> Outcome:
    import torch
    try:
        obj = torch.load(str(attempt.path), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        names = _needs(attempt)
        attempt.needs = names
        hint = f"; {fix_hint(names)}" if names else ""
        return Outcome("load_error", f"refused ({refusal(exc)}){hint}", needs=names or None)
    return Outcome("pass", "loads with weights_only=True", contents_of(obj), produced=obj)


@load("add_safe_globals", *_PICKLED)
def _allowlisted(attempt: Attempt) -> Outcome:
    """The advice of a refused weights-only load, tried: allowlist exactly what it needs."""
    names = attempt.needs
    if not names:
        return not_tried("no allow-list to try: weights_only=True did not refuse a global")
    dangerous = [n for n in names if n in attempt.facts.get("dangerous", ()) or n == UNKNOWN]
    if dangerous:
        return not_tried(f"no allow-list can load it safely: it needs {', '.join(dangerous)}, which runs "
                          "code (fickling's reading of the pickle); only weights_only=False loads it")
    unnamed = [n for n in names if "<lambda>" in n or "<locals>" in n]
    if unnamed:
        return not_tried(f"no allow-list can load it: {', '.join(unnamed)} cannot be imported by name (a lambda "
                          "or a local function); only weights_only=False loads it")
    hint = f"torch.serialization.add_safe_globals([{', '.join(names)}])"
    obj, entries, said = load_allowlisted(attempt.path, names)
    if obj is None:
        return Outcome("load_error" if entries else "unsupported", said, needs=names)
    attempt.entries = entries
    return Outcome("pass", f"loads with {hint}", contents_of(obj), needs=names, produced=obj)


@load("mmap=True", "torch-zip", "torch-legacy")
def _mapped(attempt: Attempt) -> Outcome:
    """``torch.load(f, mmap=True)``: weights-only (with the allow-list that worked, if one
    did), or a full unpickle with the user's consent."""
    import torch
    if not _compat.load_takes_mmap():
        return not_tried(f"torch {_torch_version()} has no torch.load(mmap=True) (it arrived in 2.1)")
    trusted = attempt.options.trust_pickles
    if attempt.needs and not attempt.entries and not trusted:
        return not_tried("weights_only=True refuses it and no allow-list made it load; "
                          "pass --trust-pickles to try mmap=True with weights_only=False")
    with _compat.safe_globals(attempt.entries) if attempt.entries else nullcontext():
        obj = torch.load(str(attempt.path), map_location="cpu", mmap=True, weights_only=not trusted)
    return Outcome("pass", "loads with mmap=True" + ("" if trusted else " (weights_only=True)"), contents_of(obj),
                   produced=obj)


@load("weights_only=False", *_PICKLED)
def _full(attempt: Attempt) -> Outcome:
    import torch
    if not attempt.options.trust_pickles:
        return not_tried("weights_only=False runs code from the file; pass --trust-pickles to try it")
    obj = torch.load(str(attempt.path), map_location="cpu", weights_only=False)
    return Outcome("pass", "loads with weights_only=False", contents_of(obj), produced=obj)


# --- programs: TorchScript and torch.export (code from the file) ---

@load("torch.jit.load", "torchscript")
def _script(attempt: Attempt) -> Outcome:
    import torch
    if not attempt.options.trust_code:
        return not_tried("a TorchScript archive is a program; pass --trust-code to load it")
    module = torch.jit.load(str(attempt.path), map_location="cpu")
    return Outcome("pass", "loads with torch.jit.load", contents_of(module), produced=module)


@load("torch.export.load", "export")
def _exported(attempt: Attempt) -> Outcome:
    import torch
    why = _compat.torch_export_unavailable()
    if why:
        return not_tried(why)
    if not attempt.options.trust_code:
        return not_tried("a torch.export program is code; pass --trust-code to load it")
    if attempt.options.trust_pickles:
        program = torch.export.load(str(attempt.path))
    else:
        with _compat.refusing_pickles():  # it unpickles weights and constants on its own
            program = torch.export.load(str(attempt.path))
    return Outcome("pass", "loads with torch.export.load", contents_of(dict(program.state_dict)), produced=program)


# --- data formats: safetensors, ONNX ---

@load("safetensors.torch.load_file", "safetensors")
def _safetensors(attempt: Attempt) -> Outcome:
    from safetensors.torch import load_file
    tensors = load_file(str(attempt.path))
    return Outcome("pass", "loads with safetensors.torch.load_file", contents_of(tensors), produced=tensors)


@load("onnxruntime", "onnx")
def _onnxruntime(attempt: Attempt) -> Outcome:
    """An onnxruntime session on the CPU, after checking that every external-data file the
    model names lies beside it (onnxruntime would read any path the file names)."""
    import onnx
    import onnxruntime

    model = onnx.load(str(attempt.path), load_external_data=False)
    outside = []
    for tensor in _initializers(model.graph):
        if tensor.data_location == onnx.TensorProto.EXTERNAL:
            location = next((e.value for e in tensor.external_data if e.key == "location"), "")
            parts = PurePosixPath(location.replace("\\", "/")).parts
            if not location or location.startswith(("/", "\\")) or ".." in parts or ":" in location:
                outside.append(location)
            elif not (attempt.path.parent / location).is_file():
                raise FileNotFoundError(f"{attempt.path}: its external data {location!r} is not beside it")
    if outside:
        raise PermissionError(f"{attempt.path}: refers to external data outside its folder ({outside[0]!r}); "
                              "not read")
    session = onnxruntime.InferenceSession(str(attempt.path), providers=["CPUExecutionProvider"])
    full = onnx.load(str(attempt.path))
    from onnx import numpy_helper
    arrays = {t.name: numpy_helper.to_array(t) for t in _initializers(full.graph)}
    opsets = ", ".join(f"{o.domain or 'ai.onnx'} {o.version}" for o in model.opset_import)
    return Outcome("pass", f"runs in onnxruntime {onnxruntime.__version__} (IR {model.ir_version}; {opsets}; "
                   f"written by {model.producer_name} {model.producer_version})", contents_of(arrays), produced=session)


def _initializers(graph: Any) -> list[Any]:
    return list(graph.initializer)


# --- what a load produced, digested for comparison across environments ---

def contents_of(obj: Any) -> dict[str, Any]:
    """Every tensor and array reachable from what a load returned — through dicts, lists,
    tuples, plain objects' attributes and modules' state dicts — as ``path → "dtype shape
    sha256"`` (bit for bit), and one digest of them all."""
    found: dict[str, str] = {}
    _walk(obj, "", found, 0, {})
    digest = hashlib.sha256("\n".join(f"{k} {v}" for k, v in sorted(found.items())).encode()).hexdigest()
    named = dict(sorted(found.items())) if len(found) <= MAX_NAMED else {}
    return {"tensors": len(found), "digest": digest, "named": named}


def _walk(obj: Any, path: str, found: dict[str, str], depth: int, seen: dict[int, Any]) -> None:
    """``seen`` keeps what it has walked alive, so no later temporary shares an id with it."""
    import numpy as np
    import torch

    if depth > 32 or id(obj) in seen:
        return
    if isinstance(obj, torch.Tensor):
        found[path or "."] = tensor_digest(obj)
        return
    if isinstance(obj, np.ndarray):
        found[path or "."] = f"numpy.{obj.dtype} {list(obj.shape)} " \
                             f"{hashlib.sha256(np.ascontiguousarray(obj).tobytes()).hexdigest()}"
        return
    seen[id(obj)] = obj
    if isinstance(obj, (torch.nn.Module, torch.jit.ScriptModule)):
        _walk(dict(obj.state_dict()), path, found, depth + 1, seen)
    elif isinstance(obj, Mapping):
        for key, value in obj.items():
            _walk(value, f"{path}.{key}" if path else str(key), found, depth + 1, seen)
    elif isinstance(obj, (list, tuple)):
        for index, value in enumerate(obj):
            _walk(value, f"{path}[{index}]", found, depth + 1, seen)
    elif hasattr(obj, "__dict__") and not isinstance(obj, type) and not callable(obj):
        _walk(vars(obj), path, found, depth + 1, seen)


def tensor_digest(tensor: Any) -> str:
    import torch
    t = tensor.detach()
    head = f"{t.dtype} {list(t.shape)}"
    try:
        if t.layout != torch.strided or t.is_quantized or t.device.type == "meta":
            return f"{head} {t.layout} (not digested)"
        data = t.cpu().contiguous().reshape(-1).view(torch.uint8).numpy().tobytes()
    except (RuntimeError, TypeError) as exc:
        return f"{head} (not digested: {str(exc)[:60]})"
    return f"{head} {hashlib.sha256(data).hexdigest()}"
