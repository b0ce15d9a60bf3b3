"""The loads a user would try on a file, one registered function each, run inside a worker.

The first is what people type — ``torch.load(path)``, exactly, with no ``map_location`` —
then the variants they reach for next, each its own load: ``map_location="cpu"`` (for a
file whose storages were saved on a device), ``weights_only=True``, the allow-list,
``mmap=True``, ``weights_only=False``; for a TorchScript archive ``torch.load`` beside
``torch.jit.load``. Each records the call exactly as it was made (``call``) and what happened
in this torch: ``pass`` with a digest of every tensor it produced (compared across
environments later), ``load_error`` with torch's own words and, for a refused
``weights_only`` load, the globals to allowlist, or ``unsupported`` with the reason it was
not tried — this torch lacks the API, or trying would run code from the file without the
user's consent. Adding a load is one decorated function here.
"""

from __future__ import annotations

import pickle
import time
import warnings
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import _compat
from ..options import RunOptions
from ..pickle_globals import UNKNOWN, fix_hint, load_allowlisted, needed_allowlist, refusal
from ..registry import Registry
from ..results import one_line
from ..verify.causes import known_cause
from .contents import contents_of, external_tensors, onnx_tensors
from .paths import beside

#: The load of a file whose storages were saved on a device, mapped to the CPU.
MAPPED = 'map_location="cpu"'


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
    call: str = ""                            # the call as it was made: torch.load(f, weights_only=True)


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
    call: str = ""                            # the call of the load running now


@dataclass(frozen=True)
class Load:
    name: str
    kinds: tuple[str, ...]
    run: Callable[[Attempt], Outcome]
    when: Callable[[Mapping[str, Any]], bool] | None = None   # tried only for files whose facts say so


LOADS: Registry[Load] = Registry("probe load")


def load(name: str, *kinds: str, when: Callable[[Mapping[str, Any]], bool] | None = None
         ) -> Callable[[Callable[[Attempt], Outcome]], Callable[[Attempt], Outcome]]:
    """Function decorator: try the file this way when it is one of ``kinds`` (and, with
    ``when``, when its static facts say the load means something for it)."""
    def register(function: Callable[[Attempt], Outcome]) -> Callable[[Attempt], Outcome]:
        LOADS.add(name, Load(name, kinds, function, when))
        return function
    return register


def loads_for(kind: str, outputs: bool = False, facts: Mapping[str, Any] | None = None) -> list[str]:
    """The loads a file of this kind (with these static facts) is tried with, in order; with
    ``outputs`` (inputs were given), then its ``outputs`` step."""
    chosen = [name for name in LOADS.names() if kind in LOADS.get(name).kinds
              and (LOADS.get(name).when is None or LOADS.get(name).when(facts or {}))]
    return chosen + ["outputs"] * outputs


def run_load(name: str, attempt: Attempt, step: Callable[[Attempt], Outcome] | None = None) -> dict[str, Any]:
    """One load (or ``step``, the outputs step), timed, as a record's fields; an exception it
    raises is its ``load_error`` (``forward_error`` for the outputs step)."""
    start = time.perf_counter()
    attempt.call = ""
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
    return {"method": name, "status": outcome.status, "message": outcome.message, "call": outcome.call or attempt.call,
            "seconds": round(time.perf_counter() - start, 4), "contents": outcome.contents,
            "needs": outcome.needs, "limitation": outcome.limitation, "outputs": outcome.outputs}


def not_tried(why: str) -> Outcome:
    return Outcome("unsupported", why)


def _torch_version() -> str:
    import torch
    return str(torch.__version__).split("+", 1)[0]


def on_devices(facts: Mapping[str, Any]) -> list[str]:
    """The devices other than the CPU the file's storages were saved on (static read)."""
    return [d for d in facts.get("devices") or () if d != "cpu"]


def _maybe_on_device(facts: Mapping[str, Any]) -> bool:
    """``map_location`` means something for the file: a storage claims a device, or the static
    read could not tell (``devices`` is None)."""
    return facts.get("devices") is None or bool(on_devices(facts))


