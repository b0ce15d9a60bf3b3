"""Files made the way people made them, for ``harness probe``'s tests and its acceptance run.

Run in the interpreter of the torch that is to write them (``python tests/probe_files.py
OUTDIR NAME...``; no NAME: all of them). Each maker is what a user did, and nothing harness
does: ``torch.save`` of a state dict on a GPU (written here without one, by rewriting the
storage location in the pickle, which is all a GPU save changes in the file's structure),
``torch.jit.save``, ``torch.onnx.export`` with named inputs, and ONNX graphs as other tools
write them (IR 10 from onnx 1.16+, weights held by Constant nodes).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

#: torch.save pickles a storage's location as BINUNICODE 'cpu'; a GPU save writes 'cuda:0' there.
CPU = b"X\x03\x00\x00\x00cpu"
CUDA = b"X\x06\x00\x00\x00cuda:0"


def _state_dict():
    import torch
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2)).state_dict()


def gpu_state_pt(out: Path) -> Path:
    """A zip-format state dict whose storages were saved on ``cuda:0``."""
    import torch
    plain = out / "cpu_state.pt"
    torch.save(_state_dict(), plain)
    path = out / "gpu_state.pt"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith("data.pkl"):
                assert CPU in data, "torch.save no longer pickles the location as BINUNICODE 'cpu'"
                data = data.replace(CPU, CUDA)
            target.writestr(info.filename, data)
    plain.unlink()
    return path


def gpu_state_legacy_pth(out: Path) -> Path:
    """A legacy (non-zip) state dict whose storages were saved on ``cuda:0``."""
    import torch
    path = out / "gpu_state_legacy.pth"
    torch.save(_state_dict(), path, _use_new_zipfile_serialization=False)
    data = path.read_bytes()
    assert CPU in data
    path.write_bytes(data.replace(CPU, CUDA))
    return path


def model_jit(out: Path) -> Path:
    """A scripted module saved with ``torch.jit.save`` (its file name as people pick it)."""
    import torch

    class Scaled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.linear = torch.nn.Linear(4, 2)
            self.register_buffer("scale", torch.tensor([2.0, 0.5]))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.linear(x) * self.scale

    torch.manual_seed(0)
    path = out / "model.jit"
    torch.jit.save(torch.jit.script(Scaled()), str(path))
    return path


def named_inputs_onnx(out: Path) -> Path:
    """``torch.onnx.export`` with ``input_names`` in the order of ``forward`` — not alphabetical."""
    import torch

    class Masked(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.linear = torch.nn.Linear(4, 4)

        def forward(self, tokens: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            return self.linear(tokens) * mask

    torch.manual_seed(0)
    path = out / "named_inputs.onnx"
    torch.onnx.export(Masked(), (torch.ones(1, 4), torch.ones(1, 4)), str(path), input_names=["tokens", "mask"],
                      output_names=["y"], opset_version=13)
    return path


def _graph_model(name: str, constants: bool, ir_version: int, opset: int):
    """y = x @ W + b; W and b as initializers, or as Constant nodes (as converters write them)."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    weight = numpy_helper.from_array(rng.standard_normal((4, 3)).astype(np.float32), "W")
    bias = numpy_helper.from_array(rng.standard_normal(3).astype(np.float32), "b")
    nodes = [helper.make_node("MatMul", ["x", "W"], ["xw"]), helper.make_node("Add", ["xw", "b"], ["y"])]
    if constants:
        nodes = [helper.make_node("Constant", [], ["W"], value=weight),
                 helper.make_node("Constant", [], ["b"], value=bias), *nodes]
    graph = helper.make_graph(nodes, name, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 3])],
                              [] if constants else [weight, bias])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)], ir_version=ir_version,
                             producer_name="onnx-example")


def ir10_onnx(out: Path) -> Path:
    """An ONNX model of IR version 10 (what onnx 1.16+ writes), opset 13."""
    import onnx
    path = out / "ir10.onnx"
    onnx.save(_graph_model("ir10", constants=False, ir_version=10, opset=13), str(path))
    return path


def constants_onnx(out: Path) -> Path:
    """An ONNX model whose weights are Constant nodes: no initializer at all."""
    import onnx
    path = out / "constants.onnx"
    onnx.save(_graph_model("constants", constants=True, ir_version=8, opset=13), str(path))
    return path


def named_inputs_safetensors(out: Path) -> Path:
    """Inputs for ``named_inputs.onnx``, keyed by the model's input names."""
    import torch
    from safetensors.torch import save_file
    path = out / "named_inputs.safetensors"
    save_file({"tokens": torch.arange(4.0).reshape(1, 4), "mask": torch.tensor([[1.0, 0.0, 1.0, 0.0]])}, str(path))
    return path


MAKERS = {"gpu_state.pt": gpu_state_pt, "gpu_state_legacy.pth": gpu_state_legacy_pth, "model.jit": model_jit,
          "named_inputs.onnx": named_inputs_onnx, "ir10.onnx": ir10_onnx, "constants.onnx": constants_onnx,
          "named_inputs.safetensors": named_inputs_safetensors}


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for wanted in sys.argv[2:] or list(MAKERS):
        print(MAKERS[wanted](target))
