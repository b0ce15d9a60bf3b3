"""The words a probe's reader sees first: which load to use in which versions, and the part
of a refusal that decides it.

Plain data, no torch. A headline names the call a user types (``torch.load(f)``,
``torch.load(f, map_location="cpu")``, ``torch.jit.load(f)``, an onnxruntime session) and
the environments where it is the one that works; where the plain ``torch.load(f)`` fails, it
says why (the devices the storages were saved on, torch 2.6's ``weights_only`` default) and
what was verified to work instead. Nothing is claimed for an environment where nothing was
tried: that is "not tried", with the consent it needs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from ..results import LIMITATIONS

#: A load that did not work: the statuses that count as "does not load" in a window.
FAILED = ("load_error", "crash", "timeout", "forward_error", "mismatch")
DEFAULT = "torch.load"
MAPPED = 'map_location="cpu"'
#: Which load is "the one to use" where several work, by kind: the first that passes.
PREFERRED = {"torchscript": ("torch.jit.load", DEFAULT, "weights_only=False")}
PREFERRED_PICKLE = (DEFAULT, MAPPED, "weights_only=True", "add_safe_globals", "weights_only=False", "mmap=True")
_PICKLED = ("torch-zip", "torch-legacy", "pickle")

#: The sentences that decide a failure, kept whole wherever they are in a long message:
#: onnxruntime's refusals (IR version, opset, missing operator) and torch's for devices and
#: for TorchScript given to a weights-only torch.load.
DECISIVE = [re.compile(p) for p in (
    r"Unsupported model IR version: \d+, max supported IR version: \d+",
    r"Opset \d+ is under development[^.]*\.",
    r"Current official support for domain [\w.]+ is till opset \d+\.?",
    r"Could not find an implementation for \S+ node with name '[^']*'",
    r"No Op registered for \S+ with domain_version of \d+",
    r"Unrecognized attribute: [^\n]*?(?= \(|$)",
    r"Attempting to deserialize object on (?:a|an) \S+ device(?: but torch\.[\w.]+\(\) is False)?",
    r"Cannot use `*weights_only=True`* with TorchScript archives passed to `*torch\.load`*\.",
    (r"In PyTorch 2\.6, we changed the default value of the `weights_only` argument in `torch\.load` from "
     r"`False` to `True`\."),
    r"the default torch\.load is weights-only here and refuses it",
    r"Unsupported global: GLOBAL \S+ was not an allowed global by default",
    r"Unsupported class \S+?(?=\)|$| )",
    r"Can only build Tensor, Parameter or OrderedDict objects, but got <class '[^']*'>",
    r"with them allowlisted here it still fails",
    (r"this torch matches an allowlisted object only by its own module.*?\(allowlisting under a name arrived in "
     r"[\d.]+\)"),
)]
#: onnxruntime's wrapping of a refusal: the error code, the path, the C++ source and signature.
_ORT_NOISE = re.compile(r"\[ONNXRuntimeError\] : \d+ : \w+ : |Load model from \S+ failed:|"
                        r"/onnxruntime_src/\S+:\d+ |[\w:~<>]+\([^()]*\) (?=[A-Z])")


def decisive(message: Any, limit: int = 240) -> str:
    """The part of a failure's message that decides it, whole: every :data:`DECISIVE`
    sentence in it, in order; otherwise the message without onnxruntime's wrapping, cut at
    ``limit``."""
    text = " ".join(str(message or "").split())
    found = [m.group(0) for pattern in DECISIVE for m in pattern.finditer(text)]
    if found:
        return "; ".join(f.rstrip(".") for f in sorted(dict.fromkeys(found), key=text.find))
    text = _ORT_NOISE.sub("", text).strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def failure_words(cell: Mapping[str, Any]) -> str:
    """A failed cell in a report's words: its status, its known cause (the limitation's name
    and meaning), and the decisive part of its message."""
    limitation = cell.get("limitation")
    cause = f"{limitation}: " if isinstance(limitation, str) and limitation in LIMITATIONS else ""
    return f"{cell.get('status')}, {cause}{decisive(cell.get('message'))}"


class FileWindow(Protocol):
    """What a headline reads of :class:`harness.probe.window.FileWindow`."""

    kind: str
    envs: list[str]
    cells: dict[str, dict[str, Mapping[str, Any]]]
    loads_in: list[str]
    fails_in: list[str]
    devices: list[str]


def short(label: str) -> str:
    """``2.4.1`` → ``2.4``; a NumPy variant keeps its NumPy: ``2.4+numpy1.25``."""
    torch, _, rest = label.partition("+")
    minor = ".".join(torch.split(".")[:2])
    numpy = rest.replace("numpy", "")
    return f"{minor}+numpy{'.'.join(numpy.split('.')[:2])}" if rest.startswith("numpy") else minor


def span(labels: Sequence[str], order: Sequence[str]) -> str:
    """The labels as runs over ``order``: "2.1–2.4, 2.13"."""
    wanted = set(labels)
    runs: list[list[str]] = []
    previous = False
    for label in order:
        if label in wanted:
            if previous:
                runs[-1].append(label)
            else:
                runs.append([label])
        previous = label in wanted
    return ", ".join(short(r[0]) if len(r) == 1 else f"{short(r[0])}–{short(r[-1])}" for r in runs)


def onnxruntimes(window: FileWindow, envs: Sequence[str]) -> str:
    """"onnxruntime 1.19.2, 1.20.1 (torch 2.4–2.6)": the onnxruntime of each environment."""
    versions = [str(_cell_of(window, env).get("loaded", {}).get("onnxruntime") or "?") for env in envs]
    return f"onnxruntime {', '.join(dict.fromkeys(versions))} (torch {span(envs, window.envs)})"


def _cell_of(window: FileWindow, env: str) -> Mapping[str, Any]:
    return next((c[env] for c in window.cells.values() if env in c), {})


def _status(window: FileWindow, name: str, env: str) -> str | None:
    return window.cells.get(name, {}).get(env, {}).get("status")


def _call(window: FileWindow, name: str, envs: Sequence[str]) -> str:
    cell = next((window.cells[name][e] for e in envs if e in window.cells.get(name, {})), {})
    return str(cell.get("call") or name)


def consent_needed(window: FileWindow, envs: Sequence[str]) -> str:
    """The consent the untried loads of ``envs`` ask for (``--trust-code``, ``--trust-pickles``)."""
    said = " ".join(str(c.get(e, {}).get("message")) for c in window.cells.values() for e in envs
                    if c.get(e, {}).get("status") == "unsupported")
    flags = [flag for flag in ("--trust-code", "--trust-pickles") if flag in said]
    return " and ".join(flags) or "nothing harness could try here (see the lines)"


def headline(window: FileWindow) -> tuple[str, str]:
    """(the sentence a user reads first, the advice in it: what to change where the plain load
    fails); see the module's docstring."""
    order = window.envs
    if not window.loads_in:
        tried = [e for e in order if any(c.get(e, {}).get("status") not in (None, "unsupported")
                                         for c in window.cells.values())]
        if not tried:
            why = " (a TorchScript archive is a program)" if window.kind == "torchscript" else ""
            return f"not tried in {span(order, order)}: needs {consent_needed(window, order)}{why}", ""
    if window.kind == "torchscript":
        return _script(window)
    if window.kind in _PICKLED:
        return _pickled(window)
    return _single(window)


