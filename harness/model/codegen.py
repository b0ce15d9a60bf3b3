"""A spec as a standalone PyTorch script a person can paste into a bug report.

The script needs only torch and numpy: it carries the source of the few
harness module classes it uses, and the same NumPy-seeded fill as
:func:`harness.model.build.build`, so it rebuilds the very same weights and runs
them on the very same input.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from typing import Sequence

from .. import modules
from . import build as build_module
from .build import input_info
from .layers import LAYERS, TensorInfo
from .spec import LayerSpec, ModelSpec

INDENT = "    "


def body_code(layers: Sequence[LayerSpec], info: TensorInfo, container: str) -> tuple[str, TensorInfo]:
    parts = []
    for layer in layers:
        kind = LAYERS.get(layer.kind)
        parts.append(kind.code(layer, info, body_code))
        info = kind.out(layer, info)
    inner = ",\n".join(textwrap.indent(part, INDENT) for part in parts)
    if container == "sequential":
        return f"nn.Sequential(\n{inner},\n)", info
    wrapper = {"modulelist": "ListChain", "moduledict": "DictChain"}[container]
    return f"{wrapper}([\n{inner},\n])", info


def _helpers(code: str) -> list[str]:
    """Source of every harness module class the code uses."""
    names = [name for name, obj in vars(modules).items()
             if inspect.isclass(obj) and obj.__module__ == modules.__name__]
    return [inspect.getsource(getattr(modules, name)) for name in names if re.search(rf"\b{name}\(", code)]


def _input_code(spec: ModelSpec) -> str:
    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.model.build.example_inputs
    if info.layout == "tok":
        return f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    return f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"


def to_python(spec: ModelSpec, snippet: str = "") -> str:
    """A runnable script that builds the spec's model and runs it on its example input."""
    body, _ = body_code(spec.layers, input_info(spec), spec.container)
    code = f"model = SpecNet({body})"
    parts = [
        f"# harness reproducer for spec {spec.id} (needs only torch and numpy)",
        "import math", "from typing import List", "", "import numpy as np", "import torch",
        "from torch import nn", "", "",
        *_helpers(code),
        inspect.getsource(build_module.fill_deterministically), "",
        code, f"fill_deterministically(model, {spec.init_seed})", "model.eval()", _input_code(spec),
        "with torch.no_grad():", "    print(model(x))",
    ]
    if snippet:
        parts += ["", snippet]
    return "\n".join(parts) + "\n"