def _calling(attempt: Attempt, function: str, **arguments: Any) -> dict[str, Any]:
    """The keyword arguments of a variant — with ``map_location="cpu"`` added when the file's
    storages were saved on a device — and the call, as the user would type it, kept on
    ``attempt`` for the record."""
    if on_devices(attempt.facts) and "map_location" not in arguments:
        arguments = {"map_location": "cpu", **arguments}
    shown = "".join(f", {k}={v!r}".replace("'", '"') for k, v in arguments.items())
    attempt.call = f"{function}(f{shown})"
    return arguments


# --- torch.load and its variants (torch.save files, legacy files, plain pickles, TorchScript) ---

_PICKLED = ("torch-zip", "torch-legacy", "pickle")


@load("torch.load", *_PICKLED, "torchscript")
def _default(attempt: Attempt) -> Outcome:
    """``torch.load(f)`` exactly as a script calls it: weights-only from 2.6, a full unpickle
    before; no ``map_location``, so storages go back to the device they were saved on."""
    import torch
    attempt.call = "torch.load(f)"
    if attempt.kind == "torchscript":
        return _torch_load_of_script(attempt, {})
    if not _compat.default_load_is_weights_only() and not attempt.options.trust_pickles:
        return not_tried(f"torch {_torch_version()}'s default torch.load unpickles with weights_only=False, "
                         "which runs code from the file; pass --trust-pickles to try it")
    return _weights_refused(attempt, lambda: torch.load(str(attempt.path)), default=True)


@load(MAPPED, *_PICKLED, when=_maybe_on_device)
def _to_cpu(attempt: Attempt) -> Outcome:
    """``torch.load(f, map_location="cpu")``: the fix for storages saved on a device this
    machine lacks (torch's own advice), with the default's consent rules."""
    import torch
    attempt.call = 'torch.load(f, map_location="cpu")'
    if not _compat.default_load_is_weights_only() and not attempt.options.trust_pickles:
        return not_tried(f"torch {_torch_version()}'s default torch.load unpickles with weights_only=False, "
                         "which runs code from the file; pass --trust-pickles to try it")
    return _weights_refused(attempt, lambda: torch.load(str(attempt.path), map_location="cpu"), default=True)


def _weights_refused(attempt: Attempt, loading: Callable[[], Any], default: bool = False) -> Outcome:
    """Run a weights-only load; a refusal is its ``load_error`` with what to allowlist."""
    try:
        obj = loading()
    except pickle.UnpicklingError as exc:
        names = _needs(attempt)
        said = "the default torch.load is weights-only here and refuses it" if default else "refused"
        return Outcome("load_error", f"{said} ({refusal(exc)})" + (f"; {fix_hint(names)}" if names else ""),
                       needs=names or None)
    return Outcome("pass", f"loads: {attempt.call}", contents_of(obj), produced=obj)


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
    arguments = _calling(attempt, "torch.load", weights_only=True)
    outcome = _weights_refused(attempt, lambda: torch.load(str(attempt.path), **arguments))
    attempt.needs = outcome.needs
    return outcome


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
    arguments = _calling(attempt, "torch.load", weights_only=True)
    attempt.call = f"{hint}; {attempt.call}"
    obj, entries, said = load_allowlisted(attempt.path, names, map_location=arguments.get("map_location"))
    if obj is None:
        return Outcome("load_error" if entries else "unsupported", said, needs=names)
    attempt.entries = entries
    typed = f"torch.serialization.add_safe_globals([{', '.join(map(_typed, entries))}])"
    attempt.call = f"{typed}; {attempt.call.split('; ', 1)[1]}"
    return Outcome("pass", f"loads with {typed}", contents_of(obj), needs=names, produced=obj)


