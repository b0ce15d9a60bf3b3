"""The probe's last step with ``--inputs``: run what the first working load produced on the
user's inputs, so outputs can be held to another environment's (:mod:`.window`). A state dict
runs in the user's own module (``--model``), which is code: only with ``--trust-code``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .contents import tensor_digest
from .loads import Attempt, Outcome, not_tried

#: Output elements kept as numbers for the comparison across environments; past this, a digest only.
MAX_VALUES = 1 << 16
_STATE_KEYS = ("state_dict", "model_state_dict", "model")


def run_outputs(attempt: Attempt) -> Outcome:
    """Run what the first working load produced on the user's inputs: a module or program as
    it is, an ONNX session, or a state dict loaded strictly into ``--model``'s module. The
    inputs go in by name where the file's keys are the model's input names, by position where
    they are ``0``, ``1``, …; anything else is not run, with both lists named."""
    import torch
    from safetensors.torch import load_file

    produced = attempt.produced
    if produced is None:
        return not_tried("no load worked here, so there is nothing to run")
    inputs = load_file(attempt.inputs)
    if type(produced).__name__ == "InferenceSession":
        names = [i.name for i in produced.get_inputs()]
        fed = feeds(list(inputs), names, names)
        if isinstance(fed, str):
            return not_tried(fed)
        by_name = dict(zip(names, fed)) if isinstance(fed, list) else fed
        attempt.call = "session.run(None, {" + ", ".join(f'"{n}": inputs["{k}"]' for n, k in by_name.items()) + "})"
        arrays = produced.run(None, {n: inputs[k].numpy() for n, k in by_name.items()})
        outputs = [torch.from_numpy(a) for a in arrays]
        return Outcome("pass", f"ran in onnxruntime on {len(by_name)} inputs ({_how(fed)})",
                       outputs=[_output(o) for o in outputs])
    module = _runnable(attempt, produced)
    if isinstance(module, str):
        return not_tried(module)
    names, required = parameters(module)
    fed = feeds(list(inputs), names, required)
    if isinstance(fed, str):
        return not_tried(fed)
    if hasattr(module, "eval"):
        module.eval()
    attempt.call = "module(" + ", ".join(f'inputs["{k}"]' if isinstance(fed, list) else f'{n}=inputs["{k}"]'
                                         for n, k in (zip(fed, fed) if isinstance(fed, list) else fed.items())) + ")"
    with torch.no_grad():
        if isinstance(fed, list):
            result = module(*[inputs[k] for k in fed])
        else:
            result = module(**{name: inputs[key] for name, key in fed.items()})
    outputs = [_output(t) for t in _tensors(result)]
    return Outcome("pass", f"ran ({attempt.producer}) on {len(fed)} inputs ({_how(fed)}): {len(outputs)} outputs",
                   outputs=outputs)


def feeds(keys: Sequence[str], names: Sequence[str] | None, required: Sequence[str] | None
          ) -> list[str] | dict[str, str] | str:
    """How the inputs file's ``keys`` feed a model whose inputs are ``names`` (None: not
    known) of which ``required`` must be given: the keys in positional order (all of them
    ``0``, ``1``, …), input name → key (every key an input name, every required name a key),
    or, for neither, why not — naming both lists."""
    if keys and all(k.isdigit() for k in keys):
        return sorted(keys, key=int)
    if names is None or (set(keys) <= set(names) and set(required or ()) <= set(keys)):
        return {k: k for k in (names or keys) if k in keys}
    missing = [n for n in required or () if n not in keys]
    extra = [k for k in keys if k not in names]
    return (f"the inputs file's tensors ({', '.join(keys)}) do not match the model's inputs ({', '.join(names)})"
            + (f": no tensor for {', '.join(missing)}" if missing else "")
            + (f"{';' if missing else ':'} {', '.join(extra)} {'is no input' if len(extra) == 1 else 'are no inputs'}"
               " of it" if extra else "")
            + "; name the tensors as the model names its inputs, or 0, 1, … to give them by position")


def parameters(module: Any) -> tuple[list[str] | None, list[str] | None]:
    """The names of a module's inputs and those without a default; (None, None) where its
    forward takes ``*args``/``**kwargs`` (an exported program's module) or cannot be read."""
    import inspect
    schema = getattr(getattr(module, "forward", None), "schema", None)
    if schema is not None:  # a TorchScript method: its schema, self first
        arguments = list(schema.arguments)[1:]
        return [a.name for a in arguments], [a.name for a in arguments if a.default_value is None
                                             and not str(a.type).startswith("Optional")]
    try:
        signature = inspect.signature(module.forward)
    except (TypeError, ValueError, AttributeError):
        return None, None
    params = list(signature.parameters.values())
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
        return None, None
    return [p.name for p in params], [p.name for p in params if p.default is p.empty]


def _how(fed: list[str] | dict[str, str]) -> str:
    return "by position" if isinstance(fed, list) else "by name"


def _runnable(attempt: Attempt, produced: Any) -> Any:
    """A callable module for what a load produced, or why there is none."""
    import torch
    if isinstance(produced, (torch.nn.Module, torch.jit.ScriptModule)):
        return produced
    if hasattr(produced, "module") and hasattr(produced, "graph_signature"):  # an ExportedProgram
        return produced.module()
    if not isinstance(produced, Mapping):
        return f"{attempt.producer} gave a {type(produced).__name__}, not a module or a state dict"
    if not attempt.model:
        return "a state dict: name the module it belongs to with --model PACKAGE.MODULE:FACTORY"
    if not attempt.options.trust_code:
        return "--model imports and runs your factory: pass --trust-code"
    from ..code_refs import where
    from ..formats.key_diff import diff
    from ..train.materialize import factory_module
    module = factory_module(attempt.model)
    state = next((produced[k] for k in _STATE_KEYS if isinstance(produced.get(k), Mapping)), produced)
    found = diff(module, state)
    if found:
        raise ValueError(f"the state dict does not fit {attempt.model}{where()}: {found.text()}")
    module.load_state_dict(state, strict=True)
    return module


def _tensors(result: Any) -> list[Any]:
    import torch
    if isinstance(result, torch.Tensor):
        return [result]
    if isinstance(result, Mapping):
        return [t for key in sorted(result) for t in _tensors(result[key])]
    if isinstance(result, (list, tuple)):
        return [t for item in result for t in _tensors(item)]
    return []


def _output(tensor: Any) -> dict[str, Any]:
    """One output: dtype, shape, its bytes' digest and, when small enough, its values."""
    import torch
    t = tensor.detach().cpu()
    values = t.to(torch.float64).reshape(-1).tolist() if t.numel() <= MAX_VALUES and not t.dtype.is_complex else None
    return {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
            "sha256": tensor_digest(t).rsplit(" ", 1)[-1], "values": values}