def _first_failure(window: FileWindow, name: str, envs: Sequence[str]) -> str:
    cell = next((window.cells[name][e] for e in envs if _status(window, name, e) in FAILED), {})
    return decisive(cell.get("message"))


def _passing(window: FileWindow, name: str) -> list[str]:
    return [e for e in window.envs if _status(window, name, e) == "pass"]


def _failing(window: FileWindow, name: str) -> list[str]:
    return [e for e in window.envs if _status(window, name, e) in FAILED]


def _single(window: FileWindow) -> tuple[str, str]:
    """A file one load reads (safetensors, ONNX, .pt2): where it works and where not."""
    order = window.envs
    name = next(iter(window.cells))
    parts = []
    passed, failed = _passing(window, name), _failing(window, name)
    untried = [e for e in order if _status(window, name, e) == "unsupported"]
    onnx = window.kind == "onnx"
    where = (lambda envs: onnxruntimes(window, envs)) if onnx else (lambda envs: span(envs, order))
    if passed:
        parts.append(f"{'runs in' if onnx else f'loads with {_call(window, name, passed)} in'} {where(passed)}")
    if failed:
        parts.append(f"{'fails in ' + where(failed) if onnx or passed else 'loads in none of ' + where(failed)}"
                     f": {_first_failure(window, name, failed)}")
    if untried:
        parts.append(f"not tried in {span(untried, order)}: needs {consent_needed(window, untried)}")
    return "; ".join(parts), ""


