"""What a load produced, digested in the worker so environments can be compared later.

A claim that two environments read "the same tensors" is only as good as what was counted:
every tensor and array reachable from what a load returned is digested bit for bit, and an
ONNX model's weights are read wherever the model keeps them — initializers, and the tensors
of Constant nodes (converters write weights that way; such a model has no initializer at
all), in subgraphs too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

#: Tensors a digest lists by name; past this a file's contents are digested as a whole only.
MAX_NAMED = 20000
#: A tensor that could not be read as bytes says so in its digest, with these words.
NOT_DIGESTED = "not digested"


def contents_of(obj: Any) -> dict[str, Any]:
    """Every tensor and array reachable from what a load returned — through dicts, lists,
    tuples, plain objects' attributes and modules' state dicts — as ``path → "dtype shape
    sha256"`` (bit for bit), how many could not be digested, and one digest of them all."""
    found: dict[str, str] = {}
    _walk(obj, "", found, 0, {})
    digest = hashlib.sha256("\n".join(f"{k} {v}" for k, v in sorted(found.items())).encode()).hexdigest()
    named = dict(sorted(found.items())) if len(found) <= MAX_NAMED else {}
    return {"tensors": len(found), "undigested": sum(NOT_DIGESTED in v for v in found.values()),
            "digest": digest, "named": named}


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
            return f"{head} {t.layout} ({NOT_DIGESTED})"
        data = t.cpu().contiguous().reshape(-1).view(torch.uint8).numpy().tobytes()
    except (RuntimeError, TypeError) as exc:
        return f"{head} ({NOT_DIGESTED}: {str(exc)[:60]})"
    return f"{head} {hashlib.sha256(data).hexdigest()}"


def onnx_tensors(graph: Any, prefix: str = "") -> dict[str, Any]:
    """An ONNX graph's weights as arrays: its initializers by name, and each Constant node's
    value as ``Constant <output>``, with those of subgraphs (If, Loop, Scan) under the
    node that holds them."""
    import numpy as np
    from onnx import AttributeProto, helper, numpy_helper

    arrays: dict[str, Any] = {f"{prefix}{t.name}": numpy_helper.to_array(t) for t in graph.initializer}
    for index, node in enumerate(graph.node):
        where = node.name or (node.output[0] if node.output else f"node {index}")
        for attribute in node.attribute:
            if attribute.type == AttributeProto.GRAPH:
                arrays.update(onnx_tensors(attribute.g, f"{prefix}{where}/{attribute.name}/"))
            elif attribute.type == AttributeProto.GRAPHS:
                for number, graph_ in enumerate(attribute.graphs):
                    arrays.update(onnx_tensors(graph_, f"{prefix}{where}/{attribute.name}[{number}]/"))
            elif node.op_type == "Constant" and attribute.name != "sparse_value":
                value = helper.get_attribute_value(attribute)
                arrays[f"{prefix}Constant {node.output[0]}"] = (
                    numpy_helper.to_array(value) if attribute.type == AttributeProto.TENSOR else np.asarray(value))
    return arrays


def external_tensors(graph: Any) -> list[Any]:
    """Every tensor of an ONNX graph whose data lives in another file — initializers (sparse
    ones' values and indices too) and tensors in node attributes, in subgraphs as well: each
    is a path onnxruntime opens."""
    from onnx import AttributeProto, TensorProto

    tensors = list(graph.initializer) + [t for s in graph.sparse_initializer for t in (s.values, s.indices)]
    for node in graph.node:
        for attribute in node.attribute:
            tensors += [attribute.t] if attribute.HasField("t") else []
            sparse = [attribute.sparse_tensor] if attribute.HasField("sparse_tensor") else []
            tensors += list(attribute.tensors) + [t for s in [*sparse, *attribute.sparse_tensors]
                                                  for t in (s.values, s.indices)]
            if attribute.type == AttributeProto.GRAPH:
                tensors += external_tensors(attribute.g)
            for subgraph in attribute.graphs:
                tensors += external_tensors(subgraph)
    return [t for t in tensors if t.data_location == TensorProto.EXTERNAL]
