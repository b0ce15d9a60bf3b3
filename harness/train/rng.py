"""The random generators a training script usually seeds: capture, restore, probe.

States are kept as values ``torch.load(weights_only=True)`` accepts (tensors,
ints, floats, lists), so a checkpoint holding them loads without running code.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import torch


def rng_states() -> dict[str, Any]:
    """torch's CPU generator, NumPy's global generator and Python's ``random``, as plain values."""
    kind, keys, pos, has_gauss, cached = np.random.get_state()
    version, internal, gauss = random.getstate()
    return {
        "torch": torch.get_rng_state(),
        "numpy": {"kind": kind, "keys": torch.from_numpy(keys.astype(np.int64)), "pos": int(pos),
                  "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
        "python": [version, list(internal), gauss],
    }


def set_rng_states(states: dict[str, Any]) -> None:
    """Put all three generators back where :func:`rng_states` found them."""
    torch.set_rng_state(states["torch"])
    numpy = states["numpy"]
    np.random.set_state((numpy["kind"], numpy["keys"].numpy().astype(np.uint32), numpy["pos"],
                         numpy["has_gauss"], numpy["cached_gaussian"]))
    version, internal, gauss = states["python"]
    random.setstate((version, tuple(internal), gauss))


#: How many of the probe's values are uniforms; the rest is a dropout mask.
UNIFORMS = 4


def rng_probe() -> list[float]:
    """What torch's generator would draw next — four uniforms and one dropout mask — without
    moving it. The same state giving other draws means the environment changed the stream."""
    state = torch.get_rng_state()
    try:
        uniforms = torch.rand(UNIFORMS, dtype=torch.float64).tolist()
        mask = torch.nn.functional.dropout(torch.ones(16), p=0.5, training=True)
        return uniforms + [1.0 if float(m) else 0.0 for m in mask]
    finally:
        torch.set_rng_state(state)
