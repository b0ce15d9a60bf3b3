"""The tolerance tiers by dtype name, as plain data: the loading side (``compare``) and the
probe's supervisor (which never imports torch) judge outputs by the same numbers."""

from __future__ import annotations

#: dtype name → (rtol, atol) across environments. Documented in README; change both together.
TIERS: dict[str, tuple[float, float]] = {
    "float64": (1e-10, 1e-12),
    "float32": (1e-4, 1e-5),
    "bfloat16": (2e-2, 2e-2),
    "float16": (1e-2, 1e-3),
}
