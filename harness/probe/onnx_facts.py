"""What an ONNX file says about itself, read from its protobuf fields in the supervisor.

Which onnxruntime reads a model is decided by its IR version and opsets before anything
runs, and a session is fed by its input names: a user needs these before loading. They are
read here field by field (the protobuf wire format, with no ``onnx`` import and without
reading the tensors: a field's bytes are skipped unless it is one of the few below), so a
model of gigabytes costs a few reads and the supervisor needs neither torch nor onnx.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

#: Field numbers (onnx.proto): ModelProto, GraphProto, NodeProto, OperatorSetIdProto, ValueInfoProto, TensorProto.
_MODEL = {"ir_version": 1, "producer_name": 2, "producer_version": 3, "graph": 7, "opset_import": 8}
_GRAPH = {"node": 1, "initializer": 5, "input": 11}
_NODE_OP_TYPE = 4
_TENSOR_NAME, _TENSOR_LOCATION = 8, 14
#: A string field longer than this is not a name; it is skipped.
_LONGEST_NAME = 4096


class MalformedOnnx(ValueError):
    """The bytes are not a protobuf message where one was expected."""


def onnx_facts(handle: BinaryIO, size: int) -> dict[str, Any]:
    """IR version, opsets (domain → version), producer, the graph's inputs in order (those
    that are not initializers: what a session is fed), and how its weights are held:
    initializers, Constant nodes, external data."""
    facts: dict[str, Any] = {"ir_version": None, "opsets": {}, "producer": "", "inputs": [], "initializers": 0,
                             "constant_nodes": 0, "external_data": False}
    producer = ["", ""]
    for field, value in _fields(handle, 0, size):
        if field == _MODEL["ir_version"]:
            facts["ir_version"] = value
        elif field in (_MODEL["producer_name"], _MODEL["producer_version"]):
            producer[field - _MODEL["producer_name"]] = _text(handle, value)
        elif field == _MODEL["opset_import"]:
            opset = dict(_fields(handle, *value))
            domain = _text(handle, opset[1]) if isinstance(opset.get(1), tuple) else ""
            facts["opsets"][domain or "ai.onnx"] = opset.get(2) if isinstance(opset.get(2), int) else None
        elif field == _MODEL["graph"]:
            _graph(handle, value, facts)
    facts["producer"] = " ".join(p for p in producer if p)
    return facts


def _graph(handle: BinaryIO, where: tuple[int, int], facts: dict[str, Any]) -> None:
    inputs: list[str] = []
    initialized: set[str] = set()
    for field, value in _fields(handle, *where):
        if field == _GRAPH["node"]:
            op = next((_text(handle, v) for f, v in _fields(handle, *value) if f == _NODE_OP_TYPE), "")
            facts["constant_nodes"] += op == "Constant"
        elif field == _GRAPH["initializer"]:
            facts["initializers"] += 1
            for f, v in _fields(handle, *value):
                if f == _TENSOR_NAME:
                    initialized.add(_text(handle, v))
                elif f == _TENSOR_LOCATION and v == 1:  # TensorProto.EXTERNAL
                    facts["external_data"] = True
        elif field == _GRAPH["input"]:
            inputs.append(next((_text(handle, v) for f, v in _fields(handle, *value) if f == 1), ""))
    facts["inputs"] = [name for name in inputs if name not in initialized]  # IR < 4 lists initializers as inputs


def _fields(handle: BinaryIO, start: int, length: int) -> Iterator[tuple[int, Any]]:
    """(field number, value) of the message at ``start``: an int for a varint, ``(offset,
    length)`` for a length-delimited field (read only if the caller asks), None otherwise."""
    end = start + length
    position = start
    while position < end:
        handle.seek(position)
        key, position = _varint(handle, position)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(handle, position)
        elif wire == 2:
            size, position = _varint(handle, position)
            value = (position, size)
            position += size
        elif wire in (1, 5):
            value, position = None, position + (8 if wire == 1 else 4)
        else:
            raise MalformedOnnx(f"wire type {wire} at byte {position}")
        if position > end or field == 0:
            raise MalformedOnnx(f"a field runs past its message at byte {position}")
        yield field, value


def _varint(handle: BinaryIO, position: int) -> tuple[int, int]:
    handle.seek(position)
    value = shift = 0
    while True:
        byte = handle.read(1)
        if not byte or shift > 63:
            raise MalformedOnnx(f"a varint runs past the end at byte {position}")
        value |= (byte[0] & 0x7F) << shift
        shift += 7
        position += 1
        if not byte[0] & 0x80:
            return value, position


def _text(handle: BinaryIO, where: Any) -> str:
    if not isinstance(where, tuple) or where[1] > _LONGEST_NAME:
        return ""
    handle.seek(where[0])
    return handle.read(where[1]).decode("utf-8", "replace")
