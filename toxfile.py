"""tox's inline plugin for this checkout: harness's own tox plugin, ``harness/tox_plugin.py``.

A team gets the same plugin from an installed harness (entry point ``tox: harness``); here
tox's interpreter has no harness installed, so it is imported from the checkout — unless an
installed harness registers it already (the test environment has one), which then serves.
"""

from __future__ import annotations

import sys
from importlib.metadata import entry_points
from pathlib import Path

if not any(ep.name == "harness" for ep in entry_points(group="tox")):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness.tox_plugin import tox_add_core_config, tox_extend_envs  # noqa: F401 (tox's hooks)