def _typed(entry: Any) -> str:
    """An allow-list entry as a user types it: the object's own name, or ``(object, "name in
    the file")`` where the file names it under another module (NumPy 2's ``numpy._core``)."""
    obj, name = entry if isinstance(entry, tuple) else (entry, "")
    own = f"{getattr(obj, '__module__', '')}.{getattr(obj, '__qualname__', getattr(obj, '__name__', ''))}"
    return f'({own}, "{name}")' if name else own


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
    arguments = _calling(attempt, "torch.load", mmap=True, weights_only=not trusted)
    if attempt.entries:
        attempt.call = f"torch.serialization.add_safe_globals([{', '.join(attempt.needs or ())}]); {attempt.call}"
    with _compat.safe_globals(attempt.entries) if attempt.entries else nullcontext():
        obj = torch.load(str(attempt.path), **arguments)
    return Outcome("pass", f"loads: {attempt.call}", contents_of(obj), produced=obj)


@load("weights_only=False", *_PICKLED, "torchscript")
def _full(attempt: Attempt) -> Outcome:
    import torch
    arguments = _calling(attempt, "torch.load", weights_only=False)
    if attempt.kind == "torchscript":
        return _torch_load_of_script(attempt, arguments)
    if not attempt.options.trust_pickles:
        return not_tried("weights_only=False runs code from the file; pass --trust-pickles to try it")
    obj = torch.load(str(attempt.path), **arguments)
    return Outcome("pass", f"loads: {attempt.call}", contents_of(obj), produced=obj)


def _torch_load_of_script(attempt: Attempt, arguments: Mapping[str, Any]) -> Outcome:
    """``torch.load`` of a TorchScript archive: torch hands it to ``torch.jit.load`` (which
    runs its code: only with --trust-code) unless it refuses it first — from 2.6 it does when
    ``weights_only`` is True, its new default."""
    import torch
    guard = nullcontext() if attempt.options.trust_code else _compat.refusing_torchscript()
    try:
        with guard:
            module = torch.load(str(attempt.path), **arguments)
    except _compat.WouldRunCode:
        return not_tried(f"torch {_torch_version()}'s torch.load hands a TorchScript archive to torch.jit.load, "
                         "which runs the archive's code; pass --trust-code to try it")
    return Outcome("pass", f"loads: {attempt.call} (torch.load handed it to torch.jit.load)", contents_of(module),
                   produced=module)


# --- programs: TorchScript and torch.export (code from the file) ---

@load("torch.jit.load", "torchscript")
def _script(attempt: Attempt) -> Outcome:
    import torch
    arguments = _calling(attempt, "torch.jit.load")
    if not attempt.options.trust_code:
        return not_tried("a TorchScript archive is a program; pass --trust-code to load it")
    module = torch.jit.load(str(attempt.path), **arguments)
    return Outcome("pass", f"loads: {attempt.call}", contents_of(module), produced=module)


@load("torch.export.load", "export")
def _exported(attempt: Attempt) -> Outcome:
    import torch
    attempt.call = "torch.export.load(f)"
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
    attempt.call = "safetensors.torch.load_file(f)"
    tensors = load_file(str(attempt.path))
    return Outcome("pass", "loads with safetensors.torch.load_file", contents_of(tensors), produced=tensors)


@load("onnxruntime", "onnx")
def _onnxruntime(attempt: Attempt) -> Outcome:
    """An onnxruntime session on the CPU, after checking that every external-data file the
    model names is a regular file beside it, reached through no link (onnxruntime would read
    any path the file names, and follow links)."""
    import onnx
    import onnxruntime

    attempt.call = 'onnxruntime.InferenceSession(f, providers=["CPUExecutionProvider"])'
    for tensor in external_tensors(onnx.load(str(attempt.path), load_external_data=False).graph):
        location = next((e.value for e in tensor.external_data if e.key == "location"), "")
        why = beside(attempt.path, location)
        if why:
            raise PermissionError(f"{attempt.path}: tensor {tensor.name[:100]!r}: {why}")
    session = onnxruntime.InferenceSession(str(attempt.path), providers=["CPUExecutionProvider"])
    arrays = onnx_tensors(onnx.load(str(attempt.path)).graph)
    return Outcome("pass", f"runs in onnxruntime {onnxruntime.__version__}", contents_of(arrays), produced=session)
