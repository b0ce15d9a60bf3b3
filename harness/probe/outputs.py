"""The probe's last step with ``--inputs``: run what the first working load produced on the
user's inputs, so outputs can be held to another environment's (:mod:`.window`). A state dict
runs in the user's own module (``--model``), which is code: only with ``--trust-code``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .loads import Attempt, Outcome, not_tried, tensor_digest

#: Output elements kept as numbers for the comparison across environments; past this, a digest only.
MAX_VALUES = 1 << 16
_STATE_KEYS = ("state_dict", "model_state_dict", "model")


def run_outputs(attempt: Attempt) -> Outcome:
    """Run what the first working load produced on the user's inputs: a module or program as
    it is, an ONNX session, or a state dict loaded strictly into ``--model``'s module."""
    import torch
    from safetensors.torch import load_file

    produced = attempt.produced
    if produced is None:
        return not_tried("no load worked here, so there is nothing to run")
    inputs = load_file(attempt.inputs)
    ordered = [inputs[k] for k in sorted(inputs, key=lambda k: (len(k), k))]
    if type(produced).__name__ == "InferenceSession":
        names = [i.name for i in produced.get_inputs()]
        arrays = produced.run(None, {n: t.numpy() for n, t in zip(names, ordered)})
        outputs = [torch.from_numpy(a) for a in arrays]
        return Outcome("pass", f"ran in onnxruntime on {len(ordered)} inputs", outputs=[_output(o) for o in outputs])
    module = _runnable(attempt, produced)
    if isinstance(module, str):
        return not_tried(module)
    if hasattr(module, "eval"):
        module.eval()
    with torch.no_grad():
        result = module(*ordered)
    outputs = [_output(t) for t in _tensors(result)]
    return Outcome("pass", f"ran ({attempt.producer}) on {len(ordered)} inputs: {len(outputs)} outputs", outputs=outputs)


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
    from ..model.materialize import factory_module
    module = factory_module(attempt.model)
    state = next((produced[k] for k in _STATE_KEYS if isinstance(produced.get(k), Mapping)), produced)
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
