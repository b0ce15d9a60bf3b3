"""What a team changes so an upgrade step stops breaking: code to paste where there is some.

The upgrade plan (:mod:`.plan`) names, for each thing that breaks, the change that fixes it.
A reviewed baseline entry's ``action`` comes first (the team wrote it for its own models);
then the named cause (a limitation or a resume departure); then what the messages cite (the
exact classes a weights-only load refused); then the format and status. Where no code fixes
it, the action says so and what still works: "keep torch A to read them".

A format with no rule here gets the generic advice of its status, so adding a format needs
nothing in this file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .summary import version_key

#: What to change for a named limitation (an expected, explained difference).
LIMITATION_ACTIONS = {
    "uncarried_state": "keep the state in state_dict: `self.register_buffer(name, tensor)` (persistent) "
                       "instead of a plain attribute or `persistent=False`, or save it in the checkpoint beside it",
    "shared_tensors": "save with `safetensors.torch.save_model(model, path)` (it deduplicates tied weights) "
                      "and load with `load_model`",
    "noncontiguous": "save with `safetensors.torch.save_model(model, path, force_contiguous=True)`",
    "traced_control_flow": "script the data-dependent part (`torch.jit.script`) or export with `torch.cond`; "
                           "a trace keeps one path",
    "unfused_capture": "nothing: same function, other rounding, within tolerance",
    "export_control_flow": "rewrite the data-dependent branch with `torch.cond`, or save a state_dict instead",
    "onnx_operator": "export with the other exporter (`torch.onnx.export(..., dynamo=True)` or `dynamo=False`) "
                     "or a newer `opset_version`",
    "executorch_operator": "replace the operator with Core ATen ones (the error names it), or lower with "
                           "`to_edge(..., compile_config=EdgeCompileConfig(_core_aten_ops_exception_list=[op]))` "
                           "and a kernel for it in the runtime",
    "onnx_bfloat16": "export in float32 (`model.float()`) for onnxruntime's CPU provider",
    "ort_missing_kernel": "export in float32, or run on a provider that has the kernel",
    "numpy2_pickle": "install `numpy>=1.26.1` where the files are read, or save tensors instead of NumPy objects",
    "onnx_too_new": "pin an onnxruntime that reads this IR version and opset where the files are read "
                    "(`pip install -U onnxruntime`), or export with a lower `opset_version`",
    "mmap_zip_only": "re-save with the zip format (the default; drop `_use_new_zipfile_serialization=False`) "
                     "or load without `mmap=True`",
    "dcp_stateless_param": "give every parameter optimizer state before saving (one step with all of them), "
                           "or load with `dcp.load(..., planner=DefaultLoadPlanner(allow_partial_load=True))`",
}

#: What to change for a resume departure.
DEPARTURE_ACTIONS = {
    "rng_changed": "no fix in code: {b} draws other random numbers (dropout masks) from the same generator "
                   "state, so a resumed run trains on other masks; finish runs that must repeat exactly in {a}",
    "numeric_drift": "nothing to change: {b} rounds otherwise and training amplifies it; a resumed run is as "
                     "good, not the same run — compare trajectories with a tolerance, or finish in {a}",
    "state_lost": "restore the state the record names yourself after `load_state_dict` (e.g. rebuild the "
                  "LR scheduler and set its fields), or save it outside the optimizer/scheduler state dicts",
    "unexplained": "look at it: no evidence explains the departure (the finding's reproducer and record)",
}

_LISTED = re.compile(r"add_safe_globals\(\[([^\]]*)\]\)")
_GLOBALS = re.compile(r"(?:GLOBAL|Unsupported class|Unsupported global:? GLOBAL) ([A-Za-z_][\w.]*)")
#: torch.export's program files: read only by the release that wrote them (schema and layout).
_EXPORT = re.compile(r"torch/_?export/|schema version|Version in the saved file|no item named 'version'|"
                     r"invalid literal for int|treespec")


@dataclass(frozen=True)
class Action:
    """What to change, and what kind of change it is: steps of one kind on one path are one
    step (:func:`merged` recomputes the text from all their messages)."""

    kind: str      # "reviewed", a limitation or departure, "weights_only", "export", "pickled_classes", "status"
    text: str
    cause: str = ""  # the cause in one sentence, where the kind names it better than one member's message


def action_for(found: Any, entries: Sequence[Any], pair: tuple[str, str], source: str,
               limitation: str | None = None) -> Action:
    """What to change for a finding (or a limitation) on the path ``source`` → ``pair[1]``."""
    a, b = source, pair[1]
    reviewed = next((e.action for e in entries if getattr(e, "action", "")), "")
    if reviewed:
        return Action("reviewed", reviewed)
    if limitation:
        return Action(limitation, LIMITATION_ACTIONS.get(limitation, "see the limitation"))
    cause = getattr(found, "cause", None)
    if cause in DEPARTURE_ACTIONS:
        return Action(cause, DEPARTURE_ACTIONS[cause].format(a=a, b=b))
    if cause in LIMITATION_ACTIONS:
        return Action(cause, LIMITATION_ACTIONS[cause])
    if _code_changed(pair[0], b):
        return _code_change(found, pair[0], b)
    return (_from_messages(list(found.messages.get(pair, ())), set(found.formats), a, b)
            or Action("status", _generic(found, a, b, side="own" if pair == (b, b) else "read")))


def _code_changed(a: str, b: str) -> bool:
    """Two environments of one torch whose team code differs (the local label names a git ref,
    :mod:`harness.code_refs`; a NumPy label is another matter)."""
    (torch_a, _, local_a), (torch_b, _, local_b) = a.partition("+"), b.partition("+")
    return torch_a == torch_b and local_a != local_b and "numpy" not in local_a + local_b


def _code_change(found: Any, a: str, b: str) -> Action:
    if set(found.statuses) & {"mismatch", "diverged"}:
        return Action("code_change", f"{b} computes other results than {a} from the same files: a default or a "
                      "forward changed between them — make sure that is intended, and say so in the release notes",
                      "the same torch: what differs is the team's code, not torch")
    return Action("code_change", f"make {b} read what {a} wrote: map the renamed keys or moved classes the "
                  f"messages name when loading (or register a new buffer with a default), or re-save old files "
                  f"with {a} in a format that survives the change",
                  "the same torch: what differs is the team's code, not torch")


def merged(action: Action, messages: Iterable[str], formats: Iterable[str], a: str, b: str) -> Action:
    """The action of steps of one kind merged: recomputed from all their messages (the union
    of the globals several files need), else the first's."""
    return _from_messages(list(messages), set(formats), a, b) if action.kind == "weights_only" else action