def _script(window: FileWindow) -> tuple[str, str]:
    order = window.envs
    parts, advice = [], ""
    jit = _passing(window, "torch.jit.load")
    unasked = [e for e in order if _status(window, "torch.jit.load", e) == "unsupported"]
    if unasked:
        parts.append(f"torch.jit.load was not tried in {span(unasked, order)}: needs "
                     f"{consent_needed(window, unasked)} (a TorchScript archive is a program)")
    if jit:
        parts.append(f"loads with {_call(window, 'torch.jit.load', jit)} in {span(jit, order)}")
    if _failing(window, "torch.jit.load"):
        failed = _failing(window, "torch.jit.load")
        parts.append(f"torch.jit.load fails in {span(failed, order)}: {_first_failure(window, 'torch.jit.load', failed)}")
    plain, broken = _passing(window, DEFAULT), _failing(window, DEFAULT)
    untried = [e for e in order if _status(window, DEFAULT, e) == "unsupported"]
    if broken:
        why = _first_failure(window, DEFAULT, broken)
        if plain and plain[-1] == order[order.index(broken[0]) - 1]:
            advice = (f"torch.load(f) works in {span(plain, order)} (it hands the archive to torch.jit.load) and "
                      f"fails from {short(broken[0])}: {why}")
        else:
            advice = f"torch.load(f) fails in {span(broken, order)}: {why}"
        rescue = [e for e in broken if _status(window, "weights_only=False", e) == "pass"]
        parts.append(advice + ("; use torch.jit.load" if jit else "")
                     + (f" (torch.load(f, weights_only=False) also loads it in {span(rescue, order)})" if rescue else ""))
    elif plain:
        parts.append(f"torch.load(f) loads it too in {span(plain, order)} (it hands the archive to torch.jit.load)")
    if untried:
        parts.append(f"torch.load(f) was not tried in {span(untried, order)} (it hands the archive to "
                     "torch.jit.load, which runs its code: --trust-code)")
    return "; ".join(parts), advice


def _pickled(window: FileWindow) -> tuple[str, str]:
    """A torch.save file or a pickle: the plain ``torch.load(f)`` first, then per group of
    environments the variant that fixes it there."""
    order = window.envs
    default = window.cells.get(DEFAULT, {})
    plain = _passing(window, DEFAULT)
    untried = [e for e in order if default.get(e, {}).get("status") == "unsupported"]
    broken = _failing(window, DEFAULT)
    device = [e for e in broken if _status(window, MAPPED, e) == "pass"]
    refused = [e for e in broken if e not in device and (default[e].get("needs")
                                                         or "refuses it" in str(default[e].get("message")))]
    other = [e for e in broken if e not in device and e not in refused]
    parts = [f"loads with torch.load(f) in {span(plain, order)}"] if plain else []
    advice = []
    if device:
        devices = ", ".join(window.devices) or "a device"
        mapped = _passing(window, MAPPED)
        advice.append(f"torch.load(f) fails in {span(device, order)}: its storages were saved on {devices} "
                      f"({_first_failure(window, DEFAULT, device)}); the fix is torch.load(f, map_location=\"cpu\"), "
                      f"which loads in {span(mapped, order)}")
    if refused:
        advice.append(_allowlist_advice(window, refused))
    if other:
        rescue = [(e, _use(window, e)) for e in other]
        advice.append(f"torch.load(f) fails in {span(other, order)}: {_first_failure(window, DEFAULT, other)}"
                      + "".join(f"; {call} loads in {short(e)}" for e, call in rescue if call))
    parts += advice
    if untried:
        said = (f"the default torch.load was not tried in {span(untried, order)} (it would run the file's pickle: "
                "--trust-pickles)")
        used = [(e, _use(window, e)) for e in untried]
        works = [e for e, call in used if call]
        if works:
            calls = list(dict.fromkeys(call for _, call in used if call))
            said += (f"; {' / '.join(calls)} loads it there" if len(works) == len(untried) else
                     f"; {' / '.join(calls)} loads it in {span(works, order)}")
        parts.append(said)
    nothing = [e for e in window.fails_in if e not in broken]
    if nothing:
        parts.append(f"every load tried fails in {span(nothing, order)}")
    if not window.loads_in and window.fails_in:
        parts.insert(0, f"no load works in {span(window.fails_in, order)}")
    return "; ".join(parts), "; ".join(advice)


def _use(window: FileWindow, env: str) -> str:
    """The call of the first load that works in ``env``, in the order a user tries them."""
    name = next((n for n in PREFERRED.get(window.kind, PREFERRED_PICKLE) if _status(window, n, env) == "pass"), "")
    return str(window.cells[name][env].get("call") or name) if name else ""


def _allowlist_advice(window: FileWindow, refused: Sequence[str]) -> str:
    order = window.envs
    default = window.cells[DEFAULT]
    allowed = window.cells.get("add_safe_globals", {})
    verified = [e for e in refused if allowed.get(e, {}).get("status") == "pass"]
    needs = next((default[e].get("needs") or allowed.get(e, {}).get("needs") for e in refused
                  if default[e].get("needs") or allowed.get(e, {}).get("needs")), None)
    first = short(refused[0])
    if needs and verified:
        call = str(allowed[verified[0]].get("call") or "").split("; ")[0]
        typed = call if call.startswith("torch.serialization.add_safe_globals([") else \
            f"torch.serialization.add_safe_globals([{', '.join(needs)}])"
        return f"from {first} needs {typed} (verified in {span(verified, order)}) or weights_only=False"
    if needs:
        why = decisive(next((allowed[e].get("message") for e in refused if e in allowed), ""), 200)
        return (f"from {first} needs torch.serialization.add_safe_globals([{', '.join(needs)}]) "
                f"or weights_only=False (the allow-list: {why or 'not tried'})")
    return f"the default torch.load fails in {span(refused, order)}: {_first_failure(window, DEFAULT, refused)}"