def _from_messages(messages: list[str], formats: set[str], a: str, b: str) -> Action | None:
    if any("Weights only load failed" in m or "weights-only" in m for m in messages):
        return Action("weights_only", _weights_only(_names(messages), b, whole_modules=formats <= {"pickle"}),
                      f"torch.load in {b} loads weights only (the default from 2.6, or asked for) and refuses the "
                      "classes these files pickle outside torch's allowlist")
    if formats <= {"export"} and any(_EXPORT.search(m) for m in messages):
        return Action("export", f"re-export from code with {b}: `torch.export.save(torch.export.export(model, args), "
                                f"path)`, or keep {a} to read the old ones",
                      f"torch.export's .pt2 programs are versioned: {b} does not read the ones {a} wrote")
    if formats <= {"pickle"} and any("Can't get attribute" in m or "has no attribute" in m for m in messages):
        return Action("pickled_classes", "save `model.state_dict()` (or safetensors) and rebuild the model from its "
                                         "code and config; or keep the library version that saved it",
                      "a pickled module needs its classes exactly as they were, and the classes it names moved "
                      "or changed")
    return None


def _names(messages: Iterable[str]) -> list[str]:
    """The globals to allowlist: the exact lists the checks computed from each file's opcodes
    (``add_safe_globals([...])`` in the message), else the globals torch's error names."""
    listed = [name.strip() for m in messages for found in _LISTED.findall(m) for name in found.split(",")]
    if any(listed):
        return list(dict.fromkeys(name for name in listed if "." in name))  # torch's own hint names bare classes
    return sorted({name.rstrip(".") for m in messages for name in _GLOBALS.findall(m)
                   if "." in name and name.split(".")[0] not in ("torch",)})


def _weights_only(names: Sequence[str], b: str, whole_modules: bool = False) -> str:
    if names and version_key(b) >= version_key("2.4"):
        listed = ", ".join(names)
        many = (f" ({len(names)} names: a pickled module names every class it holds — a state_dict needs none)"
                if whole_modules else " (import each first)")
        return (f"allow exactly what these files need before loading: `torch.serialization.add_safe_globals([{listed}])`"
                f"{many}; or `torch.load(path, weights_only=False)` only for files you made — "
                "it runs any code the file names")
    return ("`torch.load(path, weights_only=False)` for files you made (it runs any code the file names), "
            "or save only tensors and plain containers (a state_dict) so the weights-only load reads them")


def _generic(found: Any, a: str, b: str, side: str) -> str:
    statuses = set(found.statuses)
    if side == "own":
        if statuses & {"save_error"}:
            return (f"keep saving these models as {found.format} with {a}, or save them in a format {b} "
                    "writes (state_dict or safetensors need the code; TorchScript, ONNX and export do not)")
        return f"no fix in code known: {b} cannot read what it wrote in this format for these models; keep {a}"
    if statuses & {"mismatch"}:
        return (f"nothing to change in code: {b} computes these outputs beyond tolerance of {a}'s — check the "
                "difference matters for your use (the magnitude table), then accept it in the baseline")
    if statuses & {"crash", "timeout"}:
        return "look at it: the process died or hung (the finding's record and reproducer)"
    return (f"no fix in code: keep torch {a} to read these files, or load them with {a} and re-save them in a "
            f"format {b} reads (state_dict or safetensors)")
